import type { Response } from 'express';
import type { ExportedFile } from '../../usecases/export-document.js';

/** Sends an export as a download with the server-chosen file name. */
export function sendExport(res: Response, file: ExportedFile): void {
  res.attachment(file.fileName);
  res.type(file.mediaType);
  // Text handed over as UTF-8 bytes (XLIFF 2.1, TMX) keeps the charset a string body would get.
  if (typeof file.body !== 'string' && /^text\/|\+xml$/.test(file.mediaType)) res.type(`${file.mediaType}; charset=utf-8`);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.send(typeof file.body === 'string' ? file.body : Buffer.from(file.body.buffer, file.body.byteOffset, file.body.byteLength));
}
