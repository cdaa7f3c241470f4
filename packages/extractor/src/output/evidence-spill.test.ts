import { describe, expect, it } from 'vitest';

import type { Evidence } from '../types.js';
import { EvidenceSpill } from './evidence-spill.js';

describe('output/evidence-spill', () => {
  it('gives back every quote, whether it is still waiting in memory or already in the file', () => {
    const spill = new EvidenceSpill();
    const quote = (n: number): Evidence => ({ article: `a:${n}`, quote: `Đồng chí Nguyễn Văn ${n} phát biểu tại hội nghị. ${'x'.repeat(n % 300)}`, start: n, end: n + 40 });
    const refs = Array.from({ length: 6000 }, (_, n) => spill.append(quote(n)));
    // The last ones have not reached the file yet; reading them first must still work.
    expect(spill.read(refs[5999]!)).toEqual(quote(5999));
    const more = spill.append(quote(6000));
    for (const n of [0, 1, 2999, 5998]) expect(spill.read(refs[n]!)).toEqual(quote(n));
    expect(spill.read(more)).toEqual(quote(6000));
    spill.close();
  });
});
