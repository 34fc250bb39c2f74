import { z } from 'zod';

/** `POST /api/documents/:id/presence`: the row one is on (or none), typing or not, or leaving the page. */
export const presenceInput = z.object({
  segmentId: z.number().int().positive().nullable().default(null),
  typing: z.boolean().default(false),
  leaving: z.boolean().default(false),
});
