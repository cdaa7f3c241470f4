/**
 * The viewer: Sigma.js over the graph API. Opens on people and what ties them (the API's overview);
 * search, click a node or a relationship for the side panel, follow any name in it; hovering or
 * selecting brings a neighbourhood forward; double-click (or Expand) grows the view; filters, colours,
 * a range of years with playback, the office query; the URL holds the view, Back and Forward step
 * through selections.
 */
import { downloadAsPNG } from '@sigma/export-image';
import { write as writeGexf } from 'graphology-gexf/browser';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import Sigma from 'sigma';

import { activity, api, ApiRequestError, ApiUnreachable } from './api.js';
import { colouring, COLOUR_BY, communities, topByDegree, type Colouring } from './colouring.js';
import { COLORS, createGraph, emptyFilters, labelCounts, LABELS, mergeSubgraph, neighbourhoodOf, RELATIONSHIP_TYPES, visibility, yearHistogram, type Filters, type Visibility } from './graph-model.js';
import { translate } from './i18n.js';
import { labelPlacer } from './labels.js';
import { isSoftwareRenderer, panAsPicture, webglRendererName } from './pan-picture.js';
import { escape } from './html.js';
import { articlePanel, edgePanel, holdersHtml, holdersOf, nodeLink, panelFor, rangeEnd, type PanelContext } from './panel.js';
import { FlatEdgeRectangleProgram, FlatNodeCircleProgram, keepEdgeResolution, setEdgePicking, setEdgeResolution, ThinEdgeLineProgram } from './programs.js';
import { attachSearch } from './search.js';
import { timeRangeControl } from './time-range.js';
import { readUrlState, writeUrlState, type UrlState } from './url-state.js';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector(selector) as T;
let view: UrlState = readUrlState(location.hash);
const t = (key: string, values?: Record<string, string | number>) => translate(view.lang, key, values);
const context = (): PanelContext => ({ lang: view.lang, fromYear: view.fromYear, toYear: view.toYear });

// Above these, the picture stays cheap: edges away from a focus are hidden rather than dimmed, and
// relationships are clicked from the panel rather than picked on the canvas.
const DIM_EDGES_UP_TO = 3000;
const EDGE_EVENTS_UP_TO = 5000;
const NOVERLAP_UP_TO = 3000;
// Above this many edges on screen, edges are one-pixel lines at half resolution (programs.ts): in
// software WebGL filling 50k antialiased rectangles at full resolution is most of a frame.
const THIN_EDGES_FROM = 10_000;
const LAYOUT_MS = 4000;
const DIMMED = '#e3e6ea';
const HOVER_REST_MS = 120;
const LABEL_ALL_UP_TO = 500;

const graph = createGraph();
const filtersOf = (v: UrlState): Filters => ({ ...emptyFilters(), hiddenLabels: new Set(v.hiddenLabels), hiddenTypes: new Set(v.hiddenTypes), hiddenNodes: new Set(v.hiddenNodes), fromYear: v.fromYear, toYear: v.toYear, ego: v.ego });
let shown: Visibility = { nodes: new Set(), edges: new Set() };
let colours: Colouring = { by: 'label', colourOf: new Map(), groups: [] };
let hovered: string | null = null;
let hoveredEdge: string | null = null;
let focus: Set<string> | null = null;
/** Node sizes times this: a crowded screen gets smaller discs (see recompute). */
let sizeScale = 1;
// Discs may cover this share of the stage at most, when the whole graph is in view.
const NODE_COVER = 0.2;
// …but no smaller than a disc one can still point at.
const MIN_NODE_SIZE = 3;
const UNIFORM_SIZE = 6;
const labels = labelPlacer();

