/** Calls to the JSON API from the editor; every write carries the CSRF token. */
export interface SegmentDto {
  id: number;
  target: string;
  state: string;
  version: number;
  /** When the target was last saved (ISO UTC). */
  updatedAt?: string | null;
  /** The QA findings after this save, when the server sent them. */
  qa?: FindingDto[];
}

export interface FindingDto {
  key: string;
  check: string;
  severity: 'error' | 'warning';
  code: string;
  message: string;
  acknowledged: boolean;
  /** The other segments (ids) a consistency finding compares this one with. */
  segmentIds?: number[];
}

export interface MatchDto {
  entryId: number;
  score: number;
  source: string;
  target: string;
  sourceDiff: { op: 'equal' | 'insert' | 'delete'; text: string }[];
  author: string | null;
  date: string;
}

/** Search and replace in a document's targets (`POST /api/documents/:id/replace`). */
export interface ReplaceQueryDto { find: string; replace: string; caseSensitive: boolean; wholeWord: boolean; regex: boolean; includeApproved: boolean }
export interface ReplacementDto { segmentId: number; number: number; version: number; before: string; after: string; count: number; diff: ConflictDetails['diff'] }
export interface ReplaceResultDto {
  replaced: { number: number; segment: SegmentDto }[];
  skipped: { segmentId: number; number: number | null; reason: string }[];
}

export interface ConflictDetails {
  segment: { id: number; target: string; state: string; version: number };
  sent: string;
  diff: { op: 'equal' | 'insert' | 'delete'; text: string }[];
}

export class ConflictResponse extends Error {
  constructor(readonly details: ConflictDetails) {
    super('conflict');
  }
}

export class ApiError extends Error {
  constructor(message: string, readonly status: number, readonly code: string | undefined) {
    super(message);
  }

  /** Worth sending again later: the network, the server, or a token that may have been renewed. */
  get retryable(): boolean {
    return this.status === 0 || this.status >= 500 || this.status === 403;
  }
}

/** The token is read from its cookie at each call, so a token renewed in another tab keeps working here. */
function csrfToken(fallback: string): string {
  const match = /(?:^|;\s*)jembatan_csrf=([a-f0-9]{64})/.exec(document.cookie);
  return match?.[1] ?? fallback;
}

export function createApi(pageToken: string) {
  async function send(method: string, url: string, body?: unknown, options: { keepalive?: boolean } = {}): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken(pageToken), Accept: 'application/json' },
        body: body === undefined ? null : JSON.stringify(body),
        credentials: 'same-origin',
        // A report sent while the page closes must outlive it.
        keepalive: options.keepalive === true,
      });
    } catch {
      throw new ApiError('network', 0, undefined);
    }
    const payload = (await response.json().catch(() => ({}))) as { error?: Partial<ConflictDetails> & { message?: string; code?: string } };
    if (response.status === 409 && payload.error?.segment) throw new ConflictResponse(payload.error as ConflictDetails);
    if (!response.ok) throw new ApiError(payload.error?.message ?? `HTTP ${response.status}`, response.status, payload.error?.code);
    return payload;
  }

  return {
    saveTarget: async (id: number, body: { target: string; baseVersion: number; action: 'edit' | 'confirm'; origin: string; originScore?: number; elapsedMs?: number }) =>
      withQa((await send('PUT', `/api/segments/${id}/target`, body)) as { segment: SegmentDto; qa?: FindingDto[] }),
    acknowledge: async (id: number, body: { version: number; key: string }) =>
      ((await send('POST', `/api/segments/${id}/qa/acknowledge`, body)) as { qa: FindingDto[] }).qa,
    matches: async (id: number) => ((await send('GET', `/api/segments/${id}/matches`)) as { matches: MatchDto[] }).matches,
    segmentQa: async (id: number) => (await send('GET', `/api/segments/${id}/qa`)) as { version: number; qa: FindingDto[] },
    previewReplace: async (documentId: string, query: ReplaceQueryDto) =>
      ((await send('POST', `/api/documents/${documentId}/replace`, { ...query, preview: true })) as { replacements: ReplacementDto[] }).replacements,
    applyReplace: async (documentId: string, query: ReplaceQueryDto, versions: Record<string, number>) =>
      (await send('POST', `/api/documents/${documentId}/replace`, { ...query, preview: false, versions })) as ReplaceResultDto,
    repetitions: async (id: number) => ((await send('GET', `/api/segments/${id}/repetitions`)) as { count: number }).count,
    propagate: async (id: number) => ((await send('POST', `/api/segments/${id}/propagate`, {})) as { segments: SegmentDto[] }).segments,
    revert: async (id: number, body: { revisionId: number; baseVersion: number }) =>
      ((await send('POST', `/api/segments/${id}/revert`, body)) as { segment: SegmentDto }).segment,
    mergeNext: async (id: number, body: { baseVersion: number; nextBaseVersion: number }) =>
      send('POST', `/api/segments/${id}/merge-next`, body),
    split: async (id: number, body: { baseVersion: number; at: number }) => send('POST', `/api/segments/${id}/split`, body),
    setSkipped: async (id: number, body: { baseVersion: number; skipped: boolean }) => send('POST', `/api/segments/${id}/skip`, body),
    comment: async (id: number, body: string) => send('POST', `/api/segments/${id}/comments`, { body }),
    thread: async (id: number, resolved: boolean) =>
      (await send('POST', `/api/segments/${id}/thread`, { resolved })) as { thread: { resolved: boolean }; unresolved: number[] },
    presence: async (documentId: string, body: { segmentId: number | null; typing: boolean; leaving?: boolean }) =>
      send('POST', `/api/documents/${documentId}/presence`, body, { keepalive: body.leaving === true }),
    historyHtml: async (id: number) => {
      const response = await fetch(`/segments/${id}/history?partial=1`, { credentials: 'same-origin' });
      if (!response.ok) throw new ApiError(`HTTP ${response.status}`, response.status, undefined);
      return response.text();
    },
  };
}

function withQa(payload: { segment: SegmentDto; qa?: FindingDto[] }): SegmentDto {
  return payload.qa === undefined ? payload.segment : { ...payload.segment, qa: payload.qa };
}

export type Api = ReturnType<typeof createApi>;
