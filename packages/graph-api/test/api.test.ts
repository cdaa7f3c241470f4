/**
 * The graph API over the embedded store built from the seeds, through real HTTP on loopback:
 * answers, parameter checks, error shapes, exports, CORS, and no stack traces to clients.
 */
import { request } from 'node:http';

import { DOMParser } from '@xmldom/xmldom';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runExtraction, type GraphRecord } from '@vnkg/extractor';
import { EmbeddedStore, type GraphStore } from '@vnkg/store';

import { ALL_NAMESAKE_PAIRS, NAMESAKE_RECORDS } from '../../store/test/fixtures/namesakes.js';
import { startApi, type TestApi } from './api-helpers.js';

const SEEDS = new URL('../../../seeds', import.meta.url).pathname;
let api: TestApi;
let store: GraphStore;

beforeAll(async () => {
  const records: GraphRecord[] = [];
  await runExtraction([SEEDS], { write: (r) => records.push(r) });
  store = EmbeddedStore.fromRecords(records);
  api = await startApi(store, { corsOrigins: ['http://notebook.example'] });
});
afterAll(async () => {
  await api.close();
});

const q = encodeURIComponent;

describe('answers', () => {
  it('GET /api/health names the store and counts nodes by label', async () => {
    const { status, body } = await api.get('/api/health');
    expect(status).toBe(200);
    expect(body).toMatchObject({ store: 'embedded', counts: { Person: 10, Article: 5 } });
  });

  it.each([
    ['le minh hung', 'Lê Minh Hưng'],
    ['to lam', 'Tô Lâm'],
    ['TÔ LÂM', 'Tô Lâm'],
    ['18-NQ', '18-NQ/TW'],
  ])('GET /api/search?q=%s finds %s first', async (text, name) => {
    const { body } = await api.get(`/api/search?q=${q(text)}`);
    expect(body.results[0].name).toBe(name);
  });

  it('GET /api/search filters by label and keeps to the limit', async () => {
    const { body } = await api.get('/api/search?q=t&label=Person&limit=2');
    // More than two persons have a word starting with "t" (Tô Lâm, Lê Thị Hường, Phùng Khánh Tài, …).
    expect(body.results).toHaveLength(2);
    for (const hit of body.results) expect(hit.label).toBe('Person');
  });

  it('GET /api/nodes/:id gives properties and degree by type', async () => {
    const { body } = await api.get(`/api/nodes/${q('person:lê-minh-hưng')}`);
    expect(body).toMatchObject({ name: 'Lê Minh Hưng', label: 'Person', degree: { HELD_POSITION: 3, ATTENDED: 1 } });
  });

  it('GET /api/persons/:id/timeline lists offices with status, dates and evidence with its article', async () => {
    const { body } = await api.get(`/api/persons/${q('person:lê-minh-hưng')}/timeline`);
    const entry = body.timeline.find((e: any) => e.office.title === 'Trưởng Ban Tổ chức Trung ương');
    expect(entry).toMatchObject({ status: 'current', firstSeen: '2024-12-16' });
    expect(entry.evidence[0]).toMatchObject({ quote: expect.stringContaining('Lê Minh Hưng'), asOf: '2024-12-16', article: { published: '2024-12-16', title: expect.stringMatching(/^Hội nghị toàn quốc/) } });
  });

  it('GET /api/positions/holders reads an abbreviated title and answers who held it at a date', async () => {
    const { status, body } = await api.get(`/api/positions/holders?title=${q('Trưởng ban Tổ chức TW')}&at=2025-03-01`);
    expect(status).toBe(200);
    expect(body.office).toEqual({ id: 'position:trưởng-ban-tổ-chức-trung-ương', title: 'Trưởng Ban Tổ chức Trung ương', province: null, seats: 'one' });
    expect(body.holders[0]).toMatchObject({ person: { name: 'Lê Minh Hưng' }, atDate: true, firstSeen: '2024-12-16', lastSeen: '2024-12-16', tenure: { start: '2024-12-16', startBasis: 'observed', end: null, endBasis: null } });
  });

  it('GET /api/facts/evidence gives the articles and sentences of a fact, at offsets in the article text', async () => {
    const fact = `type=HELD_POSITION&from=${q('person:lê-minh-hưng')}&to=${q('position:trưởng-ban-tổ-chức-trung-ương')}`;
    const { status, body } = await api.get(`/api/facts/evidence?${fact}`);
    expect(status).toBe(200);
    expect(body.articles).toEqual(['a:001-d09085c254a90b5c']);
    const article = (await api.get(`/api/articles/${q('a:001-d09085c254a90b5c')}`)).body.article;
    for (const e of body.evidence) expect(article.text.slice(e.start, e.end)).toBe(e.quote);
    expect((await api.get(`/api/facts/evidence?type=ATTENDED&from=${q('person:nobody')}&to=x`)).status).toBe(404);
    expect((await api.get(`/api/facts/evidence?type=held&from=a&to=b`)).status).toBe(400);
  });

  it('GET /api/positions/holders takes the province apart or in the title, either tone placement', async () => {
    const apart = await api.get(`/api/positions/holders?title=${q('Phó Bí thư Thường trực Tỉnh uỷ')}&province=${q('Lai Châu')}`);
    const inTitle = await api.get(`/api/positions/holders?title=${q('Phó Bí thư Thường trực Tỉnh ủy Lai Châu')}`);
    expect(apart.body).toEqual(inTitle.body);
    expect(apart.body.holders.map((h: any) => [h.person.name, h.after])).toEqual([['Vũ Mạnh Hà', null]]);
  });

  it('GET /api/provinces/:id/officials lists offices and their holders at a date', async () => {
    const { body } = await api.get(`/api/provinces/${q('province:lai-châu')}/officials?at=2026-02-01`);
    const office = body.offices.find((o: any) => o.office.title === 'Trưởng Ban Tổ chức Tỉnh ủy Lai Châu');
    expect(office.holders.map((h: any) => h.person.name)).toEqual(['Lê Thị Hường']);
  });

  it('GET /api/graph/neighborhood returns nodes and edges, capped with a truncated flag', async () => {
    const full = await api.get(`/api/graph/neighborhood?id=${q('person:lê-minh-hưng')}&depth=1`);
    expect(full.body.truncated).toBe(false);
    expect(full.body.edges).toContainEqual(expect.objectContaining({ type: 'HELD_POSITION', from: 'person:lê-minh-hưng', to: 'position:trưởng-ban-tổ-chức-trung-ương' }));
    const capped = await api.get(`/api/graph/neighborhood?id=${q('person:lê-minh-hưng')}&depth=2&limit=3`);
    expect(capped.body).toMatchObject({ truncated: true, nodes: { length: 3 } });
  });

  it('GET /api/graph/overview starts with the most connected person and its offices', async () => {
    const { body } = await api.get('/api/graph/overview?limit=5');
    expect(body.nodes).toHaveLength(5);
    expect(body.truncated).toBe(true);
    expect(body.nodes[0].label).toBe('Person');
    expect(body.edges.filter((e: { from: string }) => e.from === body.nodes[0].id).length).toBeGreaterThan(0);
  });

  it('GET /api/articles/:id gives metadata and the facts drawn from the article', async () => {
    const { body } = await api.get(`/api/articles/${q('a:001-d09085c254a90b5c')}`);
    expect(body.article).toMatchObject({ published: '2024-12-16' });
    expect(body.facts).toContainEqual(expect.objectContaining({ type: 'ATTENDED', from: expect.objectContaining({ name: 'Tô Lâm' }), props: expect.objectContaining({ role: 'directed' }) }));
  });
});

