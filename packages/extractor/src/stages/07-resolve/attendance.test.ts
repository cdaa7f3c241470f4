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
  it('writes abbreviations out in the event name and leaves time words out', () => {
    const text = [
      'Kỷ luật cán bộ',
      'Tại Hội nghị lần thứ 5 Ban Chấp hành TW Đảng sáng nay (7/5), Ban Chấp hành Trung ương đã quyết định kỷ luật.',
      'Tổng Bí thư Hoàng Văn Lâm chủ trì hội nghị.',
    ].join('\n');
    expect(attendanceOf(text)).toEqual({ event: 'Hội nghị lần thứ 5 Ban Chấp hành Trung ương Đảng', roles: { 'person:hoàng-văn-lâm': 'chaired' } });
  });

  it('takes a list opening a sentence ("Cùng dự có …") as attendance of the article\'s event, which it need not name', () => {
    const text = [
      'Khai mạc Đại hội đại biểu Đảng bộ tỉnh Yên Bái lần thứ XX',
      'Sáng 5/3, Đại hội đại biểu Đảng bộ tỉnh Yên Bái lần thứ XX khai mạc.',
      'Cùng dự có đồng chí Đỗ Văn Một, Ủy viên Bộ Chính trị; đồng chí Lê Văn Hai, Bí thư Trung ương Đảng.',
    ].join('\n');
    expect(attendanceOf(text).roles).toEqual({ 'person:đỗ-văn-một': 'attended', 'person:lê-văn-hai': 'attended' });
  });

  it('reads the list after an attending verb and a colon, and no side ("về phía Trung ương") into the event name', () => {
    const text = [
      'Thành ủy quán triệt nghị quyết mới',
      'Sáng 5/3, Thành ủy tổ chức Hội nghị quán triệt Nghị quyết của Bộ Chính trị về phát triển thành phố.',
      'Dự hội nghị về phía Trung ương có đồng chí Trần Văn Ba, Phó Trưởng Ban Tổ chức Trung ương.',
      'Tại điểm cầu thành phố, các nguyên lãnh đạo đã tham dự hội nghị quán triệt: nguyên Thủ tướng Ngô Văn Bốn; nguyên Phó Chủ tịch nước Vũ Thị Năm.',
    ].join('\n');
    const { event, roles } = attendanceOf(text);
    expect(event).toBe('Hội nghị quán triệt Nghị quyết của Bộ Chính trị về phát triển thành phố');
    expect(roles).toEqual({ 'person:trần-văn-ba': 'attended', 'person:ngô-văn-bốn': 'attended', 'person:vũ-thị-năm': 'attended' });
    expect(attendanceOf('Công bố quyết định\nDự lễ về phía Trung ương có đồng chí Trần Văn Ba, Phó Trưởng Ban.').event ?? '').not.toMatch(/về phía/);
  });

  it('keeps "và trao" inside a ceremony name', () => {
    const text = ['Nghỉ hưu', 'Ngày 11/9, Tỉnh ủy tổ chức lễ công bố và trao quyết định nghỉ hưu đối với cán bộ.', 'Ông Lê Văn Hai phát biểu tại buổi lễ.'].join('\n');
    expect(attendanceOf(text).event).toBe('Lễ công bố và trao quyết định nghỉ hưu đối với cán bộ');
  });

  it('names a short event in full when the title carries it on', () => {
    const text = [
      'Bộ trưởng Lê Văn Sơn trao Quyết định Giám đốc Sở Y tế tỉnh Hà Nam',
      'Sáng 5/3, tại Sở Y tế, Bộ trưởng Lê Văn Sơn trao Quyết định cho ông Trần Văn Hải.',
      'Cùng dự hội nghị trao Quyết định có các đồng chí: Vũ Thị Lan, Phó Bí thư Tỉnh ủy.',
    ].join('\n');
    expect(attendanceOf(text).event).toBe('Hội nghị trao Quyết định Giám đốc Sở Y tế tỉnh Hà Nam');
  });

  it('has who hands over a decision and who receives it attend the handover', () => {
    const text = [
      'Bộ trưởng Lê Văn Sơn trao Quyết định Giám đốc Sở Y tế tỉnh Hà Nam',
      'Sáng 5/3, tại Sở Y tế, Bộ trưởng Lê Văn Sơn trao Quyết định của Bộ Y tế bổ nhiệm Giám đốc Sở Y tế đối với đồng chí Trần Văn Hải, Phó Giám đốc Sở.',
      'Cùng dự hội nghị trao Quyết định có đồng chí Vũ Thị Lan, Phó Bí thư Tỉnh ủy.',
      'Năm 2019, ông Đỗ Văn Nam được bổ nhiệm Phó Giám đốc Sở.',
    ].join('\n');
    expect(attendanceOf(text).roles).toEqual({ 'person:lê-văn-sơn': 'attended', 'person:trần-văn-hải': 'attended', 'person:vũ-thị-lan': 'attended' });
  });

  it('reads "có sự tham dự và chủ trì của" and "với sự tham dự của" before the persons', () => {
    const text = [
      'Hội nghị trực tuyến quán triệt Nghị quyết Trung ương 10',
      'Ngày 5/3, Đảng ủy Khối tổ chức Hội nghị trực tuyến quán triệt Nghị quyết Trung ương 10.',
      'Tại điểm cầu Tổng công ty Điện lực, có sự tham dự và chủ trì của đồng chí Trần Văn Hải - Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên.',
      'Hội nghị diễn ra với sự tham dự của đồng chí Vũ Thị Lan, Phó Bí thư Đảng ủy Khối.',
    ].join('\n');
    expect(attendanceOf(text).roles).toEqual({ 'person:trần-văn-hải': 'chaired', 'person:vũ-thị-lan': 'attended' });
  });

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

  it('reads who was at the bridge points of an online conference', () => {
    const text = [
      'Hội nghị trực tuyến quán triệt nghị quyết của Tỉnh ủy',
      'Sáng 5/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị trực tuyến quán triệt nghị quyết chuyên đề năm 2024.',
      'Tại điểm cầu chính có các đồng chí Hà Văn Bảo – Bí thư Tỉnh ủy; Nông Thị Thu – Phó Bí thư Tỉnh ủy.',
      'Tại điểm cầu huyện Mèo Vạc, đồng chí Sùng Văn Dính, Bí thư Huyện ủy; đồng chí Vàng Thị Mỷ, Phó Chủ tịch HĐND huyện và lãnh đạo các phòng, ban tham dự.',
    ].join('\n');
    expect(attendanceOf(text).roles).toEqual({
      'person:hà-văn-bảo': 'attended',
      'person:nông-thị-thu': 'attended',
      'person:sùng-văn-dính': 'attended',
      'person:vàng-thị-mỷ': 'attended',
    });
  });

  it('finds no attendance in an interview', () => {
    const text = 'Công tác cán bộ năm 2024 của tỉnh\n\nÔng Nguyễn Văn An, Trưởng Ban Tổ chức Tỉnh ủy cho biết tỉnh đã hoàn thành kế hoạch.\n\nHết.';
    expect(attendanceOf(text).roles).toEqual({});
  });

  it('names a council session by its council, and reads a sentence ending with a role verb as about the event', () => {
    const text = [
      'Bầu bổ sung Phó Chủ tịch UBND tỉnh',
      'Sáng 5/3, HĐND tỉnh Lai Châu khóa XV tổ chức Kỳ họp thứ 12, các đại biểu đã bầu bổ sung Phó Chủ tịch UBND tỉnh.',
      'Ông Lê Văn Ba, Phó Trưởng Ban Tổ chức Trung ương, tới dự.',
    ].join('\n');
    expect(attendanceOf(text)).toEqual({ event: 'Kỳ họp thứ 12 Hội đồng nhân dân tỉnh Lai Châu khóa XV', roles: { 'person:lê-văn-ba': 'attended' } });
  });

  it('reads a commission\'s numbered meeting written with the body first', () => {
    const text = ['Kỷ luật cán bộ', 'Từ ngày 10-12/5, Ủy ban Kiểm tra T.Ư họp kỳ 21 dưới sự chủ trì của Chủ nhiệm UBKT Trần Văn Tú.'].join('\n');
    expect(attendanceOf(text)).toEqual({ event: 'Kỳ họp 21 Ủy ban Kiểm tra Trung ương', roles: { 'person:trần-văn-tú': 'chaired' } });
  });

  it('takes a ceremony the article speaks of but does not name from the lead\'s act, with each side\'s list of attendees', () => {
    const text = [
      'Bộ máy mới vận hành thông suốt',
      'Sáng 30/6, tỉnh Gia Lai công bố nghị quyết về thành lập các xã, phường mới; công bố quyết định thành lập các Đảng bộ xã.',
      'Dự lễ về phía Trung ương có đồng chí Lê Văn Ba, Ủy viên Bộ Chính trị.',
      'Về phía tỉnh có các đồng chí: Hồ Văn Bốn, Bí thư Tỉnh ủy; Châu Văn Năm, Chủ tịch UBND tỉnh.',
    ].join('\n');
    expect(attendanceOf(text)).toEqual({
      event: 'Lễ công bố nghị quyết về thành lập các xã, phường mới; công bố quyết định thành lập các Đảng bộ xã',
      roles: { 'person:lê-văn-ba': 'attended', 'person:hồ-văn-bốn': 'attended', 'person:châu-văn-năm': 'attended' },
    });
  });

  it('takes a sitting of a congress for the congress', () => {
    const text = [
      'Phiên trù bị Đại hội',
      'Sáng 5/5, Phiên trù bị Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần thứ XV đã diễn ra.',
      'Ông Lê Văn Ba, Phó Trưởng Ban Tổ chức Trung ương dự phiên trù bị.',
    ].join('\n');
    const { nodes, edges } = extractArticle({ file: 't.txt', origin: 't.txt', text, given: { published: '2025-05-05' } });
    const attended = edges.filter((e) => e.type === 'ATTENDED').map((e) => e.to);
    expect(attended).toHaveLength(1);
    expect(nodes.find((n) => n.id === attended[0])?.label).toBe('Congress');
  });

  it('takes the congress a title reports over a meeting of its lead, and over one mentioned further down', () => {
    const congressOf = (text: string): string | undefined => {
      const { nodes, edges } = extractArticle({ file: 't.txt', origin: 't.txt', text, given: { published: '2025-10-05' } });
      const to = edges.find((e) => e.type === 'ATTENDED')?.to;
      return nodes.find((n) => n.id === to)?.label;
    };
    const titled = [
      'Bế mạc Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần thứ XV',
      'Sáng 5/10, sau khi Đại hội bế mạc, Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh khóa XV đã bầu Ban Thường vụ.',
      'Dự Đại hội có đồng chí Lê Văn Ba, Ủy viên Bộ Chính trị.',
    ].join('\n');
    expect(congressOf(titled)).toBe('Congress');
    const later = [
      'Đảng bộ tỉnh Lai Châu: đoàn kết, đổi mới',
      'Sáng 5/10, Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần thứ XV khai mạc.',
      'Dự Đại hội có đồng chí Lê Văn Ba, Ủy viên Bộ Chính trị.',
      'Báo cáo chính trị nêu rõ kết quả.',
      'Nhiệm kỳ qua, tỉnh đạt nhiều thành tựu.',
      'Tỉnh tăng trưởng khá.',
      'Trước đó, Hội nghị tổng kết công tác xây dựng Đảng của tỉnh đã được tổ chức.',
    ].join('\n');
    expect(congressOf(later)).toBe('Congress');
  });

  it('takes the congress the article reports, not the first one it names in passing', () => {
    const text = [
      'Đảng bộ tỉnh Lai Châu sau 90 năm',
      'Từ Đại hội đại biểu toàn quốc lần thứ I của Đảng đến nay, Đảng bộ tỉnh đã trưởng thành.',
      'Sáng 5/10, Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần thứ XV khai mạc; Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần thứ XV có 300 đại biểu.',
      'Dự Đại hội có đồng chí Lê Văn Ba, Ủy viên Bộ Chính trị.',
    ].join('\n');
    const { edges } = extractArticle({ file: 't.txt', origin: 't.txt', text, given: { published: '2025-10-05' } });
    expect(edges.filter((e) => e.type === 'ATTENDED').map((e) => e.to)).toEqual(['congress:lai-châu:15']);
  });

  it('takes a congress named without its ordinal, else the title that tells of the event, when nothing else names one', () => {
    const unnumbered = [
      'Bạc Liêu: đoàn kết, đổi mới, phát triển',
      'Ngày 15/10, Đại hội đại biểu Đảng bộ tỉnh Bạc Liêu nhiệm kỳ 2020-2025 khai mạc.',
      'Tới dự có đồng chí Lê Văn Ba, Ủy viên Bộ Chính trị.',
    ].join('\n');
    expect(attendanceOf(unnumbered)).toEqual({ event: 'Đại hội đại biểu Đảng bộ tỉnh Bạc Liêu nhiệm kỳ 2020-2025 khai mạc', roles: { 'person:lê-văn-ba': 'attended' } });
    const titled = ['Phó Thủ tướng làm việc với tỉnh Quảng Ninh về phát triển du lịch', 'Cùng dự buổi làm việc có Thượng tướng Lê Văn Ba, Thứ trưởng Bộ Quốc phòng.'].join('\n');
    expect(attendanceOf(titled)).toEqual({ event: 'Phó Thủ tướng làm việc với tỉnh Quảng Ninh về phát triển du lịch', roles: { 'person:lê-văn-ba': 'attended' } });
  });

  it('takes no congress a title cites for the event, and no talk for a ceremony', () => {
    const cited = ['Nghệ An quán triệt Nghị quyết Đại hội XIV của Đảng', 'Sáng 5/3, Tỉnh ủy tổ chức hội nghị quán triệt.', 'Đồng chí Nguyễn Văn Nam, Bí thư Tỉnh ủy, chủ trì hội nghị.'].join('\n');
    const { nodes, edges } = extractArticle({ file: 't.txt', origin: 't.txt', text: cited, given: { published: '2026-03-05' } });
    const to = edges.find((e) => e.type === 'ATTENDED')?.to;
    expect(nodes.find((n) => n.id === to)?.label).toBe('Event');
    const talk = ['Tin hoạt động', 'Bên lề buổi lễ, ông Lê Văn Ba đã trao đổi với phóng viên về công tác cán bộ.', 'Ông Lê Văn Bốn, Phó Chủ tịch UBND tỉnh, tới dự.'].join('\n');
    expect(attendanceOf(talk).event ?? '').not.toMatch(/trao đổi/u);
  });

  it('reads those receiving a visit and a list without "có" as attendees', () => {
    const text = [
      'Phó Thủ tướng làm việc với tỉnh Bến Tre về phát triển kinh tế',
      'Tiếp đoàn có đồng chí Nguyễn Văn Hải, Bí thư Tỉnh ủy; đồng chí Lê Văn Ba, Chủ tịch UBND tỉnh.',
      'Đến tham dự đồng chí Trần Thị Hương - Phó Trưởng Ban Tuyên giáo Tỉnh ủy.',
    ].join('\n');
    expect(attendanceOf(text).roles).toEqual({ 'person:nguyễn-văn-hải': 'attended', 'person:lê-văn-ba': 'attended', 'person:trần-thị-hương': 'attended' });
  });
});
