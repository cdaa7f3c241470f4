/**
 * Search index of the embedded store: every word-suffix of every name in its search form ("le minh
 * hung", "minh hung", "hung"), sorted, so a prefix query is one binary search and a walk over the matches, not a scan.
 */
import { asciiFold } from '@vnkg/extractor';

import type { NodeSummary } from '../graph-store.js';

export class SearchIndex {
  private entries: Array<[key: string, node: NodeSummary]> = [];

  add(id: string, label: string, name: string): void {
    const node = { id, label, name };
    const key = asciiFold(name);
    this.entries.push([key, node]);
    for (let at = 1; at < key.length; at++) {
      if (!/[\p{L}\p{N}]/u.test(key[at - 1]!) && /[\p{L}\p{N}]/u.test(key[at]!)) this.entries.push([key.slice(at), node]);
    }
  }

  freeze(): void {
    this.entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  /** Nodes with a word starting with the query, at most `limit` of them (more than asked, for ranking). */
  prefixMatches(foldedQuery: string, label: string | null, limit: number): NodeSummary[] {
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.entries[middle]![0] < foldedQuery) low = middle + 1;
      else high = middle;
    }
    const found: NodeSummary[] = [];
    for (let index = low; index < this.entries.length && found.length < limit; index++) {
      const [key, node] = this.entries[index]!;
      if (!key.startsWith(foldedQuery)) break;
      if (!label || node.label === label) found.push(node);
    }
    return found;
  }
}
