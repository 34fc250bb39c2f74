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
 * - anything that is not a JSON object or array (400 `request.malformed`), and a body whose
 *   client went away before its end (400 `request.malformed`, if anyone is still there to read it).
 * Other requests (no body, forms, uploads) pass untouched to the parsers after it.
 */
export function jsonBody(limit: number): RequestHandler {
  return (req, _res, next) => {
    // Gone before its body was read (the client left while an earlier step waited): nothing to read, nobody to answer.
    if (req.destroyed || req.readableEnded) return next();
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
      const parsed = parseStrict(Buffer.concat(chunks, received).toString('utf8'));
      if (parsed === undefined) return next(new InvalidInputError('request.malformed'));
      req.body = parsed;
      next();
    };
    // A client that goes away mid-body: Node destroys the request (with an ECONNRESET error, or
    // without one); either way the body is not whole.
    const onAborted = () => {
      stop();
      next(new InvalidInputError('request.malformed'));
    };
    const onClose = () => {
      if (!req.complete) onAborted();
    };
    function stop() {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onAborted);
      req.off('close', onClose);
    }
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onAborted);
    req.on('close', onClose);
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

/**
 * A JSON object or array, or undefined when it is not. An empty body counts as `{}`; a leading
 * byte-order mark is dropped; only JSON's own whitespace may come before the `{` or `[`.
 */
export function parseStrict(raw: string): unknown {
  if (raw === '') return {};
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const start = text.search(/[^ \t\n\r]/);
  if (start === -1 || (text[start] !== '{' && text[start] !== '[')) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Reads the rest of a refused body and throws it away, then answers. */
function drain(req: IncomingMessage, answer: () => void): void {
  if (req.readableEnded || req.destroyed) return answer();
  const once = () => {
    req.off('end', once);
    req.off('error', once);
    answer();
  };
  req.on('end', once);
  req.on('error', once);
  req.resume();
}
