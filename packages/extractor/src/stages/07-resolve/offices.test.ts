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

describe('07-resolve/offices: a party affairs committee takes its host', () => {
  const titles = (text: string): string[] =>
    extractArticle({ file: 'x.txt', origin: 'x.txt', text, given: { published: '2024-03-12' } })
      .nodes.filter((n) => n.label === 'Position')
      .map((n) => String(n.props.title))
      .sort();

  it('reads "Ban cán sự" written without "đảng" as the party affairs committee of the office beside it', () => {
    expect(titles('Sáng 12/3, Bộ Y tế tổ chức hội nghị.\n\nÔng Lý Văn Hợp, Bí thư Ban cán sự, Bộ trưởng Bộ Y tế phát biểu khai mạc.')).toEqual([
      'Bí thư Ban cán sự đảng Bộ Y tế',
      'Bộ trưởng Bộ Y tế',
    ]);
  });

  it('takes the host from the office after it, not from a party office before it written in lower case', () => {
    const found = titles('Sáng 12/3, Tỉnh ủy Sơn La họp.\n\nÔng Lò Văn Tấn, Phó bí thư Tỉnh ủy, Bí thư Ban cán sự đảng, Chủ tịch UBND tỉnh Sơn La phát biểu.');
    expect(found).toContain('Bí thư Ban cán sự đảng Ủy ban nhân dân tỉnh Sơn La');
    expect(found.filter((title) => title.startsWith('Bí thư Ban cán sự'))).toHaveLength(1);
  });
});

describe('07-resolve/offices: a holding in a long list is quoted by its clause', () => {
  const members = ['Hoàng Văn Bảy', 'Đinh Thị Tám', 'Vương Văn Chín', 'Lục Thị Mười', 'Triệu Văn Mười Một'];
  const list = members.map((name, i) => `đồng chí ${name}, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy khóa ${i + 10}`).join('; ');
  const text = `Sáng 2/4, Tỉnh ủy Bắc Kạn tổ chức Hội nghị sơ kết công tác xây dựng Đảng quý I năm 2024.\n\nDự hội nghị có đồng chí Ma Văn Một, Bí thư Tỉnh ủy Bắc Kạn; ${list}.`;
  const extraction = extractArticle({ file: 'bk.txt', origin: 'bk.txt', text, given: { published: '2024-04-02' } });

  it('quotes each official by the stretch between semicolons, with offsets that cut it out of the text', () => {
    const held = extraction.edges.filter((e) => e.type === 'HELD_POSITION' && e.from === 'person:ma-văn-một');
    expect(held.map((e) => e.evidence[0]!.quote)).toEqual(['Dự hội nghị có đồng chí Ma Văn Một, Bí thư Tỉnh ủy Bắc Kạn;']);
    for (const edge of extraction.edges) for (const e of edge.evidence) expect(extraction.text.slice(e.start, e.end)).toBe(e.quote);
  });

  it('keeps the whole sentence for attendance, which its opening words state', () => {
    const attended = extraction.edges.find((e) => e.type === 'ATTENDED' && e.from === 'person:ma-văn-một');
    expect(attended?.evidence[0]?.quote.startsWith('Dự hội nghị có đồng chí Ma Văn Một')).toBe(true);
    expect(attended?.evidence[0]?.quote.length).toBeGreaterThan(300);
  });
});

