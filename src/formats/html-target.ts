/**
 * The translated article as a clean standalone HTML page in the target language:
 * the title as `<h1>`, subheadings as `<h2>`, paragraphs as `<p>`. Like the side-by-side
 * page: no scripts (a CSP meta forbids them), a small inline style, everything escaped.
 * An untranslated segment falls back to its source and is marked with the source language.
 */
import { escapeHtml, standalonePageStart } from './html.js';
import { targetOrSource } from './paragraphs.js';
import { glueParagraph, targetParagraphs, type TargetParagraph } from './text-target.js';
import type { ExportDocument, ExportSegment, Exporter } from './types.js';
import { stripXmlInvalidChars } from './xml.js';

const STYLE = `
  body { font-family: Georgia, "Noto Serif", "Times New Roman", serif; font-size: 12pt; line-height: 1.55; color: #111; max-width: 40em; margin: 2em auto; padding: 0 1em; }
  h1 { font-size: 1.7em; line-height: 1.25; margin: 0 0 .8em; }
  h2 { font-size: 1.2em; line-height: 1.3; margin: 1.5em 0 .5em; }
  p { margin: 0 0 1em; }
  @page { size: A4; margin: 20mm; }
  @media print { body { margin: 0; max-width: none; padding: 0; } }
`;


/** Content text: characters HTML cannot show dropped, specials escaped, line breaks kept. */
function text(value: string): string {
  return escapeHtml(stripXmlInvalidChars(value)).replace(/\r\n?|\n/g, '<br>\n');
}

export function writeTargetHtml(doc: ExportDocument): string {
  const paragraphs = targetParagraphs(doc);
  const title = paragraphs.find((paragraph) => paragraph.role === 'title');
  const pageTitle = title === undefined ? doc.document.title : glueParagraph(title.segments);
  return [
    ...standalonePageStart({ lang: stripXmlInvalidChars(doc.project.targetLang), title: stripXmlInvalidChars(pageTitle.replace(/\s+/g, ' ').trim()), style: STYLE }),
    '<article>',
    ...paragraphs.map((paragraph) => block(doc, paragraph)),
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const TAGS: Readonly<Record<TargetParagraph['role'], string>> = { title: 'h1', heading: 'h2', text: 'p' };

function block(doc: ExportDocument, { role, segments }: TargetParagraph): string {
  const tag = TAGS[role];
  return `<${tag}>${glueParagraph(segments, (segment) => segmentHtml(doc, segment), text)}</${tag}>`;
}

function segmentHtml({ project }: ExportDocument, segment: ExportSegment): string {
  if (segment.target !== '') return text(segment.target);
  return `<span lang="${text(project.sourceLang)}">${text(targetOrSource(segment))}</span>`;
}

export const htmlTargetExporter: Exporter = {
  id: 'target-html',
  mediaType: 'text/html; charset=utf-8',
  extension: 'html',
  bilingual: false,
  reads: [],
  write: writeTargetHtml,
};
