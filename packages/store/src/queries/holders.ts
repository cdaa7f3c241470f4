/**
 * Holders of an office over time
 * ==============================
 * From the holdings of an office (each with the sentences that observe it, their dates and the tenure
 * dates they state), who held it at a date, and the succession of holders. A holder is "at the date"
 * only when their tenure (tenure.ts) covers it; otherwise the nearest holders before and after are
 * named as such, never as the holder then. Shared by both stores.
 */
import type { EvidenceView, Holding } from '../graph-store.js';
import { covers, firstDay, lastDay, officeTenures, ownTenure, type Tenure } from './tenure.js';

export interface HolderView {
  person: { id: string; name: string };
  /** What the latest sentence says of the holding: current, former, alternate. */
  status: string;
  firstSeen: string | null;
  lastSeen: string | null;
  /** The earliest start and the latest end sentences state, if any. */
  since: string | null;
  until: string | null;
  tenure: Tenure;
  /** Set when a date was asked: whether this holder's tenure covers it. */
  atDate?: boolean;
  /** With a date asked, for holders not at it: the nearest holder(s) before or after the date. */
  nearest?: 'before' | 'after';
  /** In a succession (no date asked): the holder seen before this one. */
  after?: { id: string; name: string } | null;
  /** In a one-seat office: the holder this one followed. */
  replaces?: { id: string; name: string } | null;
  evidence: EvidenceView[];
}

const byDate = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

function seenRange(holding: Holding): { firstSeen: string | null; lastSeen: string | null } {
  const dates = holding.evidence.map((e) => e.asOf).filter((d): d is string => Boolean(d)).sort();
  return { firstSeen: dates[0] ?? null, lastSeen: dates.at(-1) ?? null };
}

/** The status the latest sentence gives (an article that calls it "nguyên" outweighs older ones). */
function latestStatus(holding: Holding, evidence: EvidenceView[]): string {
  const stated = evidence.filter((e) => e.status);
  return stated.at(-1)?.status ?? holding.status;
}

function view(holding: Holding, tenure: Tenure) {
  const evidence = [...holding.evidence].sort((a, b) => byDate(a.asOf, b.asOf));
  return {
    status: latestStatus(holding, evidence),
    ...seenRange(holding),
    since: tenure.startBasis === 'stated' ? tenure.start : null,
    until: tenure.endBasis === 'stated' ? tenure.end : null,
    tenure,
    evidence,
  };
}

const startOf = (v: { tenure: Tenure; firstSeen: string | null }): string | null => (v.tenure.start ? firstDay(v.tenure.start) : v.firstSeen);

/** A person's offices, oldest first, with tenure, first/last dates observed and evidence oldest first. */
export function timeline(holdings: Holding[]) {
  return holdings
    .map((h) => ({ office: h.office, ...view(h, ownTenure(h)) }))
    .sort((a, b) => byDate(startOf(a), startOf(b)) || a.office.title.localeCompare(b.office.title, 'vi'));
}

/**
 * Holders of one office. Without `at`: every holder, oldest first, each with the one seen before
 * (a succession). With `at`: those whose tenure covers the date first (atDate), then the nearest
 * holder(s) before and after it, then the others, oldest first.
 */
export function holders(holdings: Holding[], at?: string): HolderView[] {
  const seats = holdings[0]?.office.seats ?? 'one';
  const tenures = officeTenures(holdings, seats);
  const views: HolderView[] = holdings
    .map((h, i) => ({ person: h.person, ...view(h, tenures[i]!) }))
    .sort((a, b) => byDate(startOf(a), startOf(b)) || a.person.name.localeCompare(b.person.name, 'vi'));
  if (at === undefined) {
    return views.map((v, index) => {
      const before = index > 0 ? views[index - 1]!.person : null;
      return { ...v, after: before, ...(seats === 'one' ? { replaces: before } : {}) };
    });
  }
  let current = views.filter((v) => covers(v.tenure, at));
  // On a handover day a one-seat office is the newcomer's: the one whose tenure ends that day steps aside.
  if (seats === 'one' && current.some((v) => startOf(v) === at)) current = current.filter((v) => !(v.tenure.end && lastDay(v.tenure.end) === at && startOf(v) !== at));
  const others = views.filter((v) => !current.includes(v));
  // The nearest before: whose tenure (or last sighting) ends latest before the date.
  const endOf = (v: HolderView): string | null => (v.tenure.end ? lastDay(v.tenure.end) : v.lastSeen);
  const ended = others.filter((v) => (startOf(v) ?? '9999') <= at);
  const latestEnd = ended.map(endOf).filter((d): d is string => d !== null).sort().at(-1);
  const before = ended.filter((v) => endOf(v) === latestEnd);
  const later = others.filter((v) => startOf(v) !== null && startOf(v)! > at);
  const earliestStart = later.map(startOf).sort(byDate)[0];
  const after = later.filter((v) => startOf(v) === earliestStart);
  const rest = others.filter((v) => !before.includes(v) && !after.includes(v));
  return [
    ...current.map((v) => ({ ...v, atDate: true })),
    ...before.map((v) => ({ ...v, atDate: false, nearest: 'before' as const })),
    ...after.map((v) => ({ ...v, atDate: false, nearest: 'after' as const })),
    ...rest.map((v) => ({ ...v, atDate: false })),
  ];
}
