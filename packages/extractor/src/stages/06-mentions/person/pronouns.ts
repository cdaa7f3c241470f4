/**
 * Persons: pronoun subjects
 * =========================
 * Biographies in personnel news refer to their subject as "ông"/"bà" once the name is given:
 * "Tháng 1/2018, ông được điều động … giữ chức …", "Ban Bí thư chỉ định bà tham gia Ban Chấp hành …".
 * Such a pronoun, as the subject after an opening adverbial or as the object of a verb of appointing,
 * stands for the person named before it in its own sentence, else the subject of the nearest sentence
 * before it that names one (its first person, named near its start), within a few sentences. The span
 * covers the pronoun and carries the name. "bà con", "ông bà" are no pronouns (not-pronoun-before.txt).
 */
import { readWordSet } from '../../../lexicon/word-lists.js';
import { foldKey } from '../../../text/normalize.js';
import { matchesNotAfter } from '../../../text/regex.js';
import type { Sentence, Span } from '../../../types.js';

const NOT_PRONOUN_BEFORE = readWordSet('not-pronoun-before.txt');

// "Tháng 1/2018, ông …", "Sau đó, bà …", "Ông được …": the pronoun opens the clause, a lower-case word follows.
// (No "i" flag: case-insensitive \p{Ll} would match capitals too.)
const SUBJECT_PRONOUN = /^((?:[^,.;]{1,60},\s*)?)(Ông|ông|Bà|bà)\s+(?=\p{Ll})/u;
// "chỉ định ông tham gia …": the pronoun as the one a decision is about.
const OBJECT_PRONOUN = /(?:chỉ định|bổ nhiệm|điều động|phân công|luân chuyển|giới thiệu|bầu)\s+(ông|bà)\s+(?=\p{Ll})/gu;
// (The verb starts a word: matchesNotAfter checks the character before it.)
const LETTER = /[\p{L}\p{M}]/u;
// A biography's sentences about one person follow each other: look back this far for the name.
const LOOK_BACK_SENTENCES = 6;
// The subject of a sentence is named near its start ("Theo đó, ông Nguyễn Văn A - …").
const SUBJECT_WITHIN = 80;

const isWoman = (name: string): boolean => /\sThị(?:\s|$)/u.test(name);

/** The subject named in a sentence, if its first person stands near its start. */
function namedSubject(sentence: Sentence, persons: Span[]): Span | null {
  const first = persons.find((p) => p.start >= sentence.start && p.end <= sentence.end);
  return first && first.start - sentence.start <= SUBJECT_WITHIN ? first : null;
}

/** Pronoun spans standing for a named person, sorted by start. `persons` are sorted by start. */
export function findPronounSubjects(text: string, sentences: Sentence[], persons: Span[]): Span[] {
  const found: Span[] = [];
  sentences.forEach((sentence, index) => {
    const pronouns: Array<{ at: number; word: string }> = [];
    const subject = SUBJECT_PRONOUN.exec(sentence.text);
    if (subject) pronouns.push({ at: subject[1]!.length, word: subject[2]! });
    for (const object of matchesNotAfter(sentence.text, OBJECT_PRONOUN, LETTER)) pronouns.push({ at: object.index + object[0].lastIndexOf(object[1]!), word: object[1]! });
    if (!pronouns.length) return;
    const earlier = sentences
      .slice(Math.max(0, index - LOOK_BACK_SENTENCES), index)
      .reverse()
      .map((before) => namedSubject(before, persons))
      .find((named): named is Span => named !== null);
    for (const pronoun of pronouns) {
      const start = sentence.start + pronoun.at;
      // "bà con", "ông bà": no pronoun for a person.
      const next = /^\s+([\p{L}\p{M}]+)/u.exec(text.slice(start + pronoun.word.length))?.[1];
      if (next && NOT_PRONOUN_BEFORE.has(foldKey(next))) continue;
      // A person named earlier in the same sentence is the one meant ("Ông A cho biết, ông được …").
      const antecedent = persons.filter((p) => p.start >= sentence.start && p.end <= start).at(-1) ?? earlier;
      if (!antecedent) continue;
      // "bà" is a woman: a name with "Thị"; "ông" a man.
      if ((pronoun.word.toLowerCase() === 'bà') !== isWoman(antecedent.surface)) continue;
      found.push({ start, end: start + pronoun.word.length, surface: antecedent.surface, rule: 'pronoun' });
    }
  });
  return found.sort((a, b) => a.start - b.start);
}

// "ông Trung", "bà Hà", "đồng chí Lĩnh": a cue and one capitalised word, not the start of a full name.
// (The cue's start and what follows the word are checked in code: lookarounds at every position are slow.)
const SHORT_NAME = /(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí) (\p{Lu}[\p{Ll}\p{M}]*)/gu;
const LETTER_AT = /[\p{L}\p{M}]/u;
// After the word: another capitalised word (a full name) or "ương" ("ông Trung ương" is no name).
const NOT_SHORT_AFTER = /^(?:[\p{L}\p{M}]|\s+\p{Lu}|\s+ương(?![\p{L}\p{M}]))/u;

/**
 * Later references by the given name alone ("Tháng 10/2025, ông Trung giữ chức …"): the one person named
 * before in the article whose name ends with that word; none when two do. The span covers the cue and
 * the word, and carries the full name.
 */
export function findShortNameReferences(text: string, persons: Span[]): Span[] {
  // Persons by their last word, in text order.
  const byGiven = new Map<string, Span[]>();
  for (const person of persons) {
    const given = foldKey(person.surface.split(' ').pop()!);
    byGiven.set(given, [...(byGiven.get(given) ?? []), person]);
  }
  const found: Span[] = [];
  if (!byGiven.size) return found;
  for (const m of text.matchAll(SHORT_NAME)) {
    const at = m.index!;
    const candidates = byGiven.get(foldKey(m[1]!));
    if (!candidates || LETTER_AT.test(text[at - 1] ?? '') || NOT_SHORT_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 8))) continue;
    const named = new Set(candidates.filter((p) => p.end <= at).map((p) => p.surface));
    if (named.size !== 1 || persons.some((p) => at < p.end && at + m[0].length > p.start)) continue;
    found.push({ start: at, end: at + m[0].length, surface: [...named][0]!, rule: 'short-name' });
  }
  return found;
}
