/**
 * The side panel: what a node, a relationship or an article means — a career, an office's holders,
 * a province's officials, what implements what, who attended, the sentence that says so. Every name
 * is a link (`data-node`, `data-edge`, `data-article`) that the page follows; dated lists follow the
 * time range. Functions from API answers to HTML.
 */
import type { EvidenceView } from '@vnkg/store/src/graph-store.js';

import { api, type CareerEntry, type Holder, type Tenure } from './api.js';
import { escape, safeUrl } from './html.js';
import { edgeKey, type ViewGraph } from './graph-model.js';
import { translate, type Lang } from './i18n.js';


/** What the panels know of the view: the language and the years on screen. */
export interface PanelContext {
  lang: Lang;
  fromYear: number | null;
  toYear: number | null;
}

/** The date questions are asked at when only a range of years is given: the range's last day. */
export const rangeEnd = (context: PanelContext): string | null => (context.toYear === null ? null : `${context.toYear}-12-31`);

const link = (attribute: 'node' | 'edge' | 'article', id: string, text: string) => `<a href="#" class="go" data-${attribute}="${escape(id)}">${escape(text)}</a>`;
export const nodeLink = (id: string, text: string) => link('node', id, text);

const list = (items: string[], lang: Lang) => `<ul>${items.join('') || `<li class="empty">${translate(lang, 'nothing')}</li>`}</ul>`;

function evidenceHtml(evidence: EvidenceView[], lang: Lang): string {
  return evidence
    .map((e) => {
      const url = safeUrl(e.article.url);
      const source = url ? `<a href="${escape(url)}" target="_blank" rel="noopener">${translate(lang, 'original')}</a>` : '';
      const date = e.article.published ? `, ${escape(e.article.published)}` : '';
      return `<blockquote data-testid="evidence">${escape(e.quote)}<div class="meta">${translate(lang, 'source')}: ${link('article', e.article.id, e.article.title ?? e.article.id)}${date} ${source}</div></blockquote>`;
    })
    .join('');
}

const span = (first: string | null, last: string | null) => (first ? (first === last || !last ? first : `${first} – ${last}`) : '');

/** A tenure where the texts date one ("2019-03 – 2021-08 (stated)"), else the dates it was seen. */
function dates(entry: { firstSeen: string | null; lastSeen: string | null; tenure?: Tenure }, lang: Lang): string {
  const tenure = entry.tenure;
  if (!tenure || (tenure.startBasis !== 'stated' && tenure.endBasis !== 'stated' && tenure.endBasis !== 'successor')) {
    const seen = span(entry.firstSeen, entry.lastSeen);
    return seen ? `${seen} (${translate(lang, 'basis_observed')})` : '';
  }
  const basis = [...new Set([tenure.startBasis, tenure.endBasis].filter(Boolean))].map((b) => translate(lang, `basis_${b}`));
  return `${tenure.start ?? '…'} – ${tenure.end ?? ''} (${basis.join(', ')})`;
}

type Dated = { firstSeen: string | null; lastSeen: string | null; tenure?: Tenure; status?: string };

/** Whether a dated entry overlaps the years on screen (an undated one always does; a current one with no end goes on). */
function inRange(entry: Dated, context: PanelContext): boolean {
  const start = entry.tenure?.start ?? entry.firstSeen;
  const end = entry.tenure?.end ?? (entry.status === 'current' ? null : (entry.lastSeen ?? start));
  if (context.toYear !== null && start && Number(start.slice(0, 4)) > context.toYear) return false;
  if (context.fromYear !== null && end && Number(end.slice(0, 4)) < context.fromYear) return false;
  return true;
}

/** Entries in the range, and a line saying how many the range leaves out. */
function followRange<T extends Dated>(entries: T[], context: PanelContext): { shown: T[]; note: string } {
  const shown = entries.filter((e) => inRange(e, context));
  const left = entries.length - shown.length;
  return { shown, note: left ? `<p class="meta" data-testid="range-note">${translate(context.lang, 'outsideRange', { n: left })}</p>` : '' };
}

