/**
 * The viewer in a real browser (Debian's headless Chromium through playwright-core, no downloaded
 * browser) against the real API over the seeds: search without diacritics, the panel with an office
 * and its evidence, the time slider, expanding a neighbourhood, PNG export, dragging the stage, the
 * error banner when the API goes away. Screenshots go to test-artifacts/viewer/.
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

let server: Server;
let browser: Browser;
let page: Page;
let url: string;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  await build({ root: VIEWER, logLevel: 'warn', configFile: join(VIEWER, 'vite.config.ts') });
  const records: GraphRecord[] = [];
  await runExtraction([join(ROOT, 'seeds')], { write: (r) => records.push(r) });
  server = createApp({ store: EmbeddedStore.fromRecords(records), viewerDir: join(VIEWER, 'dist') }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  expect(errors).toEqual([]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const visibleEdges = async () => Number(await page.getAttribute('[data-testid="visible-counts"]', 'data-edges'));

describe('the viewer', () => {
  it('opens on the overview with a legend and counts', async () => {
    expect(Number(await page.getAttribute('[data-testid="visible-counts"]', 'data-nodes'))).toBeGreaterThan(20);
    expect(await page.textContent('#legend')).toContain('Người');
    await page.screenshot({ path: join(SHOTS, '1-overview.png') });
  });

  it('finds "le minh hung" and shows his offices with evidence in the panel', async () => {
    await page.fill('[data-testid="search"]', 'le minh hung');
    await page.waitForSelector('[data-testid="search-results"] li');
    expect(await page.textContent('[data-testid="search-results"] li')).toContain('Lê Minh Hưng');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="panel"] [data-testid="evidence"]');
    const panel = await page.textContent('[data-testid="panel"]');
    expect(panel).toContain('Lê Minh Hưng');
    expect(panel).toContain('Trưởng Ban Tổ chức Trung ương');
    expect(await page.textContent('[data-testid="evidence"]')).toMatch(/Lê Minh Hưng - Ủy viên Bộ Chính trị/);
    expect(page.url()).toContain('node=person');
    await page.screenshot({ path: join(SHOTS, '2-panel.png') });
  });

  it('shows fewer facts when the time slider moves back', async () => {
    const before = await visibleEdges();
    await page.locator('[data-testid="time-slider"]').fill('0');
    const after = await visibleEdges();
    expect(after).toBeLessThan(before);
    expect(await page.textContent('[data-testid="time-label"]')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(page.url()).toMatch(/date=\d{4}-\d{2}-\d{2}/);
    const max = await page.getAttribute('[data-testid="time-slider"]', 'max');
    await page.locator('[data-testid="time-slider"]').fill(String(max));
    expect(await visibleEdges()).toBe(before);
  });

  it('expands a neighbourhood without losing the view', async () => {
    // Start small, on the three most connected nodes, with the first of them selected (from the URL).
    const top = (await (await fetch(`${url}api/graph/overview?limit=3`)).json()) as { nodes: Array<{ id: string }> };
    await page.goto(`${url}#top=3&node=${encodeURIComponent(top.nodes[0]!.id)}`);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await page.waitForSelector('[data-testid="panel"] [data-testid="expand"]');
    const nodes = async () => Number(await page.getAttribute('[data-testid="visible-counts"]', 'data-nodes'));
    expect(await nodes()).toBe(3);
    await page.click('[data-testid="expand"]');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="visible-counts"]')!.getAttribute('data-nodes')) > 3);
    await page.screenshot({ path: join(SHOTS, '3-expanded.png') });
  });

  it('answers who held an office at a date', async () => {
    await page.fill('[data-testid="holders-form"] input[name="title"]', 'Trưởng ban Tổ chức TW');
    await page.fill('[data-testid="holders-form"] input[name="at"]', '2025-01-01');
    await page.click('[data-testid="holders-form"] button');
    await page.waitForSelector('[data-testid="holder"]');
    expect(await page.textContent('[data-testid="holder"]')).toContain('Lê Minh Hưng');
  });

  it('exports the view as a PNG image', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-png"]')]);
    const path = join(SHOTS, 'export.png');
    await download.saveAs(path);
    const png = readFileSync(path);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(10_000);
  });

  it('drags the stage as a moving picture in software WebGL, and draws for real at release', async () => {
    // This browser runs with --disable-gpu, so WebGL is SwiftShader (see pan-picture.ts).
    expect(await page.evaluate('window.kgViewer.panMode')).toBe('picture');
    await page.evaluate(`window.kgViewer.renderer.on('afterRender', () => window.kgSigmaFrames++)`);
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
  });

  it('switches the interface to English', async () => {
    await page.click('[data-testid="lang"]');
    expect(await page.textContent('#legend')).toContain('Person');
    expect(page.url()).toContain('lang=en');
  });
});

describe('the viewer when the API goes away', () => {
  it('shows the error banner with a retry button', async () => {
    // A second, real API server: the page loads from it, then it stops answering.
    const records: GraphRecord[] = [];
    await runExtraction([join(ROOT, 'seeds')], { write: (r) => records.push(r) });
    const doomed = createApp({ store: EmbeddedStore.fromRecords(records), viewerDir: join(VIEWER, 'dist') }).listen(0, '127.0.0.1');
    await new Promise((resolve) => doomed.once('listening', resolve));
    const lost = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    try {
      await lost.goto(`http://127.0.0.1:${(doomed.address() as AddressInfo).port}/`);
      await lost.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
      expect(await lost.isVisible('[data-testid="error"]')).toBe(false);
      await new Promise((resolve) => {
        doomed.close(resolve);
        doomed.closeAllConnections();
      });
      await lost.fill('[data-testid="holders-form"] input[name="title"]', 'Trưởng ban Tổ chức TW');
      await lost.click('[data-testid="holders-form"] button');
      await lost.waitForSelector('[data-testid="error"]', { state: 'visible' });
      expect(await lost.textContent('[data-testid="error"]')).toContain('Không kết nối được máy chủ API');
      expect(await lost.isVisible('[data-testid="error"] button')).toBe(true);
      await lost.screenshot({ path: join(SHOTS, '4-api-down.png') });
    } finally {
      await lost.close();
    }
  });
});