const renderer = new Sigma(graph, $('#graph'), {
  labelDensity: 1,
  labelGridCellSize: 120,
  labelRenderedSizeThreshold: 6,
  zIndex: true,
  // On from the start, or Sigma makes no picking layer for edges; programs.ts draws it only where edges are few.
  enableEdgeEvents: true,
  defaultDrawNodeLabel: labels.drawLabel,
  nodeProgramClasses: { circle: FlatNodeCircleProgram },
  edgeProgramClasses: { line: FlatEdgeRectangleProgram, thin: ThinEdgeLineProgram },
  // Large graphs stay fluid while panning: edges and labels are drawn again when the camera rests.
  hideEdgesOnMove: true,
  hideLabelsOnMove: true,
  nodeReducer: (id, data) => {
    if (!shown.nodes.has(id)) return { ...data, hidden: true };
    const colour = colours.colourOf.get(id) ?? data.color;
    const size = Math.max(MIN_NODE_SIZE, (view.sizeBy === 'uniform' ? UNIFORM_SIZE : data.size) * sizeScale);
    if (!focus) return { ...data, size, color: colour, zIndex: 0 };
    if (!focus.has(id)) return { ...data, size, color: DIMMED, label: '', zIndex: 0 };
    return { ...data, size: Math.max(size, 4), color: colour, zIndex: 1, highlighted: id === view.node, forceLabel: focus.size <= 40 };
  },
  edgeReducer: (edge, data) => {
    if (!shown.edges.has(edge)) return { ...data, hidden: true };
    if (edge === hoveredEdge) return { ...data, color: '#12355b', size: 3, zIndex: 2 };
    const type = shown.edges.size > THIN_EDGES_FROM ? 'thin' : 'line';
    // Where edges can be pointed at, two pixels: the picking pass runs at half resolution, and a
    // one-pixel edge would leave gaps in it.
    const size = shown.edges.size <= EDGE_EVENTS_UP_TO ? Math.max(data.size, 2) : data.size;
    if (!focus) return { ...data, type, size };
    const centre = focusCentre;
    if (graph.source(edge) === centre || graph.target(edge) === centre) return { ...data, color: '#5b6b7f', size: Math.max(size, 2.5), zIndex: 1 };
    return shown.edges.size > DIM_EDGES_UP_TO ? { ...data, hidden: true } : { ...data, type, size, color: '#f0f2f5' };
  },
});
renderer.on('beforeRender', labels.newFrame);
keepEdgeResolution(renderer);
// While the camera moves Sigma leaves these layers blank (the settings above); hidden, the browser
// need not composite them, which in software compositing is a good part of each frame.
const blankWhileMoving = ['edges', 'edgeLabels', 'labels', 'hovers', 'hoverNodes'].map((layer) => renderer.getCanvases()[layer]!);
renderer.on('beforeRender', () => {
  // Sigma's own test for "moving" (Sigma.render).
  const captor = renderer.getMouseCaptor();
  const moving = renderer.getCamera().isAnimated() || captor.isMoving || captor.draggedEvents > 0 || captor.currentWheelDirection !== 0;
  for (const canvas of blankWhileMoving) canvas.style.visibility = moving ? 'hidden' : '';
});
/** A camera animation, then one frame drawn at rest (Sigma's last animated frame still counts as moving). */
const animateCamera = (animation: Promise<void>) => void animation.then(() => renderer.scheduleRender());
// Frames shown: Sigma's own, and those in which a dragged picture moved (software WebGL only).
let frames = 0;
renderer.on('afterRender', () => (frames += 1));
const webglRenderer = webglRendererName(renderer.getCanvases().nodes!);
const panMode = isSoftwareRenderer(webglRenderer) ? 'picture' : 'redraw';
if (panMode === 'picture') panAsPicture(renderer, () => (frames += 1));
let layout: FA2Layout | null = null;

// ---- errors: a banner over the stage (the layout does not move), cleared when a request succeeds
/** Whether the first screen came (an empty graph is said to be empty only then, not when the API is down). */
let overviewLoaded = false;
let retry: (() => void) | null = null;
function showError(error: unknown, again: (() => void) | null = null): void {
  const banner = $('#error');
  if (error instanceof ApiRequestError || !(error instanceof ApiUnreachable)) {
    // A refused request says what the server said; anything else is the viewer's own failure.
    if (!(error instanceof ApiRequestError)) console.error(error);
    const key = error instanceof ApiRequestError ? 'badRequest' : 'viewerError';
    banner.innerHTML = `${t(key, { message: (error as Error)?.message ?? String(error) })} <button type="button" data-action="dismiss">${t('dismiss')}</button>`;
    banner.dataset.kind = 'request';
  } else {
    banner.innerHTML = `${t('apiDown')} <button type="button" data-action="retry">${t('retry')}</button>`;
    banner.dataset.kind = 'unreachable';
  }
  retry = again;
  banner.hidden = false;
}
activity.onSuccess = () => {
  if ($('#error').dataset.kind === 'unreachable') $('#error').hidden = true;
};

