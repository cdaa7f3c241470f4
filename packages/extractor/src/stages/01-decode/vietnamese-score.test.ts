import { describe, expect, it } from 'vitest';

import { languageShares, leadingLanguageShares } from './vietnamese-score.js';

describe('language shares', () => {
  it('counts the words between spaces, digits and punctuation, each language against its common words', () => {
    const shares = languageShares('Sáng 5/3, Tỉnh ủy tổ chức hội nghị (lần thứ 2) – “quan trọng” và the meeting…');
    // Sáng, Tỉnh, ủy, tổ, chức, hội, nghị, lần, thứ, quan, trọng, và, the, meeting
    expect(shares.words).toBe(14);
    expect(shares.vi).toBeGreaterThan(0.3);
    expect(shares.en).toBeGreaterThan(0);
    expect(shares.en).toBeLessThan(shares.vi);
  });

  it('reads English as English', () => {
    const shares = languageShares('The Provincial Party Committee held a conference on Tuesday to review the work of the year.');
    expect(shares.en).toBeGreaterThan(shares.vi);
  });

  it('takes replacement characters off both shares', () => {
    const clean = languageShares('Hội nghị của Tỉnh ủy');
    const broken = languageShares('Hội nghị của Tỉnh ủy \uFFFD\uFFFD');
    expect(broken.words).toBe(clean.words);
    expect(broken.vi).toBeLessThan(clean.vi);
  });

  it('judges a long text by its leading words, cut at a space', () => {
    const text = `${'Hội nghị Tỉnh ủy '.repeat(50)}${'the meeting of the year '.repeat(200)}`;
    const leading = leadingLanguageShares(text, 400);
    expect(leading.words).toBeLessThan(120);
    expect(leading.vi).toBeGreaterThan(leading.en);
    expect(languageShares(text).en).toBeGreaterThan(languageShares(text).vi);
  });
});
