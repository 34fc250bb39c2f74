import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Middleware functions run one after the other as one, as Express runs them when each is mounted
 * on its own: each one's `next` calls the following one; an error (passed to `next`, thrown, or
 * a rejected promise) goes on to Express's error handling; `next('route')` goes on to the
 * following function and `next('router')` out to Express. A falsy value passed or thrown is no
 * error, and a promise rejected without a truthy reason is one, as in Express.
 *
 * Express's router pays per mounted function on every request: a path match, a try/catch around
 * the call and a check of what it returned. A fixed prefix that every request walks (headers,
 * locale, sign-in, body) costs one layer this way instead of one each. Error handlers (four
 * parameters) cannot be steps: Express would skip them on the way, this would call them.
 */
export function sequence(...handlers: readonly RequestHandler[]): RequestHandler {
  if (handlers.some((handler) => handler.length > 3)) throw new Error('sequence: an error handler cannot be a step');
  return (req: Request, res: Response, next: NextFunction) => {
    let index = 0;
    const step = (error?: unknown): void => {
      if (error === 'router') return next('router');
      if (error && error !== 'route') return next(error);
      const handler = handlers[index];
      index += 1;
      if (handler === undefined) return next();
      try {
        const returned = handler(req, res, step);
        if (isThenable(returned)) returned.then(undefined, (reason: unknown) => step(reason || new Error('Rejected promise')));
      } catch (thrown) {
        step(thrown);
      }
    };
    step();
  };
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
