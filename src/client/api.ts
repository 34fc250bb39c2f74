/** Calls to the JSON API from the editor; every write carries the CSRF token. */
export interface SegmentDto {
  id: number;
  target: string;
  state: string;
  version: number;
  kind: string;
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
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

export function createApi(csrfToken: string) {
  async function send(method: string, url: string, body: unknown): Promise<unknown> {
    const response = await fetch(url, {
      method,
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken, Accept: 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
    const payload = (await response.json().catch(() => ({}))) as { error?: ConflictDetails & { message?: string } };
    if (response.status === 409 && payload.error?.segment) throw new ConflictResponse(payload.error);
    if (!response.ok) throw new ApiError(payload.error?.message ?? `HTTP ${response.status}`, response.status);
    return payload;
  }

  return {
    saveTarget: async (id: number, body: { target: string; baseVersion: number; action: 'edit' | 'confirm'; origin: string }) =>
      ((await send('PUT', `/api/segments/${id}/target`, body)) as { segment: SegmentDto }).segment,
    revert: async (id: number, body: { revisionId: number; baseVersion: number }) =>
      ((await send('POST', `/api/segments/${id}/revert`, body)) as { segment: SegmentDto }).segment,
    historyHtml: async (id: number) => {
      const response = await fetch(`/segments/${id}/history?partial=1`, { credentials: 'same-origin' });
      if (!response.ok) throw new ApiError(`HTTP ${response.status}`, response.status);
      return response.text();
    },
  };
}

export type Api = ReturnType<typeof createApi>;
