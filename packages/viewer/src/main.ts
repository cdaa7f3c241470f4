/**
 * The viewer: Sigma.js over the graph API. Opens on the most connected part of the graph; search,
 * click for the side panel, double-click (or Expand) to grow the view, filters and a time slider,
 * exports; the URL keeps the view so it can be shared.
 */
import { downloadAsPNG } from '@sigma/export-image';
import { write as writeGexf } from 'graphology-gexf/browser';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import Sigma from 'sigma';

import { activity, api, ApiUnreachable } from './api.js';
import { COLORS, createGraph, datesOf, edgeVisible, emptyFilters, LABELS, mergeSubgraph, nodeVisible, RELATIONSHIP_TYPES, visibleCounts } from './graph-model.js';
import { translate, type Lang } from './i18n.js';
import { isSoftwareRenderer, panAsPicture, webglRendererName } from './pan-picture.js';
import { holdersHtml, panelFor } from './panel.js';
import { FlatEdgeRectangleProgram, FlatNodeCircleProgram } from './programs.js';
import { attachSearch } from './search.js';
import { readUrlState, writeUrlState } from './url-state.js';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector(selector) as T;
const initial = readUrlState(location.hash);
let lang: Lang = initial.lang;
const t = (key: string, values?: Record<string, string | number>) => translate(lang, key, values);

const graph = createGraph();
const filters = emptyFilters();
initial.hiddenLabels.forEach((l) => filters.hiddenLabels.add(l));
initial.hiddenTypes.forEach((r) => filters.hiddenTypes.add(r));
filters.asOf = initial.asOf;
let selected: string | null = initial.node;
let dates: string[] = [];

const renderer = new Sigma(graph, $('#graph'), {
  labelDensity: 0.6,
  labelGridCellSize: 80,
  labelRenderedSizeThreshold: 6,
  zIndex: true,
  nodeProgramClasses: { circle: FlatNodeCircleProgram },
  edgeProgramClasses: { line: FlatEdgeRectangleProgram },
  // Large graphs stay fluid while panning: edges and labels are drawn again when the camera rests.
  hideEdgesOnMove: true,
  hideLabelsOnMove: true,
  nodeReducer: (id, data) => (nodeVisible(graph, id, filters) ? { ...data, highlighted: id === selected, zIndex: id === selected ? 1 : 0 } : { ...data, hidden: true }),
  edgeReducer: (edge, data) => (edgeVisible(graph, edge, filters) ? data : { ...data, hidden: true }),
});
// While the camera moves Sigma leaves these layers blank (the settings above); hidden, the browser
// need not composite them, which in software compositing is a good part of each frame.
const blankWhileMoving = ['edges', 'edgeLabels', 'labels', 'hovers', 'hoverNodes'].map((layer) => renderer.getCanvases()[layer]!);
renderer.on('beforeRender', () => {
  // Sigma's own test for "moving" (Sigma.render).
  const captor = renderer.getMouseCaptor();
  const moving = renderer.getCamera().isAnimated() || captor.isMoving || captor.draggedEvents > 0 || captor.currentWheelDirection !== 0;
  for (const canvas of blankWhileMoving) canvas.style.visibility = moving ? 'hidden' : '';
});
// Frames shown: Sigma's own, and those in which a dragged picture moved (software WebGL only).
let frames = 0;
renderer.on('afterRender', () => (frames += 1));
const webglRenderer = webglRendererName(renderer.getCanvases().nodes!);
const panMode = isSoftwareRenderer(webglRenderer) ? 'picture' : 'redraw';
if (panMode === 'picture') panAsPicture(renderer, () => (frames += 1));
const layout = new FA2Layout(graph, { settings: { gravity: 1, scalingRatio: 8, slowDown: 5, barnesHutOptimize: true } });

function showError(error: unknown): void {
  if (!(error instanceof ApiUnreachable)) console.error(error);
  const banner = $('#error');
  banner.innerHTML = `${t('apiDown')} <button type="button">${t('retry')}</button>`;
  banner.hidden = false;
  banner.querySelector('button')!.onclick = () => location.reload();
}

function saveUrl(): void {
  history.replaceState(null, '', writeUrlState({ node: selected, asOf: filters.asOf, hiddenLabels: [...filters.hiddenLabels], hiddenTypes: [...filters.hiddenTypes], lang, top: initial.top }));
}

function refresh(): void {
  renderer.refresh();
  const counts = visibleCounts(graph, filters);
  $('#counts').textContent = t('counts', counts);
  $('#counts').dataset.edges = String(counts.edges);
  $('#counts').dataset.nodes = String(counts.nodes);
  saveUrl();
}

function renderTimeSlider(): void {
  dates = datesOf(graph);
  const slider = $<HTMLInputElement>('#time');
  slider.max = String(dates.length); // the last stop is "all dates"
  const index = filters.asOf ? dates.findIndex((d) => d >= filters.asOf!) : -1;
  slider.value = String(index >= 0 ? index : dates.length);
  $('#time-label').textContent = filters.asOf ?? t('allDates');
}

