import { createHash } from 'node:crypto';
import { ConflictError, ForbiddenError, InvalidInputError } from '../core/errors.js';
import type { Actor, DocumentInfo, Project, Segment } from '../core/types.js';
import type { GlossaryMatcher } from '../glossary/index.js';
import { blocksApproval, runQa, type QaContext, type QaFinding, type QaOtherSegment, type QaSpeller, type QaTerm } from '../qa/index.js';
import { normaliseForCompare } from '../qa/read/text.js';
import { mayReview } from '../review/permissions.js';
import type { GlossaryEntry, RelatedSegment } from '../store/store.js';
import type { Deps } from './deps.js';
import { compiledTerms } from './glossary.js';
import { loadDocument, loadSegment } from './load.js';

/** A finding as people see it: with a stable key (for acknowledgements) and whether a reviewer let it pass. */
export interface ShownFinding extends QaFinding {
  /** For a consistency finding: every other segment (id) with the text it names. */
  readonly segmentIds?: readonly number[];
  /** Stable within one version of the segment: the code and what it is about. */
  readonly key: string;
  readonly acknowledged: boolean;
}

export function findingKey(finding: QaFinding): string {
  const about = Object.keys(finding.params).filter((name) => !PLACES.has(name)).sort()
    .map((name) => `${name}=${String(finding.params[name])}`).join('&');
  return `${finding.code}|${about}`.slice(0, 500);
}

/**
 * Parameters that say where a finding points, not what it is about: left out of its key. A
 * consistency warning names another segment by its number in the grid, which a merge or split
 * above it changes; a reviewer who let the warning pass let the differing text pass, wherever it
 * stands (migration 012 took the numbers out of the keys stored before).
 */
const PLACES: ReadonlySet<string> = new Set(['segment']);

/** What the checks need of a document, prepared once for all its segments. */
interface DocumentChecks {
  readonly project: Project;
  readonly glossary: readonly GlossaryEntry[];
  readonly termsById: ReadonlyMap<number, GlossaryEntry>;
  readonly matcher: GlossaryMatcher;
  readonly speller: QaSpeller | undefined;
  /** Segments by loose source key and by loose target key, numbered as in the grid. */
  readonly bySource: ReadonlyMap<string, Related[]>;
  readonly byTarget: ReadonlyMap<string, Related[]>;
}

/** Another segment as the consistency check sees it (`id` is its number in the grid). */
type Related = QaOtherSegment & { readonly segmentId: number };

async function prepare(deps: Deps, project: Project, segments: readonly RelatedSegment[], glossary?: readonly GlossaryEntry[]): Promise<DocumentChecks> {
  const [terms, speller] = await Promise.all([glossary ?? deps.store.listGlossary(project.id), deps.speller?.()]);
  return prepared(project, segments, terms, speller);
}

function prepared(project: Project, segments: readonly RelatedSegment[], terms: readonly GlossaryEntry[], speller: QaSpeller | undefined): DocumentChecks {
  const bySource = new Map<string, Related[]>();
  const byTarget = new Map<string, Related[]>();
  segments.forEach((segment) => {
    if (segment.kind === 'skip' || segment.target.trim() === '') return;
    // The grid's number, which is what people see.
    const other = { id: segment.position + 1, source: segment.source, target: segment.target, segmentId: segment.id };
    push(bySource, normaliseForCompare(segment.source), other);
    push(byTarget, normaliseForCompare(segment.target), other);
  });
  const { byId: termsById, matcher } = compiledTerms(terms);
  return { project, glossary: terms, termsById, matcher, speller, bySource, byTarget };
}


function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function check(prepared: DocumentChecks, segment: Segment): QaFinding[] {
  if (segment.kind === 'skip') return [];
  const terms: QaTerm[] = prepared.matcher.find(segment.source).flatMap((hit) => {
    const term = prepared.termsById.get(hit.termId);
    return term ? [{ sourceTerm: hit.text, target: term.target, forbidden: term.forbidden, start: hit.start, end: hit.end }] : [];
  });
  // Only segments that share the source or the target can be inconsistent with this one.
  const related = new Set([
    ...(prepared.bySource.get(normaliseForCompare(segment.source)) ?? []),
    ...(prepared.byTarget.get(normaliseForCompare(segment.target)) ?? []),
  ]);
  const others = [...related].filter((other) => other.segmentId !== segment.id);
  const context: QaContext = {
    source: segment.source, target: segment.target, sourceLang: prepared.project.sourceLang, targetLang: prepared.project.targetLang,
    terms, others: others.map(({ id, source, target }) => ({ id, source, target })), ...(prepared.speller ? { spell: prepared.speller } : {}),
  };
  const findings = rememberedQa(context);
  return others.length === 0 ? findings : findings.map((finding) => withComparedSegments(finding, segment, others));
}

