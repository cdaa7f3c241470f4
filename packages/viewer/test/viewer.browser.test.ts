/**
 * The viewer in a real browser (Debian's headless Chromium through playwright-core, no downloaded
 * browser) against the real API over the seeds: the first screen, search, the panels and every link
 * in them, relationships and articles, the neighbourhood highlight and filter, the legend, colours and
 * statistics, the range of years with playback, the office query, the URL with Back and Forward, empty
 * and error states, PNG export, dragging the stage. Screenshots go to test-artifacts/viewer/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runExtraction, type GraphRecord } from '@vnkg/extractor';
import { createApp } from '@vnkg/graph-api';
import { EmbeddedStore } from '@vnkg/store';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const VIEWER = join(ROOT, 'packages', 'viewer');
const SHOTS = join(ROOT, 'test-artifacts', 'viewer');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const LE_MINH_HUNG = 'person:lê-minh-hưng';

let records: GraphRecord[];
let server: Server;
let browser: Browser;
let page: Page;
let url: string;
const pageErrors: string[] = [];

function serve(port = 0): Promise<Server> {
  const listening = createApp({ store: EmbeddedStore.fromRecords(records), viewerDir: join(VIEWER, 'dist') }).listen(port, '127.0.0.1');
  return new Promise((resolve) => listening.once('listening', () => resolve(listening)));
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  await build({ root: VIEWER, logLevel: 'warn', configFile: join(VIEWER, 'vite.config.ts') });
  records = [];
  await runExtraction([join(ROOT, 'seeds')], { write: (r) => records.push(r) });
  server = await serve();
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await open('');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Load the viewer at a hash and wait until it is ready and the first layout has run. */
async function open(hash: string, on: Page = page): Promise<void> {
  await on.goto(`${url}#${hash}`);
  await on.reload();
  await on.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  await on.waitForSelector('body[data-layout="done"]', { timeout: 30_000 });
  await settled(on);
}
const settled = (on: Page = page) => on.evaluate('window.kgViewer.settled()');
const visible = async (what: 'nodes' | 'edges') => Number(await page.getAttribute('[data-testid="visible-counts"]', `data-${what}`));
const panelText = () => page.textContent('[data-testid="panel"]');
/** Where a node is drawn, in page coordinates, and whether that is inside the stage. */
async function onScreen(id: string): Promise<{ x: number; y: number; inside: boolean }> {
  const box = (await page.locator('[data-testid="graph"]').boundingBox())!;
  const at = (await page.evaluate(`(() => { const r = window.kgViewer.renderer; return r.framedGraphToViewport(r.getNodeDisplayData(${JSON.stringify(id)})); })()`)) as { x: number; y: number };
  return { x: box.x + at.x, y: box.y + at.y, inside: at.x > 0 && at.y > 0 && at.x < box.width && at.y < box.height };
}
const displayColour = (id: string) => page.evaluate(`window.kgViewer.renderer.getNodeDisplayData(${JSON.stringify(id)}).color`) as Promise<string>;

describe('the first screen', () => {
  it('shows people with their offices, a legend with counts and a hint', async () => {
    expect(pageErrors).toEqual([]);
    expect(await visible('nodes')).toBeGreaterThan(20);
    // No person stands alone on the first screen unless it has no relationship at all.
    const alone = (await page.evaluate(`window.kgViewer.graph.filterNodes((id, a) => a.kind === 'Person' && window.kgViewer.graph.degree(id) === 0)`)) as string[];
    for (const id of alone) {
      const detail = (await (await fetch(`${url}api/nodes/${encodeURIComponent(id)}`)).json()) as { degree: Record<string, number> };
      expect(detail.degree).toEqual({});
    }
    expect(await page.textContent('[data-testid="label-filters"]')).toMatch(/Người \d+\/\d+/);
    expect(await page.textContent('[data-testid="type-filters"]')).toContain('giữ chức vụ');
    expect(await page.isVisible('[data-testid="start-hint"]')).toBe(true);
    await page.screenshot({ path: join(SHOTS, '1-overview.png') });
  });

  it('zooms with the camera buttons and fits the graph again', async () => {
    const ratio = () => page.evaluate('window.kgViewer.renderer.getCamera().ratio') as Promise<number>;
    const before = await ratio();
    await page.click('[data-testid="zoom-in"]');
    await page.waitForFunction(`window.kgViewer.renderer.getCamera().ratio < ${before}`);
    await page.click('[data-testid="fit"]');
    await page.waitForFunction('window.kgViewer.renderer.getCamera().ratio === 1');
  });
});

