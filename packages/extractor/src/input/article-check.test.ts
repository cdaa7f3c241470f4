import { describe, expect, it } from 'vitest';

import { notAnArticleReason, tooLargeReason } from './article-check.js';

// A deterministic stream of pseudo-random numbers, so the junk texts are the same on every run.
function randomText(length: number, alphabet: string, seed = 7): string {
  let state = seed;
  let text = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += alphabet[state % alphabet.length];
  }
  return text;
}

const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('') + '\n';

describe('input/article-check', () => {
  it.each([
    ['a Vietnamese report', 'Sáng nay, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết việc thực hiện nghị quyết của Đảng bộ tỉnh. Đồng chí Bí thư Tỉnh ủy chủ trì hội nghị và phát biểu chỉ đạo. Các đại biểu đã thảo luận về kết quả công tác xây dựng Đảng, phát triển kinh tế và nhiệm vụ trọng tâm trong những tháng cuối năm của địa phương.'],
    ['an English report', 'The Provincial Party Committee held a conference on Monday to review the implementation of the resolution of the provincial Party congress. Its secretary chaired the meeting and said that the province had met most of its targets for the year, and that the committee would focus on personnel work and on the economy in the months ahead.'],
    ['a short note too small to judge', 'Mã: 12-AB/CD; 34-EF/GH'],
  ])('passes %s', (_name, text) => {
    expect(notAnArticleReason(text)).toBeNull();
  });

  it.each([
    ['random printable characters', randomText(20_000, PRINTABLE)],
    ['base64', Buffer.from(randomText(20_000, 'abcdefghijklmnopqrstuvwxyz')).toString('base64').replace(/(.{76})/g, '$1\n')],
    ['a table of numbers and codes', Array.from({ length: 300 }, (_, i) => `row${i};KH${i % 13};x${(i * 7) % 31};total;${i * 3}`).join('\n')],
  ])('names %s as not an article', (_name, text) => {
    expect(notAnArticleReason(text)).toMatch(/^not read as an article: it does not read as Vietnamese or English \(\d+\.\d% common words in \d+ words/);
  });

  it('refuses a text larger than the limit and names the limit', () => {
    expect(tooLargeReason(50 * 1024 * 1024, 4 * 1024 * 1024)).toBe('not read as an article: 50.0 MB is larger than an article can be (limit 4.0 MB; --max-article-mb)');
    expect(tooLargeReason(4 * 1024 * 1024, 4 * 1024 * 1024)).toBeNull();
  });
});
