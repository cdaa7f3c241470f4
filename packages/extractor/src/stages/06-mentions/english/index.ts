/**
 * Stage 06, English
 * =================
 * The mentions of an English-language article, in the shapes the Vietnamese finders give, so stage 07
 * resolves both alike: persons (full names; short references and pronouns carry the full name),
 * provinces, congresses, documents, and office titles already written as Vietnamese title items.
 */
import type { Mentions } from '../../../pipeline.js';
import type { Sentence } from '../../../types.js';
import { findDocuments } from '../document/find.js';
import { findEnglishCongresses } from './congresses.js';
import { findEnglishDocuments } from './documents.js';
import { findEnglishPersons, findShortReferences } from './persons.js';
import { findEnglishProvinces } from './provinces.js';
import { findEnglishTitles } from './titles.js';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && a.end > b.start;

export function findEnglishMentions(text: string, sentences: Sentence[], eventDate: string | null): Mentions {
  const persons = findEnglishPersons(text);
  const references = [...persons, ...findShortReferences(text, persons)].sort((a, b) => a.start - b.start);
  const provinces = findEnglishProvinces(text).filter((p) => !references.some((person) => overlaps(p, person)));
  const year = eventDate ? Number(eventDate.slice(0, 4)) : null;
  return {
    persons,
    references,
    provinces,
    congresses: findEnglishCongresses(text, sentences, provinces),
    documents: [...findEnglishDocuments(text, year), ...findDocuments(text)].filter((d, i, all) => all.findIndex((o) => overlaps(o, d)) === i),
    titles: (articleProvince) => findEnglishTitles(text, references, { sentences, provinces, articleProvince, eventDate }),
    biographies: new Map(),
  };
}
