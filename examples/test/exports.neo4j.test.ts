/**
 * The exports as a researcher reads them: the seeds loaded into a real Neo4j, exported through the API
 * writers with their provenance, then read by NetworkX (GraphML, GEXF) and pandas (CSV) in the notebooks'
 * virtualenv. Every HELD_POSITION edge must bring its evidence sentences and article ids along.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { EXPORTS } from '../../packages/graph-api/src/export.js';
import { answers, loadGraphFile, Neo4jStore } from '../../packages/store/src/index.js';
import { extractSeeds, testDriver, testSettings, wipe } from '../../packages/store/test/neo4j-helpers.js';
import { ensureVenv, ROOT } from '../../tools/python/venv.js';

const READ = `
import json, sys
import networkx as nx
import pandas as pd
folder = sys.argv[1]
out = {}
for kind, graph in (("graphml", nx.read_graphml(f"{folder}/graph.graphml")), ("gexf", nx.read_gexf(f"{folder}/graph.gexf"))):
    held = [d for _, _, d in graph.edges(data=True) if d.get("type") == "HELD_POSITION"]
    out[kind] = {
        "edges": graph.number_of_edges(),
        "held": len(held),
        "heldWithEvidence": sum(1 for d in held if json.loads(d["evidence"]) and d["articles"]),
        "evidenceCountType": type(held[0]["evidence_count"]).__name__,
        "firstQuote": sorted(json.loads(d["evidence"])[0]["quote"] for d in held)[0],
    }
table = pd.read_csv(f"{folder}/graph.csv")
held = table[table["type"] == "HELD_POSITION"]
out["csv"] = {"rows": len(table), "held": len(held), "heldWithEvidence": int(held["evidence"].map(lambda e: len(json.loads(e)) > 0).sum())}
print(json.dumps(out))
`;

let read: Record<string, Record<string, unknown>>;
let heldEdges: number;

beforeAll(async () => {
  const python = join(ensureVenv(join(ROOT, 'examples', 'requirements.txt'), 'python-venv'), 'bin', 'python');
  const driver = await testDriver();
  await wipe(driver);
  await loadGraphFile(driver, (await extractSeeds()).path, { database: testSettings().database, batchSize: 500 });
  const store = new Neo4jStore(driver, testSettings().database);
  try {
    const graph = await answers.withProvenance(store, await answers.everything(store, 10_000));
    heldEdges = graph.edges.filter((e) => e.type === 'HELD_POSITION').length;
    const folder = mkdtempSync(join(tmpdir(), 'kg-exports-'));
    for (const format of ['graphml', 'gexf', 'csv'] as const) writeFileSync(join(folder, `graph.${format}`), [...EXPORTS[format].write(graph)].join(''));
    read = JSON.parse(execFileSync(python, ['-c', READ, folder], { encoding: 'utf8' })) as typeof read;
  } finally {
    await store.close();
  }
}, 900_000);

describe('exports read by NetworkX and pandas', () => {
  it.each(['graphml', 'gexf'])('%s: every office held comes with its evidence and articles, and counts are numbers', (kind) => {
    expect(heldEdges).toBeGreaterThan(10);
    expect(read[kind]).toMatchObject({ held: heldEdges, heldWithEvidence: heldEdges, evidenceCountType: 'int' });
    expect(read[kind]!.firstQuote).toEqual(expect.any(String));
  });

  it('csv: one row per edge, evidence in a column', () => {
    expect(read.csv).toMatchObject({ held: heldEdges, heldWithEvidence: heldEdges });
    expect(read.csv!.rows).toBe(read.graphml!.edges);
  });
});
