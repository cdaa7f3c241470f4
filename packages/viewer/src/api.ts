/** The graph API, from the browser. Failures of the network or the server raise ApiUnreachable. */
// The wire format is the storage interface's (graph-store.ts holds types only: nothing reaches the bundle).
import type { EvidenceView, NodeDetail, Subgraph } from '@vnkg/store/src/graph-store.js';

export class ApiUnreachable extends Error {}

let pending = 0;
export const activity = { onChange: (_busy: boolean) => {} };

export async function getJson<T>(path: string): Promise<T | null> {
  pending += 1;
  activity.onChange(true);
  try {
    let response: Response;
    try {
      response = await fetch(path, { headers: { accept: 'application/json' } });
    } catch (error) {
      throw new ApiUnreachable((error as Error).message);
    }
    if (response.status === 404) return null;
    if (response.status >= 500) throw new ApiUnreachable(`HTTP ${response.status}`);
    if (!response.ok) throw new Error(((await response.json()) as { error?: { message?: string } }).error?.message ?? `HTTP ${response.status}`);
    return (await response.json()) as T;
  } finally {
    pending -= 1;
    activity.onChange(pending > 0);
  }
}

/** A holding's tenure as the API gives it (see packages/graph-api/README.md, "Tenures"). */
export interface Tenure {
  start: string | null;
  startBasis: 'stated' | 'observed' | null;
  end: string | null;
  endBasis: 'stated' | 'successor' | 'observed' | null;
}

const q = encodeURIComponent;
export const api = {
  overview: (limit = 300) => getJson<Subgraph>(`/api/graph/overview?limit=${limit}`),
  neighborhood: (id: string, depth = 1) => getJson<Subgraph>(`/api/graph/neighborhood?id=${q(id)}&depth=${depth}&limit=300`),
  search: (text: string) => getJson<{ results: Array<{ id: string; label: string; name: string }> }>(`/api/search?q=${q(text)}&limit=10`),
  timeline: (id: string) =>
    getJson<{ person: { id: string; name: string }; timeline: Array<{ office: { id: string; title: string }; status: string; firstSeen: string | null; lastSeen: string | null; tenure?: Tenure; evidence: EvidenceView[] }> }>(
      `/api/persons/${q(id)}/timeline`,
    ),
  holders: (title: string, province: string | null, at: string | null) =>
    getJson<{
      office: { id: string; title: string };
      holders: Array<{ person: { id: string; name: string }; status: string; firstSeen: string | null; lastSeen: string | null; tenure?: Tenure; atDate?: boolean; nearest?: 'before' | 'after'; evidence: EvidenceView[] }>;
    }>(
      `/api/positions/holders?title=${q(title)}${province ? `&province=${q(province)}` : ''}${at ? `&at=${at}` : ''}`,
    ),
  node: (id: string) => getJson<NodeDetail>(`/api/nodes/${q(id)}`),
};
