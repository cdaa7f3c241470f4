/**
 * Extraction pipeline
 * ===================
 * One article in, its article record and nodes out. The table of contents of the extractor: each
 * step is a stage folder under stages/, in order. Order matters: metadata needs the cleaned page,
 * mentions need sentences-free text offsets, resolution needs the article's province.
 */
import { findProvinceMentions } from './lexicon/provinces.js';
import { leadingLanguageShares } from './stages/01-decode/vietnamese-score.js';
import { cleanPage } from './stages/03-clean/index.js';
import { readMetadata } from './stages/04-metadata/index.js';
import { splitSentences } from './stages/05-sentences/index.js';
import { findCongresses } from './stages/06-mentions/congress/find.js';
import { findDocuments } from './stages/06-mentions/document/find.js';
import { findBylinePersons, findPersons } from './stages/06-mentions/person/find.js';
import { findPronounSubjects, findShortNameReferences } from './stages/06-mentions/person/pronouns.js';
import { findBiographies, type Biography } from './stages/06-mentions/person/biography.js';
import { findEnglishMentions } from './stages/06-mentions/english/index.js';
import { findTitles, type TitleItems } from './stages/06-mentions/position/find.js';
import { articleEvent, findAttendance } from './stages/07-resolve/attendance.js';
import { englishArticleEvent, findEnglishAttendance } from './stages/07-resolve/attendance-en.js';
import { findImplements } from './stages/07-resolve/implements.js';
import { resolveOffices } from './stages/07-resolve/offices.js';
import { articleProvince } from './stages/07-resolve/province-context.js';
import { resolveArticle } from './stages/07-resolve/index.js';
import { articleId } from './output/article-id.js';
import type { ProvinceMention } from './lexicon/provinces.js';
import type { CongressMention } from './stages/06-mentions/congress/find.js';
import type { DocumentMention } from './stages/06-mentions/document/find.js';
import type { ArticleRecord, EdgeRecord, NodeRecord, RawArticle, Sentence, Span } from './types.js';

export interface ArticleExtraction {
  article: ArticleRecord;
  /** Cleaned body text: evidence offsets index into it. */
  text: string;
  sentences: Sentence[];
  nodes: NodeRecord[];
  edges: EdgeRecord[];
  warnings: string[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && a.end > b.start;

/** Spans sorted by start, one per start (a byline name is also found as a name). */
const uniqueSpans = <T extends { start: number }>(spans: T[]): T[] =>
  spans.sort((a, b) => a.start - b.start).filter((span, i, all) => i === 0 || all[i - 1]!.start !== span.start);

/** What stage 06 finds in one article, in either language. */
export interface Mentions {
  persons: Span[];
  /** Persons and what stands for them (English short references): the subjects of attendance. */
  references: Span[];
  provinces: ProvinceMention[];
  congresses: CongressMention[];
  documents: DocumentMention[];
  titles: (articleProvince: string | null) => TitleItems[];
  /** Birth years and home provinces by person name (Vietnamese biographies only, so far). */
  biographies: Map<string, Biography>;
}

function vietnameseMentions(text: string, sentences: Sentence[], byline: string | null): Mentions {
  // Persons first: a province inside a name ("Nguyễn Thái Bình") is part of the name.
  const persons = uniqueSpans([...findPersons(text), ...findBylinePersons(text, byline)]);
  // Pronouns of a biography ("Tháng 1/2018, ông được …") carry offices too, for the person they stand for.
  // So do later references by the given name alone ("ông Trung").
  const subjects = uniqueSpans([...persons, ...findPronounSubjects(text, sentences, persons), ...findShortNameReferences(text, persons)]);
  const provinces = findProvinceMentions(text).filter((p) => !persons.some((person) => overlaps(p, person)));
  return {
    persons,
    references: persons,
    provinces,
    congresses: findCongresses(text),
    documents: findDocuments(text),
    titles: () => findTitles(text, subjects),
    biographies: findBiographies(sentences, subjects, provinces),
  };
}

/** Run every stage on one decoded article. */
export function extractArticle(raw: RawArticle): ArticleExtraction {
  // 03: keep the body, drop site clutter.
  const page = cleanPage(raw.text);
  const text = page.text;
  // 04: title, date, byline, url, source.
  const metadata = readMetadata(raw, page, raw.text);
  // 05: sentences with offsets, for evidence.
  const sentences = splitSentences(text);
  // The language from the first ~1,000 words: an article keeps to one.
  const shares = leadingLanguageShares(text, 6000);
  const language = shares.en > shares.vi ? 'en' : 'vi';
  const eventDate = metadata.eventDate ?? metadata.published;
  // 06: mentions, by the article's language; English ones come in the Vietnamese shapes (titles as Vietnamese items).
  const mentions = language === 'en' ? findEnglishMentions(text, sentences, eventDate) : vietnameseMentions(text, sentences, metadata.byline);
  const { persons, provinces, congresses, documents } = mentions;
  // 07: the article's province, then nodes with canonical ids.
  const province = articleProvince(provinces, page.title?.length ?? 0, metadata.url);
  const titles = mentions.titles(province.name);
  const id = articleId(raw);
  const article: ArticleRecord = {
    kind: 'article',
    id,
    file: raw.file,
    title: metadata.title,
    published: metadata.published,
    url: metadata.url,
    source: metadata.source,
    byline: metadata.byline,
    province: province.name,
    language,
    text,
  };
  const offices = resolveOffices(titles, {
    articleId: id,
    articleProvince: province.name,
    published: metadata.published,
    eventDate,
    sentences,
    provinces,
    persons,
    text,
  });
  const resolved = resolveArticle({ persons, provinces, congresses, documents, biographies: mentions.biographies }, province.name, text, page.paragraphs[0]?.length ?? 0);
  const implementsEdges = findImplements(resolved.documentRefs, text, sentences, id);
  const congressIds = resolved.congressIds;
  const event = language === 'en' ? englishArticleEvent(sentences, congressIds, eventDate) : articleEvent(page.paragraphs, congressIds, eventDate, resolved.titleCongressId);
  const attendance = !event ? [] : language === 'en' ? findEnglishAttendance(sentences, mentions.references, event, id, text) : findAttendance(text, sentences, mentions.references, event, id);
  const eventNodes = event?.node && attendance.length ? [event.node] : [];
  const nodes = [...resolved.nodes, ...offices.nodes, ...eventNodes].map((n) => ({ ...n, articles: [id] }));
  const edges = [...offices.edges, ...implementsEdges, ...attendance].map((e) => ({ ...e, articles: [id] }));
  const warnings = text ? [] : ['no article body found after clean-up'];
  return { article, text, sentences, nodes, edges, warnings };
}
