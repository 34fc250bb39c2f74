/** Words of a text for the untranslated and spelling checks, skipping URLs, e-mails, @handles and #tags. */

export interface WordToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const CHUNK = /\S+/gu;
/** "https://…", "www.…", "EGINDO.co", "kompas.com/…", "a@b.id", "@kemlu_ri", "#Pemilu2024". */
const NOT_PROSE = /:\/\/|^[(“"‘']?www\.|@|^[(“"‘']?#|[\p{L}\p{N}]\.[a-z]{2,}/u;
/** Letters and digits, joined by apostrophes or hyphens inside the word: "it's", "Widodo’s", "state-owned". */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

export function readWords(text: string): WordToken[] {
  const words: WordToken[] = [];
  for (const chunk of text.matchAll(CHUNK)) {
    if (NOT_PROSE.test(chunk[0])) continue;
    for (const word of chunk[0].matchAll(WORD)) {
      const start = chunk.index + word.index;
      words.push({ text: word[0], start, end: start + word[0].length });
    }
  }
  return words;
}