function header(id: string, name: string, kind: string | undefined, lang: Lang, inGraph: boolean): string {
  const actions = inGraph
    ? `<div class="actions">
        <button type="button" data-action="expand" data-testid="expand">${translate(lang, 'expand')}</button>
        <button type="button" data-action="ego1" data-testid="ego">${translate(lang, 'onlyThis')}</button>
        <button type="button" data-action="ego2">${translate(lang, 'onlyThis2')}</button>
        <button type="button" data-action="hide" data-testid="hide">${translate(lang, 'hide')}</button>
      </div>`
    : '';
  return `<h3>${escape(name)}</h3><div class="meta">${translate(lang, `label_${kind}`)}</div>${actions}`;
}

export async function panelFor(graph: ViewGraph, id: string, context: PanelContext): Promise<string | null> {
  const { lang } = context;
  const inGraph = graph.hasNode(id);
  const detail = inGraph ? null : await api.node(id);
  if (!inGraph && !detail) return null;
  const kind = inGraph ? graph.getNodeAttribute(id, 'kind') : detail!.label;
  const name = inGraph ? graph.getNodeAttribute(id, 'label') : detail!.name;
  const props = inGraph ? graph.getNodeAttribute(id, 'props') : detail!.props;
  const head = header(id, name, kind, lang, inGraph);

  if (kind === 'Person') {
    const data = await api.timeline(id);
    const { shown, note } = followRange(data?.timeline ?? [], context);
    const rows = shown.map((entry) => careerRow(id, entry, lang));
    return `${head}<h4>${translate(lang, 'career')}</h4>${note}${rows.join('') || `<p class="empty">${translate(lang, 'nothing')}</p>`}`;
  }
  if (kind === 'Position') return head + (await holdersHtml(String(props.title ?? name), null, rangeEnd(context), context));
  const around = await api.neighborhood(id, 1);
  const names = new Map((around?.nodes ?? []).map((n) => [n.id, n.name]));
  const edges = around?.edges ?? [];
  const named = (other: string) => nodeLink(other, names.get(other) ?? other);
  if (kind === 'Province') {
    // The 1 July 2025 mergers, both ways: what it became, what it took in.
    const into = edges.filter((e) => e.type === 'MERGED_INTO' && e.from === id).map((e) => `<li>${named(e.to)} <span class="meta">${escape(e.props.date ?? '')}</span></li>`);
    const from = edges.filter((e) => e.type === 'MERGED_INTO' && e.to === id).map((e) => `<li>${named(e.from)} <span class="meta">${escape(e.props.date ?? '')}</span></li>`);
    const merged = (into.length ? `<h4>${translate(lang, 'mergedInto')}</h4><ul>${into.join('')}</ul>` : '') + (from.length ? `<h4>${translate(lang, 'mergedFrom')}</h4><ul>${from.join('')}</ul>` : '');
    return head + (await officialsHtml(id, context)) + merged;
  }
  if (kind === 'Resolution') {
    const by = edges.filter((e) => e.type === 'IMPLEMENTS' && e.to === id).map((e) => `<li>${named(e.from)} ${link('edge', edgeKey(e.type, e.from, e.to), '↗')}</li>`);
    const of = edges.filter((e) => e.type === 'IMPLEMENTS' && e.from === id).map((e) => `<li>${named(e.to)} ${link('edge', edgeKey(e.type, e.from, e.to), '↗')}</li>`);
    return `${head}${detailsHtml(props)}<h4>${translate(lang, 'implementedBy')}</h4>${list(by, lang)}<h4>${translate(lang, 'implements')}</h4>${list(of, lang)}`;
  }
  if (kind === 'Congress' || kind === 'Event') {
    const attendees = edges
      .filter((e) => e.type === 'ATTENDED' && e.to === id)
      .map((e) => `<li data-testid="attendee">${named(e.from)} <span class="meta">${link('edge', edgeKey(e.type, e.from, e.to), translate(lang, `role_${String(e.props.role)}`))}</span></li>`);
    return `${head}<div class="meta">${escape(props.date ?? '')}</div><h4>${translate(lang, 'attendees')}</h4>${list(attendees, lang)}`;
  }
  if (kind === 'Organization' || kind === 'Locality') {
    // An organisation's offices are in it; a district's or commune's are located in it.
    const offices = edges.filter((e) => e.type === (kind === 'Locality' ? 'LOCATED_IN' : 'POSITION_IN') && e.to === id && names.has(e.from) && around!.nodes.find((n) => n.id === e.from)?.label === 'Position').map((e) => `<li>${named(e.from)}</li>`);
    const places = edges.filter((e) => e.type === 'LOCATED_IN' && e.from === id).map((e) => `<li>${named(e.to)}</li>`);
    return `${head}<h4>${translate(lang, 'offices')}</h4>${list(offices, lang)}${places.length ? `<h4>${translate(lang, 'label_Province')}</h4>${list(places, lang)}` : ''}`;
  }
  return head + detailsHtml(props);
}

