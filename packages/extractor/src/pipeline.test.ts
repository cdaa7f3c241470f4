import { describe, expect, it } from 'vitest';

import { extractArticle } from './pipeline.js';

describe('pipeline', () => {
  it('writes the cleaned text and language on the article, and every evidence offset cuts its quote out of it', () => {
    const text = [
      'Hội nghị Ban Chấp hành Đảng bộ tỉnh Hà Nam',
      'Thứ hai, 05/05/2025 09:00',
      'Sáng 5/5, đồng chí Đinh Văn Toàn - Bí thư Tỉnh ủy Hà Nam chủ trì hội nghị.',
      'Đồng chí Lê Thị Mai, Phó Bí thư Thường trực Tỉnh ủy, phát biểu.',
    ].join('\n');
    const { article, edges } = extractArticle({ file: 't.txt', origin: 't.txt', text, given: {} });
    expect(article.language).toBe('vi');
    const evidence = edges.flatMap((edge) => edge.evidence);
    expect(evidence.length).toBeGreaterThan(1);
    for (const entry of evidence) expect(article.text!.slice(entry.start, entry.end)).toBe(entry.quote);
  });

  it('reads an English page as English', () => {
    const text = 'Party chief meets voters\n\nThe Secretary of the Provincial Party Committee met voters of the province on Monday and said that the committee would review the resolution of the congress.';
    expect(extractArticle({ file: 'e.txt', origin: 'e.txt', text, given: {} }).article.language).toBe('en');
  });
});
