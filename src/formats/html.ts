/** The one place where text becomes HTML. */

const HTML_SPECIALS: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes & < > " ' so the text is safe in element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_SPECIALS[ch] ?? ch);
}

/** Downloaded pages carry their own style and nothing else: no scripts, no outside requests. */
const DOWNLOAD_CSP = "default-src 'none'; style-src 'unsafe-inline'";

/**
 * The head of a standalone page we export (side-by-side and English HTML): language, CSP,
 * viewport, title and inline style, then the opening body tag. `lang` and `title` are escaped here.
 */
export function standalonePageStart(input: { lang: string; title: string; style: string }): string[] {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(input.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${DOWNLOAD_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(input.title)}</title>`,
    `<style>${input.style}</style>`,
    '</head>',
    '<body>',
  ];
}
