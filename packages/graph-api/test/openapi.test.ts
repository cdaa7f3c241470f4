/**
 * The OpenAPI document against the app it describes (embedded store over the seeds): every documented
 * example is answered as documented, and every length and range the document gives is the one the
 * validators apply — a value at the bound passes, one past it is a 400.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runExtraction, type GraphRecord } from '@vnkg/extractor';
import { EmbeddedStore } from '@vnkg/store';

import { OPENAPI } from '../src/openapi.js';
import { startApi, type TestApi } from './api-helpers.js';

const SEEDS = new URL('../../../seeds', import.meta.url).pathname;
let api: TestApi;

beforeAll(async () => {
  const records: GraphRecord[] = [];
  await runExtraction([SEEDS], { write: (r) => records.push(r) });
  api = await startApi(EmbeddedStore.fromRecords(records));
});
afterAll(async () => {
  await api.close();
});

interface Parameter {
  name: string;
  in: 'query' | 'path';
  required: boolean;
  schema: { type: string; minLength?: number; maxLength?: number; minimum?: number; maximum?: number; enum?: readonly string[]; format?: string };
  example: unknown;
}
interface Operation {
  parameters?: readonly Parameter[];
  requestBody?: { content: { 'application/json': { example: unknown } } };
  responses: Record<string, unknown>;
}

const operations = Object.entries(OPENAPI.paths).flatMap(([path, methods]) => Object.entries(methods as Record<string, Operation>).map(([method, operation]) => ({ path, method, operation })));

/** The request for an operation with its examples, `override` replacing one parameter's value. */
function url(path: string, parameters: readonly Parameter[], override: Record<string, string> = {}): string {
  const value = (p: Parameter) => override[p.name] ?? String(p.example);
  const filled = parameters.filter((p) => p.in === 'path').reduce((text, p) => text.replace(`{${p.name}}`, encodeURIComponent(value(p))), path);
  const search = new URLSearchParams(parameters.filter((p) => p.in === 'query').map((p) => [p.name, value(p)]));
  return `${filled}?${search}`;
}

async function send(method: string, target: string, body?: unknown) {
  const response = await fetch(api.url + target, { method: method.toUpperCase(), body: body === undefined ? undefined : JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  return { status: response.status, text: await response.text() };
}

describe('every documented example', () => {
  it.each(operations.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))('%s is answered as documented', async (_name, { path, method, operation }) => {
    for (const parameter of operation.parameters ?? []) expect(parameter.example, `${path} ${parameter.name} has an example`).toBeDefined();
    const { status, text } = await send(method, url(path, operation.parameters ?? []), operation.requestBody?.content['application/json'].example);
    expect(Object.keys(operation.responses), text).toContain(String(status));
    // Examples name things that are in the seeds: found, not refused. Cypher needs Neo4j (501 here).
    expect(status, text).toBe(path === '/api/cypher' ? 501 : 200);
  });
});

describe('documented bounds are the validators’ bounds', () => {
  const bounded = operations.flatMap(({ path, method, operation }) => (operation.parameters ?? []).filter((p) => p.schema.maxLength !== undefined || p.schema.maximum !== undefined).map((p) => [`${path} ${p.name}`, path, method, operation.parameters!, p] as const));

  it.each(bounded)('%s', async (_name, path, method, parameters, parameter) => {
    const { minLength, maxLength, minimum, maximum } = parameter.schema;
    const cases: Array<[value: string, valid: boolean]> = [];
    if (maxLength !== undefined) cases.push(['x'.repeat(maxLength), true], ['x'.repeat(maxLength + 1), false]);
    if (minLength !== undefined) cases.push(['x'.repeat(minLength), true]);
    if (maximum !== undefined) cases.push([String(maximum), true], [String(maximum + 1), false]);
    if (minimum !== undefined) cases.push([String(minimum), true], [String(minimum - 1), false]);
    for (const [value, valid] of cases) {
      const { status, text } = await send(method, url(path, parameters, { [parameter.name]: value }));
      if (valid) expect(status, `${parameter.name}=${value.slice(0, 20)}… (${value.length}): ${text}`).not.toBe(400);
      else expect(status, `${parameter.name}=${value.slice(0, 20)}… (${value.length})`).toBe(400);
    }
  });
});
