/**
 * Document lexicon: type words, number codes and issuers from ../../lexicons/documents.json, compiled
 * into the regular-expression pieces the document finder uses.
 */
import { readLexiconJson } from '../../../lexicon/word-lists.js';
import { foldKey } from '../../../text/normalize.js';
import { escapeRegExp } from '../../../text/regex.js';

interface DocumentLexicon {
  types: string[];
  codes: Record<string, string>;
  centralIssuerCodes: string[];
  localIssuerCodes: string[];
  sharedIssuerCodes: string[];
  issuers: Array<{ name: string; scope: 'central' | 'local'; forms: string[] }>;
}

const lexicon = readLexiconJson<DocumentLexicon>('documents.json');
const byLengthDesc = (a: string, b: string): number => b.length - a.length;

/** Alternation of type words, longest first: "Chương trình hành động" before "Chương trình". */
export const TYPE_ALTERNATION = [...lexicon.types].sort(byLengthDesc).map(escapeRegExp).join('|');

export interface Issuer {
  name: string;
  scope: 'central' | 'local';
}

const issuerByForm = new Map<string, Issuer>();
for (const issuer of lexicon.issuers) {
  for (const form of issuer.forms) issuerByForm.set(foldKey(form), { name: issuer.name, scope: issuer.scope });
}
/** Alternation of issuer forms as written (case matters: a capital starts a name), longest first. */
export const ISSUER_ALTERNATION = lexicon.issuers.flatMap((issuer) => issuer.forms).sort(byLengthDesc).map(escapeRegExp).join('|');

export function issuerOf(form: string): Issuer | undefined {
  return issuerByForm.get(foldKey(form));
}

/** The type a number's code stands for: "43-KH/TU" → "Kế hoạch". */
export function typeFromNumber(number: string): string | null {
  const parts = number.split(/[-/]/).slice(1);
  for (const part of parts) {
    const type = lexicon.codes[part] ?? lexicon.codes[part.toUpperCase()];
    if (type) return type;
  }
  return null;
}

const centralCodes = new Set(lexicon.centralIssuerCodes);
const localCodes = new Set(lexicon.localIssuerCodes);

/** Scope implied by the issuer code of a number: "18-NQ/TW" → central, "43-KH/TU" → local, else null. */
export function scopeFromNumber(number: string): 'central' | 'local' | null {
  const parts = number.split(/[-/]/).slice(1).map((p) => p.replace(/\d+$/, ''));
  const issuerCode = parts[parts.length - 1] ?? '';
  if (localCodes.has(issuerCode) && !centralCodes.has(issuerCode)) return 'local';
  if (centralCodes.has(issuerCode)) return 'central';
  if (parts.some((p) => localCodes.has(p))) return 'local';
  return null;
}

const sharedCodes = new Set(lexicon.sharedIssuerCodes);

/** "45-KH/ĐUK": a code central and provincial bodies both use, so the number alone gives no scope. */
export const hasSharedIssuerCode = (number: string): boolean => sharedCodes.has(number.split(/[-/]/).pop()!.replace(/\d+$/, ''));
