import type { RequestHandler } from 'express';
import { readCookie } from './cookies.js';

export const NAME_COOKIE = 'jembatan_name';

/**
 * Until accounts arrive, revisions are signed with the name a person chose in
 * the header (a cookie) or, for scripts, the X-Jembatan-Author header.
 */
export const authorMiddleware: RequestHandler = (req, res, next) => {
  const chosen = readCookie(req, NAME_COOKIE) ?? req.get('x-jembatan-author');
  const name = chosen?.trim().slice(0, 60);
  res.locals.authorName = name || null;
  res.locals.author = name || 'anonymous';
  next();
};
