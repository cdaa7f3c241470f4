/**
 * One person across languages
 * ===========================
 * English pages write "Tran Cam Tu" for "Trần Cẩm Tú". A person named without diacritics joins the
 * one Vietnamese person whose name folds to the same letters and who shares a fact with it: an office
 * (the same Position node, which both languages write in Vietnamese), the province of an office, or an
 * event attended. Never on the name alone, and never when two Vietnamese persons fit equally: then
 * both stay apart and the undiacritised one keeps its own node.
 */
import { asciiFold } from '../text/normalize.js';
import type { NodeRecord } from '../types.js';

export interface LanguageLink {
  /** The Vietnamese person the undiacritised one joins. */
  to: string;
  /** What they share, for `mergedBy`. */
  shared: string[];
}

const hasDiacritics = (name: string): boolean => name.normalize('NFD') !== name.normalize('NFD').replace(/\p{M}/gu, '') || /[đĐ]/u.test(name);

/** For each person written without diacritics, the Vietnamese person it is, where the facts say so. */
export function crossLanguageLinks(persons: NodeRecord[], factsOf: (personId: string) => Set<string>): Map<string, LanguageLink> {
  const vietnamese = new Map<string, NodeRecord[]>();
  for (const person of persons) {
    const name = String(person.props.name ?? '');
    if (!hasDiacritics(name)) continue;
    const key = asciiFold(name);
    vietnamese.set(key, [...(vietnamese.get(key) ?? []), person]);
  }
  const links = new Map<string, LanguageLink>();
  for (const person of persons) {
    const name = String(person.props.name ?? '');
    if (!name || hasDiacritics(name)) continue;
    const candidates = vietnamese.get(asciiFold(name)) ?? [];
    const own = factsOf(person.id);
    const agreeing = candidates
      .map((candidate) => ({ candidate, shared: [...factsOf(candidate.id)].filter((fact) => own.has(fact)) }))
      .filter(({ shared }) => shared.length > 0);
    if (agreeing.length !== 1) continue;
    links.set(person.id, { to: agreeing[0]!.candidate.id, shared: agreeing[0]!.shared.sort() });
  }
  return links;
}
