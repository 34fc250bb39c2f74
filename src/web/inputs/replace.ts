import { z } from 'zod';

/**
 * `POST /api/documents/:id/replace`. The find text's own limits (empty, too long, bad
 * regex) are checked by the use case, which names them; `versions` comes back from the preview.
 */
export const replaceInput = z.object({
  find: z.string().max(1000),
  replace: z.string().max(10_000).default(''),
  caseSensitive: z.boolean().default(false),
  wholeWord: z.boolean().default(false),
  regex: z.boolean().default(false),
  includeApproved: z.boolean().default(false),
  preview: z.boolean(),
  versions: z.record(z.string().regex(/^\d{1,12}$/), z.number().int().min(0)).optional(),
}).refine((input) => input.preview || input.versions !== undefined, { path: ['versions'], message: 'versions are needed to apply' });
