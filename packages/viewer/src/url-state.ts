/**
 * What the URL carries, so a view can be shared and Back/Forward step through it: what is selected
 * (a node, a relationship, an article or an office query), the camera, the filters, the years, the
 * neighbourhood filter, the colouring and the language.
 */
import { COLOUR_BY, type ColourBy } from './colouring.js';
import type { Lang } from './i18n.js';

export interface UrlState {
  node: string | null;
  /** A relationship, by its key `TYPE|from|to`. */
  edge: string | null;
  article: string | null;
  /** "Who held this office?": the title asked and the date, if any. */
  office: string | null;
  at: string | null;
  camera: { x: number; y: number; ratio: number } | null;
  hiddenLabels: string[];
  hiddenTypes: string[];
  hiddenNodes: string[];
  fromYear: number | null;
  toYear: number | null;
  ego: { center: string; depth: number } | null;
  colourBy: ColourBy;
  /** Node size by degree (the default) or all alike. */
  sizeBy: 'degree' | 'uniform';
  lang: Lang;
  /** How many nodes the first screen shows (default 300). */
  top: number | null;
}

export const emptyUrlState = (): UrlState => ({
  node: null,
  edge: null,
  article: null,
  office: null,
  at: null,
  camera: null,
  hiddenLabels: [],
  hiddenTypes: [],
  hiddenNodes: [],
  fromYear: null,
  toYear: null,
  ego: null,
  colourBy: 'label',
  sizeBy: 'degree',
  lang: 'vi',
  top: null,
});

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const YEAR = /^\d{4}$/;

export function readUrlState(hash: string): UrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const list = (key: string) => (params.get(key) ?? '').split(',').filter(Boolean);
  const year = (key: string) => (YEAR.test(params.get(key) ?? '') ? Number(params.get(key)) : null);
  const camera = (params.get('cam') ?? '').split(',').map(Number);
  const colourBy = params.get('colour') as ColourBy;
  const depth = Number(params.get('depth'));
  return {
    node: params.get('node'),
    edge: params.get('edge'),
    article: params.get('article'),
    office: params.get('office'),
    at: DAY.test(params.get('at') ?? '') ? params.get('at') : null,
    camera: camera.length === 3 && camera.every(Number.isFinite) && camera[2]! > 0 ? { x: camera[0]!, y: camera[1]!, ratio: camera[2]! } : null,
    hiddenLabels: list('hide'),
    hiddenTypes: list('hideRel'),
    hiddenNodes: list('hidden'),
    fromYear: year('from'),
    // Links made before the range kept one date, "as of": its year is the end of the range.
    toYear: year('to') ?? (DAY.test(params.get('date') ?? '') ? Number(params.get('date')!.slice(0, 4)) : null),
    ego: params.get('ego') ? { center: params.get('ego')!, depth: depth === 2 ? 2 : 1 } : null,
    colourBy: COLOUR_BY.includes(colourBy) ? colourBy : 'label',
    sizeBy: params.get('size') === 'uniform' ? 'uniform' : 'degree',
    lang: params.get('lang') === 'en' ? 'en' : 'vi',
    // What the API serves: 1 to 20,000 nodes.
    top: /^\d{1,5}$/.test(params.get('top') ?? '') && Number(params.get('top')) >= 1 && Number(params.get('top')) <= 20_000 ? Number(params.get('top')) : null,
  };
}

export function writeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  const set = (key: string, value: string | number | null | undefined) => {
    if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
  };
  set('node', state.node);
  set('edge', state.edge);
  set('article', state.article);
  set('office', state.office);
  set('at', state.at);
  if (state.camera) set('cam', [state.camera.x, state.camera.y, state.camera.ratio].map((n) => Number(n.toPrecision(5))).join(','));
  set('hide', state.hiddenLabels.join(','));
  set('hideRel', state.hiddenTypes.join(','));
  set('hidden', state.hiddenNodes.join(','));
  set('from', state.fromYear);
  set('to', state.toYear);
  if (state.ego) {
    set('ego', state.ego.center);
    set('depth', state.ego.depth);
  }
  if (state.colourBy !== 'label') set('colour', state.colourBy);
  if (state.sizeBy !== 'degree') set('size', state.sizeBy);
  if (state.lang !== 'vi') set('lang', state.lang);
  set('top', state.top);
  return `#${params.toString()}`;
}