describe('search and the panels', () => {
  it('finds "le minh hung" and shows his offices with evidence, every name a link', async () => {
    await page.fill('[data-testid="search"]', 'le minh hung');
    await page.waitForSelector('[data-testid="search-results"] li');
    expect(await page.textContent('[data-testid="search-results"] li')).toContain('Lê Minh Hưng');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="panel"] [data-testid="evidence"]');
    const panel = await panelText();
    expect(panel).toContain('Lê Minh Hưng');
    expect(panel).toContain('Trưởng Ban Tổ chức Trung ương');
    expect(await page.textContent('[data-testid="evidence"]')).toMatch(/Lê Minh Hưng - Ủy viên Bộ Chính trị/);
    expect(page.url()).toContain('node=person');
    expect((await onScreen(LE_MINH_HUNG)).inside).toBe(true);
    await page.screenshot({ path: join(SHOTS, '2-panel.png') });
  });

  it('brings the selection and its neighbours forward and dims the rest', async () => {
    const [neighbour, stranger] = (await page.evaluate(`(() => {
      const g = window.kgViewer.graph, id = ${JSON.stringify(LE_MINH_HUNG)};
      return [g.neighbors(id)[0], g.filterNodes((n) => n !== id && !g.areNeighbors(n, id))[0]];
    })()`)) as [string, string];
    expect(await displayColour(neighbour)).not.toBe('#e3e6ea');
    expect(await displayColour(stranger)).toBe('#e3e6ea');
  });

  it('brings a hovered node and its neighbours forward once the mouse rests on it', async () => {
    await open('');
    const { id, stranger } = (await page.evaluate(`(() => {
      const g = window.kgViewer.graph, id = ${JSON.stringify(LE_MINH_HUNG)};
      return { id, stranger: g.filterNodes((n) => n !== id && !g.areNeighbors(n, id))[0] };
    })()`)) as { id: string; stranger: string };
    expect(await displayColour(stranger)).not.toBe('#e3e6ea');
    const at = await onScreen(id);
    await page.mouse.move(at.x, at.y);
    await page.waitForFunction(`window.kgViewer.renderer.getNodeDisplayData(${JSON.stringify(stranger)}).color === '#e3e6ea'`);
    await page.mouse.move(at.x + 300, at.y + 300);
  });

  it('shows a relationship under the mouse with its type, and opens it on a click', async () => {
    // A point near the middle of a long edge that the renderer picks as that edge (no node over it).
    const edge = (await page.evaluate(`(() => {
      const r = window.kgViewer.renderer, g = window.kgViewer.graph;
      for (const e of g.edges()) {
        const [s, t] = g.extremities(e).map((n) => r.framedGraphToViewport(r.getNodeDisplayData(n)));
        if (Math.hypot(s.x - t.x, s.y - t.y) < 60) continue;
        const mid = { x: Math.round((s.x + t.x) / 2), y: Math.round((s.y + t.y) / 2) };
        for (let dx = -2; dx <= 2; dx++) for (let dy = -2; dy <= 2; dy++) if (r.getEdgeAtPoint(mid.x + dx, mid.y + dy) === e) return { key: e, x: mid.x + dx, y: mid.y + dy };
      }
      return null;
    })()`)) as { key: string; x: number; y: number } | null;
    expect(edge).not.toBeNull();
    const box = (await page.locator('[data-testid="graph"]').boundingBox())!;
    await page.mouse.move(box.x + edge!.x, box.y + edge!.y);
    await page.waitForSelector('[data-testid="edge-tip"]', { state: 'visible' });
    const tip = (await page.locator('[data-testid="edge-tip"]').boundingBox())!;
    expect(Math.abs(tip.x - (box.x + edge!.x + 12))).toBeLessThan(3);
    await page.mouse.click(box.x + edge!.x, box.y + edge!.y);
    await page.waitForSelector('[data-testid="edge-type"]');
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('edge')).toBe(edge!.key);
  });

  it('follows an office link from the career to its holders, and a holder back', async () => {
    await open(`node=${encodeURIComponent(LE_MINH_HUNG)}`);
    await page.click('[data-testid="panel"] a[data-node="position:trưởng-ban-tổ-chức-trung-ương"]');
    await page.waitForSelector('[data-testid="holders-title"]');
    expect(await page.textContent('[data-testid="holders-title"]')).toContain('Trưởng Ban Tổ chức Trung ương');
    await page.click(`[data-testid="holder"] a[data-node="${LE_MINH_HUNG}"]`);
    await page.waitForSelector('[data-testid="career-entry"]');
    expect(page.url()).toContain(encodeURIComponent(LE_MINH_HUNG));
  });

  it('shows a relationship: its type, its ends, its tenure and its sentence', async () => {
    await page.click('[data-testid="career-entry"] a[data-edge^="HELD_POSITION"]');
    await page.waitForSelector('[data-testid="edge-type"]');
    expect(await page.textContent('[data-testid="edge-type"]')).toBe('giữ chức vụ');
    expect(await page.textContent('[data-testid="edge-tenure"]')).toMatch(/đương nhiệm|nguyên/);
    expect(await page.textContent('[data-testid="panel"] [data-testid="evidence"]')).toContain('Lê Minh Hưng');
    expect(page.url()).toContain('edge=HELD_POSITION');
  });

  it('opens the article with the evidence sentence marked and a link to the source', async () => {
    await page.click('[data-testid="panel"] [data-testid="evidence"] a[data-article]');
    await page.waitForSelector('[data-testid="evidence-mark"]');
    expect((await page.locator('[data-testid="evidence-mark"]').allTextContents()).some((quote) => quote.includes('Lê Minh Hưng'))).toBe(true);
    expect(await page.textContent('[data-testid="article-text"]')).toContain('Hội nghị');
    expect(page.url()).toContain('article=');
    await page.screenshot({ path: join(SHOTS, '2-article.png') });
  });

  it('steps back through the selections with Back, and forward again', async () => {
    await page.goBack();
    await page.waitForSelector('[data-testid="edge-type"]');
    await page.goBack();
    await page.waitForSelector('[data-testid="career-entry"]');
    expect(await panelText()).toContain('Lê Minh Hưng');
    await page.goForward();
    await page.waitForSelector('[data-testid="edge-type"]');
  });

  it('shows a province with its officials and its merger', async () => {
    await open('node=province%3Alai-ch%C3%A2u');
    await page.waitForSelector('[data-testid="official"]');
    expect(await page.textContent('[data-testid="panel"]')).toContain('Lê Thị Hường');
    await page.fill('[data-testid="search"]', 'phu tho');
    await page.waitForSelector('[data-testid="search-results"] li');
    await page.keyboard.press('Enter');
    // The panel still shows Lai Châu until Phú Thọ's comes.
    await page.waitForFunction(`document.querySelector('[data-testid="panel"]').textContent.includes('Vĩnh Phúc')`);
    expect(await panelText()).toMatch(/Hợp nhất từ.*Vĩnh Phúc/s);
  });

  it('says so when nothing matches a search, and when a linked node does not exist', async () => {
    await page.fill('[data-testid="search"]', 'zzqx không có');
    await page.waitForSelector('[data-testid="no-results"]');
    expect(await page.textContent('[data-testid="no-results"]')).toContain('zzqx');
    await open('node=person%3Anobody');
    expect(await page.textContent('[data-testid="not-found"]')).toContain('person:nobody');
  });
});

