/** Time comes from a clock passed in, so tests can fix it. */
export interface Clock {
  /** ISO-8601 UTC. */
  now(): string;
}

export const systemClock: Clock = { now: () => new Date().toISOString() };
