import type { Clock } from '../core/clock.js';
import { InvalidInputError } from '../core/errors.js';
import type { Actor, DocumentInfo } from '../core/types.js';
import { dueOf, isCalendarDay, type Due } from '../review/due-dates.js';
import type { DocumentSummary } from '../store/store.js';
import type { Deps } from './deps.js';
import { loadDocument } from './load.js';

/** A document as lists show it: with where it stands against its due day. */
export type DocumentWithDue = DocumentSummary & { readonly due: Due | null };

/** Today's calendar day in UTC, from the clock (due days are compared with it). */
export const todayOf = (clock: Clock): string => clock.now().slice(0, 10);

export function withDue(document: DocumentSummary, today: string): DocumentWithDue {
  return { ...document, due: dueOf(document.dueOn, today, document.words) };
}

/** A manager sets the day a document is due, or clears it (null). */
export async function setDueDate(deps: Deps, input: { documentId: number; dueOn: string | null; actor: Actor }): Promise<DocumentInfo> {
  if (input.dueOn !== null && !isCalendarDay(input.dueOn)) throw new InvalidInputError('document.dueDay');
  const document = await loadDocument(deps, input.actor, input.documentId, 'manage');
  return (await deps.store.setDocumentDue(document.id, input.dueOn)) ?? document;
}