describe('namesakes', () => {
  let namesakesApi: TestApi;
  beforeAll(async () => {
    namesakesApi = await startApi(EmbeddedStore.fromRecords(NAMESAKE_RECORDS));
  });
  afterAll(async () => {
    await namesakesApi.close();
  });

  it('GET /api/persons/possibly-same?verdict=all gives each pair once, both sides’ reasons, by name then ids', async () => {
    const { status, body } = await namesakesApi.get('/api/persons/possibly-same?verdict=all');
    expect(status).toBe(200);
    expect(body).toEqual({ verdict: 'all', pairs: ALL_NAMESAKE_PAIRS, truncated: false });
  });

  it.each([
    ['', 'possibly-same'],
    ['?verdict=possibly-same', 'possibly-same'],
    ['?verdict=distinct', 'distinct'],
  ])('GET /api/persons/possibly-same%s keeps to the %s pairs', async (search, verdict) => {
    const { body } = await namesakesApi.get(`/api/persons/possibly-same${search}`);
    expect(body.verdict).toBe(verdict);
    expect(body.pairs).toEqual(ALL_NAMESAKE_PAIRS.filter((pair) => pair.verdict === verdict));
  });

  it('GET /api/persons/possibly-same keeps to the limit and says it left some out', async () => {
    const { body } = await namesakesApi.get('/api/persons/possibly-same?verdict=all&limit=3');
    expect(body).toEqual({ verdict: 'all', pairs: ALL_NAMESAKE_PAIRS.slice(0, 3), truncated: true });
    expect((await namesakesApi.get('/api/persons/possibly-same?verdict=all&limit=4')).body.truncated).toBe(false);
  });

  it('a graph without namesakes has no pairs', async () => {
    expect((await api.get('/api/persons/possibly-same?verdict=all')).body).toEqual({ verdict: 'all', pairs: [], truncated: false });
  });
});

