/**
 * English: the offices a text gives a person
 * ==========================================
 * Three places in an English sentence hold a person's offices:
 * - before the name: "Politburo member and Secretary of the Hanoi Party Committee Vuong Dinh Hue";
 * - in apposition after it: "Tran Cam Tu, Permanent Member of the Secretariat, Secretary of …";
 *   a title that runs right into the next name ("A, Politburo member B") is B's;
 * - after a verb or a link: "X was elected Deputy Secretary of …", "elect comrade X to hold the
 *   position of …", "X will be relieved from his position as …", "he was Deputy Director of …".
 * Each office is one item, in Vietnamese (office.ts); "and" and commas part the items. The verb is
 * read by compromise (its infinitive and tense): taking an office dates its start, leaving it its end,
 * a past "was"/"worked as" makes it former; "replacing Mr. Y" ends Y's holding of it.
 */
import nlp from 'compromise';

import { BoundedMemo } from '../../../memo.js';
import { longestFirst } from '../../../text/regex.js';
import type { Sentence, Span } from '../../../types.js';
import type { TitleItems } from '../position/find.js';
import { englishDatesIn, statedTenure } from './dates.js';
import { ENGLISH, foldSameLength, locatedWords, tokenizeLocated, type Located } from './lexicon.js';
import { englishOffice } from './office.js';

export interface EnglishTitleContext {
  sentences: Sentence[];
  /** Province mentions of the text, for a "provincial Party Committee" left unnamed. */
  provinces: Array<{ start: number; end: number; name: string }>;
  articleProvince: string | null;
  eventDate: string | null;
}

/** What a verb does to an office: takes it, leaves it, held it (over), or null: holds it now. */
type Change = 'starts' | 'ends' | 'held' | null;

const START = new Set(ENGLISH.verbs.start);
const END = new Set(ENGLISH.verbs.end);
const HELD = new Set(ENGLISH.verbs.held);
const LINK_AT_END = new RegExp(`(?:^|\\s)(${longestFirst(ENGLISH.verbs.links)})\\s*$`);
const MEMBERSHIP_LINK = new RegExp(`(?:^|\\s)(?:${longestFirst(ENGLISH.verbs.membershipLinks)})\\s*$`);
// A cue between a title and its name ("Deputy Prime Minister Mr. X", "Minister of Defence General X").
const CUE = `(?:${longestFirst(ENGLISH.personCues)})\\.?`;
const ONLY_CUE = new RegExp(`^\\s*(?:${CUE}\\s*)?$`, 'i');
const SUCCESSOR = new RegExp(`(?:^|\\s)(?:${longestFirst(ENGLISH.verbs.successor)})\\s+(?:${CUE}\\s+)?$`, 'i');
const PRONOUN = /(?<![A-Za-z])(?:[Hh]e|[Ss]he)(?![A-Za-z])/g;

// Words that may sit inside a title without being in the lexicon: ordinals, terms, years, numerals.
const TERM_WORD = /^(?:\d{1,4}(?:st|nd|rd|th)?|[xvil]{1,6})$/;
const inTitle = (t: Located): boolean => t.type !== 'word' || TERM_WORD.test(t.word);
const holdsOffice = (t: Located): boolean => t.type === 'role' || t.type === 'whole';
const CAPITAL_ONLY = new Set(ENGLISH.capitalOnly);
// "the agency set up by the Politburo": the body after "by" acts, it is no office.
const AGENT_BEFORE = /\bby(?:\s+the)?\s*$/i;

interface ReadVerb {
  verb?: { infinitive?: string; grammar?: { tense?: string; copula?: boolean } };
}

/**
 * The verb a short stretch of text turns on, as compromise reads it (infinitive and tense), classed
 * by the lexicon: taking an office wins over leaving it, and either over holding it; a past "was",
 * "worked as" is a holding that is over.
 */
function changeIn(text: string): Change | 'none' {
  if (!MAY_HOLD_VERB.test(text)) return 'none';
  const key = text.trim().toLowerCase();
  return readChanges.get(key, () => readChange(key));
}

// compromise is the slow part of the English path: it reads only stretches holding a word that may
// be one of the lexicon's verbs (its first three letters, or an irregular form), and each stretch once.
const IRREGULAR = ['was', 'were', 'is', 'are', 'been', 'being', 'left', 'took', 'held', 'became', 'chose', 'chosen', 'sworn'];
const MAY_HOLD_VERB = new RegExp(`\\b(?:${[...new Set([...ENGLISH.verbs.start, ...ENGLISH.verbs.end, ...ENGLISH.verbs.held].map((v) => v.slice(0, 3)))].join('|')}|${IRREGULAR.join('|')})`, 'i');
const readChanges = new BoundedMemo<Change | 'none'>(20_000);

