import { describe, expect, it } from 'vitest';

import { BoundedMemo } from './memo.js';

describe('BoundedMemo', () => {
  it('computes each key once, remembers null answers too, and starts afresh past its bound', () => {
    const memo = new BoundedMemo<string | null>(2);
    let calls = 0;
    const answer = (key: string): string | null => memo.get(key, () => (calls++, key === 'none' ? null : key.toUpperCase()));
    expect([answer('a'), answer('a'), answer('none'), answer('none')]).toEqual(['A', 'A', null, null]);
    expect(calls).toBe(2);
    // A third key clears the two before it: 'a' is computed again.
    answer('b');
    answer('a');
    expect(calls).toBe(4);
  });
});
