/** How a node is named in lists and search, from its properties, the same in every store. */
import { asciiFold } from '@vnkg/extractor';

export const displayName = (id: string, props: Record<string, unknown>): string => String(props.name ?? props.number ?? props.title ?? props.type ?? id);

/**
 * The text the search index holds for a node: its name without diacritics, every run of other
 * characters a space ("18-NQ/TW" → "18 nq tw"), so each word can be matched by its prefix.
 */
export const searchText = (id: string, props: Record<string, unknown>): string => asciiFold(displayName(id, props)).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** String order as Neo4j sorts (by code unit), not by locale: both stores must order alike. */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const byFact = (a: { type: string; from: { id: string }; to: { id: string } }, b: typeof a): number =>
  byCodeUnits(a.type, b.type) || byCodeUnits(a.from.id, b.from.id) || byCodeUnits(a.to.id, b.to.id);
