/**
 * Namesake pairs
 * ==============
 * Each Person lists the others of its name it was kept apart from: `distinctFrom` / `possiblySame`,
 * with `distinctWhy` / `possiblySameWhy` aligned, normally on both sides. A store reads those lists as
 * links (one per listed person); this makes each unordered pair one answer with both sides' reasons,
 * in one order whichever store read them. Shared by both stores.
 */
import type { NamesakePair, NamesakeVerdict } from '../graph-store.js';
import { byCodeUnits } from '../node-names.js';

type PersonRef = { id: string; name: string };

/** One entry of a person's lists: `from` lists `to`, with the reason it gives (null when none is stored). */
export interface NamesakeLink {
  from: PersonRef;
  to: PersonRef;
  verdict: NamesakeVerdict;
  why: string | null;
}

/** The Person props holding each verdict's list of ids and, aligned with it, their reasons. */
export const NAMESAKE_LISTS = [
  { verdict: 'distinct', ids: 'distinctFrom', why: 'distinctWhy' },
  { verdict: 'possibly-same', ids: 'possiblySame', why: 'possiblySameWhy' },
] as const satisfies ReadonlyArray<{ verdict: NamesakeVerdict; ids: string; why: string }>;

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * The entries of one person's lists as its props hold them. A list that is not all strings holds
 * nothing: Neo4j cannot store it as a list (the loader writes it as JSON text), so neither store reads it.
 */
export function listedNamesakes(props: Record<string, unknown>): Array<{ id: string; verdict: NamesakeVerdict; why: string | null }> {
  return NAMESAKE_LISTS.flatMap(({ verdict, ids, why }) => {
    const listed = props[ids];
    const reasons = props[why];
    if (!isStringList(listed)) return [];
    return listed.map((id, i) => ({ id, verdict, why: isStringList(reasons) ? (reasons[i] ?? null) : null }));
  });
}

/** A conflicting fact on either side parts the two, whatever the other side lists. */
function mergePair(a: PersonRef, b: PersonRef, links: NamesakeLink[]): NamesakePair {
  const verdict: NamesakeVerdict = links.some((link) => link.verdict === 'distinct') ? 'distinct' : 'possibly-same';
  // a's reasons before b's, each side in its own list's order (the sort is stable).
  const reasons = links
    .filter((link) => link.verdict === verdict && link.why)
    .sort((x, y) => Number(x.from.id !== a.id) - Number(y.from.id !== a.id))
    .map((link) => link.why!);
  return { a, b, verdict, reasons: [...new Set(reasons)] };
}

// Names in Vietnamese order (Đ after D); ids by code unit, as elsewhere.
const byNameThenIds = (x: NamesakePair, y: NamesakePair): number =>
  x.a.name.localeCompare(y.a.name, 'vi') || x.b.name.localeCompare(y.b.name, 'vi') || byCodeUnits(x.a.id, y.a.id) || byCodeUnits(x.b.id, y.b.id);

/** Each unordered pair once, of the verdict asked (or all), ordered by name then ids, at most `limit`. */
export function namesakePairs(links: NamesakeLink[], verdict: NamesakeVerdict | 'all', limit: number): NamesakePair[] {
  const byPair = new Map<string, { a: PersonRef; b: PersonRef; links: NamesakeLink[] }>();
  for (const link of links) {
    if (link.from.id === link.to.id) continue;
    const [a, b] = byCodeUnits(link.from.id, link.to.id) < 0 ? [link.from, link.to] : [link.to, link.from];
    const key = JSON.stringify([a.id, b.id]);
    const pair = byPair.get(key);
    if (pair) pair.links.push(link);
    else byPair.set(key, { a, b, links: [link] });
  }
  return [...byPair.values()]
    .map(({ a, b, links: pairLinks }) => mergePair(a, b, pairLinks))
    .filter((pair) => verdict === 'all' || pair.verdict === verdict)
    .sort(byNameThenIds)
    .slice(0, limit);
}
