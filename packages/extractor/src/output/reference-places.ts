/**
 * Reference places
 * ================
 * The province gazetteer as graph records, written with every extraction: a Province node for each of
 * the 63 pre-2025 and 34 post-2025 provinces and cities, and MERGED_INTO from each province that the
 * 1 July 2025 reorganisation (Nghị quyết 202/2025/QH15) merged into another, so researchers can walk
 * a province's officials across the merger. They rest on the gazetteer, not on an article: no
 * `articles`, no evidence; a province an article names is the same node, with that article.
 */
import { allProvinces } from '../lexicon/provinces.js';
import { slug } from '../text/slug.js';
import type { EdgeRecord, NodeRecord } from '../types.js';

export const MERGER_DATE = '2025-07-01';
export const MERGER_SOURCE = 'Nghị quyết 202/2025/QH15';

const provinceId = (name: string): string => `province:${slug(name)}`;

export function referencePlaces(): { nodes: NodeRecord[]; edges: EdgeRecord[] } {
  const nodes: NodeRecord[] = allProvinces().map((entry) => ({
    kind: 'node',
    label: 'Province',
    id: provinceId(entry.name),
    props: { name: entry.name, kind: entry.kind, era: entry.era, mergedInto: entry.mergedInto },
    articles: [],
  }));
  const edges: EdgeRecord[] = allProvinces()
    .filter((entry) => entry.mergedInto && entry.mergedInto !== entry.name)
    .map((entry) => ({
      kind: 'edge',
      type: 'MERGED_INTO',
      from: provinceId(entry.name),
      to: provinceId(entry.mergedInto!),
      props: { date: MERGER_DATE, source: MERGER_SOURCE },
      articles: [],
      evidence: [],
    }));
  return { nodes, edges };
}
