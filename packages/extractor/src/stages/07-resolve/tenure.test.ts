import { describe, expect, it } from 'vitest';

import { extractArticle } from '../../pipeline.js';
import { changeInClause, predecessorOf, statedDates, tenureOf } from './tenure.js';

/** HELD_POSITION facts of an article as "person → office: status since..until". */
function tenuresOf(lines: string[], published = '2023-08-20'): string[] {
  const { edges } = extractArticle({ file: 't.txt', origin: 't.txt', text: lines.join('\n'), given: { published } });
  return edges
    .filter((e) => e.type === 'HELD_POSITION')
    .map((e) => {
      const [evidence] = e.evidence;
      return `${e.from.slice(7)} → ${e.to.slice(9)}: ${String(e.props.status)} ${evidence?.since ?? ''}..${evidence?.until ?? ''}`;
    });
}

describe('resolve/tenure: dates a sentence states', () => {
  it.each([
    ['Sáng 21/10, Đại hội bầu Ban Chấp hành.', '2023-11-02', ['2023-10-21']],
    ['Ngày 3-4-2019 hội nghị diễn ra.', null, ['2019-04-03']],
    ['Từ tháng 5/2014 đến tháng 12/2020 ông công tác ở tỉnh.', null, ['2014-05 from', '2020-12 to']],
    ['Từ năm 2016, bà là Phó Giám đốc Sở.', null, ['2016 from']],
    // A January article looking back at late December: the year before.
    ['Ngày 28/12, Tỉnh ủy họp.', '2024-01-05', ['2023-12-28']],
    // The date of a document is not the event's.
    ['Thực hiện Quyết định số 125/QĐ-TU ngày 2/3/2021, Tỉnh ủy họp.', null, []],
    ['Theo Quyết định số 1234/QĐ-TTg ngày 2/3/2020, Thủ tướng phê chuẩn.', null, []],
    // A birth date is no event of office.
    ['Ông A (sinh năm 1970) được bầu giữ chức Chủ tịch.', null, []],
    // Without a reference year a day and month is left undated.
    ['Ngày 10/5, Tỉnh ủy họp.', null, []],
  ])('%s', (sentence, reference, expected) => {
    expect(statedDates(sentence, reference).map((d) => `${d.iso}${d.edge ? ` ${d.edge}` : ''}`)).toEqual(expected);
  });
});

