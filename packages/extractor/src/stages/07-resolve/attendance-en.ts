/**
 * ATTENDED, English
 * =================
 * The event of an English article: the first gathering its lead names — a congress with its ordinal,
 * or a conference, ceremony or meeting ("… organized a ceremony on Saturday to announce decisions on …" → "ceremony
 * to announce decisions on …", the weekday or date dropped). Who was there: every person of a sentence
 * about the event that a cue of lexicons/english.json names ("Participants … included", "attended",
 * "chaired", "delivered a speech"), except those the sentence is about as objects of a decision
 * ("decision appointing X").
 */
import { escapeRegExp } from '../../text/regex.js';
import { slug } from '../../text/slug.js';
import type { Sentence, Span } from '../../types.js';
import { canonicalName } from '../06-mentions/person/find.js';
import { ENGLISH } from '../06-mentions/english/lexicon.js';
import { attendanceEdges, stronger, type EventTarget, type Role } from './attendance.js';

const EVENT_NOUN = String.raw`(?:conference|ceremony|meeting|session|congress|plenum|forum|workshop|seminar|dialogue|celebration|event)`;
const EVENT = new RegExp(String.raw`\b(?:a|an|the)\s+((?:[\w’'-]+\s+){0,5}?${EVENT_NOUN}\b[^.;:]*)`, 'i');
const WHEN = /\s+(?:on|last|this|in the)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|week|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:,\s*\d{4})?)\b\s*)+/g;
const CLAUSE_END = /\s+(?:with the participation|with the attendance|attended by|drawing|which|where|that)\b.*$|,.*$/;

/** The article's event: the congress its lead names, else the first gathering its lead names. */
export function englishArticleEvent(sentences: Sentence[], congressIds: string[], date: string | null): EventTarget | null {
  const congress = congressIds[0];
  for (const sentence of sentences.slice(0, 4)) {
    const m = EVENT.exec(sentence.text);
    if (!m) continue;
    // The congress the lead holds, named with its ordinal ("The 17th Congress of Hanoi's Party organisation …").
    if (/congress/i.test(m[1]!) && congress && /\d(?:st|nd|rd|th)\b/.test(m[0])) return { id: congress, node: null, date };
    const name = m[1]!.replace(WHEN, ' ').replace(CLAUSE_END, '').replace(/\s+/g, ' ').trim();
    if (name.split(' ').length < 2) continue;
    const id = `event:${slug(name)}${date ? `:${date}` : ''}`;
    return { id, node: { kind: 'node', label: 'Event', id, props: { name, date } }, date };
  }
  return null;
}

const CUES: Array<{ role: Role; re: RegExp }> = (['directed', 'chaired', 'spoke', 'attended'] as const).map((role) => ({
  role,
  re: new RegExp(`\\b(?:${ENGLISH.attendance[role].map(escapeRegExp).join('|')})\\b`, 'i'),
}));
// The persons a decision is about are no attendees: "… announcing the decision appointing X as …".
const OBJECT_BEFORE = /\b(?:appointing|assigning|electing|naming|on assignment of tasks|decisions? on|decisions? to)\b[^.;]*$/i;

export function findEnglishAttendance(sentences: Sentence[], persons: Span[], event: EventTarget, articleId: string, text: string): ReturnType<typeof attendanceEdges> {
  const best = new Map<string, { role: Role; sentence: Sentence }>();
  for (const sentence of sentences) {
    const cue = CUES.find(({ re }) => re.test(sentence.text));
    if (!cue) continue;
    for (const person of persons.filter((p) => p.start >= sentence.start && p.end <= sentence.end)) {
      if (OBJECT_BEFORE.test(text.slice(sentence.start, person.start))) continue;
      const id = `person:${slug(canonicalName(person.name ?? person.surface))}`;
      const previous = best.get(id);
      const role = stronger(previous?.role, cue.role);
      best.set(id, { role, sentence: previous && role === previous.role ? previous.sentence : sentence });
    }
  }
  return attendanceEdges(best, event, articleId);
}
