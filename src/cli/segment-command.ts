import { createInterface } from 'node:readline';
import { z } from 'zod';
import { segmentArticle, type SegmentationOptions } from '../segmentation/index.js';

const jsonlLine = z.object({ id: z.union([z.string(), z.number()]), text: z.string() });

/** `jembatan segment`: stdin text → one segment per line, boilerplate included, exactly as on import. */
export async function segmentText(input: NodeJS.ReadableStream, write: (line: string) => void, options: SegmentationOptions = {}): Promise<void> {
  let text = '';
  for await (const chunk of input) text += chunk.toString();
  for (const segment of segmentArticle(text, options)) write(segment.source);
}

/** `jembatan segment --jsonl`: `{"id","text"}` per line in, `{"id","sentences","kinds"}` per line out. */
export async function segmentJsonLines(
  input: NodeJS.ReadableStream, write: (line: string) => void, options: SegmentationOptions = {},
): Promise<number> {
  let failures = 0;
  let lineNumber = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    const parsed = safeJson(line);
    const record = jsonlLine.safeParse(parsed);
    if (!record.success) {
      failures += 1;
      process.stderr.write(`line ${lineNumber}: expected {"id": …, "text": "…"}\n`);
      continue;
    }
    const segments = segmentArticle(record.data.text, options);
    write(JSON.stringify({ id: record.data.id, sentences: segments.map((s) => s.source), kinds: segments.map((s) => s.kind) }));
  }
  return failures;
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
