/**
 * pnpm bench viewer [--articles 1450] [--tries 5]
 * The viewer in headless Debian Chromium on a generated graph of about 11k nodes, 10k of them (and about
 * 50k edges) on the first screen: time to first render (navigation to the first drawn frame with the graph),
 * then, as a user does them, the medians over several tries of: selecting a node with the mouse
 * (until its panel is filled and the highlighted frame drawn), toggling a node type in the legend
 * (until the frame is drawn), expanding the selected node from its panel (until the grown graph is
 * drawn), and frames per second while panning with the mouse (layout stopped). Prints the WebGL renderer in use
 * (with --disable-gpu it is SwiftShader, i.e. software rendering) and how the viewer draws a drag:
 * `picture` on software renderers (the last frame moves, see packages/viewer/src/pan-picture.ts),
 * `redraw` otherwise (Sigma draws every frame, edges and labels hidden while moving). Frames are the
 * frames in which the view changed: Sigma's, or the picture's moves.
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { chromium } from 'playwright-core';
import { build } from 'vite';

import { createApp } from '../packages/graph-api/src/index.js';
import { EmbeddedStore, syntheticGraph } from '../packages/store/src/index.js';

const { values } = parseArgs({ args: process.argv.slice(3), options: { articles: { type: 'string', default: '1450' }, tries: { type: 'string', default: '5' } } });
const tries = Number(values.tries);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const viewer = join(import.meta.dirname, '..', 'packages', 'viewer');
await build({ root: viewer, logLevel: 'warn', configFile: join(viewer, 'vite.config.ts') });

const store = EmbeddedStore.fromRecords(syntheticGraph({ articles: Number(values.articles), officesPerPerson: 5, eventsPerPerson: 4 }));
const counts = await store.counts();
const nodes = Object.entries(counts).reduce((sum, [label, n]) => sum + (label === 'Article' ? 0 : n), 0);
const server = createApp({ store, viewerDir: join(viewer, 'dist') }).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
// Ten thousand nodes on the first screen, from a graph of more: an expansion has nodes to bring in.
const ON_SCREEN = 10_000;
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/#top=${Math.min(ON_SCREEN, nodes)}`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto(url);
await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
// Page code as strings: tsx would wrap functions with a helper the page does not have.
const firstRender = (await page.evaluate('window.kgViewer.firstRenderMs')) as number;
const shown = (await page.evaluate(`({ nodes: document.querySelector('[data-testid="visible-counts"]').dataset.nodes,
  edges: document.querySelector('[data-testid="visible-counts"]').dataset.edges })`)) as { nodes: string; edges: string };
const { webglRenderer, panMode } = (await page.evaluate('({ webglRenderer: window.kgViewer.webglRenderer, panMode: window.kgViewer.panMode })')) as { webglRenderer: string | null; panMode: string };
await page.waitForSelector('body[data-layout="done"]', { timeout: 120_000 }); // the first layout run stops itself after 4 s
await page.waitForTimeout(500);
const box = (await page.locator('[data-testid="graph"]').boundingBox())!;
/** Milliseconds from an action until the page has settled: no request pending, panel made, frame drawn. */
async function timed(action: () => Promise<unknown>): Promise<number> {
  const started = Date.now();
  await action();
  await page.evaluate('window.kgViewer.settled()');
  return Date.now() - started;
}
// A person well inside the stage, a different one each try; where it is drawn is read each time, as
// an expansion reframes the graph.
const target = async (n: number) => (await page.evaluate(`(() => {
  const r = window.kgViewer.renderer, g = window.kgViewer.graph;
  const inside = g.filterNodes((id, a) => a.kind === 'Person').map((id) => ({ id, ...r.framedGraphToViewport(r.getNodeDisplayData(id)) }))
    .filter((p) => p.x > 50 && p.y > 50 && p.x < ${box.width - 50} && p.y < ${box.height - 50});
  return inside[(${n} * 97) % inside.length];
})()`)) as { id: string; x: number; y: number };
/** A node inside the stage with neighbours the first screen left out, a different one each try. */
const withMore = async (n: number) => (await page.evaluate(`(async () => {
  const r = window.kgViewer.renderer, g = window.kgViewer.graph;
  const inside = g.filterNodes(() => true).map((id) => ({ id, ...r.framedGraphToViewport(r.getNodeDisplayData(id)) }))
    .filter((p) => p.x > 50 && p.y > 50 && p.x < ${box.width - 50} && p.y < ${box.height - 50});
  let found = 0;
  for (let i = 0; i < inside.length; i += 7) {
    const detail = await (await fetch('/api/nodes/' + encodeURIComponent(inside[i].id))).json();
    const degree = Object.values(detail.degree).reduce((a, b) => a + b, 0);
    if (degree > g.degree(inside[i].id) && found++ === ${n}) return inside[i];
  }
  return inside[0];
})()`)) as { id: string; x: number; y: number };
const selectMs: number[] = [];
const filterMs: number[] = [];
const expandMs: number[] = [];
const expandAdded: number[] = [];
const onScreen = async () => Number(await page.evaluate(`document.querySelector('[data-testid="visible-counts"]').dataset.nodes`));
for (let n = 0; n < tries; n++) {
  // Each try from the whole graph in view, and clicks further apart than a double click.
  await page.evaluate('window.kgViewer.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 })');
  await page.evaluate('window.kgViewer.settled()');
  await page.waitForTimeout(400);
  // The filter with nothing selected, the whole graph drawn (a selection draws only its edges).
  filterMs.push(await timed(() => page.click('[data-testid="label-filters"] input[value="Event"]')));
  filterMs.push(await timed(() => page.click('[data-testid="label-filters"] input[value="Event"]')));
  await page.mouse.move(box.x + 2, box.y + 2);
  await page.waitForTimeout(400);
  const person = await target(n);
  selectMs.push(await timed(() => page.mouse.click(box.x + person.x, box.y + person.y)));
  // Expand a node with neighbours not on screen yet (the API's degree is larger than the screen's).
  const more = await withMore(n);
  await page.waitForTimeout(400);
  await timed(() => page.mouse.click(box.x + more.x, box.y + more.y));
  const before = await onScreen();
  expandMs.push(await timed(() => page.click('[data-testid="panel"] [data-testid="expand"]')));
  expandAdded.push((await onScreen()) - before);
  await page.waitForTimeout(400);
  await page.mouse.click(box.x + 2, box.y + 2); // back to no selection (a corner of the stage: no node there)
  await page.evaluate('window.kgViewer.settled()');
}
// Pan as a user does: drag the canvas with the mouse for 5 s, counting the frames shown.
const framesBefore = (await page.evaluate('window.kgViewer.frames()')) as number;
const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
await page.mouse.move(centre.x, centre.y);
await page.mouse.down();
const panStarted = Date.now();
for (let step = 0; Date.now() - panStarted < 5000; step++) {
  await page.mouse.move(centre.x + 150 * Math.sin(step / 10), centre.y + 100 * Math.cos(step / 10));
}
await page.mouse.up();
const fps = (((await page.evaluate('window.kgViewer.frames()')) as number) - framesBefore) / ((Date.now() - panStarted) / 1000);
console.log(`graph: ${shown.nodes} nodes, ${shown.edges} edges on screen; renderer: ${webglRenderer ?? 'unknown'}; pan: ${panMode}`);
console.log(`expansions brought in ${expandAdded.join(', ')} nodes`);
console.log(`first_render_ms=${firstRender.toFixed(0)} select_ms=${median(selectMs)} filter_ms=${median(filterMs)} expand_ms=${median(expandMs)} pan_fps=${fps.toFixed(1)}`);
await browser.close();
server.close();
