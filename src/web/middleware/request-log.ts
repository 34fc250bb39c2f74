import type { RequestHandler } from 'express';

/** One structured line per request (no query string, no bodies, no cookies: nothing secret). */
export function requestLog(write: (line: string) => void): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      write(JSON.stringify({ at: new Date().toISOString(), method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms * 10) / 10 }));
    });
    next();
  };
}
