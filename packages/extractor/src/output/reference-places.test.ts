import { describe, expect, it } from 'vitest';

import { referencePlaces } from './reference-places.js';

describe('output/reference-places', () => {
  it('gives every province of the gazetteer and each 2025 merger, resting on no article', () => {
    const { nodes, edges } = referencePlaces();
    expect(nodes).toHaveLength(64);
    expect(nodes.every((n) => n.label === 'Province' && n.articles.length === 0)).toBe(true);
    expect(edges).toContainEqual(expect.objectContaining({ type: 'MERGED_INTO', from: 'province:vĩnh-phúc', to: 'province:phú-thọ', props: { date: '2025-07-01', source: 'Nghị quyết 202/2025/QH15' } }));
    // A unit that took others in does not merge into itself.
    expect(edges.some((e) => e.from === e.to)).toBe(false);
    expect(edges.length).toBeGreaterThanOrEqual(20);
  });
});