// ---- the view: visibility, colours, focus, counts, URL
function saveUrl(push = false): void {
  const hash = writeUrlState(view);
  if (hash === location.hash || (hash === '#' && !location.hash)) return;
  if (push) history.pushState(null, '', hash);
  else history.replaceState(null, '', hash);
}

let focusCentre: string | null = null;
let focusDrawn = '';
/** The neighbourhood brought forward: the hovered node's, else the selected one's. Says whether the picture changes. */
function refocus(): boolean {
  const wanted = hovered ?? view.node;
  const centre = wanted && shown.nodes.has(wanted) ? wanted : null;
  const drawn = `${centre}|${view.node}`; // the selection is drawn highlighted
  const moved = drawn !== focusDrawn;
  focusDrawn = drawn;
  focusCentre = centre;
  focus = centre ? neighbourhoodOf(graph, centre, shown) : null;
  return moved;
}

/** After the selection or the hovered node changed: only the focus, not what is visible. */
function redraw(): void {
  if (refocus()) renderer.refresh();
  saveUrl();
}

/** After any change of data or filters: what is visible, its colours, the counts, the legend. */
function recompute(): void {
  const before = { shown, colourBy: colours.by, sizedFor, sizeBy: drawnSizeBy, focused: focus !== null, thin: shown.edges.size > THIN_EDGES_FROM };
  drawnSizeBy = view.sizeBy;
  shown = visibility(graph, filtersOf(view));
  colours = colouring(graph, shown, view.colourBy);
  resizeNodes();
  refocus();
  const thin = shown.edges.size > THIN_EDGES_FROM;
  setEdgePicking(renderer, shown.edges.size <= EDGE_EVENTS_UP_TO);
  setEdgeResolution(renderer, thin ? 0.5 : 1);
  // A small graph can label every node (the placer keeps labels apart); a big one only its larger ones.
  // Sigma refreshes everything on any setting, so it is set only when it changes, and then that refresh does.
  const labelThreshold = shown.nodes.size <= LABEL_ALL_UP_TO ? 0 : 6 * sizeScale;
  const settingChanged = renderer.getSetting('labelRenderedSizeThreshold') !== labelThreshold;
  if (settingChanged) renderer.setSetting('labelRenderedSizeThreshold', labelThreshold);
  // Only what changed visibility is processed again when nothing else of the picture moved: colours,
  // sizes, the focus (its neighbourhood follows the edges), the kind of edges drawn.
  const onlyVisibility = before.colourBy === 'label' && view.colourBy === 'label' && before.sizedFor === sizedFor && before.sizeBy === view.sizeBy && !before.focused && focus === null && before.thin === thin;
  if (settingChanged) {
    // setSetting has scheduled the full refresh.
  } else if (onlyVisibility) {
    renderer.refresh({ partialGraph: { nodes: changed(before.shown.nodes, shown.nodes), edges: changed(before.shown.edges, shown.edges) } });
  } else renderer.refresh();
  $('#counts').textContent = t('counts', { nodes: shown.nodes.size, edges: shown.edges.size });
  $('#counts').dataset.nodes = String(shown.nodes.size);
  $('#counts').dataset.edges = String(shown.edges.size);
  renderLegend();
  renderStats();
  renderEmptyState();
  renderEgoBar();
  saveUrl();
}

let drawnSizeBy: UrlState['sizeBy'] = 'degree';

/** What is in one set and not the other. */
function changed(a: Set<string>, b: Set<string>): string[] {
  const out: string[] = [];
  for (const x of a) if (!b.has(x)) out.push(x);
  for (const x of b) if (!a.has(x)) out.push(x);
  return out;
}

/**
 * Thousands of discs at full size bury each other (and cost a software renderer dearly): sizes are
 * scaled so that all the graph's discs cover a fifth of the stage at most. Computed when the graph
 * grows, not per filter, so that filtering does not resize what stays.
 */
