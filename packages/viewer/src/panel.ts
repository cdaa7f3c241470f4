/** The side panel: what a clicked node means — a career, an office's holders, what implements what, who attended. */
import type { EvidenceView } from '@vnkg/store/src/graph-store.js';

import { api, type Tenure } from './api.js';
import type { ViewGraph } from './graph-model.js';
import { translate, type Lang } from './i18n.js';

const escape = (text: unknown) => String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function evidenceHtml(evidence: EvidenceView[], lang: Lang): string {
  return evidence
    .map((e) => {
      const source = e.article.url ? `<a href="${escape(e.article.url)}" target="_blank" rel="noopener">${escape(e.article.title ?? e.article.id)}</a>` : escape(e.article.title ?? e.article.id);
      return `<blockquote data-testid="evidence">${escape(e.quote)}<div class="meta">${translate(lang, 'source')}: ${source}${e.article.published ? `, ${escape(e.article.published)}` : ''}</div></blockquote>`;
    })
    .join('');
}

const span = (first: string | null, last: string | null) => (first ? (first === last || !last ? first : `${first} – ${last}`) : '');

/** A tenure where the texts date one ("2019-03 – 2021-08", "2019-03 –"), else the dates it was seen. */
function dates(entry: { firstSeen: string | null; lastSeen: string | null; tenure?: Tenure }): string {
  const tenure = entry.tenure;
  if (!tenure || (tenure.startBasis !== 'stated' && tenure.endBasis !== 'stated' && tenure.endBasis !== 'successor')) return span(entry.firstSeen, entry.lastSeen);
  return `${tenure.start ?? '…'} – ${tenure.end ?? ''}`.trim();
}

export async function panelFor(graph: ViewGraph, id: string, lang: Lang): Promise<string> {
  const kind = graph.hasNode(id) ? graph.getNodeAttribute(id, 'kind') : (await api.node(id))?.label;
  const name = graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id;
  const props = graph.hasNode(id) ? graph.getNodeAttribute(id, 'props') : {};
  const head = `<h3>${escape(name)}</h3><div class="meta">${translate(lang, `label_${kind}`)}</div>
    <div class="actions"><button type="button" data-action="expand" data-testid="expand">${translate(lang, 'expand')}</button><button type="button" data-action="hide">${translate(lang, 'hide')}</button></div>`;

  if (kind === 'Person') {
    const data = await api.timeline(id);
    const rows = (data?.timeline ?? []).map(
      (entry) => `<div class="entry"><strong>${escape(entry.office.title)}</strong> <span class="meta">${translate(lang, `status_${entry.status}`)} ${escape(dates(entry))}</span>${evidenceHtml(entry.evidence, lang)}</div>`,
    );
    return `${head}<h4>${translate(lang, 'career')}</h4>${rows.join('') || translate(lang, 'nothing')}`;
  }
  if (kind === 'Position') {
    return head + (await holdersHtml(String(props.title ?? name), null, null, lang));
  }
  if (kind === 'Resolution' || kind === 'Congress' || kind === 'Event') {
    const around = await api.neighborhood(id, 1);
    const names = new Map((around?.nodes ?? []).map((n) => [n.id, n.name]));
    if (kind === 'Resolution') {
      const by = (around?.edges ?? []).filter((e) => e.type === 'IMPLEMENTS' && e.to === id).map((e) => `<li>${escape(names.get(e.from))}</li>`);
      const of = (around?.edges ?? []).filter((e) => e.type === 'IMPLEMENTS' && e.from === id).map((e) => `<li>${escape(names.get(e.to))}</li>`);
      return `${head}<h4>${translate(lang, 'implementedBy')}</h4><ul>${by.join('') || `<li>${translate(lang, 'nothing')}</li>`}</ul><h4>${translate(lang, 'implements')}</h4><ul>${of.join('') || `<li>${translate(lang, 'nothing')}</li>`}</ul>`;
    }
    const attendees = (around?.edges ?? []).filter((e) => e.type === 'ATTENDED' && e.to === id).map((e) => `<li>${escape(names.get(e.from))} <span class="meta">${translate(lang, `role_${String(e.props.role)}`)}</span></li>`);
    return `${head}<div class="meta">${escape(props.date ?? '')}</div><h4>${translate(lang, 'attendees')}</h4><ul>${attendees.join('') || `<li>${translate(lang, 'nothing')}</li>`}</ul>`;
  }
  const details = Object.entries(props).map(([key, value]) => `<div><span class="meta">${escape(key)}:</span> ${escape(Array.isArray(value) ? value.join(', ') : value)}</div>`);
  return head + details.join('');
}

export async function holdersHtml(title: string, province: string | null, at: string | null, lang: Lang): Promise<string> {
  const data = await api.holders(title, province, at);
  if (!data) return `<p>${translate(lang, 'notFound')}</p>`;
  const rows = data.holders.map(
    (h) =>
      `<div class="entry" data-testid="holder"><strong>${escape(h.person.name)}</strong> <span class="meta">${translate(lang, `status_${h.status}`)} ${escape(dates(h))}${h.atDate ? ` · ${translate(lang, 'atDate')}` : h.nearest ? ` · ${translate(lang, `nearest_${h.nearest}`)}` : ''}</span>${evidenceHtml(h.evidence.slice(0, 2), lang)}</div>`,
  );
  return `<h4>${translate(lang, 'holders')}: ${escape(data.office.title)}</h4>${rows.join('') || translate(lang, 'nothing')}`;
}
