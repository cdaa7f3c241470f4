import { describe, expect, it } from 'vitest';

import { splitFrontMatter } from './index.js';

describe('stages/02-front-matter', () => {
  it('takes url, published, title and source and strips the block', () => {
    const result = splitFrontMatter('---\nurl: "https://x.vn/a.html"\npublished: 2024-12-16\ntitle: Tiêu đề\nsource: Báo X\n---\nThân bài.');
    expect(result.given).toEqual({ url: 'https://x.vn/a.html', published: '2024-12-16', title: 'Tiêu đề', source: 'Báo X' });
    expect(result.text).toBe('Thân bài.');
  });

  it('reads stacked blocks, the first to give a key winning', () => {
    const result = splitFrontMatter('---\nurl: "https://x.vn/a.html"\n---\n---\nurl: "https://y.vn/b.html"\npublished: 2024-12-16\n---\nThân bài.');
    expect(result).toEqual({ text: 'Thân bài.', given: { url: 'https://x.vn/a.html', published: '2024-12-16' }, warnings: [] });
  });

  it('leaves text without front matter alone', () => {
    expect(splitFrontMatter('Tiêu đề\n---\nThân')).toEqual({ text: 'Tiêu đề\n---\nThân', given: {}, warnings: [] });
  });

  it('keeps a malformed block as text and warns', () => {
    const result = splitFrontMatter('---\nurl: [unclosed\n---\nThân');
    expect(result.warnings[0]).toMatch(/not valid YAML/);
    expect(result.text.startsWith('---')).toBe(true);
  });
});