let sizedFor = 0;
function resizeNodes(): void {
  if (sizedFor === graph.order) return;
  sizedFor = graph.order;
  let cover = 0;
  graph.forEachNode((_id, { size }) => (cover += Math.PI * size ** 2));
  const stage = $('#graph').clientWidth * $('#graph').clientHeight;
  sizeScale = cover > 0 ? Math.min(1, Math.sqrt((NODE_COVER * stage) / cover)) : 1;
}

function renderLegend(): void {
  const perLabel = labelCounts(graph, shown);
  const checkbox = (hidden: string[], value: string, text: string, group: string, extra = '') =>
    `<label${extra}><input type="checkbox" data-group="${group}" value="${value}" ${hidden.includes(value) ? '' : 'checked'} /> ${text}</label>`;
  $('#label-filters').innerHTML = LABELS.map((l) =>
    checkbox(view.hiddenLabels, l, `<span class="swatch" style="--swatch:${COLORS[l]}"></span>${t(`label_${l}`)} <span class="count" data-testid="count-${l}">${perLabel[l]!.shown}/${perLabel[l]!.total}</span>`, 'label'),
  ).join('');
  const perType = new Map<string, number>();
  for (const edge of shown.edges) perType.set(graph.getEdgeAttribute(edge, 'relType'), (perType.get(graph.getEdgeAttribute(edge, 'relType')) ?? 0) + 1);
  $('#type-filters').innerHTML = RELATIONSHIP_TYPES.map((r) => checkbox(view.hiddenTypes, r, `${t(`rel_${r}`)} <span class="count">${perType.get(r) ?? 0}</span>`, 'type', ` title="${r}"`)).join('');
  const groupName = (name: string) =>
    view.colourBy === 'level' ? (name ? t(`level_${name}`) : t('noValue')) : view.colourBy === 'community' ? t('community', { n: name }) : name === '…' ? t('others') : name || t('noValue');
  $('#groups').innerHTML =
    view.colourBy === 'label' ? '' : colours.groups.slice(0, 10).map((g) => `<li><span class="swatch" style="--swatch:${g.colour}"></span>${escape(groupName(g.name))} <span class="count">${g.nodes}</span></li>`).join('');
}

function renderStats(): void {
  const box = $<HTMLDetailsElement>('#stats-box');
  if (!box.open) return;
  const n = shown.nodes.size;
  const density = n > 1 ? (2 * shown.edges.size) / (n * (n - 1)) : 0;
  const groups = view.colourBy === 'community' ? colours.groups.length : new Set(communities(graph, shown).values()).size;
  const top = topByDegree(graph, shown, 8).map(({ id, degree }) => `<li>${nodeLink(id, graph.getNodeAttribute(id, 'label'))} <span class="count">${degree}</span></li>`);
  $('#stats').innerHTML = `<p data-testid="stats-line">${t('statsLine', { communities: groups, density: density.toFixed(4) })}</p><h3>${t('mostConnected')}</h3><ol>${top.join('')}</ol>`;
}

function renderEmptyState(): void {
  const empty = $('#empty');
  if (graph.order === 0 && overviewLoaded) empty.innerHTML = `<p>${escape(t('emptyGraph'))}</p>`;
  else if (graph.order > 0 && shown.nodes.size === 0) empty.innerHTML = `<p>${t('allFiltered')}</p><button type="button" data-action="reset">${t('reset')}</button>`;
  else return void (empty.hidden = true);
  empty.hidden = false;
}

function renderEgoBar(): void {
  const bar = $('#ego-bar');
  bar.hidden = !view.ego;
  if (!view.ego) return;
  const name = graph.hasNode(view.ego.center) ? graph.getNodeAttribute(view.ego.center, 'label') : view.ego.center;
  bar.innerHTML = `${t('egoOn', { name, depth: view.ego.depth })} <button type="button" data-action="show-all" data-testid="show-all">${t('showAll')}</button>`;
}