/**
 * A consistency finding names one other segment in its message; it is about every segment with
 * that text, and those ids go with it (outside `params`, so its key, and any acknowledgement of
 * it, stay the same): a client then knows which rows to check again when this one changes.
 */
function withComparedSegments(finding: QaFinding, segment: Segment, others: readonly Related[]): QaFinding & { segmentIds?: readonly number[] } {
  if (finding.check !== 'consistency' || typeof finding.params.other !== 'string') return finding;
  // consistency.target: the same source, another target (the one named); consistency.source: the other way round.
  const bySource = finding.code === 'consistency.target';
  const shared = normaliseForCompare(bySource ? segment.source : segment.target);
  const named = normaliseForCompare(finding.params.other);
  const segmentIds = others
    .filter((other) => normaliseForCompare(bySource ? other.source : other.target) === shared
      && normaliseForCompare(bySource ? other.target : other.source) === named)
    .map((other) => other.segmentId);
  return { ...finding, segmentIds };
}

/**
 * The checks are pure: the same context gives the same findings. The editor shows every row's
 * findings on each render, and a row is checked again whenever its text settles, so the
 * findings of recent contexts are kept, per speller (the key is the rest of the context).
 */
const recentFindings = new WeakMap<object, Map<string, QaFinding[]>>();
const WITHOUT_SPELLER = {};
const RECENT_FINDINGS = 20_000;

function rememberedQa(context: QaContext): QaFinding[] {
  const bySpeller = context.spell ?? WITHOUT_SPELLER;
  let recent = recentFindings.get(bySpeller);
  if (recent === undefined) recentFindings.set(bySpeller, (recent = new Map<string, QaFinding[]>()));
  // Hashed: the context holds every related segment's texts, and 20,000 such keys would hold on to megabytes.
  const key = createHash('sha256').update(JSON.stringify([context.source, context.target, context.sourceLang, context.targetLang, context.terms, context.others])).digest('base64');
  const known = recent.get(key);
  if (known !== undefined) return known;
  const findings = runQa(context);
  if (recent.size >= RECENT_FINDINGS) recent.delete(recent.keys().next().value as string);
  recent.set(key, findings);
  return findings;
}

function shown(findings: readonly QaFinding[], acknowledged: ReadonlySet<string> | undefined): ShownFinding[] {
  return findings.map((finding) => {
    const key = findingKey(finding);
    return { ...finding, key, acknowledged: finding.severity === 'warning' && (acknowledged?.has(key) ?? false) };
  });
}

export interface DocumentQa {
  readonly project: Project;
  readonly document: DocumentInfo;
  readonly segments: readonly Segment[];
  /** Findings per segment id (segments without findings are left out). */
  readonly findings: ReadonlyMap<number, readonly ShownFinding[]>;
}

/** Every finding of a document (the editor's rows and the QA report). */
export async function documentQa(deps: Deps, actor: Actor, documentId: number): Promise<DocumentQa> {
  const document = await loadDocument(deps, actor, documentId, 'read');
  const [project, segments, acknowledged] = await Promise.all([
    deps.store.findProject(document.projectId), deps.store.listSegments(document.id), deps.store.qaAcknowledgements(document.id),
  ]);
  return { project: project!, document, segments, findings: await findingsOfSegments(deps, { project: project!, segments, acknowledged }) };
}

/**
 * The findings of a document's segments, already read by the caller (who checked access);
 * the glossary too, when the caller has it.
 */
export async function findingsOfSegments(
  deps: Deps,
  input: { project: Project; segments: readonly Segment[]; acknowledged: ReadonlyMap<number, ReadonlySet<string>>; glossary?: readonly GlossaryEntry[] },
): Promise<ReadonlyMap<number, readonly ShownFinding[]>> {
  const [glossary, speller] = await Promise.all([input.glossary ?? deps.store.listGlossary(input.project.id), deps.speller?.()]);
  const documentId = input.segments[0]?.documentId;
  const known = documentId === undefined ? undefined : recentDocuments.get(documentId);
  if (known !== undefined && sameChecks(known, { ...input, glossary, speller })) return known.findings;
  const checks = prepared(input.project, input.segments, glossary, speller);
  const findings = new Map<number, readonly ShownFinding[]>();
  for (const segment of input.segments) {
    if (segment.target.trim() === '') continue; // untranslated is progress, not a finding, until someone tries to approve it
    const list = shown(check(checks, segment), input.acknowledged.get(segment.id));
    // Kept and handed out again (below): frozen, so that no caller can change what another request gets.
    if (list.length > 0) findings.set(segment.id, Object.freeze(list.map((finding) => Object.freeze(finding))));
  }
  if (documentId !== undefined) {
    recentDocuments.delete(documentId);
    if (recentDocuments.size >= RECENT_DOCUMENTS) recentDocuments.delete(recentDocuments.keys().next().value as number);
    recentDocuments.set(documentId, {
      // The store's lists are frozen: kept as they are, and compared by identity first.
      segments: Object.isFrozen(input.segments) ? input.segments : [...input.segments], acknowledged: input.acknowledged, glossary, speller,
      sourceLang: input.project.sourceLang, targetLang: input.project.targetLang, findings,
    });
  }
  return findings;
}

