/**
 * Search ranking
 * ==============
 * Diacritics-insensitive prefix search over names, titles and numbers: "to lam" finds Tô Lâm, "18-NQ"
 * finds 18-NQ/TW. A store returns candidates; this decides which match and in what order, so both
 * stores answer the same.
 */
import { asciiFold } from '@vnkg/extractor';

import type { NodeSummary } from '../graph-store.js';
import { byCodeUnits } from '../node-names.js';

/** 0: the whole name; 1: the name starts with the query; 2: a word of it does; null: no match. */
function matchRank(name: string, query: string): number | null {
  const key = asciiFold(name);
  if (key === query) return 0;
  if (key.startsWith(query)) return 1;
  for (let at = key.indexOf(query); at > 0; at = key.indexOf(query, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(key[at - 1]!)) return 2;
  }
  return null;
}

export function rankSearch(query: string, candidates: NodeSummary[], limit: number): NodeSummary[] {
  const folded = asciiFold(query);
  if (!folded) return [];
  const seen = new Set<string>();
  return candidates
    .filter((c) => !seen.has(c.id) && seen.add(c.id))
    .map((candidate) => ({ candidate, rank: matchRank(candidate.name, folded) }))
    .filter((hit): hit is { candidate: NodeSummary; rank: number } => hit.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.candidate.name.length - b.candidate.name.length || byCodeUnits(a.candidate.name, b.candidate.name) || byCodeUnits(a.candidate.id, b.candidate.id))
    .slice(0, limit)
    .map((hit) => hit.candidate);
}