describe('a shared link', () => {
  it('shows the shared node on screen after the layout, with its panel, filters and hidden nodes', async () => {
    await open(`node=${encodeURIComponent(LE_MINH_HUNG)}&hide=Resolution&hidden=${encodeURIComponent('province:lai-châu')}`);
    expect((await onScreen(LE_MINH_HUNG)).inside).toBe(true);
    expect(await panelText()).toContain('Trưởng Ban Tổ chức Trung ương');
    expect(await page.isChecked('[data-testid="label-filters"] input[value="Resolution"]')).toBe(false);
    expect(await page.evaluate(`window.kgViewer.renderer.getNodeDisplayData('province:lai-châu')?.hidden ?? true`)).toBe(true);
    await page.screenshot({ path: join(SHOTS, '5-shared-link.png') });
  });

  it('keeps the camera it was shared with', async () => {
    await open('cam=0.25,0.75,0.5');
    expect(await page.evaluate('window.kgViewer.renderer.getCamera().getState()')).toMatchObject({ x: 0.25, y: 0.75, ratio: 0.5 });
  });
});

describe('filters, colours and statistics', () => {
  it('hides a node type from the legend, and says so when everything is hidden', async () => {
    await open('');
    const before = await visible('nodes');
    await page.click('[data-testid="label-filters"] input[value="Person"]');
    expect(await visible('nodes')).toBeLessThan(before);
    expect(await page.textContent('[data-testid="count-Person"]')).toMatch(/^0\/\d+$/);
    for (const label of ['Position', 'Organization', 'Province', 'Locality', 'Congress', 'Resolution', 'Event']) await page.click(`[data-testid="label-filters"] input[value="${label}"]`);
    await page.waitForSelector('[data-testid="empty"]', { state: 'visible' });
    await page.click('[data-testid="empty"] button');
    expect(await visible('nodes')).toBe(before);
  });

  it('shows only a neighbourhood, and everything again', async () => {
    await open(`node=${encodeURIComponent(LE_MINH_HUNG)}`);
    const all = await visible('nodes');
    await page.click('[data-testid="panel"] [data-testid="ego"]');
    const degree = (await page.evaluate(`window.kgViewer.graph.neighbors(${JSON.stringify(LE_MINH_HUNG)}).length`)) as number;
    expect(await visible('nodes')).toBe(degree + 1);
    expect(page.url()).toContain('ego=');
    await page.click('[data-testid="show-all"]');
    expect(await visible('nodes')).toBe(all);
  });

  it('colours by community and gives statistics with clickable most-connected nodes', async () => {
    await page.selectOption('[data-testid="colour-by"]', 'community');
    expect(await page.locator('[data-testid="groups"] li').count()).toBeGreaterThan(1);
    expect(page.url()).toContain('colour=community');
    await page.click('[data-testid="stats"] summary');
    expect(await page.textContent('[data-testid="stats-line"]')).toMatch(/^\d+ cộng đồng/);
    await page.click('#stats a[data-node]');
    await settled();
    expect(page.url()).toContain('node=');
    await page.screenshot({ path: join(SHOTS, '6-communities.png') });
  });

  it('colours by role, sizes all nodes alike, and lays out again with other settings', async () => {
    await open('');
    await page.selectOption('[data-testid="colour-by"]', 'role');
    expect(await page.textContent('[data-testid="groups"]')).toMatch(/Bí thư|Ủy viên|Trưởng Ban/);
    const sizes = () => page.evaluate(`[...new Set(window.kgViewer.graph.nodes().map((id) => window.kgViewer.renderer.getNodeDisplayData(id).size))].length`) as Promise<number>;
    expect(await sizes()).toBeGreaterThan(1);
    await page.selectOption('[data-testid="size-by"]', 'uniform');
    expect(await sizes()).toBe(1);
    expect(page.url()).toContain('size=uniform');
    const before = await page.evaluate(`window.kgViewer.graph.getNodeAttributes(${JSON.stringify(LE_MINH_HUNG)})`);
    await page.click('[data-testid="layout-settings"] summary');
    await page.check('#fa2-linlog');
    await page.evaluate(`document.body.dataset.layout = ''`);
    await page.click('[data-testid="layout"]');
    await page.waitForSelector('body[data-layout="done"]', { timeout: 30_000 });
    expect(await page.evaluate(`window.kgViewer.graph.getNodeAttributes(${JSON.stringify(LE_MINH_HUNG)})`)).not.toEqual(before);
  });
});

