/**
 * Province gazetteer
 * ==================
 * The only reader of lexicons/provinces.json: 63 pre-2025 and 34 post-2025 provinces and cities, the
 * 2025 merger map, aliases and provincial-newspaper URL hints. Lookups ignore case and tone placement.
 */
import { asciiFold, foldKey, normalizeTones } from '../text/normalize.js';
import { escapeRegExp, matchesNotAfter } from '../text/regex.js';
import { readLexiconJson } from './word-lists.js';

export interface ProvinceEntry {
  name: string;
  kind: 'tỉnh' | 'thành phố';
  era: 'both' | 'pre-2025' | 'post-2025';
  mergedInto: string | null;
  aliases: string[];
  urlHints: string[];
  /** How an office title names it when the text leaves it out, if not by its bare name. */
  titleName?: string;
}

export interface ProvinceMention {
  start: number;
  end: number;
  surface: string;
  name: string;
  rule: string;
}

function loadProvinces(): ProvinceEntry[] {
  const { provinces } = readLexiconJson<{ provinces: ProvinceEntry[] }>('provinces.json');
  const names = new Set<string>();
  for (const entry of provinces) {
    if (!entry.name || !entry.kind || !entry.era || !Array.isArray(entry.aliases) || !Array.isArray(entry.urlHints)) {
      throw new Error(`extractor/lexicon: provinces.json: entry ${JSON.stringify(entry.name)} lacks name, kind, era, aliases or urlHints`);
    }
    if (names.has(entry.name)) throw new Error(`extractor/lexicon: provinces.json: ${entry.name} is listed twice`);
    names.add(entry.name);
  }
  for (const entry of provinces) {
    if (entry.mergedInto && !names.has(entry.mergedInto)) {
      throw new Error(`extractor/lexicon: provinces.json: ${entry.name} is merged into unknown ${entry.mergedInto}`);
    }
  }
  return provinces;
}

const PROVINCES = loadProvinces();
const byKey = new Map<string, ProvinceEntry>();
for (const entry of PROVINCES) {
  for (const form of [entry.name, ...entry.aliases]) byKey.set(foldKey(form), entry);
}

export function allProvinces(): readonly ProvinceEntry[] {
  return PROVINCES;
}

// "Hồ Chí Minh" alone is the person (or the Youth Union, the Academy…): the city needs a prefix or an alias.
const NEEDS_PREFIX = new Set(['Hồ Chí Minh']);

const PREFIX = /^(?:tỉnh|thành phố|tp\.?)\s*/u;

/** The province a name stands for: tolerant of case, tone placement, a "tỉnh"/"thành phố" prefix and aliases. */
export function provinceByName(text: string): ProvinceEntry | undefined {
  const key = foldKey(text);
  return byKey.get(key) ?? byKey.get(key.replace(PREFIX, ''));
}

/**
 * The province a bare name in running text stands for: like provinceByName, but "Hồ Chí Minh" alone
 * is not the city (it needs "TP."/"Thành phố" or an alias such as "TP.HCM").
 */
export function provinceNamedBy(text: string): ProvinceEntry | undefined {
  const entry = provinceByName(text);
  return entry && NEEDS_PREFIX.has(entry.name) && foldKey(text) === foldKey(entry.name) ? undefined : entry;
}

/** The post-2025 unit a province belongs to. */
export function currentProvinceOf(name: string): string {
  const entry = provinceByName(name);
  return entry?.mergedInto ?? entry?.name ?? name;
}

const forms = PROVINCES.flatMap((entry) => [
  ...(NEEDS_PREFIX.has(entry.name) ? [] : [{ form: entry.name, entry, rule: 'name' }]),
  ...entry.aliases.map((alias) => ({ form: normalizeTones(alias), entry, rule: 'alias' })),
  ...(NEEDS_PREFIX.has(entry.name) ? ['TP.', 'TP. ', 'TP ', 'Thành phố ', 'thành phố '].map((p) => ({ form: p + entry.name, entry, rule: 'prefixed-city' })) : []),
]).sort((a, b) => b.form.length - a.form.length);
const formToEntry = new Map(forms.map((f) => [f.form, f]));
// A whole form: no letter or digit on either side (the one before is checked by matchesNotAfter).
const MENTION = new RegExp(`(?:${forms.map((f) => escapeRegExp(f.form)).join('|')})(?![\\p{L}\\p{M}\\d])`, 'gu');
const WORD_CHAR = /[\p{L}\p{M}\d]/u;

/** Every province mention in a text, longest form first; offsets index the given text. */
export function findProvinceMentions(text: string): ProvinceMention[] {
  const searchable = normalizeTones(text);
  const mentions: ProvinceMention[] = [];
  for (const m of matchesNotAfter(searchable, MENTION, WORD_CHAR)) {
    const found = formToEntry.get(m[0])!;
    mentions.push({ start: m.index!, end: m.index! + m[0].length, surface: text.slice(m.index!, m.index! + m[0].length), name: found.entry.name, rule: found.rule });
  }
  return mentions;
}

/** The province whose newspaper or party site a URL belongs to, or null when none or ambiguous. */
export function provinceFromUrl(url: string): string | null {
  const host = /^[a-z]+:\/\/([^/:?#]+)/i.exec(url)?.[1] ?? '';
  const tokens = asciiFold(host).split(/[.-]/);
  const found = new Set<string>();
  for (const entry of PROVINCES) {
    for (const hint of entry.urlHints) {
      if (tokens.some((t) => t === hint || t === `bao${hint}`)) found.add(entry.name);
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}
