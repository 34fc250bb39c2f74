import { z } from 'zod';

// Lengths are checked by validateTerm (one message per field); this only bounds what is read.
const text = z.string().max(10_000);

/** A term from a form (empty note or forbidden = none) or from JSON (null or absent = none). */
export const glossaryTermInput = z.object({
  source: text,
  target: text,
  note: text.nullable().optional(),
  forbidden: text.nullable().optional(),
});

/** What the glossary page was redirected with: the step done, or an import's counts (`terms.added.duplicates.skipped`). */
export const glossaryPageQuery = z.object({
  done: z.enum(['added', 'saved', 'deleted']).optional().catch(undefined),
  imported: z.string().regex(/^\d{1,9}(\.\d{1,9}){3}$/).transform((value) => {
    const [terms, added, duplicates, skipped] = value.split('.').map(Number) as [number, number, number, number];
    return { terms, added, duplicates, skipped };
  }).optional().catch(undefined),
});
