/**
 * Stage 05: sentences
 * ===================
 * Splits the cleaned text into sentences with offsets. A paragraph break always ends a sentence;
 * inside a paragraph ". ", "! ", "? " before a capital letter does, except after abbreviations
 * ("TP. Hồ Chí Minh", "T.Ư", "Th.S").
 */
import type { Sentence } from '../../types.js';

const NO_BREAK_AFTER = /(?:^|\s)(?:TP|Tp|T\.Ư|TƯ|Q|P|H|TS|ThS|PGS|GS|Th\.S|Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|St|v\.v)\.$/u;
const BREAK = /[.!?…]+["”’)]?\s+(?=["“‘(]?\p{Lu})/gu;

/** True when a text ends with an abbreviation's dot ("… TP.", "… PGS."), which ends no sentence. */
export const endsWithAbbreviation = (text: string): boolean => NO_BREAK_AFTER.test(text);

function pushTrimmed(sentences: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) sentences.push({ start, end, text: text.slice(start, end) });
}

/** Sentences of a text, in order; `text.slice(start, end) === sentence.text`. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraphStart = 0;
  for (const paragraph of text.split('\n')) {
    let start = paragraphStart;
    for (const m of paragraph.matchAll(BREAK)) {
      const cut = paragraphStart + m.index! + m[0].trimEnd().length;
      if (endsWithAbbreviation(text.slice(start, paragraphStart + m.index! + 1))) continue;
      pushTrimmed(sentences, text, start, cut);
      start = cut;
    }
    pushTrimmed(sentences, text, start, paragraphStart + paragraph.length);
    paragraphStart += paragraph.length + 1;
  }
  return sentences;
}

/** Sentences longer than this are quoted by the clause that states a fact, where a clause says it all. */
export const LONG_SENTENCE = 300;

/**
 * The clause of a long sentence around `at` (an offset in the article): the stretch between the
 * semicolons on either side, trimmed, as a sentence of its own (offsets into the same text). Lists of
 * officials are written this way ("Dự có đồng chí A, Ủy viên Bộ Chính trị, …; đồng chí B, …; …"):
 * each person's titles are in their own clause. A sentence no longer than LONG_SENTENCE, or without
 * semicolons, is its own clause.
 */
export function clauseAround(sentence: Sentence, at: number): Sentence {
  if (sentence.text.length <= LONG_SENTENCE || !sentence.text.includes(';')) return sentence;
  const offset = at - sentence.start;
  const from = sentence.text.lastIndexOf(';', offset - 1) + 1;
  const next = sentence.text.indexOf(';', offset);
  const to = next < 0 ? sentence.text.length : next + 1;
  const raw = sentence.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return { start: sentence.start + from + lead, end: sentence.start + from + lead + text.length, text };
}