function renderStaticText(): void {
  document.documentElement.lang = lang;
  document.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => (el.textContent = t(el.dataset.i18n!)));
  document.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]').forEach((el) => (el.placeholder = t(el.dataset.i18nPlaceholder!)));
  $('#lang').textContent = lang === 'vi' ? 'English' : 'Tiếng Việt';
  $('#layout').textContent = layout.isRunning() ? t('layoutStop') : t('layoutStart');
  $('#legend').innerHTML = LABELS.map((l) => `<li style="--swatch:${COLORS[l]}">${t(`label_${l}`)}</li>`).join('');
  const checkbox = (set: Set<string>, value: string, text: string, group: string) =>
    `<label><input type="checkbox" data-group="${group}" value="${value}" ${set.has(value) ? '' : 'checked'} /> ${text}</label>`;
  $('#label-filters').innerHTML = LABELS.map((l) => checkbox(filters.hiddenLabels, l, t(`label_${l}`), 'label')).join('');
  $('#type-filters').innerHTML = RELATIONSHIP_TYPES.map((r) => checkbox(filters.hiddenTypes, r, r, 'type')).join('');
  renderTimeSlider();
  refresh();
}

async function select(id: string, center = true): Promise<void> {
  try {
    if (!graph.hasNode(id)) {
      const around = await api.neighborhood(id, 1);
      if (around) mergeSubgraph(graph, around, null);
      renderTimeSlider();
    }
    if (!graph.hasNode(id)) return;
    selected = id;
    refresh();
    if (center) {
      const position = renderer.getNodeDisplayData(id);
      if (position) await renderer.getCamera().animate({ x: position.x, y: position.y, ratio: 0.5 }, { duration: 400 });
    }
    const panel = $('#panel');
    panel.innerHTML = await panelFor(graph, id, lang);
    panel.dataset.node = id;
  } catch (error) {
    showError(error);
  }
}

async function expand(id: string): Promise<void> {
  try {
    const around = await api.neighborhood(id, 1);
    if (!around) return;
    const { x, y } = graph.getNodeAttributes(id);
    mergeSubgraph(graph, around, { x, y });
    renderTimeSlider();
    refresh();
  } catch (error) {
    showError(error);
  }
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
  const view = createGraph();
  graph.forEachNode((id, attributes) => {
    if (nodeVisible(graph, id, filters)) view.addNode(id, attributes);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (edgeVisible(graph, edge, filters)) view.addEdgeWithKey(edge, source, target, attributes);
  });
  return view;
}

function wireControls(): void {
  activity.onChange = (busy) => void ($('#loading').hidden = !busy);
  $('#lang').onclick = () => {
    lang = lang === 'vi' ? 'en' : 'vi';
    renderStaticText();
    if (selected) void select(selected, false);
  };
  $('#controls').addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.dataset.group === 'label') (input.checked ? filters.hiddenLabels.delete(input.value) : filters.hiddenLabels.add(input.value));
    if (input.dataset.group === 'type') (input.checked ? filters.hiddenTypes.delete(input.value) : filters.hiddenTypes.add(input.value));
    refresh();
  });
  $<HTMLInputElement>('#time').addEventListener('input', (event) => {
    const index = Number((event.target as HTMLInputElement).value);
    filters.asOf = index >= dates.length ? null : dates[index]!;
    $('#time-label').textContent = filters.asOf ?? t('allDates');
    refresh();
  });
  $('#layout').onclick = () => {
    if (layout.isRunning()) layout.stop();
    else layout.start();
    $('#layout').textContent = layout.isRunning() ? t('layoutStop') : t('layoutStart');
  };
  $('#reset').onclick = () => {
    filters.hiddenLabels.clear();
    filters.hiddenTypes.clear();
    filters.hiddenNodes.clear();
    filters.asOf = null;
    selected = null;
    $('#panel').innerHTML = '';
    renderStaticText();
    void renderer.getCamera().animatedReset();
  };
  // The export helper is typed for untyped graphs; ours has typed attributes.
  $('#png').onclick = () => void downloadAsPNG(renderer as unknown as Sigma, { fileName: 'graph', backgroundColor: '#ffffff' });
  $('#gexf').onclick = () => download('graph.gexf', 'application/gexf+xml', writeGexf(currentSubgraph()));
  $('#json').onclick = () => download('graph.json', 'application/json', JSON.stringify(currentSubgraph().export()));
  $('#panel').addEventListener('click', (event) => {
    const action = (event.target as HTMLElement).dataset.action;
    const id = $('#panel').dataset.node;
    if (!action || !id) return;
    if (action === 'expand') void expand(id);
    if (action === 'hide') {
      filters.hiddenNodes.add(id);
      refresh();
    }
  });
  $<HTMLFormElement>('#holders-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    try {
      $('#panel').innerHTML = await holdersHtml(String(form.get('title')), null, String(form.get('at') || '') || null, lang);
      delete $('#panel').dataset.node;
    } catch (error) {
      showError(error);
    }
  });
  renderer.on('clickNode', ({ node }) => void select(node, false));
  renderer.on('doubleClickNode', (event) => {
    event.preventSigmaDefault();
    void expand(event.node);
  });
  attachSearch($<HTMLInputElement>('#search'), $<HTMLUListElement>('#search-results'), () => lang, (id) => void select(id));
}

async function start(): Promise<void> {
  wireControls();
  renderStaticText();
  try {
    const overview = await api.overview(initial.top ?? 300);
    if (overview) mergeSubgraph(graph, overview, null);
    renderStaticText();
    layout.start();
    $('#layout').textContent = t('layoutStop');
    // A few seconds of layout is enough for a first picture; the button runs it again.
    setTimeout(() => {
      layout.stop();
      $('#layout').textContent = t('layoutStart');
    }, 4000);
    if (selected) await select(selected);
  } catch (error) {
    showError(error);
  }
  // For benchmarks and debugging from the console: the renderer and graph, when the first frame came,
  // the frames shown so far and how a drag is drawn.
  Object.assign(window, { kgViewer: { renderer, graph, firstRenderMs: performance.now(), frames: () => frames, panMode, webglRenderer } });
  document.body.dataset.ready = 'true';
}

void start();