function readChange(text: string): Change | 'none' {
  const verbs = (nlp(text.trim()).verbs().json() as ReadVerb[]).map(({ verb }) => ({
    infinitive: verb?.grammar?.copula ? 'be' : (verb?.infinitive ?? '').toLowerCase(),
    past: verb?.grammar?.tense === 'PastTense',
  }));
  if (verbs.some((v) => START.has(v.infinitive))) return 'starts';
  if (verbs.some((v) => END.has(v.infinitive))) return 'ends';
  const held = verbs.filter((v) => HELD.has(v.infinitive));
  if (held.some((v) => v.past)) return 'held';
  return held.length ? null : 'none';
}

interface Run {
  tokens: Located[];
  start: number;
  end: number;
}

/** Title runs: maximal stretches of title tokens that hold an office word (or a body after a membership link). */
function titleRuns(tokens: Located[]): Run[] {
  const runs: Run[] = [];
  let current: Located[] = [];
  const close = (): void => {
    while (current.length && (current[current.length - 1]!.type === 'and' || current[current.length - 1]!.type === 'comma' || current[current.length - 1]!.type === 'of')) current.pop();
    while (current.length && (current[0]!.type === 'and' || current[0]!.type === 'comma' || current[0]!.type === 'filler' || current[0]!.type === 'of')) current.shift();
    if (current.some((t) => holdsOffice(t) || t.type === 'body')) runs.push({ tokens: current, start: current[0]!.start, end: current[current.length - 1]!.end });
    current = [];
  };
  for (const token of tokens) {
    if (inTitle(token)) current.push(token);
    else close();
  }
  close();
  return runs;
}

/** The office items of a run, split at "and" and commas, in the original text's words. */
function itemsOf(run: Run, text: string): string[] {
  const items: string[] = [];
  let from: Located | null = null;
  let to: Located | null = null;
  const flush = (): void => {
    if (from && to) items.push(text.slice(from.start, to.end));
    from = to = null;
  };
  for (const token of run.tokens) {
    if (token.type === 'and' || token.type === 'comma') flush();
    else {
      from ??= token;
      to = token;
    }
  }
  flush();
  return items;
}

