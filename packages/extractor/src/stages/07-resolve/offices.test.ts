import { describe, expect, it } from 'vitest';

import { extractArticle } from '../../pipeline.js';

describe('07-resolve/offices: an office, its body and its province', () => {
  it('places a provincial office in its province directly and through its body; a central one in none', () => {
    const text = [
      'Sáng 12/3, Tỉnh ủy Lai Châu tổ chức hội nghị sơ kết công tác quý I.',
      'Đồng chí Trần Văn Tư, Bí thư Tỉnh ủy Lai Châu, chủ trì hội nghị; đồng chí Lê Thị Mai, Ủy viên Bộ Chính trị, dự và phát biểu.',
    ].join('\n\n');
    const { edges } = extractArticle({ file: 'lc.txt', origin: 'lc.txt', text, given: { published: '2024-03-12' } });
    const from = (id: string, type: string): string[] => edges.filter((e) => e.from === id && e.type === type).map((e) => e.to);
    expect(from('position:bí-thư-tỉnh-ủy-lai-châu', 'LOCATED_IN')).toEqual(['province:lai-châu']);
    expect(from('position:bí-thư-tỉnh-ủy-lai-châu', 'POSITION_IN')).toEqual(['org:tỉnh-ủy-lai-châu']);
    expect(from('org:tỉnh-ủy-lai-châu', 'LOCATED_IN')).toEqual(['province:lai-châu']);
    expect(from('position:ủy-viên-bộ-chính-trị', 'LOCATED_IN')).toEqual([]);
  });
});
