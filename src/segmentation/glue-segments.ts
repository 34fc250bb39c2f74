/** Glue: putting segments (source or translated) back together into paragraphs. */

export interface GluePart {
  readonly paragraph: number;
  readonly text: string;
  readonly glueAfter: string;
}

/**
 * Joins parts in order: inside a paragraph each text is followed by its glue (the last part's
 * glue is dropped, so a stray trailing space never ends a paragraph); consecutive parts with a
 * different paragraph number start a new paragraph; paragraphs are joined with '\n\n'.
 */
export function glueSegments(parts: readonly GluePart[]): string {
  const paragraphs: string[] = [];
  let current = '';
  let currentParagraph: number | null = null;
  let pendingGlue = '';
  for (const part of parts) {
    if (part.paragraph === currentParagraph) {
      current += pendingGlue + part.text;
    } else {
      if (currentParagraph !== null) paragraphs.push(current);
      current = part.text;
      currentParagraph = part.paragraph;
    }
    pendingGlue = part.glueAfter;
  }
  if (currentParagraph !== null) paragraphs.push(current);
  return paragraphs.join('\n\n');
}
