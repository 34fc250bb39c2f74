import type { Request } from 'express';
import { InvalidInputError } from '../../core/errors.js';
import { parse, pastedArticleInput } from './schemas.js';


/** What an import request carries, from a form or a script: either a file or pasted text, never both. */
export interface ArticleUpload {
  readonly content: Buffer | string;
  readonly fileName: string | undefined;
  readonly format: 'paste' | undefined;
  readonly title: string | undefined;
}

export function articleFromRequest(req: Request): ArticleUpload {
  const input = parse(pastedArticleInput, req.body ?? {});
  const file = req.file && req.file.originalname !== '' ? req.file : undefined;
  const pasted = input.text?.trim() ? input.text : undefined;
  if (file && pasted) throw new InvalidInputError('import.both');
  if (file) return { content: file.buffer, fileName: file.originalname, format: undefined, title: input.title };
  return { content: input.text ?? '', fileName: undefined, format: 'paste', title: input.title };
}

/** An uploaded file (bilingual files and TMX cannot be pasted); null content when none was sent. */
export function fileFromRequest(req: Request): { readonly content: Buffer | null; readonly fileName: string } {
  const file = req.file && req.file.originalname !== '' ? req.file : undefined;
  return file ? { content: file.buffer, fileName: file.originalname } : { content: null, fileName: '' };
}
