/** What the URL carries, so a view can be shared: selected node, filters, date, language. */
import type { Lang } from './i18n.js';

export interface UrlState {
  node: string | null;
  asOf: string | null;
  hiddenLabels: string[];
  hiddenTypes: string[];
  lang: Lang;
  /** How many of the most connected nodes the first screen shows (default 300). */
  top: number | null;
}

export function readUrlState(hash: string): UrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const list = (key: string) => (params.get(key) ?? '').split(',').filter(Boolean);
  return {
    node: params.get('node'),
    asOf: /^\d{4}-\d{2}-\d{2}$/.test(params.get('date') ?? '') ? params.get('date') : null,
    hiddenLabels: list('hide'),
    hiddenTypes: list('hideRel'),
    lang: params.get('lang') === 'en' ? 'en' : 'vi',
    top: /^\d{1,5}$/.test(params.get('top') ?? '') ? Number(params.get('top')) : null,
  };
}

export function writeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.node) params.set('node', state.node);
  if (state.asOf) params.set('date', state.asOf);
  if (state.hiddenLabels.length) params.set('hide', state.hiddenLabels.join(','));
  if (state.hiddenTypes.length) params.set('hideRel', state.hiddenTypes.join(','));
  if (state.lang !== 'vi') params.set('lang', state.lang);
  if (state.top) params.set('top', String(state.top));
  return `#${params.toString()}`;
}