function renderStaticText(): void {
  document.documentElement.lang = view.lang;
  document.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => (el.textContent = t(el.dataset.i18n!)));
  document.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]').forEach((el) => (el.placeholder = t(el.dataset.i18nPlaceholder!)));
  document.querySelectorAll<HTMLElement>('[data-i18n-title]').forEach((el) => {
    el.title = t(el.dataset.i18nTitle!);
    el.setAttribute('aria-label', el.title);
  });
  document.querySelectorAll<HTMLElement>('[data-i18n-aria]').forEach((el) => el.setAttribute('aria-label', t(el.dataset.i18nAria!)));
  $('#lang').textContent = view.lang === 'vi' ? 'English' : 'Tiếng Việt';
  $('#layout').textContent = layout?.isRunning() ? t('layoutStop') : t('layoutStart');
  $('#colour-by').innerHTML = COLOUR_BY.map((c) => `<option value="${c}" ${c === view.colourBy ? 'selected' : ''}>${t(`colour_${c}`)}</option>`).join('');
  $('#size-by').innerHTML = (['degree', 'uniform'] as const).map((c) => `<option value="${c}" ${c === view.sizeBy ? 'selected' : ''}>${t(`size_${c}`)}</option>`).join('');
  years.render(view, view.lang);
}

// ---- the side panel: the latest request wins
let panelJob = 0;
let panelBusy = 0;
async function showPanel(make: () => Promise<string | null>, missing: string, again: () => void): Promise<void> {
  const job = ++panelJob;
  const panel = $('#panel');
  panel.setAttribute('aria-busy', 'true');
  panelBusy += 1;
  try {
    const html = await make();
    if (job !== panelJob) return;
    panel.innerHTML = html ?? `<p class="empty" data-testid="not-found">${escape(missing)}</p>`;
  } catch (error) {
    // A request overtaken by a newer one fails quietly: its panel is not shown anyway.
    if (job === panelJob) {
      panel.innerHTML = '';
      showError(error, again);
    }
  } finally {
    panelBusy -= 1;
    if (job === panelJob) panel.removeAttribute('aria-busy');
  }
}

function renderPanel(): Promise<void> {
  const panel = $('#panel');
  panel.dataset.selected = view.node ?? '';
  if (view.node) {
    const id = view.node;
    return showPanel(() => panelFor(graph, id, context()), t('nodeNotFound', { id }), () => void renderPanel());
  }
  if (view.edge) {
    const key = view.edge;
    return showPanel(() => edgePanel(graph, key, context()), t('edgeNotFound'), () => void renderPanel());
  }
  if (view.article) {
    const id = view.article;
    return showPanel(() => articlePanel(id, context()), t('articleNotFound', { id }), () => void renderPanel());
  }
  if (view.office) {
    const title = view.office;
    const at = view.at ?? rangeEnd(context());
    return showPanel(() => officeAnswer(title, at), t('notFound', { title }), () => void renderPanel());
  }
  panel.innerHTML = `<p class="empty" data-testid="start-hint">${t('startHint')}</p>`;
  return Promise.resolve();
}

/** The holders of an office typed in any spelling: the exact title, else the office search finds first. */
async function officeAnswer(title: string, at: string | null): Promise<string> {
  const direct = await api.holders(title, null, at);
  if (direct) return holdersOf(title, direct, at, context());
  const [best] = (await api.search(title, 'Position'))?.results ?? [];
  return best ? holdersHtml(best.name, null, at, context()) : holdersOf(title, null, at, context());
}

// ---- what the user does
type Selection = Partial<Pick<UrlState, 'node' | 'edge' | 'article' | 'office' | 'at'>>;

/** Select a node, a relationship, an article or an office query: a step Back can undo. */
async function choose(selection: Selection, { centre = false } = {}): Promise<void> {
  view = { ...view, node: null, edge: null, article: null, office: null, at: null, ...selection };
  saveUrl(true);
  if (view.node && !graph.hasNode(view.node)) {
    await fetchAround(view.node);
    recompute();
  } else redraw();
  if (centre && view.node) centreOn(view.node);
  await renderPanel();
}

async function fetchAround(id: string): Promise<void> {
  try {
    const around = await api.neighborhood(id, 1);
    if (around) {
      mergeSubgraph(graph, around, null);
      years.setHistogram(yearHistogram(graph));
    }
  } catch (error) {
    showError(error, () => void fetchAround(id).then(recompute));
  }
}

/** The nodes a link names that the graph has not loaded: the selection, the neighbourhood's centre. */
async function fetchLinked(): Promise<void> {
  for (const id of [view.node, view.ego?.center]) if (id && !graph.hasNode(id)) await fetchAround(id);
}