describe('time', () => {
  it('hides what lies outside the years, nodes included, and plays the years forward', async () => {
    await open('');
    const nodes = await visible('nodes');
    const edges = await visible('edges');
    const min = await page.getAttribute('[data-testid="to-year"]', 'min');
    await page.locator('[data-testid="to-year"]').fill(String(min));
    expect(await visible('edges')).toBeLessThan(edges);
    expect(await visible('nodes')).toBeLessThan(nodes);
    expect(await page.textContent('[data-testid="years-label"]')).toMatch(/^\d{4} – \d{4}$/);
    expect(page.url()).toMatch(/to=\d{4}/);
    await page.click('[data-testid="play"]');
    await page.waitForFunction(`!document.querySelector('[data-testid="years-label"]').textContent.endsWith(' – ${min}')`, undefined, { timeout: 10_000 });
    await page.screenshot({ path: join(SHOTS, '7-years.png') });
    await page.click('[data-testid="play"]'); // pause
    await page.click('[data-testid="reset"]');
    expect(await visible('edges')).toBe(edges);
  });
});

describe('who held this office', () => {
  it('suggests offices typed without diacritics and lists the holders as links', async () => {
    await open('');
    await page.fill('[data-testid="holders-form"] input[name="title"]', 'truong ban to chuc trung');
    await page.waitForSelector('[data-testid="office-results"] li');
    expect(await page.textContent('[data-testid="office-results"]')).toContain('Trưởng Ban Tổ chức Trung ương');
    await page.click('[data-testid="office-results"] li');
    await page.waitForSelector('[data-testid="holder"]');
    expect(await page.textContent('[data-testid="holder"]')).toContain('Lê Minh Hưng');
    expect(page.url()).toContain('office=');
    await page.screenshot({ path: join(SHOTS, '8-office-query.png') });
  });

  it('answers a title typed loosely, and flags no holder at a date before every article', async () => {
    await page.fill('[data-testid="holders-form"] input[name="title"]', 'tong bi thu');
    await page.fill('[data-testid="holders-form"] input[name="at"]', '2010-01-01');
    await page.click('[data-testid="holders-form"] button[type="submit"]');
    // The panel still shows the previous office until the answer comes.
    await page.waitForFunction(`document.querySelector('[data-testid="holders-title"]')?.textContent.includes('Tổng Bí thư')`);
    await page.waitForSelector('[data-testid="holder"]');
    expect(await page.textContent('[data-testid="panel"]')).not.toContain('tại ngày đã chọn');
    expect(await page.textContent('[data-testid="panel"]')).toContain('gần nhất sau ngày đã chọn');
    await page.click('[data-testid="holder"] a[data-node]');
    await page.waitForSelector('[data-testid="career-entry"]');
  });
});

