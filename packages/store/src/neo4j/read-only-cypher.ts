/**
 * Read-only Cypher for researchers over HTTP
 * ==========================================
 * A query passes only if (1) it names no file or network access (LOAD CSV, procedures outside a short
 * list of read-only ones; a read transaction alone does not stop those), and (2) EXPLAIN says it only
 * reads. It then runs in a READ transaction with a timeout, and stops at a row and a byte cap.
 */
import { isNode, isPath, isRelationship, type Driver } from 'neo4j-driver';

export class CypherRefused extends Error {}

/** Procedures a researcher may call: index lookups and schema listings. */
const ALLOWED_PROCEDURES = new Set(['db.index.fulltext.querynodes', 'db.index.fulltext.queryrelationships', 'db.labels', 'db.relationshiptypes', 'db.propertykeys', 'db.schema.visualization', 'db.schema.nodetypeproperties', 'db.schema.reltypeproperties']);

export interface CypherLimits {
  timeoutMs: number;
  maxRows: number;
  maxBytes: number;
}

export interface CypherResult {
  columns: string[];
  rows: unknown[][];
  truncated: boolean;
}

/** Comments and string literals out, so a word inside a string neither refuses nor passes a query. */
function codeOnly(query: string): string {
  return query
    .replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, ' ')
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
}

export function refusal(query: string): string | null {
  const code = codeOnly(query);
  if (/\bLOAD\s+CSV\b/i.test(code)) return 'LOAD CSV reads files and URLs and is not allowed';
  for (const match of code.matchAll(/\bCALL\s+([A-Za-z_][\w.]*)/gi)) {
    const name = match[1]!.toLowerCase();
    if (!ALLOWED_PROCEDURES.has(name)) return `procedure ${match[1]} is not allowed (allowed: ${[...ALLOWED_PROCEDURES].join(', ')})`;
  }
  if (/^\s*(?:USE|SHOW|GRANT|REVOKE|DENY|ALTER|START|STOP|TERMINATE)\b/i.test(code)) return 'administration commands are not allowed';
  return null;
}

/** Neo4j values as plain JSON: nodes and relationships by their ids and properties. */
function plain(value: unknown): unknown {
  if (isNode(value as never)) {
    const node = value as unknown as { labels: string[]; properties: Record<string, unknown> };
    return { labels: node.labels.filter((l) => l !== 'Entity'), properties: plain(node.properties) };
  }
  if (isRelationship(value as never)) {
    const relationship = value as unknown as { type: string; properties: Record<string, unknown> };
    return { type: relationship.type, properties: plain(relationship.properties) };
  }
  if (isPath(value as never)) {
    const path = value as unknown as { segments: Array<{ start: unknown; relationship: unknown; end: unknown }> };
    return path.segments.map((segment) => ({ start: plain(segment.start), relationship: plain(segment.relationship), end: plain(segment.end) }));
  }
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    if (typeof (value as { toString?: unknown }).toString === 'function' && Object.getPrototypeOf(value) !== Object.prototype) return String(value);
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item)]));
  }
  return value;
}

export async function runReadOnlyCypher(driver: Driver, database: string, query: string, params: Record<string, unknown>, limits: CypherLimits): Promise<CypherResult> {
  const refused = refusal(query);
  if (refused) throw new CypherRefused(refused);
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const plan = await session.executeRead((tx) => tx.run(`EXPLAIN ${query}`, params));
    if (plan.summary.queryType !== 'r') throw new CypherRefused('only read queries are allowed (this one writes or changes the schema)');
    return await session.executeRead(
      async (tx) => {
        const rows: unknown[][] = [];
        let columns: string[] = [];
        let bytes = 0;
        let truncated = false;
        const result = tx.run(query, params);
        for await (const record of result) {
          columns = record.keys as string[];
          if (rows.length >= limits.maxRows) {
            truncated = true;
            break;
          }
          const row = record.keys.map((key) => plain(record.get(key)));
          bytes += JSON.stringify(row).length;
          if (bytes > limits.maxBytes) {
            truncated = true;
            break;
          }
          rows.push(row);
        }
        if (columns.length === 0) columns = (await result.keys()) as string[];
        return { columns, rows, truncated };
      },
      { timeout: limits.timeoutMs },
    );
  } finally {
    await session.close();
  }
}
