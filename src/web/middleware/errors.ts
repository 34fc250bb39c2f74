import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError, InvalidInputError, NotFoundError, TooLargeError } from '../../core/errors.js';
import type { Translate } from '../../i18n/index.js';

const STATUS: Record<AppError['kind'], number> = {
  'not-found': 404, 'invalid-input': 400, 'conflict': 409, 'forbidden': 403, 'too-large': 413,
};

export const notFound: RequestHandler = (_req, _res, next) => next(new NotFoundError('page.notFound'));

/** The one place where errors become responses: JSON for the API, a page for people. */
export function errorHandler(log: (message: string, error: unknown) => void): ErrorRequestHandler {
  return (raw: unknown, req, res, _next) => {
    const error = toAppError(raw);
    if (!error) log(`unexpected error on ${req.method} ${req.path}`, raw);
    const status = error ? STATUS[error.kind] : 500;
    const code = error?.code ?? 'internal';
    const t = res.locals.t as Translate | undefined;
    const message = t ? t(`errors:${code}`, { max: res.locals.maxUploadKb, ...error?.details }) : code;
    if (req.path.startsWith('/api/') || req.accepts(['html', 'json']) === 'json') {
      res.status(status).json({ error: { code, message, ...(error?.details ?? {}) } });
      return;
    }
    res.status(status).render('error', { status, message });
  };
}

/** Errors from body parsers and multer carry their own shapes; give them our codes. */
function toAppError(raw: unknown): AppError | null {
  if (raw instanceof AppError) return raw;
  const shaped = raw as { type?: string; code?: string; status?: number };
  if (shaped.type === 'entity.too.large' || shaped.code === 'LIMIT_FILE_SIZE' || shaped.code === 'LIMIT_FIELD_VALUE') {
    return new TooLargeError('upload.tooLarge');
  }
  if (shaped.type === 'entity.parse.failed') return new InvalidInputError('request.malformed');
  if (typeof shaped.code === 'string' && shaped.code.startsWith('LIMIT_')) return new InvalidInputError('upload.invalid');
  return null;
}
