/**
 * Read-only Cypher for researchers over HTTP
 * ==========================================
 * Whether a query only reads the graph is decided from Neo4j's own parse, never from the query text:
 * the query is EXPLAINed and refused unless every operator of its plan is one that only reads
 * (./read-plan-operators.ts) and every procedure it calls is on a short list. A text trick (odd
 * whitespace, comments, strings, unicode escapes, `CYPHER` options) changes nothing, because the plan is
 * what Neo4j will run. The query then runs in a READ transaction with a timeout and stops at a row and
 * a byte cap. Behind this check the server itself reads no files or URLs (tools/neo4j-local and
 * docker-compose settings; docs/api.md, "Security model").
 *
 * The only checks on the text are limits that protect Neo4j's parser and the driver: bracket nesting
 * (Neo4j's parser overflows its stack at a few hundred levels and the request hangs) and the nesting of
 * the parameters.
 */
import { isNode, isPath, isRelationship, type Driver } from 'neo4j-driver';

import { READ_PLAN_OPERATORS } from './read-plan-operators.js';

/** A query the API will not run: the reason is for the researcher. */
export class CypherRefused extends Error {
  override readonly name = 'CypherRefused';
}

/** Procedures a researcher may call: index lookups and schema listings. */
export const ALLOWED_PROCEDURES = new Set(['db.index.fulltext.querynodes', 'db.index.fulltext.queryrelationships', 'db.labels', 'db.relationshiptypes', 'db.propertykeys', 'db.schema.visualization', 'db.schema.nodetypeproperties', 'db.schema.reltypeproperties']);

export const MAX_BRACKET_DEPTH = 100;
export const MAX_PARAMS_DEPTH = 32;

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

/** The part of the driver's plan this check reads. */
export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/**
 * The deepest nesting of (, [ and { outside strings, quoted names and comments. Unbalanced text is
 * Neo4j's to report; this only bounds the depth its parser must walk.
 */
export function bracketDepth(query: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < query.length; i++) {
    const char = query[i]!;
    if (char === "'" || char === '"' || char === '`') {
      // Skip to the closing quote; a backslash escapes the next character in strings.
      for (i++; i < query.length && query[i] !== char; i++) if (query[i] === '\\' && char !== '`') i++;
    } else if (char === '/' && query[i + 1] === '/') {
      while (i < query.length && query[i] !== '\n') i++;
    } else if (char === '/' && query[i + 1] === '*') {
      const end = query.indexOf('*/', i + 2);
      i = end < 0 ? query.length : end + 1;
    } else if (char === '(' || char === '[' || char === '{') {
      deepest = Math.max(deepest, ++depth);
    } else if (char === ')' || char === ']' || char === '}') {
      depth = Math.max(0, depth - 1);
    }
  }
  return deepest;
}

/** How deeply lists and maps nest in a parameter value; walked without recursion (values may nest deeply). */
export function valueDepth(value: unknown): number {
  let deepest = 0;
  const pending: Array<[unknown, number]> = [[value, 0]];
  while (pending.length) {
    const [item, depth] = pending.pop()!;
    if (item === null || typeof item !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    for (const child of Array.isArray(item) ? item : Object.values(item)) pending.push([child, depth + 1]);
  }
  return deepest;
}

/** The refusal of a query's text before Neo4j parses it: only size limits, or null. */
export function textRefusal(query: string, params: Record<string, unknown>): string | null {
  if (bracketDepth(query) > MAX_BRACKET_DEPTH) return `brackets nest deeper than ${MAX_BRACKET_DEPTH} levels`;
  if (valueDepth(params) > MAX_PARAMS_DEPTH) return `parameters nest deeper than ${MAX_PARAMS_DEPTH} levels`;
  return null;
}

/** "Expand(All)@neo4j" → ["Expand(All)", "neo4j"]: the operator and the database it runs on. */
function operatorAndDatabase(operatorType: string): [operator: string, database: string | null] {
  const at = operatorType.lastIndexOf('@');
  return at < 0 ? [operatorType, null] : [operatorType.slice(0, at), operatorType.slice(at + 1)];
}

/** "db.labels() :: (label :: STRING)" → "db.labels". */
const procedureName = (details: unknown) => String(details ?? '').split('(')[0]!.trim();

/**
 * Why an EXPLAIN plan is not a read-only one over `database`, or null when every operator only reads
 * it (a `USE` clause that names another database shows in the operators' "@database").
 */
export function planRefusal(plan: PlanNode, database: string): string | null {
  const pending = [plan];
  while (pending.length) {
    const node = pending.pop()!;
    const [operator, operatorDatabase] = operatorAndDatabase(node.operatorType);
    if (operatorDatabase !== null && operatorDatabase.toLowerCase() !== database.toLowerCase()) return `only database ${database} can be queried here`;
    if (operator === 'ProcedureCall') {
      const name = procedureName(node.arguments.Details);
      if (!ALLOWED_PROCEDURES.has(name.toLowerCase())) return `procedure ${name || '(unnamed)'} is not allowed (allowed: ${[...ALLOWED_PROCEDURES].join(', ')})`;
    } else if (!READ_PLAN_OPERATORS.has(operator)) {
      return `only queries that read the graph are allowed; this one's plan has ${operator}`;
    }
    pending.push(...node.children);
  }
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
  const refusedText = textRefusal(query, params);
  if (refusedText) throw new CypherRefused(refusedText);
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    // EXPLAIN plans without running; the plan is of exactly the text that runs below.
    const explained = await session.executeRead((tx) => tx.run(`EXPLAIN ${query}`, params), { timeout: limits.timeoutMs });
    const plan = explained.summary.plan;
    if (!plan) throw new CypherRefused('Neo4j gave no plan for this query, so it cannot be checked');
    const refusedPlan = planRefusal(plan as PlanNode, database) ?? (explained.summary.queryType !== 'r' ? 'only queries that read the graph are allowed (this one writes or changes the schema)' : null);
    if (refusedPlan) throw new CypherRefused(refusedPlan);
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
