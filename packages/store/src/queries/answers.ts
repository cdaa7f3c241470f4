/**
 * Answers
 * =======
 * What the graph API returns, computed the same way over either store: the store fetches, these
 * functions choose, order and shape. The HTTP layer only validates and serialises.
 */
import { asciiFold } from '@vnkg/extractor';

import type { GraphStore, NamesakeVerdict, Subgraph } from '../graph-store.js';
import { byCodeUnits } from '../node-names.js';
import { holders, timeline } from './holders.js';
import { officeIdsFor } from './offices.js';
import { rankSearch } from './search.js';

export async function health(store: GraphStore) {
  return { store: store.kind, counts: await store.counts() };
}

export async function search(store: GraphStore, query: string, label: string | null, limit: number) {
  const folded = asciiFold(query);
  if (!folded) return [];
  // Stores return a superset; ranking decides. Whole-name and name-prefix matches rank first, and a
  // store lists those among its first candidates, so five times the limit is enough.
  const candidates = await store.searchCandidates(folded, label, Math.max(50, limit * 5));
  return rankSearch(query, candidates, limit);
}

export async function personTimeline(store: GraphStore, personId: string) {
  const held = await store.holdingsOfPerson(personId);
  return held && { person: held.person, timeline: timeline(held.holdings) };
}

/** Namesake pairs for a researcher to review, and whether more were left out by the limit. */
export async function namesakes(store: GraphStore, verdict: NamesakeVerdict | 'all', limit: number) {
  const pairs = await store.namesakePairs(verdict, limit + 1);
  return { verdict, pairs: pairs.slice(0, limit), truncated: pairs.length > limit };
}

/** A province given by id ("province:lai-châu") or by name ("Lai Châu"), as its name. */
async function provinceName(store: GraphStore, province: string | null): Promise<string | null> {
  if (!province) return null;
  if (!province.startsWith('province:')) return province;
  return (await store.node(province))?.name ?? null;
}

export async function officeHolders(store: GraphStore, title: string, province: string | null, at: string | undefined) {
  const ids = officeIdsFor(title, await provinceName(store, province));
  const found = await store.officesById(ids);
  // The most specific reading of the title that exists.
  const office = ids.map((id) => found.find((o) => o.id === id)).find(Boolean);
  if (!office) return null;
  return { office, at: at ?? null, holders: holders(await store.holdingsOfOffices([office.id]), at) };
}

export async function provinceOfficials(store: GraphStore, provinceId: string, at: string | undefined) {
  const province = await store.officesOfProvince(provinceId);
  if (!province) return null;
  const holdings = await store.holdingsOfOffices(province.offices.map((o) => o.id));
  // Without a date: who holds each office now, as far as the texts tell.
  const date = at ?? '9999-12-31';
  return {
    province: province.province,
    at: at ?? null,
    offices: province.offices.map((office) => ({
      office,
      holders: holders(
        holdings.filter((h) => h.office.id === office.id),
        date,
      ).filter((h) => h.atDate),
    })),
  };
}

/** Nodes in the order the store chose, edges in one stable order, whatever the store. */
export function orderSubgraph(subgraph: Subgraph): Subgraph {
  const edges = [...subgraph.edges].sort((a, b) => byCodeUnits(a.from, b.from) || byCodeUnits(a.type, b.type) || byCodeUnits(a.to, b.to));
  return { ...subgraph, edges };
}

export async function neighborhood(store: GraphStore, id: string, depth: number, limit: number) {
  const subgraph = await store.neighborhood(id, depth, limit);
  return subgraph && orderSubgraph(subgraph);
}

export async function overview(store: GraphStore, limit: number) {
  return orderSubgraph(await store.overview(limit));
}

export async function everything(store: GraphStore, limit: number) {
  return orderSubgraph(await store.everything(limit));
}

/** The subgraph with each edge's provenance (articles and evidence), fetched a thousand edges at a time. */
export async function withProvenance(store: GraphStore, subgraph: Subgraph): Promise<Subgraph> {
  const edges: Subgraph['edges'] = [];
  for (let start = 0; start < subgraph.edges.length; start += 1000) {
    const slice = subgraph.edges.slice(start, start + 1000);
    const provenance = await store.provenance(slice);
    slice.forEach((edge, i) => edges.push({ ...edge, provenance: provenance[i]! }));
  }
  return { ...subgraph, edges };
}
