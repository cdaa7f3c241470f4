/**
 * The first screen of a graph: people and what ties them together, not the few hubs with most links.
 * The most connected persons come first, each with up to `PER_PERSON` of its own neighbours (its
 * offices first, then the best connected others: provinces, congresses, events), so no person on the
 * screen stands alone (a person with no neighbour, or no room for one, is left out); what room is left
 * goes to the most connected nodes that are not persons. Both stores hand the same lists in, so the
 * overview is the same set whichever store answers.
 */
export const PER_PERSON = 3;

export interface OverviewCandidates {
  /** Person ids, most connected first, each with its neighbours: offices first, then most connected first. */
  persons: Array<{ id: string; neighbours: string[] }>;
  /** Every node id, most connected first (its non-persons fill the room the persons leave). */
  ranked: string[];
}

export function overviewIds({ persons, ranked }: OverviewCandidates, limit: number): { ids: string[]; truncated: boolean } {
  const kept = new Set<string>();
  const room = (ids: string[]) => kept.size + ids.filter((id) => !kept.has(id)).length <= limit;
  for (const person of persons) {
    // A person comes only with a neighbour to link to: one without any, or without room for one, waits.
    const [first] = person.neighbours;
    if (first === undefined || !room([person.id, first])) continue;
    kept.add(person.id);
    for (const neighbour of person.neighbours.slice(0, PER_PERSON)) if (room([neighbour])) kept.add(neighbour);
  }
  // The rest of the room: the most connected others (a person left out above would stand alone).
  const personIds = new Set(persons.map((p) => p.id));
  for (const id of ranked) {
    if (kept.size >= limit) break;
    if (!personIds.has(id)) kept.add(id);
  }
  return { ids: [...kept], truncated: ranked.length > kept.size };
}
