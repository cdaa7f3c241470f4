import { describe, expect, it } from 'vitest';

import { overviewIds, PER_PERSON } from './overview.js';

describe('overviewIds', () => {
  const candidates = {
    persons: [
      { id: 'p1', neighbours: ['hub', 'o1', 'o2', 'o3'] },
      { id: 'p2', neighbours: ['hub', 'o4'] },
    ],
    ranked: ['hub', 'p1', 'x', 'y', 'p2', 'o1'],
  };

  it('takes each person with its best connected neighbours before the hubs', () => {
    expect(overviewIds(candidates, 20).ids.slice(0, 6)).toEqual(['p1', 'hub', 'o1', 'o2', 'p2', 'o4']);
    expect(PER_PERSON).toBe(3);
  });

  it('fills what room is left with the most connected other nodes, and says when it cut', () => {
    expect(overviewIds(candidates, 8)).toEqual({ ids: ['p1', 'hub', 'o1', 'o2', 'p2', 'o4', 'x', 'y'], truncated: false });
    expect(overviewIds(candidates, 3)).toEqual({ ids: ['p1', 'hub', 'o1'], truncated: true });
  });

  it('takes no person without a neighbour, nor one whose neighbour has no room', () => {
    const lonely = { persons: [{ id: 'p1', neighbours: ['a'] }, { id: 'alone', neighbours: [] }], ranked: ['hub', 'p1', 'a', 'alone'] };
    expect(overviewIds(lonely, 4).ids).toEqual(['p1', 'a', 'hub']);
    const tight = { persons: [{ id: 'p1', neighbours: ['a', 'b', 'c'] }, { id: 'p2', neighbours: ['d'] }], ranked: ['p1', 'p2', 'a', 'b', 'c', 'd'] };
    expect(overviewIds(tight, 5).ids).toEqual(['p1', 'a', 'b', 'c', 'd']);
    expect(overviewIds(tight, 6).ids).toEqual(['p1', 'a', 'b', 'c', 'p2', 'd']);
  });

  it('works on a graph without persons', () => {
    expect(overviewIds({ persons: [], ranked: ['a', 'b', 'c'] }, 2)).toEqual({ ids: ['a', 'b'], truncated: true });
  });
});
