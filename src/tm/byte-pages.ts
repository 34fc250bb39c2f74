// Byte pages for the text store and the posting lists: data lives in a list of Uint8Arrays of one
// fixed size, addressed as page · size + offset, so growing never copies what is already there.
// Only the newest page grows (by doubling) until it reaches full size, so a small index stays small.

/** Doubles the last page (keeping its bytes) until it holds `needed` bytes. */
export function growLastPage(pages: Uint8Array[], needed: number): void {
  const last = pages[pages.length - 1]!;
  if (needed <= last.length) return;
  let size = last.length;
  while (size < needed) size *= 2;
  const grown = new Uint8Array(size);
  grown.set(last);
  pages[pages.length - 1] = grown;
}
