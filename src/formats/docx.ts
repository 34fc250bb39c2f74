/**
 * DOCX (WordprocessingML), written by hand on top of zip.ts. This file is the public
 * surface: the exporters and what the readers and writers export.
 *
 * - docx-write.ts: the bilingual review table (`docx`), the same table with the
 *   reviewer's change as Word tracked changes (`docx-tracked`), the English target
 *   document (`target-docx`); docx-package.ts: the package parts around them.
 * - docx-read.ts: `readBilingualDocx` (our table back) and `readArticleDocx` (any Word
 *   document as article text); docx-open.ts opens the package, docx-paragraphs.ts reads
 *   paragraph text with tracked changes accepted.
 * - wordml-xml.ts: each XML part through the safe XML reader (xml-reader.ts);
 *   wordml.ts: names the writers and readers share.
 */
import { writeBilingualDocx, writeTargetDocx, writeTrackedDocx } from './docx-write.js';
import type { Exporter } from './types.js';

export { DOCX_LIMITS } from './docx-open.js';
export { readArticleDocx, readBilingualDocx, type DocxArticle, type ReadBilingualDocxOptions } from './docx-read.js';
export { writeBilingualDocx, writeTargetDocx, writeTrackedDocx } from './docx-write.js';

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const docxExporter: Exporter = {
  id: 'docx',
  mediaType: DOCX_MEDIA_TYPE,
  extension: 'docx',
  bilingual: true,
  reads: ['comments', 'rejection'],
  write: writeBilingualDocx,
};

export const docxTrackedExporter: Exporter = {
  id: 'docx-tracked',
  mediaType: DOCX_MEDIA_TYPE,
  extension: 'docx',
  bilingual: true,
  variant: 'tracked',
  reads: ['comments', 'rejection', 'revised'],
  write: writeTrackedDocx,
};

export const targetDocxExporter: Exporter = {
  id: 'target-docx',
  mediaType: DOCX_MEDIA_TYPE,
  extension: 'docx',
  bilingual: false,
  reads: [],
  write: writeTargetDocx,
};
