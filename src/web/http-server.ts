import http from 'node:http';
import type { Express } from 'express';

/**
 * The HTTP server for the app: requests and responses are made with the app's own prototypes
 * from the start (`app.request`, `app.response`, which Express gives every request it handles).
 *
 * Express re-prototypes each request and response it is handed (`Object.setPrototypeOf`). Done
 * to an object already in use, that costs V8 the object's fast layout, and under load it made
 * about half of all the memory a request allocates outlive the young generation (measured with
 * `--trace-gc-nvp`: ~16 kB promoted a request on the hello-world route, ~0 for a bare
 * `node:http` server), so that full garbage collections came every second or two and put
 * 10–35 ms pauses into every kind of request. When the prototype is already the right one,
 * Express's call changes nothing.
 */
export function serverFor(app: Express): http.Server {
  return http.createServer({
    IncomingMessage: madeWith(http.IncomingMessage, app.request) as typeof http.IncomingMessage,
    ServerResponse: madeWith(http.ServerResponse, app.response) as typeof http.ServerResponse,
  }, app);
}

/**
 * A constructor that builds `base` objects whose prototype is `prototype` (which must inherit
 * from `base.prototype`). Node's `IncomingMessage` and `ServerResponse` are plain constructor
 * functions, called here on the new object as a subclass of old would; `Reflect.construct` with
 * a different `new.target` does the same but measured 2–4× slower than not doing it at all.
 * Were they ever classes (which cannot be called so), the base is used as it is.
 */
function madeWith(base: abstract new (...args: never[]) => object, prototype: object): unknown {
  if (!(prototype instanceof base)) throw new Error('madeWith: the prototype does not inherit from the base class');
  if (/^class\b/.test(Function.prototype.toString.call(base))) return base;
  const init = base as unknown as (this: object, first: unknown, second: unknown) => void;
  function Made(this: object, first: unknown, second: unknown): void {
    init.call(this, first, second);
  }
  Made.prototype = prototype;
  return Made;
}
