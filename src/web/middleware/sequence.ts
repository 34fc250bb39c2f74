import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Middleware functions run one after the other as one: each one's `next` calls the following one,
 * and an error (passed to `next`, thrown, or a rejected promise) goes on to Express's error
 * handling as it would from a mounted function. `next('route')` and `next('router')` go on to
 * Express unchanged.
 *
 * Express's router pays per mounted function on every request: a path match, a try/catch around
 * the call and a check of what it returned. A fixed prefix that every request walks (headers,
 * locale, sign-in, body) costs one layer this way instead of one each.
 */
export function sequence(...handlers: readonly RequestHandler[]): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    let index = 0;
    const step = (error?: unknown): void => {
      // As Express's own `next`: a falsy value is no error.
      if (error) return next(error);
      const handler = handlers[index];
      index += 1;
      if (handler === undefined) return next();
      try {
        const returned = handler(req, res, step);
        if (isThenable(returned)) returned.then(undefined, (reason: unknown) => step(reason ?? new Error('a middleware promise was rejected without a reason')));
      } catch (thrown) {
        step(thrown ?? new Error('a middleware threw without a value'));
      }
    };
    step();
  };
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
