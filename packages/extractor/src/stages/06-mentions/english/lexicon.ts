/**
 * English lexicon
 * ===============
 * The English office grammar's words (../../../../lexicons/english.json) and the folding both the
 * text and the lexicon go through: no diacritics, lower case, straight apostrophes, so "Việt Nam
 * Fatherland Front" and "Viet Nam Fatherland Front" read alike. `foldSameLength` keeps offsets.
 */
import { allProvinces } from '../../../lexicon/provinces.js';
import { readLexiconJson } from '../../../lexicon/word-lists.js';

export type RoleClass =
  | 'secretary'
  | 'deputySecretary'
  | 'standingDeputySecretary'
  | 'head'
  | 'deputyHead'
  | 'standingDeputyHead'
  | 'member'
  | 'alternateMember'
  | 'standingMember'
  | 'delegate';

export type BodyKind =
  | 'politburo'
  | 'secretariat'
  | 'central-committee'
  | 'party'
  | 'commission'
  | 'office'
  | 'party-committee'
  | 'host'
  | 'standing-board'
  | 'executive'
  | 'subcommittee'
  | 'state'
  | 'local-state'
  | 'army'
  | 'army-host'
  | 'department'
  | 'ministry';

export interface BodyEntry {
  vi: string;
  kind: BodyKind;
  /** The Vietnamese role of its head, deputy …, where the kind's default does not fit. */
  head?: string;
  deputy?: string;
  member?: string;
  standingMember?: string;
  delegate?: boolean;
  /** The body's own standing board ("Thường vụ Quân ủy Trung ương"). */
  standingBoard?: string;
  /** The national body of a local kind ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"). */
  central?: string;
}

interface EnglishLexicon {
  roles: Record<string, RoleClass>;
  wholeOffices: Record<string, string>;
  wholeOfficesWithoutBody: Record<string, string>;
  bodies: Record<string, BodyEntry>;
  subjects: Record<string, string>;
  scopeWords: Record<string, 'province' | 'district' | 'central'>;
  provinceForms: Record<string, string>;
  statusWords: Record<string, 'former' | 'alternate'>;
  fillers: string[];
  personCues: string[];
  notNames: string[];
  verbs: { start: string[]; end: string[]; held: string[]; links: string[]; membershipLinks: string[]; successor: string[] };
  attendance: Record<'attended' | 'chaired' | 'spoke' | 'directed', string[]>;
  documentTypes: Record<string, string>;
  ranks: string[];
  capitalOnly: string[];
}

export const ENGLISH = readLexiconJson<EnglishLexicon>('english.json');

/** One UTF-16 unit per unit: Vietnamese letters lose their marks ("Đỗ" → "Do"), curly apostrophes straighten. */
export function foldSameLength(text: string): string {
  // Every finder of an English article folds the whole text in turn: the last one is kept.
  if (lastFolded?.text === text) return lastFolded.folded;
  const folded = foldUnits(text);
  lastFolded = { text, folded };
  return folded;
}

let lastFolded: { text: string; folded: string } | null = null;
const unitFolds = new Map<number, string>();

function unitFold(code: number): string {
  let folded = unitFolds.get(code);
  if (folded === undefined) {
    const unit = String.fromCharCode(code);
    folded = unit === 'đ' ? 'd' : unit === 'Đ' ? 'D' : unit === '’' || unit === '‘' || unit === 'ʼ' ? "'" : unit.normalize('NFD')[0]!;
    unitFolds.set(code, folded);
  }
  return folded;
}

function foldUnits(text: string): string {
  const nfc = text.normalize('NFC');
  let out = '';
  let copied = 0;
  for (let i = 0; i < nfc.length; i++) {
    const code = nfc.charCodeAt(i);
    // ASCII is its own fold; characters outside the basic plane are kept whole.
    if (code < 128 || (code >= 0xd800 && code <= 0xdfff)) continue;
    const folded = unitFold(code);
    if (folded === nfc[i]) continue;
    out += nfc.slice(copied, i) + folded;
    copied = i + 1;
  }
  return copied === 0 ? nfc : out + nfc.slice(copied);
}