describe('export', () => {
  it.each([
    ['json', 'application/json', (text: string, nodes: number) => expect(JSON.parse(text).nodes.length).toBe(nodes)],
    ['gexf', 'application/gexf+xml', (text: string) => expect(text).toMatch(/<gexf[\s\S]*Lê Minh Hưng[\s\S]*<\/gexf>/)],
    ['graphml', 'application/graphml+xml', (text: string, nodes: number) => expect((text.match(/<node /g) ?? []).length).toBe(nodes)],
    ['csv', 'text/csv', (text: string) => expect(text.split('\n')[0]).toMatch(/^from,from_label,from_name,type,to,to_label,to_name,.*\bevidence\b/)],
  ])('GET /api/export?format=%s', async (format, type, check) => {
    const { status, headers, text } = await api.get(`/api/export?format=${format}`);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toContain(type);
    expect(headers.get('content-disposition')).toContain(`graph.${format}`);
    // Every node of the store, however many the extractor finds in the seeds.
    check(text, (await store.everything(100_000)).nodes.length);
  });

  it('GEXF and GraphML read back as the graph they export, with typed attributes', async () => {
    const everything = await store.everything(100_000);
    const gexf = parseGexf(MultiDirectedGraph, (await api.get('/api/export?format=gexf')).text);
    expect([gexf.order, gexf.size]).toEqual([everything.nodes.length, everything.edges.length]);
    expect(gexf.getNodeAttributes('person:tô-lâm')).toMatchObject({ label: 'Tô Lâm', kind: 'Person' });
    const graphml = new DOMParser().parseFromString((await api.get('/api/export?format=graphml')).text, 'text/xml');
    const keys = Array.from(graphml.getElementsByTagName('key')).map((key) => [key.getAttribute('for'), key.getAttribute('attr.name'), key.getAttribute('attr.type')]);
    expect(keys).toContainEqual(['node', 'label', 'string']);
    expect(graphml.getElementsByTagName('node').length).toBe(everything.nodes.length);
    expect(graphml.getElementsByTagName('edge').length).toBe(everything.edges.length);
  });

  it('exports a neighbourhood', async () => {
    const { text } = await api.get(`/api/export?format=csv&id=${q('person:tô-lâm')}`);
    expect(text).toContain('person:tô-lâm,Person,Tô Lâm,HELD_POSITION,position:tổng-bí-thư');
  });
});

