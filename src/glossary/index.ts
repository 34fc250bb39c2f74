export type { GlossaryTerm, NewGlossaryTerm, TermHit } from './types.js';
export { compileGlossary, findTerms, type GlossaryMatcher } from './find-terms.js';
export { readTbx, writeTbx, type GlossaryLanguages, type TbxReadResult, type TbxWriteOptions } from './tbx.js';
export { readGlossaryCsv, writeGlossaryCsv } from './csv.js';
export { TERM_LIMITS, validateTerm, type GlossaryTermInput } from './validate-term.js';
