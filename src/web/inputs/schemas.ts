import { z } from 'zod';
import { InvalidInputError } from '../../core/errors.js';

/** Parses request input with zod; failures become one typed error listing the fields. */
export function parse<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new InvalidInputError('request.invalid', { fields: result.error.issues.map((issue) => issue.path.join('.')) });
  }
  return result.data;
}

export const idParam = z.object({ id: z.coerce.number().int().positive() });

export const newProjectInput = z.object({ name: z.string().trim().min(1).max(120) });

export const pastedArticleInput = z.object({
  text: z.string().optional(),
  title: z.string().max(300).optional(),
});

// JSON bodies: numbers must be numbers (no coercion of null or "" to 0).
const version = z.number().int().min(0);
/** Editing time the editor measured since the last save: at most 30 minutes (its clock pauses long before). */
const elapsedMs = z.number().int().min(0).max(30 * 60 * 1000).optional();

export const saveTargetInput = z.object({
  target: z.string(),
  baseVersion: version,
  action: z.enum(['edit', 'confirm']).default('edit'),
  origin: z.enum(['typed', 'source-copy', 'tm']).default('typed'),
  /** The match's score, with origin `tm`. */
  originScore: z.number().int().min(0).max(101).optional(),
  elapsedMs,
});

export const acknowledgeInput = z.object({ version: z.number().int().min(0), key: z.string().min(1).max(500) });

export const memorySearchQuery = z.object({ q: z.string().max(200).default('') });
export const memoryEntryInput = z.object({ target: z.string().min(1).max(10_000) });

export const confirmInput = z.object({
  target: z.string().optional(),
  baseVersion: version,
  elapsedMs,
});

export const revertInput = z.object({
  revisionId: z.number().int().positive(),
  baseVersion: version,
});

/** The same fields from an HTML form, where every value arrives as a string. */
export const revertFormInput = z.object({
  revisionId: z.coerce.number().int().positive(),
  baseVersion: z.coerce.number().int().min(0),
});

export const exportQuery = z.object({ format: z.string().min(1).max(20) });

export const preferencesInput = z.object({
  lang: z.enum(['en', 'id']).optional(),
  back: z.string().optional(),
});

export const signInInput = z.object({
  username: z.string().trim().min(1).max(40),
  password: z.string().min(1).max(1000),
  next: z.string().optional(),
});

export const setupInput = z.object({
  username: z.string().trim().min(1).max(40),
  displayName: z.string().trim().max(80).optional(),
  password: z.string().max(1000),
});

export const newUserInput = setupInput.extend({ admin: z.enum(['on']).optional() });

export const passwordInput = z.object({ password: z.string().max(1000) });

export const memberInput = z.object({
  username: z.string().trim().min(1).max(40),
  role: z.enum(['translator', 'reviewer', 'manager', 'none']),
});

/** Only paths on this site: never redirect to another one. */
export function localPath(value: string | undefined, fallback = '/'): string {
  return value && /^\/(?!\/)[^\s\\]*$/.test(value) ? value : fallback;
}

export const mergeInput = z.object({ baseVersion: version, nextBaseVersion: version });

export const splitInput = z.object({ baseVersion: version, at: z.number().int().min(1) });

export const exceptionsInput = z.object({ exceptions: z.string().max(20_000) });

export const skipInput = z.object({ baseVersion: version, skipped: z.boolean() });

export const reviewQuery = z.object({ compare: z.enum(['approved', 'confirmed']).default('approved') });

/** From the review page's forms (strings). */
export const reviewFormInput = z.object({
  baseVersion: z.coerce.number().int().min(0),
  decision: z.enum(['approve', 'reject', 'reopen']),
  category: z.string().optional(),
  severity: z.string().optional(),
  comment: z.string().optional(),
  compare: z.enum(['approved', 'confirmed']).optional(),
});

export const reviewInput = z.object({
  baseVersion: version,
  decision: z.enum(['approve', 'reject', 'reopen']),
  reason: z.object({ category: z.string(), severity: z.string(), comment: z.string() }).optional(),
});

/** "Approve all shown": `items` is "segmentId:version,segmentId:version,…". */
export const approveManyInput = z.object({
  items: z.string().max(100_000).transform((value) => value.split(',').filter(Boolean).map((pair) => {
    const [segmentId, baseVersion] = pair.split(':').map(Number);
    return { segmentId: segmentId ?? NaN, baseVersion: baseVersion ?? NaN };
  }).filter((item) => Number.isInteger(item.segmentId) && Number.isInteger(item.baseVersion))),
  compare: z.enum(['approved', 'confirmed']).optional(),
});

export const commentInput = z.object({ body: z.string().max(5000) });

/** A due day (`YYYY-MM-DD`; the use case checks it is a real day), or null to clear it. */
export const dueDateInput = z.object({ dueOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable() });
/** The same from a form: an empty date, or the "Clear" button, clears it. */
export const dueDateFormInput = z.object({
  dueOn: z.string().max(10).default(''),
  clear: z.literal('1').optional(),
  back: z.string().optional(),
}).transform(({ dueOn, clear, back }) => ({ dueOn: clear === '1' || dueOn === '' ? null : dueOn, back }));

export const threadInput = z.object({ resolved: z.boolean() });
/** From the history panel's form: "1" resolves, "0" reopens. */
export const threadFormInput = z.object({ resolved: z.enum(['0', '1']) }).transform(({ resolved }) => ({ resolved: resolved === '1' }));

export const lqaInput = z.object({ threshold: z.coerce.number() });

/** A form's checkbox arrives as "on" when ticked and not at all otherwise. */
export const memorySettingsInput = z.object({
  tmThreshold: z.coerce.number().int(),
  autoPropagate: z.literal('on').optional().transform((value) => value === 'on'),
  shareTm: z.literal('on').optional().transform((value) => value === 'on'),
});
