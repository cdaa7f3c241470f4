/**
 * Every store call answers within a deadline. A Neo4j that stalls (a stopped process, a full disk, a
 * network that drops packets without closing) leaves the driver waiting with no time limit of its own
 * for a query already sent; past the deadline the API answers 503 store_unavailable instead of
 * hanging, and the late answer, when it comes, is dropped.
 */
import type { GraphStore } from '@vnkg/store';

import { ApiError } from './errors.js';

export const storeTimedOut = (ms: number) => new ApiError(503, 'store_unavailable', `the graph database did not answer within ${ms / 1000} s; try again shortly`);

/** The store with each of its async methods raced against `ms`. */
export function withDeadline<S extends GraphStore>(store: S, ms: number): S {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || property === 'close') return value;
      return (...args: unknown[]) => {
        const answer = value.apply(target, args);
        if (!(answer instanceof Promise)) return answer;
        answer.catch(() => undefined); // a late failure is nobody's to handle
        let timer: NodeJS.Timeout | undefined;
        const deadline = new Promise<never>((_resolve, reject) => {
          timer = setTimeout(() => reject(storeTimedOut(ms)), ms);
        });
        return Promise.race([answer, deadline]).finally(() => clearTimeout(timer));
      };
    },
  });
}