function centreOn(id: string): void {
  const position = renderer.getNodeDisplayData(id);
  if (position) animateCamera(renderer.getCamera().animate({ x: position.x, y: position.y, ratio: Math.min(renderer.getCamera().ratio, 0.5) }, { duration: 400 }));
}

async function expand(id: string): Promise<void> {
  try {
    const around = await api.neighborhood(id, 1);
    if (!around) return;
    // New nodes around the one expanded, a little away from it (a fortieth of the graph's width).
    const { x, y } = graph.getNodeAttributes(id);
    mergeSubgraph(graph, around, { x, y, radius: graphExtent() / 40 });
    years.setHistogram(yearHistogram(graph));
    recompute();
  } catch (error) {
    showError(error, () => void expand(id));
  }
}

function graphExtent(): number {
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  graph.forEachNode((_id, { x, y }) => {
    [minX, maxX, minY, maxY] = [Math.min(minX, x), Math.max(maxX, x), Math.min(minY, y), Math.max(maxY, y)];
  });
  return Number.isFinite(minX) ? Math.max(maxX - minX, maxY - minY, 1) : 1;
}

/** Lay out for a few seconds (ForceAtlas2 in a worker), then push overlapping nodes apart. */
let layoutTimer: ReturnType<typeof setTimeout> | undefined;
function runLayout(then: () => void = () => {}): void {
  clearTimeout(layoutTimer);
  layout?.kill();
  const setting = (id: string) => $<HTMLInputElement>(id);
  layout = new FA2Layout(graph, {
    settings: {
      ...inferSettings(graph),
      adjustSizes: false,
      scalingRatio: Number(setting('#fa2-scaling').value),
      gravity: Number(setting('#fa2-gravity').value),
      linLogMode: setting('#fa2-linlog').checked,
      barnesHutOptimize: graph.order > 500,
    },
  });
  layout.start();
  $('#layout').textContent = t('layoutStop');
  layoutTimer = setTimeout(() => {
    stopLayout();
    then();
  }, LAYOUT_MS);
}

function stopLayout(): void {
  clearTimeout(layoutTimer);
  if (!layout?.isRunning()) return;
  layout.stop();
  $('#layout').textContent = t('layoutStart');
  if (graph.order <= NOVERLAP_UP_TO) {
    // Sizes are screen pixels, positions graph units: noverlap needs both in one unit.
    const unitsPerPixel = graphExtent() / Math.max(1, Math.min($('#graph').clientWidth, $('#graph').clientHeight));
    noverlap.assign(graph, { maxIterations: 60, inputReducer: (_key, a) => ({ x: a.x, y: a.y, size: (a.size ?? 1) * unitsPerPixel }), settings: { margin: 4 * unitsPerPixel, ratio: 1.2 } });
  }
  document.body.dataset.layout = 'done';
}

/** The camera the URL asks for, else the selection, else the whole graph. */
function placeCamera(): void {
  if (view.camera) renderer.getCamera().setState(view.camera);
  else if (view.node && graph.hasNode(view.node)) centreOn(view.node);
  else animateCamera(renderer.getCamera().animatedReset({ duration: 200 }));
}

