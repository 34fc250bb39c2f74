/** The registry of exporters and the server-chosen download name. */
import { csvExporter } from './csv.js';
import { docxExporter, docxTrackedExporter, targetDocxExporter } from './docx.js';
import { sideBySideHtmlExporter } from './html-side-by-side.js';
import { targetTextExporter } from './text-target.js';
import { htmlTargetExporter } from './html-target.js';
import { markdownTargetExporter } from './markdown-target.js';
import { tmxExporter } from './tmx.js';
import type { ExportDocument, ExportFormatId, Exporter } from './types.js';
import { xliff12Exporter } from './xliff12.js';
import { xliff2Exporter } from './xliff2.js';

export const exporters: Readonly<Record<ExportFormatId, Exporter>> = Object.freeze({
  xliff12: xliff12Exporter,
  xliff21: xliff2Exporter,
  tmx: tmxExporter,
  docx: docxExporter,
  'docx-tracked': docxTrackedExporter,
  csv: csvExporter,
  html: sideBySideHtmlExporter,
  txt: targetTextExporter,
  md: markdownTargetExporter,
  'target-html': htmlTargetExporter,
  'target-docx': targetDocxExporter,
});

export function findExporter(id: string): Exporter | undefined {
  return Object.values(exporters).find((exporter) => exporter.id === id);
}

const MAX_SLUG_LENGTH = 60;

/** ASCII letters, digits and '-': accents folded, everything else a single '-'. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  // Cut at a word boundary when one is near the limit, so names do not end in half a word.
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastDash) : slug.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}

/**
 * e.g. 'china-rusia-perkuat-kerja-sama.id-en.xlf' for a bilingual file, '….en.docx' for the English
 * article, '….id-en.tracked.docx'; never a path, a quote or a non-ASCII character.
 */
export function exportFileName(doc: ExportDocument, exporter: Exporter): string {
  const slug = slugify(doc.document.title) || `document-${doc.document.id}`;
  const tag = (lang: string, fallback: string) => lang.replace(/[^A-Za-z0-9-]+/g, '') || fallback;
  const target = tag(doc.project.targetLang, 'target');
  const languages = exporter.bilingual ? `${tag(doc.project.sourceLang, 'source')}-${target}` : target;
  return [slug, languages, exporter.variant, exporter.extension].filter((part) => part !== undefined).join('.');
}
