import type { ExportFormatId } from '../../formats/index.js';

/** The export page: files to work on elsewhere, and the English text itself (README: Formats). */
export const FORMAT_GROUPS: readonly { readonly id: 'bilingual' | 'review' | 'target'; readonly formats: readonly ExportFormatId[] }[] = [
  { id: 'bilingual', formats: ['xliff21', 'xliff12', 'tmx', 'csv'] },
  { id: 'review', formats: ['docx', 'docx-tracked', 'html'] },
  { id: 'target', formats: ['txt', 'md', 'target-html', 'target-docx'] },
];