describe('exports and dragging', () => {
  it('exports the view as a PNG image', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-png"]')]);
    const path = join(SHOTS, 'export.png');
    await download.saveAs(path);
    const png = readFileSync(path);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(10_000);
  });

  it('drags the stage as a moving picture in software WebGL, and draws for real at release', async () => {
    await open('');
    // This browser runs with --disable-gpu, so WebGL is SwiftShader (see pan-picture.ts).
    expect(await page.evaluate('window.kgViewer.panMode')).toBe('picture');
    await page.evaluate(`window.kgSigmaFrames = 0; window.kgViewer.renderer.on('afterRender', () => window.kgSigmaFrames++)`);
    const cameraAt = () => page.evaluate('window.kgViewer.renderer.getCamera().getState()') as Promise<{ x: number; y: number }>;
    const shift = () => page.evaluate(`document.querySelector('[data-testid="graph"] canvas').style.transform`) as Promise<string>;
    const before = await cameraAt();
    const framesBefore = (await page.evaluate('window.kgViewer.frames()')) as number;
    const box = (await page.locator('[data-testid="graph"]').boundingBox())!;
    const start = { x: box.x + 40, y: box.y + box.height - 40 };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 10, start.y - 5);
    // From the first move of a drag on, Sigma itself draws nothing (a frame it had scheduled may come before).
    await page.evaluate('window.kgSigmaFrames = 0');
    for (let step = 2; step <= 12; step++) await page.mouse.move(start.x + 10 * step, start.y - 5 * step);
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
    const [dx, dy] = ((await shift()).match(/-?[\d.]+(?:e-?\d+)?/g) ?? []).map(Number);
    expect(dx).toBeCloseTo(120, 0);
    expect(dy).toBeCloseTo(-60, 0);
    expect(await page.evaluate('window.kgSigmaFrames')).toBe(0);
    expect((await page.evaluate('window.kgViewer.frames()')) as number).toBeGreaterThan(framesBefore);
    await page.screenshot({ path: join(SHOTS, '3-dragging.png') });
    await page.mouse.up();
    await page.waitForFunction('window.kgSigmaFrames > 0');
    expect(await shift()).toBe('');
    expect(await cameraAt()).not.toEqual(before);
    // The camera went into the URL.
    await page.waitForFunction(() => location.hash.includes('cam='));
  });

  it('expands a neighbourhood without losing the view', async () => {
    const top = (await (await fetch(`${url}api/graph/overview?limit=3`)).json()) as { nodes: Array<{ id: string }> };
    await open(`top=3&node=${encodeURIComponent(top.nodes[0]!.id)}`);
    await page.waitForSelector('[data-testid="panel"] [data-testid="expand"]');
    expect(await visible('nodes')).toBe(3);
    await page.click('[data-testid="expand"]');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="visible-counts"]')!.getAttribute('data-nodes')) > 3);
    await page.screenshot({ path: join(SHOTS, '3-expanded.png') });
  });

  it('switches the interface to English, relationship names included', async () => {
    await open('');
    await page.click('[data-testid="lang"]');
    expect(await page.textContent('[data-testid="label-filters"]')).toContain('Person');
    expect(await page.textContent('[data-testid="type-filters"]')).toContain('held office');
    expect(page.url()).toContain('lang=en');
  });
});