/** The comparison form of an English phrase: folded, lower case, single spaces. */
export function foldEnglish(text: string): string {
  return foldSameLength(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

export type Token =
  | { type: 'role'; role: RoleClass; phrase: string }
  | { type: 'whole'; title: string; phrase: string }
  | { type: 'body'; body: BodyEntry; phrase: string }
  | { type: 'subject'; vi: string }
  | { type: 'place'; province: string }
  | { type: 'scope'; scope: 'province' | 'district' | 'central' }
  | { type: 'status'; status: 'former' | 'alternate' }
  | { type: 'of' }
  | { type: 'poss' }
  | { type: 'filler' }
  | { type: 'and' }
  | { type: 'comma' }
  | { type: 'word'; word: string };

/** A token with the offsets of its words in the text it was read from. */
export type Located = Token & { start: number; end: number };

// Every phrase the tokenizer knows, as word arrays, longest first.
const PHRASES: Array<{ words: string[]; token: Token }> = [
  ...Object.entries(ENGLISH.wholeOffices).map(([phrase, title]) => ({ phrase, token: { type: 'whole', title, phrase } as Token })),
  ...Object.entries(ENGLISH.roles).map(([phrase, role]) => ({ phrase, token: { type: 'role', role, phrase } as Token })),
  ...Object.entries(ENGLISH.bodies).map(([phrase, body]) => ({ phrase, token: { type: 'body', body, phrase } as Token })),
  ...Object.entries(ENGLISH.subjects).map(([phrase, vi]) => ({ phrase, token: { type: 'subject', vi } as Token })),
  ...Object.entries(ENGLISH.scopeWords).map(([phrase, scope]) => ({ phrase, token: { type: 'scope', scope } as Token })),
  ...Object.entries(ENGLISH.statusWords).map(([phrase, status]) => ({ phrase, token: { type: 'status', status } as Token })),
  ...ENGLISH.fillers.map((phrase) => ({ phrase, token: { type: phrase === 'of' ? 'of' : phrase === 'and' ? 'and' : 'filler' } as Token })),
  { phrase: ',', token: { type: 'comma' } as Token },
  ...ENGLISH.ranks.map((phrase) => ({ phrase, token: { type: 'filler' } as Token })),
  ...provincePhrases().map(([phrase, province]) => ({ phrase, token: { type: 'place', province } as Token })),
]
  .map(({ phrase, token }) => ({ words: splitWords(phrase), token }))
  .sort((a, b) => b.words.length - a.words.length);

/** The phrases as a tree of words: the tokenizer walks it for the longest phrase at a word. */
interface PhraseNode {
  token?: Token;
  next: Map<string, PhraseNode>;
}
const PHRASE_TREE: PhraseNode = { next: new Map() };
for (const { words, token } of PHRASES) {
  if (!words.length) continue;
  let node = PHRASE_TREE;
  for (const word of words) {
    let child = node.next.get(word);
    if (!child) node.next.set(word, (child = { next: new Map() }));
    node = child;
  }
  // Of two phrases with the same words, the one listed first wins.
  node.token ??= token;
}

/**
 * English forms of every province, folded with their case: the name without diacritics ("Yen Bai",
 * "Ha Noi"), its aliases, and the lexicon's English forms ("Hanoi", "HCM City"). "Ho Chi Minh" alone
 * is the person, not the city.
 */
export function englishProvinceForms(): Array<[string, string]> {
  const forms: Array<[string, string]> = Object.entries(ENGLISH.provinceForms).map(([form, name]) => [foldSameLength(form), name]);
  for (const entry of allProvinces()) {
    if (entry.name !== 'Hồ Chí Minh') forms.push([foldSameLength(entry.name), entry.name]);
    for (const alias of entry.aliases) if (!/^(?:TP|Thủ đô|Thành phố)/u.test(alias)) forms.push([foldSameLength(alias), entry.name]);
  }
  return forms.filter(([form]) => form.length > 2);
}

/** The same forms in the comparison form of phrases ("yen bai"). */
export function provincePhrases(): Array<[string, string]> {
  return englishProvinceForms().map(([form, name]) => [foldEnglish(form), name]);
}

interface Word {
  word: string;
  start: number;
  end: number;
}

/**
 * Words of folded text with offsets (plus `offset`, for a slice of a longer text): "people's" stays
 * one word, other possessives split off ("committee's" → "committee", "'s").
 */
export function locatedWords(folded: string, offset = 0): Word[] {
  const words: Word[] = [];
  for (const m of folded.matchAll(/[a-z0-9]+(?:'[a-z0-9]+)*|,/g)) {
    const word = m[0];
    const start = m.index! + offset;
    if (word.endsWith("'s") && word !== "people's") {
      words.push({ word: word.slice(0, -2), start, end: start + word.length - 2 }, { word: "'s", start: start + word.length - 2, end: start + word.length });
    } else words.push({ word, start, end: start + word.length });
  }
  return words;
}

export function splitWords(folded: string): string[] {
  return locatedWords(folded).map((w) => w.word);
}

/** Tokens of a folded text with offsets: the longest known phrase at each word, else the word itself. */
export function tokenizeLocated(words: Word[]): Located[] {
  const tokens: Located[] = [];
  for (let i = 0; i < words.length; ) {
    const { word, start } = words[i]!;
    if (word === "'s") {
      tokens.push({ type: 'poss', start, end: words[i]!.end });
      i++;
      continue;
    }
    let match: Token | undefined;
    let length = 1;
    let node = PHRASE_TREE.next.get(word);
    for (let k = 1; node; k++) {
      if (node.token) {
        match = node.token;
        length = k;
      }
      const following = words[i + k];
      node = following ? node.next.get(following.word) : undefined;
    }
    tokens.push({ ...(match ?? { type: 'word', word }), start, end: words[i + length - 1]!.end } as Located);
    i += length;
  }
  return tokens;
}

/** Tokens of a title phrase's words. */
export const tokenize = (words: string[]): Token[] => tokenizeLocated(words.map((word, i) => ({ word, start: i, end: i + 1 })));