describe('resolve/tenure: change of office in a clause', () => {
  it.each([
    [' được bầu giữ chức Chủ tịch UBND tỉnh', 'starts'],
    [', Phó Bí thư Tỉnh ủy, được Bộ Chính trị phân công giữ chức Bí thư Tỉnh ủy', 'starts'],
    [' tiếp tục được bầu giữ chức Bí thư Huyện ủy', null],
    [' được Bộ Chính trị chỉ định tiếp tục giữ chức Bí thư Tỉnh ủy', null],
    [' đang giữ chức Giám đốc Sở', null],
    [' thôi làm Bí thư Tỉnh ủy để Trung ương giới thiệu bầu giữ chức Phó Thủ tướng', 'ends'],
    [', Phó Chủ tịch tỉnh, sẽ giữ chức Chủ tịch UBND tỉnh', null],
    [' được cho thôi giữ chức Bí thư Tỉnh ủy', 'ends'],
    [' phát biểu tại hội nghị', null],
    // Words inside the names of bodies are no verbs.
    [' là Giám đốc Sở Giao thông vận tải tỉnh', null],
    [' là Bộ trưởng Bộ Ngoại giao', null],
    [', Chủ tịch Ủy ban Bầu cử tỉnh, tiếp xúc cử tri', null],
  ])('"%s" → %s', (clause, expected) => {
    expect(changeInClause(clause)?.change ?? null).toBe(expected);
  });

  it('dates a start to the day the sentence opens with, else to the event of the article', () => {
    const sentence = 'Ngày 9/6, ông A được bầu giữ chức Chủ tịch.';
    expect(tenureOf('starts', sentence, sentence.indexOf('được'), '2022-06-12')).toEqual({ since: '2022-06-09' });
    expect(tenureOf('ends', 'Ông A thôi giữ chức Chủ tịch.', 6, '2022-06-12')).toEqual({ until: '2022-06-12', ofArticleEvent: true });
    expect(tenureOf(null, 'Ông A đang giữ chức Chủ tịch.', 6, '2022-06-12')).toEqual({});
    // An event date far from the term the sentence names is no date of this election (a page's wrong date).
    expect(tenureOf('starts', 'Ông A được bầu làm Chủ tịch nhiệm kỳ 2011-2016.', 6, '1968-12-09')).toEqual({});
    expect(tenureOf('starts', 'Nhiệm kỳ 2011-2016, ông A được bầu làm Chủ tịch.', 20, '2025-01-01')).toEqual({});
    expect(tenureOf('starts', 'Ông A được bầu làm Chủ tịch nhiệm kỳ 2011-2016.', 6, '2011-04-20')).toEqual({ since: '2011-04-20', ofArticleEvent: true });
    // From the middle of a term's last year the next term has begun: the sentence looks back.
    expect(tenureOf('starts', 'Tại kỳ họp thứ 12, nhiệm kỳ 2011-2016, ông A được bầu làm Phó Chủ tịch.', 40, '2016-06-28')).toEqual({});
    expect(tenureOf('starts', 'Nhiệm kỳ 2016-2021, ông A được bầu làm Ủy viên Ban Chấp hành Trung ương.', 30, '2021-01-30')).toEqual({ since: '2021-01-30', ofArticleEvent: true });
  });

  it('ends a holding from the day a leaving verb follows', () => {
    const sentence = 'Từ ngày 1/3/2020, ông A thôi giữ chức Chủ tịch.';
    expect(tenureOf('ends', sentence, sentence.indexOf('thôi'), '2020-02-20')).toEqual({ until: '2020-03-01' });
  });

  it('takes a stated range whatever the verb', () => {
    const sentence = 'Từ tháng 2/2016 đến tháng 9/2021, ông A là Chủ tịch.';
    expect(tenureOf(null, sentence, sentence.indexOf('là'), '2024-01-01')).toEqual({ since: '2016-02', until: '2021-09' });
  });

  it('finds the predecessor right after "thay", and not after "thay mặt"', () => {
    const persons = (sentence: string, ...names: string[]) => names.map((name) => ({ name, at: sentence.indexOf(name) }));
    const replaces = 'Ông Trần Văn An giữ chức Giám đốc Sở thay ông Lê Văn Bình nghỉ hưu.';
    expect(predecessorOf(replaces, 15, persons(replaces, 'Trần Văn An', 'Lê Văn Bình'))?.name).toBe('Lê Văn Bình');
    const behalf = 'Ông Trần Văn An thay mặt ông Lê Văn Bình phát biểu.';
    expect(predecessorOf(behalf, 15, persons(behalf, 'Trần Văn An', 'Lê Văn Bình'))).toBeNull();
  });
});

