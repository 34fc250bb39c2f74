/**
 * Typed errors. The `code` is stable, machine-readable and doubles as the
 * i18n key (namespace `errors`) shown to people. HTTP mapping lives in web/.
 */
export type ErrorDetails = Readonly<Record<string, unknown>>;

export abstract class AppError extends Error {
  abstract readonly kind: 'not-found' | 'invalid-input' | 'conflict' | 'forbidden' | 'too-large' | 'unauthenticated' | 'too-many';
  constructor(
    readonly code: string,
    readonly details: ErrorDetails = {},
  ) {
    // An expected outcome (a stale save, a missing page), answered with its code and never logged
    // with a stack: none is captured, which costs more than the rest of making the error.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(code);
    Error.stackTraceLimit = limit;
    this.name = new.target.name;
  }
}

export class NotFoundError extends AppError {
  readonly kind = 'not-found' as const;
}

export class InvalidInputError extends AppError {
  readonly kind = 'invalid-input' as const;
}

export class ConflictError extends AppError {
  readonly kind = 'conflict' as const;
}

export class ForbiddenError extends AppError {
  readonly kind = 'forbidden' as const;
}

export class TooLargeError extends AppError {
  readonly kind = 'too-large' as const;
}

export class UnauthenticatedError extends AppError {
  readonly kind = 'unauthenticated' as const;
}

/** Too many of something at once (e.g. open event streams of one person): try again later. */
export class TooManyRequestsError extends AppError {
  readonly kind = 'too-many' as const;
}
