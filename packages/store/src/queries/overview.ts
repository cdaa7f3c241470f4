/**
 * The first screen of a graph: people and what ties them together, not the few hubs with most links.
 * The most connected persons come first, each with up to `PER_PERSON` of its own neighbours (its
 * offices first, then the best connected others: provinces, congresses, events), so no person on the
 * screen stands alone; what room is left goes to the most connected other nodes. Both stores hand the same lists in, so the
 * overview is the same set whichever store answers.
 */
export const PER_PERSON = 3;

export interface OverviewCandidates {
  /** Person ids, most connected first, each with its neighbours: offices first, then most connected first. */
  persons: Array<{ id: string; neighbours: string[] }>;
  /** Every node id, most connected first (fills the room the persons leave). */
  ranked: string[];
}

export function overviewIds({ persons, ranked }: OverviewCandidates, limit: number): { ids: string[]; truncated: boolean } {
  const kept = new Set<string>();
  for (const person of persons) {
    if (kept.size >= limit) break;
    kept.add(person.id);
    let added = 0;
    for (const neighbour of person.neighbours) {
      if (added >= PER_PERSON || kept.size >= limit) break;
      if (!kept.has(neighbour)) kept.add(neighbour);
      added += 1;
    }
  }
  for (const id of ranked) {
    if (kept.size >= limit) break;
    kept.add(id);
  }
  return { ids: [...kept], truncated: ranked.length > kept.size };
}
