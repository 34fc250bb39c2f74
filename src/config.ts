import { z } from 'zod';
import { UI_LOCALES } from './core/types.js';

/** Everything the process reads from its environment, validated once at boot. */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dbPath: string;
  readonly demo: boolean;
  readonly defaultLocale: 'en' | 'id';
  readonly maxUploadBytes: number;
  readonly logRequests: boolean;
  /** Mark cookies Secure: set when Jembatan is served over HTTPS (behind a TLS proxy). */
  readonly secureCookies: boolean;
  /** Behind a reverse proxy: take the client's address from X-Forwarded-For (one hop), for the sign-in throttle. */
  readonly trustProxy: boolean;
  /** For `jembatan user add` without --password, so the password stays out of the shell history. */
  readonly newUserPassword: string | undefined;
}

const flag = z.enum(['0', '1', 'true', 'false', 'yes', 'no']).transform((v) => ['1', 'true', 'yes'].includes(v));

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DB_PATH: z.string().min(1).default('data/jembatan.db'),
  DEMO: flag.default(true),
  DEFAULT_LOCALE: z.enum(UI_LOCALES as ['en', 'id']).default('en'),
  MAX_UPLOAD_KB: z.coerce.number().int().min(1).max(100_000).default(2048),
  LOG_REQUESTS: flag.default(false),
  SECURE_COOKIES: flag.default(false),
  TRUST_PROXY: flag.default(false),
  JEMBATAN_PASSWORD: z.string().optional(),
});

export class ConfigError extends Error {}

/** The only reader of the environment. Lists every bad variable in one message. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    dbPath: e.DB_PATH,
    demo: e.DEMO,
    defaultLocale: e.DEFAULT_LOCALE,
    maxUploadBytes: e.MAX_UPLOAD_KB * 1024,
    logRequests: e.LOG_REQUESTS,
    secureCookies: e.SECURE_COOKIES,
    trustProxy: e.TRUST_PROXY,
    newUserPassword: e.JEMBATAN_PASSWORD,
  });
}
