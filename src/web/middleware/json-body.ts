import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import { InvalidInputError, TooLargeError } from '../../core/errors.js';

/**
 * Reads a JSON request body (`application/json` or `…+json`, UTF-8) into `req.body`, at most
 * `limit` bytes. Every save of the editor is one of these, so this is the short way: the body's
 * bytes, one decode, one `JSON.parse` (about a tenth of a save's server time went to the general
 * body parser's layers of content negotiation before).
 *
 * What it refuses, each with a typed error and without touching anything:
 * - a body over the limit, announced or not (413 `upload.tooLarge`); the rest of it is read and
 *   dropped, so that the client gets the answer instead of a reset connection;
 * - a compressed body or another charset than UTF-8 (400 `request.encoding`);
 * - anything that is not a JSON object or array (400 `request.malformed`), and a body that
 *   ends before its announced length (400 `request.malformed`).
 * Other requests (no body, forms, uploads) pass untouched to the parsers after it.
 */
export function jsonBody(limit: number): RequestHandler {
  return (req, _res, next) => {
    if (req.body !== undefined || !hasBody(req) || !isJson(req.headers['content-type'])) return next();
    const refuse = (error: Error) => drain(req, () => next(error));
    const encoding = req.headers['content-encoding'];
    if ((encoding !== undefined && encoding.toLowerCase() !== 'identity') || !utf8(req.headers['content-type']!)) {
      return refuse(new InvalidInputError('request.encoding'));
    }
    const announced = req.headers['content-length'] === undefined ? null : Number(req.headers['content-length']);
    if (announced !== null && announced > limit) return refuse(new TooLargeError('upload.tooLarge'));
    const chunks: Buffer[] = [];
    let received = 0;
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) {
        stop();
        refuse(new TooLargeError('upload.tooLarge'));
      } else chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      if (announced !== null && received !== announced) return next(new InvalidInputError('request.malformed'));
      const parsed = parseStrict(Buffer.concat(chunks, received).toString('utf8'));
      if (parsed === undefined) return next(new InvalidInputError('request.malformed'));
      req.body = parsed;
      next();
    };
    // A client that goes away mid-body: Node destroys the request with an ECONNRESET error.
    const onAborted = () => {
      stop();
      next(new InvalidInputError('request.malformed'));
    };
    function stop() {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onAborted);
    }
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onAborted);
  };
}

/** A body is coming: announced by its length (even 0 counts as "there is a body", as HTTP has it) or sent in chunks. */
function hasBody(req: IncomingMessage): boolean {
  return req.headers['transfer-encoding'] !== undefined || req.headers['content-length'] !== undefined;
}

/** `application/json`, `application/<anything>+json`, with parameters or not, in any case. */
export function isJson(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const end = contentType.indexOf(';');
  const type = (end === -1 ? contentType : contentType.slice(0, end)).trim().toLowerCase();
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

/** No charset given, or UTF-8 named. */
function utf8(contentType: string): boolean {
  const match = /;\s*charset\s*=\s*"?([^";\s]*)/i.exec(contentType);
  return match === null || ['utf-8', 'utf8'].includes(match[1]!.toLowerCase());
}

/** A JSON object or array (an empty body counts as `{}`), or undefined when it is not. */
export function parseStrict(text: string): unknown {
  const start = text.search(/\S/);
  if (start === -1) return {};
  if (text[start] !== '{' && text[start] !== '[') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Reads the rest of a refused body and throws it away, then answers. */
function drain(req: IncomingMessage, answer: () => void): void {
  if (req.readableEnded || req.destroyed) return answer();
  let answered = false;
  const once = () => {
    if (answered) return;
    answered = true;
    answer();
  };
  req.once('end', once);
  req.once('error', once);
  req.resume();
}
