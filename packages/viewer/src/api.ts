/**
 * The graph API, from the browser. A request the server refuses (4xx but 404) raises ApiRequestError
 * with the server's message; a network failure or a server error (5xx) raises ApiUnreachable; a 404 is
 * null. `activity` tells the page when requests are pending and when one has succeeded (the error
 * banner clears on recovery).
 */
// The wire format is the storage interface's (graph-store.ts holds types only: nothing reaches the bundle).
import type { ArticleFacts, EvidenceView, NodeDetail, NodeSummary, Office, Subgraph } from '@vnkg/store/src/graph-store.js';

export class ApiUnreachable extends Error {}
export class ApiRequestError extends Error {}

let pending = 0;
export const activity = { onChange: (_busy: boolean) => {}, onSuccess: () => {} };

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
    if (response.status >= 500) throw new ApiUnreachable(`HTTP ${response.status}`);
    activity.onSuccess();
    if (response.status === 404) return null;
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
      throw new ApiRequestError(body?.error?.message ?? `HTTP ${response.status}`);
    }
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

export interface Holder {
  person: { id: string; name: string };
  status: string;
  firstSeen: string | null;
  lastSeen: string | null;
  tenure?: Tenure;
  atDate?: boolean;
  nearest?: 'before' | 'after';
  evidence: EvidenceView[];
}

export interface CareerEntry {
  office: { id: string; title: string };
  status: string;
  firstSeen: string | null;
  lastSeen: string | null;
  tenure?: Tenure;
  evidence: EvidenceView[];
}

export type SearchHit = { id: string; label: string; name: string };

const q = encodeURIComponent;
export const api = {
  overview: (limit = 300) => getJson<Subgraph>(`/api/graph/overview?limit=${limit}`),
  neighborhood: (id: string, depth = 1) => getJson<Subgraph>(`/api/graph/neighborhood?id=${q(id)}&depth=${depth}&limit=300`),
  search: (text: string, label: string | null = null) => getJson<{ results: SearchHit[] }>(`/api/search?q=${q(text)}&limit=10${label ? `&label=${label}` : ''}`),
  timeline: (id: string) => getJson<{ person: { id: string; name: string }; timeline: CareerEntry[] }>(`/api/persons/${q(id)}/timeline`),
  holders: (title: string, province: string | null, at: string | null) =>
    getJson<{ office: { id: string; title: string }; holders: Holder[] }>(`/api/positions/holders?title=${q(title)}${province ? `&province=${q(province)}` : ''}${at ? `&at=${at}` : ''}`),
  provinceOfficials: (id: string, at: string | null) =>
    getJson<{ province: NodeSummary; offices: Array<{ office: Office; holders: Holder[] }> }>(`/api/provinces/${q(id)}/officials${at ? `?at=${at}` : ''}`),
  node: (id: string) => getJson<NodeDetail>(`/api/nodes/${q(id)}`),
  article: (id: string) => getJson<ArticleFacts>(`/api/articles/${q(id)}`),
  fact: (type: string, from: string, to: string) =>
    getJson<{ articles: string[]; evidence: Array<{ article: string; quote: string; asOf: string | null }> }>(`/api/facts/evidence?type=${q(type)}&from=${q(from)}&to=${q(to)}`),
};
