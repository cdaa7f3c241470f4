/**
 * Tenures
 * =======
 * When a person held an office, from what the evidence says, with the basis of each end:
 * - start: the earliest date a sentence states for it (since: "stated"), else the first article that
 *   observes it held ("observed");
 * - end: the latest date a sentence states (until: "stated"); else, for a one-seat office, the start
 *   of the next holder ("successor"); else the last article that observes it held, when a later one
 *   calls it former ("observed"); else open: nothing says it ended.
 * Dates are ISO prefixes ("2019", "2019-03", "2019-03-21"); a start counts from the first day of its
 * period, an end to the last. Shared by both stores.
 */
import { officeSeats, parseOffice } from '@vnkg/extractor';

import type { EvidenceView, Holding } from '../graph-store.js';

export type StartBasis = 'stated' | 'observed';
export type EndBasis = 'stated' | 'successor' | 'observed';

export interface Tenure {
  start: string | null;
  startBasis: StartBasis | null;
  end: string | null;
  endBasis: EndBasis | null;
}

const ISO_PREFIX = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** The value as an ISO date prefix of a real calendar date, else null. */
export function isoPrefix(value: unknown): string | null {
  if (typeof value !== 'string' || !ISO_PREFIX.test(value)) return null;
  if (value.length < 10) return value;
  const date = new Date(`${value}T00:00:00Z`);
  return date.toISOString().slice(0, 10) === value ? value : null;
}

/** The value as a whole ISO day, else null. */
export const isoDay = (value: unknown): string | null => {
  const prefix = isoPrefix(value);
  return prefix && prefix.length === 10 ? prefix : null;
};

/** The first and the last day a prefix covers: "2019-02" → 2019-02-01 … 2019-02-28. */
export function firstDay(prefix: string): string {
  return prefix.length === 4 ? `${prefix}-01-01` : prefix.length === 7 ? `${prefix}-01` : prefix;
}
export function lastDay(prefix: string): string {
  if (prefix.length === 4) return `${prefix}-12-31`;
  if (prefix.length === 7) {
    const [year, month] = prefix.split('-').map(Number);
    return new Date(Date.UTC(year!, month!, 0)).toISOString().slice(0, 10);
  }
  return prefix;
}

/** An office's seats: the extractor's "seats" property, else read from its title. */
export function seatsOf(props: Record<string, unknown>, title: string): 'one' | 'many' {
  if (props.seats === 'one' || props.seats === 'many') return props.seats;
  // Extractions written before Positions carried their role: read it from the title as articles are.
  const role = typeof props.role === 'string' ? props.role : (parseOffice(title, null)?.role ?? title);
  return officeSeats(role, title);
}


const earliest = (dates: string[]): string | null => [...dates].sort((a, b) => (firstDay(a) < firstDay(b) ? -1 : 1))[0] ?? null;
const latest = (dates: string[]): string | null => [...dates].sort((a, b) => (lastDay(a) < lastDay(b) ? 1 : -1))[0] ?? null;

/** A holding's tenure from its own evidence (no successor known yet). */
export function ownTenure(holding: Holding): Tenure {
  // A sentence's own status, else the holding's (extractions written before statuses per sentence).
  const held = (e: EvidenceView): boolean => (e.status ?? holding.status) !== 'former';
  const since = earliest(holding.evidence.map((e) => e.since).filter((d): d is string => Boolean(d)));
  const until = latest(holding.evidence.map((e) => e.until).filter((d): d is string => Boolean(d)));
  const seenHeld = holding.evidence.filter(held).map((e) => e.asOf).filter((d): d is string => Boolean(d)).sort();
  const seenFormer = holding.evidence.filter((e) => !held(e) && !e.until).map((e) => e.asOf).filter((d): d is string => Boolean(d));
  const start = since ?? seenHeld[0] ?? null;
  // Ended as observed only when an article after the last one showing it held calls it former.
  const lastHeld = seenHeld.at(-1);
  const observedEnd = lastHeld && seenFormer.some((d) => d > lastHeld) ? lastHeld : null;
  const end = until ?? observedEnd;
  return {
    start,
    startBasis: since ? 'stated' : start ? 'observed' : null,
    end,
    endBasis: until ? 'stated' : end ? 'observed' : null,
  };
}

/**
 * Tenures of every holding of one office, in the order given: in a one-seat office a holder's open
 * (or only observed) tenure ends where the next holder's starts.
 */
export function officeTenures(holdings: Holding[], seats: 'one' | 'many'): Tenure[] {
  const own = holdings.map(ownTenure);
  if (seats === 'many') return own;
  return own.map((tenure) => {
    if (!tenure.start || tenure.endBasis === 'stated') return tenure;
    const next = own
      .map((other) => other.start)
      .filter((start): start is string => start !== null && firstDay(start) > firstDay(tenure.start!))
      .sort((a, b) => (firstDay(a) < firstDay(b) ? -1 : 1))[0];
    if (!next || (tenure.end && lastDay(tenure.end) < firstDay(next))) return tenure;
    return { ...tenure, end: next, endBasis: 'successor' };
  });
}

/** Whether a tenure covers a day: from the first day of its start to the last of its end (open: no end). */
export function covers(tenure: Tenure, day: string): boolean {
  if (!tenure.start || firstDay(tenure.start) > day) return false;
  if (!tenure.end) return true;
  // A successor's start is the first day of the next holder: the previous holder held it before that day.
  return tenure.endBasis === 'successor' ? day < firstDay(tenure.end) : day <= lastDay(tenure.end);
}
