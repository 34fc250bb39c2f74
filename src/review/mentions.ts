/**
 * Mentions: `@username` of a project member in a comment. A mention starts at an `@` that does
 * not follow a character of an e-mail address's local part (so `ayu@kantor.id` is no mention),
 * and names a member whatever the case; a full stop or dash after the name (end of a sentence)
 * is not part of it.
 */

/** A piece of a comment's text: plain, or a mention (the member's username as the account spells it). */
export type MentionPart = { readonly text: string; readonly mention?: undefined } | { readonly text: string; readonly mention: string };

/** `@` + what a username may hold; not after a letter, digit or one of `._%+-@`. */
const CANDIDATE = /(?<![\p{L}\p{N}._%+\-@])@([\p{L}\p{N}][\p{L}\p{N}._-]*)/gu;

interface Found { readonly start: number; readonly end: number; readonly username: string }

function scan(body: string, usernames: readonly string[]): Found[] {
  const byLower = new Map(usernames.map((name) => [name.toLowerCase(), name]));
  const found: Found[] = [];
  for (const match of body.matchAll(CANDIDATE)) {
    const token = match[1] ?? '';
    // "@ayu." at the end of a sentence names ayu; "@ayu.s" names ayu.s, or nobody.
    const name = [token, token.replace(/[._-]+$/, '')].find((candidate) => byLower.has(candidate.toLowerCase()));
    if (name === undefined) continue;
    found.push({ start: match.index, end: match.index + 1 + name.length, username: byLower.get(name.toLowerCase())! });
  }
  return found;
}

/** The members a comment mentions, each once, in the order they first appear, spelled as their accounts are. */
export function findMentions(body: string, usernames: readonly string[]): string[] {
  return [...new Set(scan(body, usernames).map((found) => found.username))];
}

/** The comment's text cut into plain parts and mentions of these usernames, for showing them highlighted. */
export function mentionParts(body: string, usernames: readonly string[]): MentionPart[] {
  const parts: MentionPart[] = [];
  let at = 0;
  for (const found of scan(body, usernames)) {
    if (found.start > at) parts.push({ text: body.slice(at, found.start) });
    parts.push({ text: body.slice(found.start, found.end), mention: found.username });
    at = found.end;
  }
  if (at < body.length) parts.push({ text: body.slice(at) });
  return parts;
}
