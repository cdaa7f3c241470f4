/**
 * POST /api/cypher over a Neo4j store
 * ===================================
 * At most a few researchers' queries run at once, and a few more wait; the rest are told to come back
 * (429), so slow queries hold a bounded share of Neo4j and of the driver's connections and the typed
 * endpoints keep theirs. A query's slot is given back only when Neo4j has finished with it: a query
 * that ignores its timeout inside one expression keeps its slot, so such queries cannot pile up.
 * Every failure of a query is a 4xx with a code that says what happened.
 */
import { CypherRefused, type CypherLimits, type CypherResult, type Neo4jStore } from '@vnkg/store';

import { ApiError } from './errors.js';
import { Slots, type SlotLimits } from './slots.js';

/** Queries running in Neo4j at once, and queries waiting for a slot (more get 429). */
export type CypherConcurrency = SlotLimits;

/** How long past the query's own timeout the API waits before answering that it timed out. */
const ANSWER_GRACE_MS = 2_000;

export function cypherRunner(store: Neo4jStore, limits: CypherLimits, concurrency: CypherConcurrency) {
  const slots = new Slots(concurrency, (running, waiting) => new ApiError(429, 'cypher_busy', `${running} queries are running and ${waiting} waiting; try again shortly`));
  return async (query: string, params: Record<string, unknown>): Promise<CypherResult> => {
    const release = await slots.take();
    const answer = store.cypher(query, params, limits).finally(release);
    answer.catch(() => undefined); // answered below, or after the deadline by nobody
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(timedOut(limits)), limits.timeoutMs + ANSWER_GRACE_MS);
    });
    try {
      return await Promise.race([answer, deadline]);
    } catch (error) {
      throw cypherError(error, limits);
    } finally {
      clearTimeout(timer);
    }
  };
}

const timedOut = (limits: CypherLimits) => new ApiError(400, 'cypher_timeout', `the query ran longer than ${limits.timeoutMs / 1000} s`);

/** A failed query as an ApiError; errors of the connection itself are left to the error handler (503). */
export function cypherError(error: unknown, limits: CypherLimits): unknown {
  if (error instanceof ApiError) return error;
  if (error instanceof CypherRefused) return new ApiError(400, 'cypher_refused', error.message);
  const code = (error as { code?: string }).code ?? '';
  const message = (error as Error).message ?? String(error);
  if (code.includes('TransactionTimedOut') || code.includes('Terminated')) return timedOut(limits);
  if (code.includes('MemoryPoolOutOfMemoryError') || code.includes('OutOfMemory')) return new ApiError(400, 'cypher_too_large', 'the query needed more memory than a query may use; narrow it or aggregate');
  if (code.startsWith('Neo.ClientError.')) return new ApiError(400, 'cypher_error', message);
  // Neo4j failed on this query (an internal error of its planner or runtime): the query's fault to the caller.
  if (code.startsWith('Neo.DatabaseError.')) return new ApiError(400, 'cypher_failed', `Neo4j could not run this query: ${message}`);
  if (error instanceof RangeError) return new ApiError(400, 'cypher_failed', 'the query or its parameters are too deeply nested');
  return error;
}