function download(name: string, type: string, content: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([content], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** The current view as a graph of visible nodes and edges only. */
function currentSubgraph() {
  const copy = createGraph();
  graph.forEachNode((id, attributes) => {
    if (shown.nodes.has(id)) copy.addNode(id, attributes);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (shown.edges.has(edge)) copy.addEdgeWithKey(edge, source, target, attributes);
  });
  return copy;
}

function resetView(): void {
  years.stop();
  view = { ...view, hiddenLabels: [], hiddenTypes: [], hiddenNodes: [], fromYear: null, toYear: null, ego: null, colourBy: 'label', camera: null };
  renderStaticText();
  recompute();
  animateCamera(renderer.getCamera().animatedReset());
}

const years = timeRangeControl(
  { histogram: $('#histogram'), from: $('#from-year'), to: $('#to-year'), label: $('#years-label'), play: $('#play') },
  (range) => {
    view = { ...view, ...range };
    recompute();
    // Dated lists follow the years: the panel of a person or office is asked again.
    if ((view.node || view.office) && !years.playing()) void renderPanel();
  },
  () => view.lang,
);

function wireControls(): void {
  activity.onChange = (busy) => void ($('#loading').hidden = !busy);
  $('#lang').onclick = () => {
    view = { ...view, lang: view.lang === 'vi' ? 'en' : 'vi' };
    renderStaticText();
    recompute();
    void renderPanel();
  };
  $('#controls').addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    const toggle = (list: string[], value: string, on: boolean) => (on ? list.filter((v) => v !== value) : [...list, value]);
    if (input.dataset.group === 'label') view = { ...view, hiddenLabels: toggle(view.hiddenLabels, input.value, input.checked) };
    else if (input.dataset.group === 'type') view = { ...view, hiddenTypes: toggle(view.hiddenTypes, input.value, input.checked) };
    else if (input.id === 'colour-by') view = { ...view, colourBy: input.value as UrlState['colourBy'] };
    else if (input.id === 'size-by') view = { ...view, sizeBy: input.value as UrlState['sizeBy'] };
    else return;
    recompute();
  });
  $('#stats-box').addEventListener('toggle', renderStats);
  $('#layout').onclick = () => (layout?.isRunning() ? stopLayout() : runLayout());
  $('#reset').onclick = resetView;
  // The export helper is typed for untyped graphs; ours has typed attributes.
  $('#png').onclick = () => void downloadAsPNG(renderer as unknown as Sigma, { fileName: 'graph', backgroundColor: '#ffffff' });
  $('#gexf').onclick = () => download('graph.gexf', 'application/gexf+xml', writeGexf(currentSubgraph()));
  $('#json').onclick = () => download('graph.json', 'application/json', JSON.stringify(currentSubgraph().export()));
  const camera = renderer.getCamera();
  $('#zoom-in').onclick = () => animateCamera(camera.animatedZoom({ duration: 200 }));
  $('#zoom-out').onclick = () => animateCamera(camera.animatedUnzoom({ duration: 200 }));
  $('#fit').onclick = () => animateCamera(camera.animatedReset({ duration: 200 }));
  $('#fullscreen').onclick = () => void (document.fullscreenElement ? document.exitFullscreen() : $('#stage').requestFullscreen());
  // The view knows the camera at once; the URL is written once it rests.
  let cameraTimer: ReturnType<typeof setTimeout> | undefined;
  camera.on('updated', (state) => {
    view = { ...view, camera: { x: state.x, y: state.y, ratio: state.ratio } };
    clearTimeout(cameraTimer);
    cameraTimer = setTimeout(() => saveUrl(), 300);
  });

  // Links and buttons in the panel, the banners and the statistics.
  document.body.addEventListener('click', (event) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-node], [data-edge], [data-article], [data-action]');
    if (!target || target.tagName === 'INPUT' || target.closest('#controls label')) return;
    const { node, edge, article, action } = target.dataset;
    if (node || edge || article) event.preventDefault();
    if (node) return void choose({ node }, { centre: true });
    if (edge) return void choose({ edge });
    if (article) return void choose({ article });
    const id = $('#panel').dataset.selected;
    if (action === 'expand' && id) void expand(id);
    if (action === 'hide' && id) {
      view = { ...view, hiddenNodes: [...view.hiddenNodes, id] };
      recompute();
    }
    if ((action === 'ego1' || action === 'ego2') && id) {
      view = { ...view, ego: { center: id, depth: action === 'ego2' ? 2 : 1 } };
      recompute();
    }
    if (action === 'show-all') {
      view = { ...view, ego: null };
      recompute();
    }
    if (action === 'reset') resetView();
    if (action === 'dismiss') $('#error').hidden = true;
    if (action === 'retry') {
      $('#error').hidden = true;
      if (retry) retry();
      else location.reload();
    }
  });
  $<HTMLFormElement>('#holders-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    void choose({ office: String(form.get('title')).trim(), at: String(form.get('at') || '') || null });
  });
  attachSearch($<HTMLInputElement>('#office-title'), $<HTMLUListElement>('#office-results'), {
    lang: () => view.lang,
    label: 'Position',
    onChoose: (hit) => void choose({ office: hit.name, at: String(new FormData($<HTMLFormElement>('#holders-form')).get('at') || '') || null }),
    onError: (error) => showError(error),
  });
  attachSearch($<HTMLInputElement>('#search'), $<HTMLUListElement>('#search-results'), {
    lang: () => view.lang,
    onChoose: (hit) => void choose({ node: hit.id }, { centre: true }),
    onError: (error) => showError(error),
  });

  renderer.on('clickNode', ({ node }) => void choose({ node }));
  renderer.on('clickStage', () => {
    if (view.node || view.edge) void choose({});
  });
  renderer.on('doubleClickNode', (event) => {
    event.preventSigmaDefault();
    void expand(event.node);
  });
  // Not while the mouse drags the stage: the nodes it passes over are not being pointed at.
  const dragging = () => renderer.getMouseCaptor().isMouseDown;
  // A node is brought forward once the mouse rests on it, not for each node it passes over.
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  renderer.on('enterNode', ({ node }) => {
    clearTimeout(hoverTimer);
    if (dragging()) return;
    hoverTimer = setTimeout(() => {
      hovered = node;
      redraw();
    }, HOVER_REST_MS);
  });
  renderer.on('leaveNode', () => {
    clearTimeout(hoverTimer);
    if (hovered === null) return;
    hovered = null;
    redraw();
  });
  renderer.on('clickEdge', ({ edge }) => void choose({ edge }));
  renderer.on('enterEdge', ({ edge, event }) => {
    if (dragging()) return;
    hoveredEdge = edge;
    const { relType, props } = graph.getEdgeAttributes(edge);
    const tip = $('#edge-tip');
    const detail = [props.status ? t(`status_${String(props.status)}`) : '', props.role ? t(`role_${String(props.role)}`) : '', String(props.asOf ?? props.date ?? '')].filter(Boolean).join(' · ');
    tip.textContent = `${t(`rel_${relType}`)}${detail ? ` — ${detail}` : ''}`;
    // Sigma's coordinates are the stage's; the tip is placed in the page's.
    const mouse = event.original as MouseEvent;
    tip.style.left = `${mouse.clientX + 12}px`;
    tip.style.top = `${mouse.clientY + 12}px`;
    tip.hidden = false;
    renderer.refresh();
  });
  renderer.on('leaveEdge', () => {
    if (hoveredEdge === null) return;
    hoveredEdge = null;
    $('#edge-tip').hidden = true;
    renderer.refresh();
  });

  // Back and Forward: the URL is the view.
  window.addEventListener('popstate', () => {
    years.stop();
    view = readUrlState(location.hash);
    // Every control shows the view stepped back to (language, colouring, size, years).
    renderStaticText();
    void (async () => {
      await fetchLinked();
      recompute();
      if (view.camera) renderer.getCamera().setState(view.camera);
      else if (view.node) centreOn(view.node);
      await renderPanel();
    })();
  });
}

