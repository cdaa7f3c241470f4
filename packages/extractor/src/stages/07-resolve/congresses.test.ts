import { describe, expect, it } from 'vitest';

import { extractArticle } from '../../pipeline.js';

const congresses = (text: string): Array<Record<string, unknown>> =>
  extractArticle({ file: 'x.txt', origin: 'x.txt', text, given: { published: '2025-05-20' } })
    .nodes.filter((n) => n.label === 'Congress')
    .map((n) => ({ id: n.id, ...n.props }));

describe('07-resolve: congresses by their party organisation', () => {
  it('scopes the congress of a party organisation outside the provinces by the organisation', () => {
    const found = congresses('Sáng 20/5, Đại hội đại biểu Đảng bộ Khối các cơ quan Trung ương lần thứ XIV, nhiệm kỳ 2025 - 2030 khai mạc tại Hà Nội.');
    expect(found).toEqual([expect.objectContaining({ scope: 'Đảng bộ Khối các cơ quan Trung ương', ordinal: 14, id: 'congress:đảng-bộ-khối-các-cơ-quan-trung-ương:14' })]);
    expect(congresses('Sáng 20/5, Đại hội đại biểu Đảng bộ Quân đội lần thứ XII khai mạc.')).toEqual([expect.objectContaining({ scope: 'Đảng bộ Quân đội', ordinal: 12 })]);
    // Written with an abbreviation, the same organisation.
    expect(congresses('Sáng 20/5, Đại hội đại biểu Đảng bộ Khối các cơ quan TW lần thứ XIV khai mạc tại Hà Nội.')).toEqual([
      expect.objectContaining({ scope: 'Đảng bộ Khối các cơ quan Trung ương', id: 'congress:đảng-bộ-khối-các-cơ-quan-trung-ương:14' }),
    ]);
  });

  it('keeps a province, or a district inside one, scoped by the province', () => {
    expect(congresses('Sáng 20/5, Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XX khai mạc.')).toEqual([expect.objectContaining({ scope: 'Nghệ An', ordinal: 20 })]);
    // A provincial bloc is the province's, though its name is like a central one's.
    expect(congresses('Sáng 20/5, Đại hội đại biểu Đảng bộ Khối các cơ quan tỉnh Nghệ An lần thứ VII khai mạc.')).toEqual([expect.objectContaining({ scope: 'Nghệ An', ordinal: 7 })]);
    expect(congresses('Tỉnh ủy Nghệ An chỉ đạo.\n\nSáng 20/5, Đại hội đại biểu Đảng bộ huyện Quỳ Hợp lần thứ XXVI khai mạc.')).toEqual([
      expect.objectContaining({ scope: 'Nghệ An', id: 'congress:nghệ-an:huyện-quỳ-hợp:26' }),
    ]);
  });
});