/**
 * A document's findings as last worked out, with what they were worked out from. Opening the
 * editor of a translated document checks every segment: even with each segment's findings
 * remembered (above), hashing 500 contexts and marking acknowledgements took tens of ms. The
 * store hands out the same frozen segments, the same frozen terms and the same acknowledgements
 * while nothing has changed (kept by stamps), so "nothing has changed" is a matter of identity.
 */
interface CheckedDocument {
  readonly segments: readonly Segment[];
  readonly acknowledged: ReadonlyMap<number, ReadonlySet<string>>;
  readonly glossary: readonly GlossaryEntry[];
  readonly speller: QaSpeller | undefined;
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly findings: ReadonlyMap<number, readonly ShownFinding[]>;
}
const recentDocuments = new Map<number, CheckedDocument>();
/** As many as the store keeps segment lists for (KEPT_SEGMENT_LISTS): an entry whose list the store has let go cannot match again. */
const RECENT_DOCUMENTS = 32;

function sameChecks(known: CheckedDocument, input: {
  project: Project; segments: readonly Segment[]; acknowledged: ReadonlyMap<number, ReadonlySet<string>>; glossary: readonly GlossaryEntry[]; speller: QaSpeller | undefined;
}): boolean {
  if (known.acknowledged !== input.acknowledged || known.glossary !== input.glossary || known.speller !== input.speller
    || known.sourceLang !== input.project.sourceLang || known.targetLang !== input.project.targetLang) return false;
  if (known.segments === input.segments) return true;
  if (known.segments.length !== input.segments.length) return false;
  for (let i = 0; i < input.segments.length; i += 1) if (known.segments[i] !== input.segments[i]) return false;
  return true;
}

/**
 * The findings of one segment with the text given (as saved, or as a file would leave it). Run on
 * every save, so it reads only the segments that share its source or target, not the document.
 */
export async function segmentQa(deps: Deps, segment: Segment): Promise<ShownFinding[]> {
  const document = (await deps.store.findDocument(segment.documentId))!;
  const [project, related, acknowledged] = await Promise.all([
    deps.store.findProject(document.projectId), deps.store.relatedSegments(document.id, segment.source, segment.target),
    deps.store.qaAcknowledgementsOfSegment(segment.id),
  ]);
  return shown(check(await prepare(deps, project!, related), segment), acknowledged);
}

/** Errors block approval: the 409 carries them, so the reviewer sees what to fix. */
export async function assertApprovable(deps: Deps, segment: Segment): Promise<void> {
  const findings = await segmentQa(deps, segment);
  if (blocksApproval(findings)) {
    throw new ConflictError('qa.blocked', { count: findings.filter((finding) => finding.severity === 'error').length, findings });
  }
}

/** A reviewer lets a warning pass on this version of the segment (a new text needs a new look). */
export async function acknowledgeFinding(deps: Deps, actor: Actor, input: { segmentId: number; version: number; key: string }): Promise<ShownFinding[]> {
  const { segment, role } = await loadSegment(deps, actor, input.segmentId, 'read');
  if (!mayReview(role)) throw new ForbiddenError('qa.acknowledgeForbidden');
  if (segment.version !== input.version) throw new ConflictError('qa.changed');
  const finding = (await segmentQa(deps, segment)).find((candidate) => candidate.key === input.key);
  if (!finding) throw new InvalidInputError('qa.noSuchFinding');
  if (finding.severity !== 'warning') throw new InvalidInputError('qa.errorsBlock');
  await deps.store.acknowledgeQa({ segmentId: segment.id, version: segment.version, code: finding.key, actor: actor.username });
  return segmentQa(deps, segment);
}

/** A readable segment's findings, with the version they are about (a client may hold a newer one by the time they arrive). */
export async function qaOfSegment(deps: Deps, actor: Actor, segmentId: number): Promise<{ version: number; findings: ShownFinding[] }> {
  const { segment } = await loadSegment(deps, actor, segmentId, 'read');
  return { version: segment.version, findings: await segmentQa(deps, segment) };
}

/** The document a readable segment belongs to (for redirects after a decision). */
export async function documentOfSegment(deps: Deps, actor: Actor, segmentId: number): Promise<number> {
  return (await loadSegment(deps, actor, segmentId, 'read')).segment.documentId;
}
