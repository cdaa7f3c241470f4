/**
 * Persons: biographical facts
 * ===========================
 * Personnel news gives a person's birth year and home province ("Ông Nguyễn Văn A, sinh năm 1970, quê
 * quán xã X, huyện Y, tỉnh Nghệ An, …", "Bà … (SN 1975)", "Ông sinh ngày 2/9/1968 …"). They tell
 * namesakes apart: two officials of one name born in different years are two people
 * (output/identity). A fact belongs to the nearest person named before it in its sentence (a pronoun
 * subject counts: findPronounSubjects), within lexicons/biography.json maxGap characters, so an
 * apposition of offices may stand between name and fact. A person given two birth years or two home
 * provinces in one article keeps neither: the text is not telling us which.
 */
import type { ProvinceMention } from '../../../lexicon/provinces.js';
import { readLexiconJson } from '../../../lexicon/word-lists.js';
import { escapeRegExp } from '../../../text/regex.js';
import type { Sentence, Span } from '../../../types.js';

interface BiographyLexicon {
  birthCues: string[];
  notBirthBefore: string[];
  homeCues: string[];
  notHomeAfter: string[];
  maxGap: number;
  bornFrom: number;
  bornTo: number;
}

const LEXICON = readLexiconJson<BiographyLexicon>('biography.json');
const alternatives = (words: string[]): string => [...words].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|');
// The cue, then up to a day and month ("12/5/", "12 tháng 5 năm ", "tháng 5/"), then the year.
const BIRTH = new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternatives(LEXICON.birthCues)})\\s*:?\\s*((?:[\\d/.\\-]|\\s|tháng|năm){0,20}?)((?:19|20)\\d\\d)(?!\\d)`, 'giu');
const HOME = new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternatives(LEXICON.homeCues)})(?:\\s*:)?(?=\\s)(?!\\s+(?:${alternatives(LEXICON.notHomeAfter)})(?![\\p{L}\\p{M}]))`, 'giu');
const NOT_BIRTH_BEFORE = new Set(LEXICON.notBirthBefore.map((w) => w.toLowerCase()));
// A home place names its province within a clause: "xã X, huyện Y, tỉnh Z" (no sentence or clause break).
const HOME_REACH = 80;

export interface Biography {
  born: number | null;
  /** The home province as the gazetteer names it. */
  home: string | null;
}

/** The person a fact at `at` belongs to: the last subject before it in its sentence, close enough. */
function subjectBefore(at: number, sentence: Sentence, subjects: Span[]): Span | undefined {
  const subject = subjects.filter((s) => s.start >= sentence.start && s.end <= at).at(-1);
  return subject && at - subject.end <= LEXICON.maxGap ? subject : undefined;
}

/** Birth years and home provinces by the name of the person they belong to (Span.name, else its surface). */
export function findBiographies(sentences: Sentence[], subjects: Span[], provinces: ProvinceMention[]): Map<string, Biography> {
  const found = new Map<string, { born: Set<number>; home: Set<string> }>();
  const factsOf = (subject: Span) => {
    const name = subject.name ?? subject.surface;
    let facts = found.get(name);
    if (!facts) found.set(name, (facts = { born: new Set(), home: new Set() }));
    return facts;
  };
  for (const sentence of sentences) {
    for (const match of sentence.text.matchAll(BIRTH)) {
      const before = /([\p{L}\p{M}]+)\s*$/u.exec(sentence.text.slice(0, match.index))?.[1]?.toLowerCase();
      if (before && NOT_BIRTH_BEFORE.has(before) && /^sinh/iu.test(match[0])) continue;
      const year = Number(match[2]);
      if (year < LEXICON.bornFrom || year > LEXICON.bornTo) continue;
      const subject = subjectBefore(sentence.start + match.index, sentence, subjects);
      if (subject) factsOf(subject).born.add(year);
    }
    for (const match of sentence.text.matchAll(HOME)) {
      const cueEnd = sentence.start + match.index + match[0].length;
      const subject = subjectBefore(sentence.start + match.index, sentence, subjects);
      if (!subject) continue;
      const reach = sentence.text.slice(match.index + match[0].length).search(/[.;:()]|\s-\s/u);
      const limit = Math.min(cueEnd + HOME_REACH, reach < 0 ? sentence.end : cueEnd + reach);
      const province = provinces.find((p) => p.start >= cueEnd && p.start < limit);
      if (province) factsOf(subject).home.add(province.name);
    }
  }
  const biographies = new Map<string, Biography>();
  for (const [name, { born, home }] of found) {
    const biography = { born: born.size === 1 ? [...born][0]! : null, home: home.size === 1 ? [...home][0]! : null };
    if (biography.born !== null || biography.home !== null) biographies.set(name, biography);
  }
  return biographies;
}
