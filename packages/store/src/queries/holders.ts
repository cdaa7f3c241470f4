/**
 * Holders of an office over time
 * ==============================
 * From the holdings of an office (each with the dates its sentences observe it), who held it at a
 * date, and the succession of holders. Shared by both stores.
 */
import type { EvidenceView, Holding } from '../graph-store.js';

export interface HolderView {
  person: { id: string; name: string };
  status: string;
  firstSeen: string | null;
  lastSeen: string | null;
  /** Set when a date was asked: whether this holder is the one at that date. */
  atDate?: boolean;
  /** In a succession (no date asked): the holder seen before this one. */
  after?: { id: string; name: string } | null;
  evidence: EvidenceView[];
}

function seenRange(holding: Holding): { firstSeen: string | null; lastSeen: string | null } {
  const dates = holding.evidence.map((e) => e.asOf).filter((d): d is string => Boolean(d)).sort();
  return { firstSeen: dates[0] ?? null, lastSeen: dates.at(-1) ?? null };
}

const byDate = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

/** A person's offices, oldest first, with first/last dates observed and evidence oldest first. */
export function timeline(holdings: Holding[]) {
  return holdings
    .map((h) => ({ office: h.office, status: h.status, ...seenRange(h), evidence: [...h.evidence].sort((a, b) => byDate(a.asOf, b.asOf)) }))
    .sort((a, b) => byDate(a.firstSeen, b.firstSeen) || a.office.title.localeCompare(b.office.title, 'vi'));
}

/**
 * Holders of one office. Without `at`: every holder, oldest first, each with the one seen before
 * (a succession). With `at`: the holder(s) at that date first: those observed on it; else those
 * observed before it whom no later holder (first seen after their last sighting, by `at`, and not as a
 * former holder) displaced;
 * else the nearest holder after it. The others follow, oldest first.
 */
export function holders(holdings: Holding[], at?: string): HolderView[] {
  const views: HolderView[] = holdings
    .map((h) => ({ person: h.person, status: h.status, ...seenRange(h), evidence: [...h.evidence].sort((a, b) => byDate(a.asOf, b.asOf)) }))
    .sort((a, b) => byDate(a.firstSeen, b.firstSeen) || a.person.name.localeCompare(b.person.name, 'vi'));
  if (at === undefined) {
    return views.map((view, index) => ({ ...view, after: index > 0 ? views[index - 1]!.person : null }));
  }
  const dated = views.filter((v) => v.firstSeen !== null);
  let current = dated.filter((v) => v.evidence.some((e) => e.asOf === at) && v.status !== 'former');
  if (current.length === 0) {
    const before = dated.filter((v) => v.firstSeen! <= at && v.status !== 'former');
    current = before
      .filter((v) => !before.some((other) => other !== v && other.firstSeen! > v.lastSeen!))
      .sort((a, b) => byDate(b.lastSeen, a.lastSeen));
  }
  if (current.length === 0) {
    const after = dated.filter((v) => v.firstSeen! > at);
    const nearest = after[0]?.firstSeen;
    current = after.filter((v) => v.firstSeen === nearest);
  }
  const chosen = new Set(current);
  return [...current.map((v) => ({ ...v, atDate: true })), ...views.filter((v) => !chosen.has(v)).map((v) => ({ ...v, atDate: false }))];
}