describe('resolve/tenure: on whole articles', () => {
  it('dates an appointment, ends the predecessor\'s holding, and leaves a continuing one undated', () => {
    expect(
      tenuresOf([
        'Công bố quyết định về công tác cán bộ',
        'Chiều 14/8, Bộ Chính trị phân công ông Đặng Văn Khoa giữ chức Bí thư Tỉnh ủy Quảng Trị thay ông Võ Minh Luân.',
        'Ông Hồ Văn Mạnh tiếp tục giữ chức Phó Bí thư Tỉnh ủy Quảng Trị.',
      ]),
    ).toEqual([
      'đặng-văn-khoa → bí-thư-tỉnh-ủy-quảng-trị: current 2023-08-14..',
      'võ-minh-luân → bí-thư-tỉnh-ủy-quảng-trị: former ..2023-08-14',
      'hồ-văn-mạnh → phó-bí-thư-tỉnh-ủy-quảng-trị: current ..',
    ]);
  });

  it('ends an office a council removes someone from, and dates an election without its own date to the article\'s event', () => {
    expect(
      tenuresOf([
        'Kỳ họp chuyên đề HĐND tỉnh',
        'Sáng 18/8, HĐND tỉnh Quảng Trị đã miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông Võ Minh Luân.',
        'Ông Đặng Văn Khoa, Phó Bí thư Tỉnh ủy, được bầu giữ chức Chủ tịch UBND tỉnh Quảng Trị.',
      ]),
    ).toEqual([
      'võ-minh-luân → chủ-tịch-ủy-ban-nhân-dân-tỉnh-quảng-trị: former ..2023-08-18',
      'đặng-văn-khoa → phó-bí-thư-tỉnh-ủy-quảng-trị: current ..',
      'đặng-văn-khoa → chủ-tịch-ủy-ban-nhân-dân-tỉnh-quảng-trị: current 2023-08-18..',
    ]);
  });

  it('reads a biography told with "ông" after the name is given', () => {
    expect(
      tenuresOf([
        'Tân Bí thư Tỉnh ủy',
        'Ông Đặng Văn Khoa sinh năm 1972, quê Quảng Bình.',
        'Tháng 4/2017, ông được điều động về tỉnh Quảng Trị, giữ chức Phó Chủ tịch UBND tỉnh Quảng Trị.',
        'Từ tháng 6/2020 đến tháng 7/2023, ông là Chủ tịch UBND tỉnh Quảng Trị.',
      ]),
    ).toEqual([
      'đặng-văn-khoa → phó-chủ-tịch-ủy-ban-nhân-dân-tỉnh-quảng-trị: current 2017-04..',
      'đặng-văn-khoa → chủ-tịch-ủy-ban-nhân-dân-tỉnh-quảng-trị: current 2020-06..2023-07',
    ]);
  });

  it('dates a decision told after "Theo đó" by the sentence before it', () => {
    const lines = [
      'Chiều 17/11, Tỉnh ủy Lai Châu tổ chức hội nghị công bố quyết định của Ban Bí thư.',
      'Theo đó, Ban Bí thư quyết định ông Hà Văn Trung thôi giữ chức Phó Bí thư Tỉnh ủy Điện Biên; chỉ định giữ chức Phó Bí thư Tỉnh ủy Lai Châu.',
    ];
    expect(tenuresOf(lines, '2025-11-19')).toEqual(
      expect.arrayContaining(['hà-văn-trung → phó-bí-thư-tỉnh-ủy-điện-biên: former ..2025-11-17', 'hà-văn-trung → phó-bí-thư-tỉnh-ủy-lai-châu: current 2025-11-17..']),
    );
  });

  it('reads a later reference by the given name, and ends the posts of a province left by a transfer', () => {
    const lines = [
      'Ông Nguyễn Văn Hải sinh năm 1976, quê Phú Thọ.',
      'Tháng 1/2018, ông được Ban Bí thư điều động, luân chuyển về tỉnh Lạng Sơn, giữ chức Phó Chủ tịch UBND tỉnh Lạng Sơn.',
      'Tháng 12/2020, ông Hải được điều động giữ chức Phó Bí thư Tỉnh ủy Bắc Kạn.',
    ];
    expect(tenuresOf(lines, '2021-03-01')).toEqual([
      'nguyễn-văn-hải → phó-chủ-tịch-ủy-ban-nhân-dân-tỉnh-lạng-sơn: former 2018-01..2020-12',
      'nguyễn-văn-hải → phó-bí-thư-tỉnh-ủy-bắc-kạn: current 2020-12..',
    ]);
  });

  it('dates a holding by the decision the article states, not by the handover it reports; titles beside an appointed name take no date', () => {
    const lines = [
      'Sáng 15/1, Tập đoàn Dầu khí Việt Nam tổ chức lễ trao quyết định.',
      'Trao quyết định bổ nhiệm Chủ tịch HĐTV cho ông Nguyễn Văn Khánh.',
      'Ngày 12/1/2016, Thủ tướng đã ký quyết định bổ nhiệm ông Nguyễn Văn Khánh, Tổng giám đốc Tập đoàn, giữ chức Chủ tịch Hội đồng thành viên Tập đoàn Dầu khí Việt Nam.',
    ];
    const facts = tenuresOf(lines, '2016-01-15');
    expect(facts).toContain('nguyễn-văn-khánh → chủ-tịch-hội-đồng-thành-viên-tập-đoàn-dầu-khí-việt-nam: current ..');
    expect(facts).toContain('nguyễn-văn-khánh → chủ-tịch-hội-đồng-thành-viên-tập-đoàn-dầu-khí-việt-nam: current 2016-01-12..');
    expect(facts).toContain('nguyễn-văn-khánh → tổng-giám-đốc-tập-đoàn-dầu-khí-việt-nam: current ..');
  });

  it('keeps the date a "Theo đó" sentence takes from the one before, whoever it names', () => {
    const lines = ['Ông Nguyễn Văn Trung sinh năm 1970.', 'Ngày 17/11/2023, Bộ Chính trị đã ký quyết định.', 'Theo đó, ông Trung giữ chức Bí thư Tỉnh ủy Nghệ An.'];
    expect(tenuresOf(lines, '2023-11-20')).toEqual(['nguyễn-văn-trung → bí-thư-tỉnh-ủy-nghệ-an: current 2023-11-17..']);
  });
});
