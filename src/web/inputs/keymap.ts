import { z } from 'zod';
import { ACTION_IDS } from '../../keymap/index.js';

/** Where to go back to (the editor the person came from); a local path only, checked with `localPath`. */
const back = z.string().max(500).optional();

/** `POST /account/keyboard`: one field per action with the keys as written; the keymap module reads them. */
export const keymapInput = z.object({
  back,
  ...Object.fromEntries(ACTION_IDS.map((action) => [action, z.string().max(200).optional()])),
}) as z.ZodType<{ back?: string | undefined } & Partial<Record<(typeof ACTION_IDS)[number], string>>>;

export const keymapResetInput = z.object({ back });

export const keymapPageQuery = z.object({ back, done: z.enum(['saved', 'reset']).optional() });
