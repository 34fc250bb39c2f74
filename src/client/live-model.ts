/** The pure part of live collaboration in the editor: what the server sends, and what a row does with it. */

export interface LiveSegmentDto {
  id: number;
  version: number;
  state: string;
  target: string;
  kind: string;
  updatedAt: string | null;
}

export type LiveEventDto =
  | { type: 'segment'; id: number; actor: string; actorName: string; action: string; segment: LiveSegmentDto }
  | { type: 'comment'; id: number; actor: string; actorName: string; segmentId: number }
  | { type: 'structure'; id: number; actor: string; actorName: string; action: string; segmentId: number };

/** A teammate in the document (the reader is never in the list). */
export interface PersonDto {
  username: string;
  name: string;
  segmentId: number | null;
  typing: boolean;
}

/** Rendered on the page: where to start following (`data-live-since`), who is reading and the words (`data-live`). */
export interface LiveData {
  since: number;
  me: string;
  strings: {
    actions: Record<string, string>;
    structure: string; reload: string; alsoHere: string; changedWhileEditing: string; here: string; typing: string; softLock: string;
    reconnecting: string; offline: string; unavailable: string;
  };
}

/**
 * What a row does with a teammate's change: nothing if it has that version already; keep the
 * person's unsent text (their save then meets the usual conflict dialog) and say so, unless the
 * change is their own save coming back; else take the new text, state and version.
 */
export function planRowUpdate(input: { rowVersion: number; eventVersion: number; rowHasUnsentText: boolean; fromMe: boolean }): 'apply' | 'keep' | 'warn' | 'ignore' {
  if (input.eventVersion <= input.rowVersion) return 'ignore';
  if (!input.rowHasUnsentText) return 'apply';
  return input.fromMe ? 'keep' : 'warn';
}

/** One or two letters for a badge: the first letters of the first and last words, or the first two of a single word. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [firstLetter(words[0]!), firstLetter(words.at(-1)!)] : [...(words[0] ?? '?')].slice(0, 2);
  return letters.join('').toLocaleUpperCase();
}

const firstLetter = (word: string): string => [...word][0] ?? '';

/** A stable colour slot per person (0 … slots-1), so the same teammate keeps the same badge colour. */
export function colourSlot(username: string, slots: number): number {
  let hash = 0;
  for (const char of username.toLowerCase()) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return hash % slots;
}

/** Teammates per segment they are on (people with no segment are left out). */
export function peopleBySegment(people: readonly PersonDto[]): Map<number, PersonDto[]> {
  const bySegment = new Map<number, PersonDto[]>();
  for (const person of people) {
    if (person.segmentId === null) continue;
    bySegment.set(person.segmentId, [...(bySegment.get(person.segmentId) ?? []), person]);
  }
  return bySegment;
}

/** The teammate typing in this segment right now, if any: the soft lock. */
export function typistIn(people: readonly PersonDto[], segmentId: number): PersonDto | null {
  return people.find((person) => person.segmentId === segmentId && person.typing) ?? null;
}

/** Fills `{{name}}`-style placeholders (the server leaves them in the client's strings). */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}
