import type { RequestHandler } from 'express';
import multer from 'multer';
import { InvalidInputError } from '../../core/errors.js';

/**
 * The multipart parser for uploads (kept in memory, within `limits`). A body it cannot read
 * (no boundary, a broken part header, a form cut short, a NUL in a file name) is the sender's
 * mistake: `upload.invalid` (400), never an unexpected server error. Multer's own limit errors
 * pass through with their codes, for the error handler to tell "too large" from "invalid".
 */
export function uploadParser(limits: multer.Options['limits']): multer.Multer {
  const upload = multer({ storage: multer.memoryStorage(), limits });
  return {
    single: (field) => readable(upload.single(field)),
    array: (field, maxCount) => readable(upload.array(field, maxCount)),
    fields: (fields) => readable(upload.fields(fields)),
    none: () => readable(upload.none()),
    any: () => readable(upload.any()),
  };
}

function readable(parse: RequestHandler): RequestHandler {
  return (req, res, next) => parse(req, res, (error?: unknown) => {
    next(error === undefined || error === null || error instanceof multer.MulterError ? error : new InvalidInputError('upload.invalid'));
  });
}