export function findEnglishTitles(text: string, persons: Span[], context: EnglishTitleContext): TitleItems[] {
  const folded = foldSameLength(text);
  const found: TitleItems[] = [];
  const year = context.eventDate ? Number(context.eventDate.slice(0, 4)) : null;
  for (const sentence of context.sentences) {
    const inSentence = persons.filter((p) => p.start >= sentence.start && p.end <= sentence.end);
    const subjects = [...inSentence, ...pronounsIn(folded, sentence, persons, context.sentences)].sort((a, b) => a.start - b.start);
    if (!subjects.length) continue;
    const lower = folded.slice(sentence.start, sentence.end).toLowerCase();
    const tokens = tokenizeLocated(locatedWords(lower, sentence.start))
      // "oath of office", "state budget": a common noun unless capitalised.
      .map((t) => (t.type === 'body' && CAPITAL_ONLY.has(t.phrase) && !/^[A-Z]/.test(folded[t.start]!) ? ({ type: 'word', word: t.phrase, start: t.start, end: t.end } as Located) : t));
    const runs = titleRuns(tokens);
    const province = (person: Span): string | null =>
      context.provinces.filter((p) => p.start >= sentence.start && p.end <= person.start).pop()?.name ?? context.articleProvince;
    const offices = (run: Run, person: Span, membership: boolean, prefix = ''): string[] =>
      itemsOf(run, text).flatMap((item) => {
        const office = englishOffice(item, { province: province(person), membership });
        return office ? [office.startsWith('nguyên ') || !prefix ? office : prefix + office] : [];
      });
    const dated = (change: Change): TitleItems['tenure'] => {
      const stated = statedTenure(sentence.text);
      if (change === 'held') return stated;
      if (change !== 'starts' && change !== 'ends') return {};
      const day = englishDatesIn(sentence.text, year)[0]?.iso ?? context.eventDate ?? undefined;
      return change === 'starts' ? { since: stated.since ?? day } : { until: stated.until ?? day };
    };
    const push = (person: Span, items: string[], rule: string, tenure?: TitleItems['tenure']): void => {
      if (items.length) found.push({ person, items, rule, ...(tenure ? { tenure } : {}) });
    };

    subjects.forEach((person, i) => {
      const next = subjects[i + 1];
      const named = person.rule !== 'en:pronoun';
      // Before the name: the run that ends right at it.
      const before = runs.find((r) => named && r.end < person.start && ONLY_CUE.test(folded.slice(r.end, person.start)));
      if (before && (!subjects[i - 1] || before.start >= subjects[i - 1]!.end)) push(person, offices(before, person, false), 'en:title-before');
      // In apposition: ", title, title" up to the next name; a run that runs into the next name is its own.
      let anchor = person.end;
      if (named && /^\s*(?:,|\(|[-–—]\s)/.test(folded.slice(person.end, person.end + 3))) {
        const apposition = runs.find((r) => r.start > person.end && /^[\s,(–—-]*(?:(?:a|an|the)\s+)?$/i.test(folded.slice(person.end, r.start)));
        const intoNext = apposition && next && ONLY_CUE.test(folded.slice(apposition.end, next.start));
        if (apposition && !intoNext) {
          push(person, offices(apposition, person, false), 'en:apposition');
          anchor = apposition.end;
        }
      }
      // After a verb or link, within the clause.
      const clauseEnd = Math.min(sentence.end, ...[folded.indexOf(';', anchor)].filter((at) => at >= 0));
      const beforeName = folded.slice(Math.max(sentence.start, ...[',', ';'].map((c) => folded.lastIndexOf(c, person.start - 1) + 1)), person.start);
      let change: Change | 'none' = 'none';
      let previousEnd = anchor;
      for (const run of runs.filter((r) => r.start >= anchor && r.end <= clauseEnd).slice(0, 4)) {
        if (next && run.start > next.start) break;
        const gap = folded.slice(previousEnd, run.start);
        // A title that runs into the next name is that name's.
        if (next && ONLY_CUE.test(folded.slice(run.end, next.start))) break;
        if (AGENT_BEFORE.test(gap)) {
          previousEnd = run.end;
          continue;
        }
        const link = LINK_AT_END.exec(gap.toLowerCase());
        if (gap.length > 70 || (!link && previousEnd !== anchor)) break;
        const gapChange = changeIn(link ? gap.slice(0, gap.length - link[0].length) : gap);
        if (gapChange === 'none' && !link && change === 'none') break;
        if (gapChange !== 'none') change = gapChange;
        else if (change === 'none') {
          // "dismissed comrade X from the position of …": the verb stands before the name.
          const said = changeIn(beforeName);
          change = said !== 'none' ? said : null;
        }
        const membership = MEMBERSHIP_LINK.test(gap.toLowerCase()) || (change === 'starts' || change === 'ends');
        const items = offices(run, person, membership, change === 'ends' || change === 'held' ? 'nguyên ' : '');
        const tenure = dated(change);
        push(person, items, 'en:verb', tenure);
        previousEnd = run.end;
        // "…, replacing Mr. Y": Y held the office until now.
        const predecessor = change === 'starts' ? subjects.find((p) => p.start > run.end && p.start < clauseEnd && SUCCESSOR.test(`${folded.slice(run.end, p.start)} `)) : undefined;
        if (predecessor) push(predecessor, items.map((item) => `nguyên ${item}`), 'en:successor', { until: tenure?.since });
      }
    });
  }
  return found;
}

/**
 * "he"/"she" standing for the last person named before it, in the text, not only the sentence. A
 * photo caption between ("Binh Phuoc province's Party Secretary Nguyen Van Loi", no final stop) is
 * no part of the narrative.
 */
function pronounsIn(folded: string, sentence: Sentence, persons: Span[], sentences: Sentence[]): Span[] {
  const spans: Span[] = [];
  const inNarrative = (person: Span): boolean => /[.!?…"”)]$/.test(sentences.find((s) => person.start >= s.start && person.start < s.end)?.text ?? '');
  for (const m of folded.slice(sentence.start, sentence.end).matchAll(PRONOUN)) {
    const at = sentence.start + m.index!;
    const antecedent = persons.filter((p) => p.end <= at && (p.start >= sentence.start || inNarrative(p))).pop();
    if (antecedent) spans.push({ start: at, end: at + m[0].length, surface: m[0], rule: 'en:pronoun', name: antecedent.name ?? antecedent.surface });
  }
  return spans;
}