describe('errors', () => {
  it('tells a refused request from a server that is down', async () => {
    await open(`office=${'x'.repeat(301)}`);
    await page.waitForSelector('[data-testid="error"]', { state: 'visible' });
    expect(await page.textContent('[data-testid="error"]')).toContain('Máy chủ từ chối yêu cầu');
    expect(await page.textContent('[data-testid="error"]')).toContain('300');
  });

  it('shows the banner over the stage when the API goes away, and clears it when it is back', async () => {
    // A second, real API server: the page loads from it, it stops answering, then comes back on its port.
    let doomed = await serve();
    const port = (doomed.address() as AddressInfo).port;
    const lost = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      await lost.goto(`http://127.0.0.1:${port}/`);
      await lost.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
      expect(await lost.isVisible('[data-testid="error"]')).toBe(false);
      const stageBefore = await lost.locator('[data-testid="graph"]').boundingBox();
      await new Promise((resolve) => {
        doomed.close(resolve);
        doomed.closeAllConnections();
      });
      await lost.fill('[data-testid="holders-form"] input[name="title"]', 'Trưởng ban Tổ chức TW');
      await lost.click('[data-testid="holders-form"] button[type="submit"]');
      await lost.waitForSelector('[data-testid="error"]', { state: 'visible' });
      expect(await lost.textContent('[data-testid="error"]')).toContain('Không kết nối được máy chủ API');
      expect(await lost.locator('[data-testid="graph"]').boundingBox()).toEqual(stageBefore);
      await lost.screenshot({ path: join(SHOTS, '4-api-down.png') });
      // Back on its port: the next request that succeeds clears the banner (no Retry clicked).
      doomed = await serve(port);
      await lost.click('[data-testid="holders-form"] button[type="submit"]');
      await lost.waitForSelector('[data-testid="holder"]');
      await lost.waitForSelector('[data-testid="error"]', { state: 'hidden' });
    } finally {
      await lost.close();
      doomed.close();
    }
  });
});
