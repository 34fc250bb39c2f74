import type { ErrorRequestHandler, RequestHandler } from 'express';
import { NotFoundError } from '../../core/errors.js';
import { sequence } from './sequence.js';

export interface HotRoute {
  readonly method: string;
  /** The whole URL, as the client that sends most of these spells it (no query string); named groups become `req.params`. */
  readonly url: RegExp;
  /** What every request goes through before a route: the same steps the app mounts for all of them. */
  readonly steps: readonly RequestHandler[];
  readonly handler: RequestHandler;
  /** The app's error handler. */
  readonly onError: ErrorRequestHandler;
}

/**
 * One route answered ahead of the app's layers. A request whose method and URL match gets the
 * same steps as any other request and then the route's handler, without walking the layers that
 * cannot match it on the way (static files, the health check, sign-in pages, the routers before
 * its own): Express pays for each of those on every request, and the editor's autosaves are most
 * requests. Everything else goes on as usual, the same route spelt another way too (a trailing
 * slash, a query string), which the route's own router answers with the same handler.
 *
 * Nothing runs twice: once taken, a request never goes back into the app. A handler that
 * answers nothing ends, as it would in the app, in a 404; errors go to the app's error handler
 * (and from there, should the answer have started already, on to Express, which ends the connection).
 */
export function hotRoute({ method, url, steps, handler, onError }: HotRoute): RequestHandler {
  const route = sequence(...steps, handler);
  // Named, so that the app's first layer can be checked to be this.
  return function hotRouteLayer(req, res, next) {
    const match = req.method === method ? url.exec(req.url) : null;
    if (match === null) return next();
    req.params = { ...match.groups };
    // Unanswered (also after `next('router')`, which would leave the app): a 404, as the app ends.
    route(req, res, (error?: unknown) => onError(!error || error === 'router' ? new NotFoundError('page.notFound') : error, req, res, next));
  };
}