describe('bad requests', () => {
  it.each([
    ['/api/search', 400, 'bad_request', /q/],
    ['/api/search?q=x&limit=1000', 400, 'bad_request', /limit/],
    ['/api/search?q=x&label=Robot', 400, 'bad_request', /label/],
    ['/api/positions/holders?title=B%C3%AD%20th%C6%B0&at=yesterday', 400, 'bad_request', /YYYY-MM-DD/],
    ['/api/positions/holders?title=B%C3%AD%20th%C6%B0&at=2025-13-45', 400, 'bad_request', /no such date/],
    ['/api/provinces/province:lai-ch%C3%A2u/officials?at=2025-02-30', 400, 'bad_request', /no such date/],
    ['/api/nodes/%', 400, 'bad_request', /percent-encoding/],
    ['/api/persons/%E0%A4%A/timeline', 400, 'bad_request', /percent-encoding/],
    ['/api/graph/neighborhood?id=person:t%C3%B4-l%C3%A2m&depth=3', 400, 'bad_request', /depth/],
    ['/api/export?format=xlsx', 400, 'bad_request', /format/],
    ['/api/persons/possibly-same?verdict=same', 400, 'bad_request', /^verdict: .*'possibly-same' \| 'distinct' \| 'all'/],
    ['/api/persons/possibly-same?limit=0', 400, 'bad_request', /^limit/],
    ['/api/persons/possibly-same?limit=101', 400, 'bad_request', /^limit/],
    ['/api/persons/possibly-same?limit=ten', 400, 'bad_request', /^limit/],
    ['/api/nodes/person:nobody', 404, 'not_found', /person:nobody/],
    ['/api/persons/position:t%E1%BB%95ng-b%C3%AD-th%C6%B0/timeline', 404, 'not_found', /person/],
    ['/api/positions/holders?title=Ch%E1%BB%A7%20t%E1%BB%8Bch%20n%C6%B0%E1%BB%9Bc', 404, 'not_found', /office/],
    ['/api/provinces/province:atlantis/officials', 404, 'not_found', /province/],
    ['/api/nothing', 404, 'not_found', /endpoint/],
  ])('GET %s → %i %s', async (path, status, code, message) => {
    const response = await api.get(path);
    expect(response.status).toBe(status);
    expect(response.body.error).toEqual({ code, message: expect.stringMatching(message) });
  });

  it.each([
    ['TRACE', '/api/health', 'GET, HEAD'],
    ['DELETE', '/api/nodes/person:t%C3%B4-l%C3%A2m', 'GET, HEAD'],
    ['PUT', '/api/search?q=x', 'GET, HEAD'],
    ['GET', '/api/cypher', 'POST'],
    ['PATCH', '/api/cypher', 'POST'],
  ])('%s %s → 405 with Allow: %s', async (method, path, allow) => {
    // node:http, not fetch: fetch refuses to send TRACE.
    const response = await new Promise<{ status: number; allow: string | undefined; body: string }>((resolve, reject) => {
      request(api.url + path, { method }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk)).on('end', () => resolve({ status: res.statusCode ?? 0, allow: res.headers.allow, body }));
      })
        .on('error', reject)
        .end();
    });
    expect(response.status).toBe(405);
    expect(response.allow).toBe(allow);
    expect(JSON.parse(response.body).error.code).toBe('method_not_allowed');
  });

  it('OPTIONS says which methods a path takes, a CORS preflight too', async () => {
    const response = await fetch(`${api.url}/api/graph/overview`, { method: 'OPTIONS' });
    expect(response.status).toBe(204);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    const preflight = await fetch(`${api.url}/api/cypher`, { method: 'OPTIONS', headers: { origin: 'http://notebook.example', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('allow')).toBe('POST');
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://notebook.example');
  });

  it('a blank but non-empty text is no error: nothing is found', async () => {
    expect((await api.get('/api/search?q=%20%20')).body).toEqual({ query: '', results: [] });
    expect((await api.get('/api/positions/holders?title=%20')).status).toBe(404);
  });

  it('POST /api/cypher on the embedded store is a 501 that says how to start Neo4j', async () => {
    const { status, body } = await api.post('/api/cypher', JSON.stringify({ query: 'MATCH (n) RETURN n' }));
    expect(status).toBe(501);
    expect(body.error.message).toMatch(/pnpm neo4j:start/);
  });

  it('refuses a malformed or oversized body', async () => {
    expect((await api.post('/api/cypher', '{"query": ')).body.error.code).toBe('bad_request');
    const long = await api.post('/api/cypher', JSON.stringify({ query: '\u{1F600}'.repeat(10_001) }));
    expect(long).toMatchObject({ status: 400, body: { error: { code: 'bad_request', message: expect.stringMatching(/1 to 10000 characters/) } } });
    // Characters as JSON Schema counts them: 10,000 emoji are 10,000 characters (20,000 UTF-16 units).
    expect((await api.post('/api/cypher', JSON.stringify({ query: '\u{1F600}'.repeat(10_000) }))).status).toBe(501);
    const big = await api.post('/api/cypher', JSON.stringify({ query: 'x', params: { x: 'x'.repeat(300_000) } }));
    expect(big.status).toBe(413);
  });

  it('allows the configured browser origin only', async () => {
    const allowed = await fetch(`${api.url}/api/health`, { headers: { origin: 'http://notebook.example' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://notebook.example');
    const other = await fetch(`${api.url}/api/health`, { headers: { origin: 'http://elsewhere.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('store failures', () => {
  const failing = (error: Error & { code?: string }): GraphStore => new Proxy(store, { get: (target, key) => (key === 'counts' ? () => Promise.reject(error) : Reflect.get(target, key)) });

  it('an unexpected error is a 500 without a stack trace', async () => {
    const broken = await startApi(failing(new Error('secret internals at /srv/x.ts:1')));
    const { status, text } = await broken.get('/api/health');
    await broken.close();
    expect(status).toBe(500);
    expect(JSON.parse(text)).toEqual({ error: { code: 'internal', message: 'internal error' } });
    expect(text).not.toContain('secret');
  });

  it('a database that went away is a 503', async () => {
    const down = await startApi(failing(Object.assign(new Error('connection refused'), { code: 'ServiceUnavailable' })));
    const { status, body } = await down.get('/api/health');
    await down.close();
    expect(status).toBe(503);
    expect(body.error.code).toBe('store_unavailable');
  });
});
