/**
 * kg start (pnpm start): the main job. Extracts the corpus (CORPUS_DIR, default seeds/), puts it in
 * the configured store and serves the API and viewer on PORT (default 8080).
 *   - NEO4J_URI set: loads into Neo4j; a marker under DATA_DIR remembers which corpus was loaded.
 *   - otherwise: the embedded store, saved to DATA_DIR/embedded-store.json.
 * A restart with an unchanged corpus (and identity file, KG_IDENTITY) neither re-extracts nor reloads.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { connectNeo4j, EmbeddedStore, Neo4jStore, Neo4jUnavailableError, type GraphStore } from '@vnkg/store';

import { readConfig, type Config } from '../config.js';
import { extract } from './extract.js';
import { loadInto } from './load.js';
import { serveStore } from './serve.js';

/** Names, sizes and times of every file of the corpus: changes when an article is added or edited. */
function corpusFingerprint(dir: string): string {
  const hash = createHash('sha256');
  // Entries that cannot be read (an unreadable folder, a broken link) count by name: extract names them.
  const walk = (folder: string): void => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    } catch {
      hash.update(`${relative(dir, folder)}\0unreadable\n`);
      return;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        try {
          const stat = statSync(path);
          hash.update(`${relative(dir, path)}\0${stat.size}\0${stat.mtimeMs}\n`);
        } catch {
          hash.update(`${relative(dir, path)}\0unreadable\n`);
        }
      }
    }
  };
  walk(dir);
  return hash.digest('hex');
}

/** The corpus and the researcher's identity decisions: a changed decision file re-extracts too. */
function sourceFingerprint(config: Config): string {
  const corpus = corpusFingerprint(config.corpusDir);
  if (!config.identityFile) return corpus;
  let decisions: string;
  try {
    decisions = readFileSync(config.identityFile, 'utf8');
  } catch {
    decisions = 'unreadable';
  }
  return createHash('sha256').update(`${corpus}\0${decisions}`).digest('hex');
}

async function extractCorpus(config: Config, graphPath: string): Promise<boolean> {
  process.stderr.write(`extracting ${config.corpusDir} into ${graphPath}…\n`);
  // Inputs that fail are named by extract; the rest is still served.
  return (await extract([config.corpusDir, '--out', graphPath])) !== 2;
}

/** A marker file remembers what a store was built from: compared, not the (large) store itself. */
const markerSays = (path: string, wanted: string): boolean => existsSync(path) && readFileSync(path, 'utf8') === wanted;

async function embeddedStore(config: Config, fingerprint: string): Promise<EmbeddedStore | null> {
  const storePath = join(config.dataDir, 'embedded-store.json');
  const marker = join(config.dataDir, 'embedded-store.source');
  if (existsSync(storePath) && markerSays(marker, fingerprint)) {
    try {
      const saved = EmbeddedStore.open(storePath);
      process.stderr.write(`store: embedded, opened ${storePath} (corpus unchanged)\n`);
      return saved;
    } catch (error) {
      process.stderr.write(`warning: ${storePath} unreadable (${(error as Error).message}); rebuilding it\n`);
    }
  }
  const graphPath = join(config.dataDir, 'graph.jsonl');
  if (!(await extractCorpus(config, graphPath))) return null;
  const store = await EmbeddedStore.fromGraphFile(graphPath, (bad) => process.stderr.write(`error: ${graphPath} line ${bad.line}: ${bad.reason}\n`));
  store.save(storePath);
  writeFileSync(marker, fingerprint);
  process.stderr.write(`store: embedded, built from ${config.corpusDir} and saved to ${storePath}\n`);
  return store;
}

async function neo4jStore(config: Config, fingerprint: string): Promise<GraphStore | null> {
  const settings = config.neo4j!;
  const marker = join(config.dataDir, 'neo4j-loaded.json');
  const wanted = JSON.stringify({ uri: settings.uri, database: settings.database, fingerprint });
  if (!markerSays(marker, wanted)) {
    const graphPath = join(config.dataDir, 'graph.jsonl');
    if (!(await extractCorpus(config, graphPath))) return null;
    if ((await loadInto(graphPath, settings, config.batchSize, false)) !== 0) return null;
    writeFileSync(marker, wanted);
  } else {
    process.stderr.write(`corpus unchanged since the last load into ${settings.uri}; not reloading\n`);
  }
  const driver = await connectNeo4j(settings);
  process.stderr.write(`store: neo4j at ${settings.uri}\n`);
  return new Neo4jStore(driver, settings.database);
}

export async function start(): Promise<number> {
  let config: Config;
  try {
    config = readConfig();
  } catch (error) {
    process.stderr.write(`kg start: ${(error as Error).message}\n`);
    return 2;
  }
  if (!existsSync(config.corpusDir)) {
    process.stderr.write(`kg start: corpus folder ${config.corpusDir} not found (set CORPUS_DIR)\n`);
    return 2;
  }
  mkdirSync(config.dataDir, { recursive: true });
  const fingerprint = sourceFingerprint(config);
  let store: GraphStore | null;
  try {
    store = config.neo4j ? await neo4jStore(config, fingerprint) : await embeddedStore(config, fingerprint);
  } catch (error) {
    if (!(error instanceof Neo4jUnavailableError)) throw error;
    process.stderr.write(`kg start: ${error.message}\n`);
    return 1;
  }
  if (!store) return 1;
  process.stderr.write(
    config.neo4j
      ? 'to use the embedded store instead, start without NEO4J_URI\n'
      : 'to use Neo4j instead: pnpm neo4j:start, then NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_PASSWORD=kg-local-pass pnpm start\n',
  );
  return serveStore(store, config);
}
