import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { UI_LOCALES } from './core/types.js';

/** Everything the process reads from its environment, validated once at boot. */
export interface Config {
  /** NODE_ENV=production: a session secret is required, cookies are Secure, HSTS is sent, each request is logged. */
  readonly production: boolean;
  readonly port: number;
  readonly host: string;
  readonly dbPath: string;
  readonly demo: boolean;
  readonly defaultLocale: 'en' | 'id';
  readonly maxUploadBytes: number;
  /** One log line per request (on by default in production). */
  readonly logRequests: boolean;
  /** The lowest level the JSON log writes (pino levels). */
  readonly logLevel: LogLevel;
  /** Signs the CSRF tokens and binds them to their session; random per process unless set (required in production). */
  readonly sessionSecret: string;
  /** Mark cookies Secure: set when Jembatan is served over HTTPS (behind a TLS proxy); on by default in production. */
  readonly secureCookies: boolean;
  /** Behind a reverse proxy: take the client's address from X-Forwarded-For (one hop), for the sign-in throttle. */
  readonly trustProxy: boolean;
  /** For `jembatan user add` without --password, so the password stays out of the shell history. */
  readonly newUserPassword: string | undefined;
}

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'silent'] as const satisfies readonly LogLevel[];
export const MIN_SESSION_SECRET_LENGTH = 32;

const flag = z.enum(['0', '1', 'true', 'false', 'yes', 'no']).transform((v) => ['1', 'true', 'yes'].includes(v));

const envSchema = z.object({
  // `test` is what test runners set: it behaves as development.
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DB_PATH: z.string().min(1).default('data/jembatan.db'),
  // The demo accounts' passwords are printed on the sign-in page: never by default in production.
  DEMO: flag.optional(),
  DEFAULT_LOCALE: z.enum(UI_LOCALES as ['en', 'id']).default('en'),
  MAX_UPLOAD_KB: z.coerce.number().int().min(1).max(100_000).default(2048),
  LOG_REQUESTS: flag.optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  SESSION_SECRET: z.string().min(MIN_SESSION_SECRET_LENGTH, `must be at least ${MIN_SESSION_SECRET_LENGTH} characters (for example the output of \`openssl rand -hex 32\`)`).optional(),
  SECURE_COOKIES: flag.optional(),
  TRUST_PROXY: flag.default(false),
  JEMBATAN_PASSWORD: z.string().optional(),
});

export class ConfigError extends Error {}

/**
 * What the configuration is for: the web server needs the session secret in production;
 * one-off commands (backup, import, user add) serve no HTTP and get by without it.
 */
export type ConfigUse = 'server' | 'command';

/** The only reader of the environment. Lists every bad variable in one message. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>, use: ConfigUse = 'server'): Config {
  const parsed = envSchema.safeParse(env);
  const lines = parsed.success ? [] : parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  if (use === 'server' && env.NODE_ENV === 'production' && env.SESSION_SECRET === undefined) {
    lines.push(`  SESSION_SECRET: required when NODE_ENV=production: a random value of at least ${MIN_SESSION_SECRET_LENGTH} characters, the same on every app node (for example the output of \`openssl rand -hex 32\`)`);
  }
  if (!parsed.success || lines.length > 0) throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  return Object.freeze({
    production,
    port: e.PORT,
    host: e.HOST,
    dbPath: e.DB_PATH,
    demo: e.DEMO ?? !production,
    defaultLocale: e.DEFAULT_LOCALE,
    maxUploadBytes: e.MAX_UPLOAD_KB * 1024,
    logRequests: e.LOG_REQUESTS ?? production,
    logLevel: e.LOG_LEVEL,
    // Without a configured secret (development, commands), tokens signed by this process only.
    sessionSecret: e.SESSION_SECRET ?? randomBytes(32).toString('hex'),
    secureCookies: e.SECURE_COOKIES ?? production,
    trustProxy: e.TRUST_PROXY,
    newUserPassword: e.JEMBATAN_PASSWORD,
  });
}