function careerRow(person: string, entry: CareerEntry, lang: Lang): string {
  const status = translate(lang, `status_${entry.status}`);
  return `<div class="entry" data-testid="career-entry">${nodeLink(entry.office.id, entry.office.title)} <span class="meta">${link('edge', edgeKey('HELD_POSITION', person, entry.office.id), status)} ${escape(dates(entry, lang))}</span>${evidenceHtml(entry.evidence.slice(0, 3), lang)}</div>`;
}

function detailsHtml(props: Record<string, unknown>): string {
  const shown = Object.entries(props).filter(([key, value]) => value !== null && value !== '' && !['text', 'aliases'].includes(key));
  return shown.map(([key, value]) => `<div class="detail"><span class="meta">${escape(key)}:</span> ${escape(Array.isArray(value) ? value.join(', ') : value)}</div>`).join('');
}

export async function holdersHtml(title: string, province: string | null, at: string | null, context: PanelContext): Promise<string> {
  return holdersOf(title, await api.holders(title, province, at), at, context);
}

/** An office's holders as the API gave them (null: no such office). */
export function holdersOf(title: string, data: Awaited<ReturnType<typeof api.holders>>, at: string | null, context: PanelContext): string {
  const { lang } = context;
  if (!data) return `<p class="empty" data-testid="office-not-found">${translate(lang, 'notFound', { title })}</p>`;
  const rows = data.holders.map((h) => holderRow(data.office.id, h, lang));
  const asked = at ? ` <span class="meta">${translate(lang, 'askedAt', { at })}</span>` : '';
  return `<h4 data-testid="holders-title">${translate(lang, 'holders')}: ${nodeLink(data.office.id, data.office.title)}${asked}</h4>${rows.join('') || `<p class="empty">${translate(lang, 'nothing')}</p>`}`;
}

function holderRow(office: string, h: Holder, lang: Lang): string {
  const when = h.atDate ? ` · <strong>${translate(lang, 'atDate')}</strong>` : h.nearest ? ` · ${translate(lang, `nearest_${h.nearest}`)}` : '';
  return `<div class="entry" data-testid="holder">${nodeLink(h.person.id, h.person.name)} <span class="meta">${link('edge', edgeKey('HELD_POSITION', h.person.id, office), translate(lang, `status_${h.status}`))} ${escape(dates(h, lang))}${when}</span>${evidenceHtml(h.evidence.slice(0, 2), lang)}</div>`;
}

async function officialsHtml(provinceId: string, context: PanelContext): Promise<string> {
  const { lang } = context;
  const data = await api.provinceOfficials(provinceId, rangeEnd(context));
  const rows = (data?.offices ?? [])
    .filter((o) => o.holders.length)
    .map((o) => `<li data-testid="official">${nodeLink(o.office.id, o.office.title)}: ${o.holders.map((h) => nodeLink(h.person.id, h.person.name)).join(', ')}</li>`);
  return `<h4>${translate(lang, 'officials')}</h4>${list(rows, lang)}`;
}

