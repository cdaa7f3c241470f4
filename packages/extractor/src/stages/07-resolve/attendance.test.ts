import { describe, expect, it } from 'vitest';

import { extractArticle } from '../../pipeline.js';

/** ATTENDED edges of an article, as "person: role" with the event name. */
function attendanceOf(text: string): { event: string | undefined; roles: Record<string, string> } {
  const { nodes, edges } = extractArticle({ file: 't.txt', origin: 't.txt', text, given: { published: '2024-03-05' } });
  const roles: Record<string, string> = {};
  for (const edge of edges.filter((e) => e.type === 'ATTENDED')) roles[edge.from] = edge.props.role as string;
  const event = nodes.find((n) => n.label === 'Event')?.props.name as string | undefined;
  return { event, roles };
}

describe('resolve/attendance', () => {
  it('reads directed, chaired, spoke and attended at a named conference', () => {
    const text = [
      'Hội nghị toàn quốc tổng kết công tác dân vận năm 2023',
      'Ngày 5/3, Ban Dân vận Trung ương tổ chức Hội nghị toàn quốc tổng kết công tác dân vận năm 2023.',
      'Tổng Bí thư Hoàng Văn Lâm dự và chỉ đạo hội nghị. Đồng chí Trần Thị Hoa - Trưởng Ban Dân vận Trung ương chủ trì hội nghị.',
      'Dự hội nghị có các đồng chí: Lê Văn Bình, Bí thư Tỉnh ủy; Phạm Minh Đức, Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam.',
      'Tại hội nghị, đồng chí Vũ Quốc Hùng phát biểu tham luận.',
    ].join('\n');
    expect(attendanceOf(text)).toEqual({
      event: 'Hội nghị toàn quốc tổng kết công tác dân vận năm 2023',
      roles: {
        'person:hoàng-văn-lâm': 'directed',
        'person:trần-thị-hoa': 'chaired',
        'person:lê-văn-bình': 'attended',
        'person:phạm-minh-đức': 'attended',
        'person:vũ-quốc-hùng': 'spoke',
      },
    });
  });

  it('gives a verb after a list of titled persons to all of them', () => {
    const text = [
      'Hội nghị trực tuyến học tập chuyên đề năm 2024 của Tỉnh ủy',
      'Sáng 5/3, Tỉnh ủy tổ chức Hội nghị trực tuyến học tập chuyên đề năm 2024.',
      'Tại điểm cầu huyện, đồng chí Đinh Văn Năm, Bí thư Huyện ủy; đồng chí Lý Thị Mai, Chủ tịch Ủy ban nhân dân huyện dự hội nghị.',
    ].join('\n');
    expect(attendanceOf(text).roles).toEqual({ 'person:đinh-văn-năm': 'attended', 'person:lý-thị-mai': 'attended' });
  });

  it('finds no attendance in an interview', () => {
    const text = 'Công tác cán bộ năm 2024 của tỉnh\n\nÔng Nguyễn Văn An, Trưởng Ban Tổ chức Tỉnh ủy cho biết tỉnh đã hoàn thành kế hoạch.\n\nHết.';
    expect(attendanceOf(text).roles).toEqual({});
  });
});