/** Resolves when nothing is pending: no request, no panel being made, no frame scheduled, the camera at rest (for benchmarks and tests). */
function settled(): Promise<void> {
  const internals = renderer as unknown as { renderFrame: number | null };
  return new Promise((resolve) => {
    const check = () => ($('#loading').hidden && panelBusy === 0 && !internals.renderFrame && !renderer.getCamera().isAnimated() ? resolve() : requestAnimationFrame(check));
    requestAnimationFrame(check);
  });
}

async function start(): Promise<void> {
  wireControls();
  renderStaticText();
  try {
    const overview = await api.overview(view.top ?? 300);
    if (overview) mergeSubgraph(graph, overview, null);
    overviewLoaded = true;
    years.setHistogram(yearHistogram(graph));
    await fetchLinked();
    recompute();
    // The camera goes where the link says once the layout has moved the nodes, not before.
    runLayout(placeCamera);
  } catch (error) {
    showError(error);
  }
  await renderPanel();
  // For benchmarks and debugging from the console: the renderer and graph, when the first frame came,
  // the frames shown so far, how a drag is drawn, and a promise that the page has settled.
  Object.assign(window, { kgViewer: { renderer, graph, firstRenderMs: performance.now(), frames: () => frames, panMode, webglRenderer, settled } });
  document.body.dataset.ready = 'true';
  renderEmptyState();
}

void start();