/** A relationship: its type, both ends, what it says (status, role, date, tenure) and its sentences. */
export async function edgePanel(graph: ViewGraph, key: string, context: PanelContext): Promise<string | null> {
  const { lang } = context;
  const [type, from, to] = key.split('|') as [string, string, string];
  if (!type || !from || !to) return null;
  const name = async (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : ((await api.node(id))?.name ?? id));
  const props = graph.hasEdge(key) ? graph.getEdgeAttribute(key, 'props') : {};
  const [fact, fromName, toName] = await Promise.all([api.fact(type, from, to), name(from), name(to)]);
  if (!fact && !graph.hasEdge(key)) return null;
  let what = '';
  let evidence = '';
  if (type === 'HELD_POSITION') {
    // The person's timeline has the holding's tenure and its sentences with their articles.
    const entry = (await api.timeline(from))?.timeline.find((e) => e.office.id === to);
    if (entry) {
      what = `<div data-testid="edge-tenure">${translate(lang, `status_${entry.status}`)} ${escape(dates(entry, lang))}</div>`;
      evidence = evidenceHtml(entry.evidence, lang);
    }
  } else {
    what = ['role', 'date', 'status']
      .filter((k) => props[k])
      .map((k) => `<div>${k === 'role' ? translate(lang, `role_${String(props[k])}`) : escape(props[k])}</div>`)
      .join('');
  }
  if (!evidence && fact) {
    evidence = fact.evidence
      .map((e) => `<blockquote data-testid="evidence">${escape(e.quote)}<div class="meta">${translate(lang, 'source')}: ${link('article', e.article, e.article)}${e.asOf ? `, ${escape(e.asOf)}` : ''}</div></blockquote>`)
      .join('');
  }
  return `<h3 data-testid="edge-type">${translate(lang, `rel_${type}`)}</h3>
    <div>${nodeLink(from, fromName)} → ${nodeLink(to, toName)}</div>${what}
    <h4>${translate(lang, 'evidence')}</h4>${evidence || `<p class="empty">${translate(lang, 'nothing')}</p>`}`;
}

/** An article: its facts, its text with every evidence sentence marked, and the link to the source. */
export async function articlePanel(id: string, context: PanelContext): Promise<string | null> {
  const { lang } = context;
  const data = await api.article(id);
  if (!data) return null;
  const { article, facts } = data;
  const text = typeof article.text === 'string' ? article.text : '';
  const quotes = [...new Set(facts.map((f) => f.quote).filter(Boolean))];
  const url = safeUrl(article.url);
  const source = url ? `<a href="${escape(url)}" target="_blank" rel="noopener">${translate(lang, 'original')}</a>` : '';
  const factRows = facts.map(
    (f) => `<li>${nodeLink(f.from.id, f.from.name)} ${link('edge', edgeKey(f.type, f.from.id, f.to.id), translate(lang, `rel_${f.type}`))} ${nodeLink(f.to.id, f.to.name)}</li>`,
  );
  return `<h3>${escape(article.title ?? id)}</h3><div class="meta">${translate(lang, 'article')} ${escape(article.published ?? '')} ${source}</div>
    <h4>${translate(lang, 'facts')}</h4>${list(factRows, lang)}
    <h4>${translate(lang, 'text')}</h4><div class="article-text" data-testid="article-text">${markQuotes(text, quotes) || `<p class="empty">${translate(lang, 'nothing')}</p>`}</div>`;
}

/** The text, escaped, with each quote found in it marked (the longest first where two overlap). */
export function markQuotes(text: string, quotes: string[]): string {
  const spans: Array<[number, number]> = [];
  const free = (at: number, length: number) => !spans.some(([s, e]) => at < e && s < at + length);
  for (const quote of [...quotes].sort((a, b) => b.length - a.length)) {
    // The first place the quote stands that no longer quote has taken.
    let at = text.indexOf(quote);
    while (at >= 0 && !free(at, quote.length)) at = text.indexOf(quote, at + 1);
    if (at >= 0) spans.push([at, at + quote.length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  let html = '';
  let last = 0;
  for (const [start, end] of spans) {
    html += `${escape(text.slice(last, start))}<mark data-testid="evidence-mark">${escape(text.slice(start, end))}</mark>`;
    last = end;
  }
  return (html + escape(text.slice(last))).replace(/\n+/g, '<br>');
}