describe('07-resolve/offices: titles read against the rest of the sentence and the article', () => {
  const holdings = (text: string): string[] => {
    const { nodes, edges } = extractArticle({ file: 'x.txt', origin: 'x.txt', text, given: { published: '2024-03-12' } });
    const name = new Map(nodes.map((n) => [n.id, String(n.props.name ?? n.props.title)]));
    return edges.filter((e) => e.type === 'HELD_POSITION').map((e) => `${name.get(e.from)}: ${name.get(e.to)}`).sort();
  };

  it('ends the titles of the one who greets at the verb: the name after it has only its own title', () => {
    expect(holdings('Thượng tướng Lê Văn Dũng, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng đón Thủ tướng Trần Văn Nam tại sân bay.')).toEqual([
      'Lê Văn Dũng: Bộ trưởng Bộ Quốc phòng',
      'Lê Văn Dũng: Ủy viên Bộ Chính trị',
      'Trần Văn Nam: Thủ tướng Chính phủ',
    ]);
  });

  it('gives the office announced to the one announced, not to the announcer', () => {
    const text =
      'Đồng chí Nguyễn Văn Bình, Phó Trưởng Ban Tổ chức Trung ương thông báo quyết định của Bộ Chính trị về việc giới thiệu đồng chí Lê Văn Cường, nguyên Bí thư Tỉnh ủy Nghệ An hiệp thương cử giữ chức Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam.';
    expect(holdings(text).filter((h) => h.includes('Mặt trận'))).toEqual(['Lê Văn Cường: Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam']);
  });

  it('reads committees written in lower case and a district named like its province', () => {
    expect(holdings('Ông Lò Văn Mười, Bí thư huyện ủy Mường Chà, Chủ tịch Ủy ban Nhân dân huyện Điện Biên trước đây, phát biểu.')).toContain('Lò Văn Mười: Bí thư Huyện ủy Mường Chà');
    expect(holdings('Bà Cà Thị Hoa, Chủ tịch UBND huyện Điện Biên, phát biểu tại hội nghị của tỉnh Điện Biên.')).toEqual(['Cà Thị Hoa: Chủ tịch Ủy ban nhân dân huyện Điện Biên']);
  });

  it('gives a bare commission the scope the article gave it last', () => {
    expect(holdings('Ủy ban Kiểm tra T.Ư họp kỳ 12 dưới sự chủ trì của Chủ nhiệm UBKT Trần Văn Tú.')).toEqual(['Trần Văn Tú: Chủ nhiệm Ủy ban Kiểm tra Trung ương']);
    expect(holdings('Ban Tổ chức Tỉnh ủy Nghệ An tổ chức hội nghị.\n\nÔng Lê Văn Ba, Trưởng Ban Tổ chức, phát biểu.')).toEqual(['Lê Văn Ba: Trưởng Ban Tổ chức Tỉnh ủy Nghệ An']);
    // Nothing in the article scopes it: left as written.
    expect(holdings('Ông Lê Văn Ba, Trưởng Ban Tổ chức, phát biểu.')).toEqual(['Lê Văn Ba: Trưởng Ban Tổ chức']);
  });

  it('takes the province of a title written before the name from the title or the article, not from a later clause', () => {
    const text = 'Sáng 5/5, Tỉnh ủy Sơn La tổ chức hội nghị.\n\nBí thư Tỉnh ủy Hoàng Văn Tư sinh năm 1972, tại tỉnh Phú Thọ.';
    expect(holdings(text)).toEqual(['Hoàng Văn Tư: Bí thư Tỉnh ủy Sơn La']);
    expect(holdings('Ông Hoàng Văn Tư, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lạng Sơn, phát biểu.')).toEqual([
      'Hoàng Văn Tư: Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn',
      'Hoàng Văn Tư: Phó Bí thư Tỉnh ủy Lạng Sơn',
    ]);
  });

  it('keeps titles of one person from another: a proposer, a photographer, a "và" between two people, a verb inside', () => {
    expect(holdings('HĐND tỉnh Nghệ An đã bầu Chủ tịch UBND tỉnh theo đề nghị của ông Nguyễn Văn Nam.')).toEqual([]);
    expect(holdings('Hội nghị diễn ra sôi nổi. Ảnh: Trần Minh Hùng\n\nBí thư Tỉnh ủy Nghệ An đánh giá cao kết quả.')).toEqual([]);
    expect(holdings('Thứ trưởng Bộ Nội vụ và Phó Chủ tịch UBND tỉnh Nghệ An Trần Văn Bình cắt băng khánh thành.')).toEqual(['Trần Văn Bình: Phó Chủ tịch Ủy ban nhân dân tỉnh Nghệ An']);
    expect(holdings('Bí thư Tỉnh ủy Nghệ An đã tặng quà cho cựu chiến binh Nguyễn Văn Nam.')).toEqual([]);
  });

  it("keeps 'đã giữ chức' current, and a bare commission of a province's article its own", () => {
    expect(holdings('Sáng 5/5, ông Nguyễn Văn Nam đã giữ chức Bí thư Tỉnh ủy Nghệ An.')).toEqual(['Nguyễn Văn Nam: Bí thư Tỉnh ủy Nghệ An']);
    const visit = 'Sáng 5/5, Tỉnh ủy Nghệ An tổ chức hội nghị.\n\nDự có đồng chí Lê Văn Thành, Phó Trưởng Ban Tổ chức Trung ương.\n\nÔng Phạm Văn Bình, Trưởng Ban Tổ chức, đọc quyết định.';
    expect(holdings(visit)).toContain('Phạm Văn Bình: Trưởng Ban Tổ chức');
  });

  it("ends an enterprise's name where a person's begins", () => {
    const text = 'Tổng Giám đốc Tập đoàn Dầu khí Việt Nam Lê Mạnh Hùng phát biểu.\n\nÔng Trần Văn Bốn, Phó Tổng Giám đốc Tập đoàn, báo cáo.';
    expect(holdings(text)).toContain('Trần Văn Bốn: Phó Tổng Giám đốc Tập đoàn Dầu khí Việt Nam');
  });

  it('makes a bare head of a commission the head of the one its sentence names', () => {
    expect(holdings('Ủy ban Kiểm tra Trung ương đã họp Kỳ thứ 27 dưới sự chủ trì của Chủ nhiệm Trần Văn Tú.')).toEqual(['Trần Văn Tú: Chủ nhiệm Ủy ban Kiểm tra Trung ương']);
    expect(holdings('Ông Lê Văn Ba, Chủ nhiệm, phát biểu.')).toEqual([]);
  });
});
