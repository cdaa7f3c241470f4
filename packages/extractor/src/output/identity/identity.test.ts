import { describe, expect, it } from 'vitest';

import type { EdgeRecord, NodeRecord } from '../../types.js';
import { GraphBuilder } from '../graph-builder.js';
import { resolveIdentities, type IdentityDecisions, type MentionOffice, type PersonMention } from './identity.js';

const RULES = {
  rotationPosts: ['Bí thư Tỉnh ủy', 'Bí thư Thành ủy', 'Phó Bí thư Thường trực Thành ủy', 'Chủ tịch Ủy ban nhân dân tỉnh'],
  sameTimeDays: 30,
  centralOffices: ['Bộ trưởng', 'Trung ương'],
  localWords: ['Đoàn đại biểu'],
  careerRanks: { posts: { 'Bộ trưởng': 4, 'Bí thư Tỉnh ủy': 3, 'Bí thư Thành ủy': 3, 'Phó Bí thư Thường trực Thành ủy': 2, 'Chủ tịch Ủy ban nhân dân tỉnh': 2 }, seniorPlaces: ['Hà Nội'] },
};

// The title's province is the lineage root unless given (they differ for provinces merged in 2025).
const office = (title: string, place: string | null, extra: Partial<MentionOffice> = {}): MentionOffice => ({
  position: `position:${title}`,
  title,
  place,
  province: place,
  central: place === null,
  current: true,
  ...extra,
});

let counter = 0;
const mention = (name: string, article: string, day: string | null, offices: MentionOffice[] = [], extra: Partial<PersonMention> = {}): PersonMention => ({
  key: `m${counter++}`,
  personId: `person:${name.toLowerCase().replace(/ /g, '-')}`,
  name,
  article,
  day,
  offices,
  attended: [],
  articlePlace: null,
  ...extra,
});

/** Article ids grouped by the person they ended on, as sorted lists. */
function grouping(mentions: PersonMention[], decisions?: IdentityDecisions): string[][] {
  return resolveIdentities(mentions, decisions, RULES)
    .map((p) => p.mentions.map((m) => m.article).sort())
    .sort((a, b) => a[0]!.localeCompare(b[0]!));
}

describe('output/identity', () => {
  it('keeps apart namesakes holding offices in two provinces at the same time, saying why', () => {
    const mentions = [
      mention('Trần Văn Khải', 'a:1', '2024-03-10', [office('Bí thư Tỉnh ủy Thái Bình', 'Hưng Yên')]),
      mention('Trần Văn Khải', 'a:2', '2024-03-20', [office('Phó Chủ tịch Ủy ban nhân dân tỉnh Sóc Trăng', 'Cần Thơ')]),
      mention('Trần Văn Khải', 'a:3', '2024-05-02', [office('Bí thư Tỉnh ủy Thái Bình', 'Hưng Yên')]),
    ];
    const persons = resolveIdentities(mentions, undefined, RULES);
    expect(persons.map((p) => p.mentions.map((m) => m.article).sort())).toEqual([['a:1', 'a:3'], ['a:2']]);
    const [main, other] = persons;
    expect(main!.id).toBe('person:trần-văn-khải');
    expect(other!.id).toBe('person:trần-văn-khải~cần-thơ');
    expect(main!.mergedBy).toEqual(['same office Bí thư Tỉnh ủy Thái Bình']);
    expect(other!.distinctFrom).toEqual([{ id: main!.id, why: expect.stringMatching(/Cần Thơ.*Hưng Yên|Hưng Yên.*Cần Thơ/) }]);
  });

  it('keeps together an official moved between provinces in a rotation post, at different times', () => {
    const mentions = [
      mention('Lê Quang Vịnh', 'a:1', '2019-05-04', [office('Bí thư Tỉnh ủy Yên Bái', 'Lào Cai')]),
      mention('Lê Quang Vịnh', 'a:2', '2022-08-15', [office('Bí thư Tỉnh ủy Cà Mau', 'Cà Mau')]),
    ];
    const [person] = resolveIdentities(mentions, undefined, RULES);
    expect(person!.mentions).toHaveLength(2);
    expect(person!.mergedBy[0]).toMatch(/career/);
  });

  it('does not carry a lower provincial post between provinces', () => {
    const mentions = [
      mention('Đào Thị Mến', 'a:1', '2016-01-04', [office('Giám đốc Sở Y tế tỉnh Bắc Kạn', 'Thái Nguyên')]),
      mention('Đào Thị Mến', 'a:2', '2023-08-15', [office('Phó Giám đốc Sở Tài chính tỉnh Long An', 'Tây Ninh')]),
    ];
    expect(grouping(mentions)).toEqual([['a:1'], ['a:2']]);
    const [first] = resolveIdentities(mentions, undefined, RULES);
    expect(first!.possiblySame[0]!.why).toBe('no fact in common');
  });

  it('keeps apart a provincial secretary and a namesake in a lower post of another province later: careers do not go down', () => {
    const mentions = [
      mention('Đặng Văn Lực', 'a:1', '2019-10-12', [office('Bí thư Tỉnh ủy Điện Biên', 'Điện Biên')]),
      mention('Đặng Văn Lực', 'a:2', '2023-04-03', [office('Chủ tịch Ủy ban nhân dân tỉnh Bình Phước', 'Đồng Nai', { province: 'Bình Phước' })]),
    ];
    expect(grouping(mentions)).toEqual([['a:1'], ['a:2']]);
    const [first] = resolveIdentities(mentions, undefined, RULES);
    expect(first!.distinctFrom[0]!.why).toMatch(/Bí thư Tỉnh ủy Điện Biên \(2019-10-12\), then the lower post Chủ tịch Ủy ban nhân dân tỉnh Bình Phước \(2023-04-03\)/);
    // The other way round is a promotion through rotation: one person.
    const promoted = [
      mention('Đặng Văn Lực', 'a:3', '2019-10-12', [office('Chủ tịch Ủy ban nhân dân tỉnh Bình Phước', 'Đồng Nai', { province: 'Bình Phước' })]),
      mention('Đặng Văn Lực', 'a:4', '2023-04-03', [office('Bí thư Tỉnh ủy Điện Biên', 'Điện Biên')]),
    ];
    expect(grouping(promoted)).toEqual([['a:3', 'a:4']]);
  });

  it("keeps together a secretary sent to an equal post: another province's, or the capital city's standing deputy secretary", () => {
    const sideways = [
      mention('Mai Thế Trung', 'a:1', '2018-03-01', [office('Bí thư Tỉnh ủy Hà Tĩnh', 'Hà Tĩnh')]),
      mention('Mai Thế Trung', 'a:2', '2021-06-20', [office('Bí thư Tỉnh ủy Kon Tum', 'Quảng Ngãi', { province: 'Kon Tum' })]),
      mention('Mai Thế Trung', 'a:3', '2024-02-11', [office('Phó Bí thư Thường trực Thành ủy Hà Nội', 'Hà Nội')]),
    ];
    expect(grouping(sideways)).toEqual([['a:1', 'a:2', 'a:3']]);
  });

  it("does not rank a city's posts inside a province as the province's: a city secretary may chair a province later", () => {
    const mentions = [
      mention('Lâm Hữu Phước', 'a:1', '2018-05-02', [office('Bí thư Thành ủy Thành phố Buôn Ma Thuột, tỉnh Đắk Lắk', 'Đắk Lắk')]),
      mention('Lâm Hữu Phước', 'a:2', '2021-09-09', [office('Chủ tịch Ủy ban nhân dân tỉnh Gia Lai', 'Gia Lai')]),
    ];
    expect(grouping(mentions)).toEqual([['a:1', 'a:2']]);
    // The province's own secretary, then the same chair: two people.
    const provincial = [mention('Lâm Hữu Phước', 'a:3', '2018-05-02', [office('Bí thư Tỉnh ủy Đắk Lắk', 'Đắk Lắk')]), mentions[1]!];
    expect(grouping(provincial)).toEqual([['a:2'], ['a:3']]);
  });

  it('keeps apart a minister and a namesake who is a provincial secretary after the minister was seen', () => {
    const mentions = [
      mention('Lý Quốc Tuấn', 'a:1', '2020-09-15', [office('Bộ trưởng Bộ Giao thông vận tải', null)]),
      mention('Lý Quốc Tuấn', 'a:2', '2025-06-30', [office('Bí thư Tỉnh ủy Sơn La', 'Sơn La')]),
    ];
    expect(grouping(mentions)).toEqual([['a:1'], ['a:2']]);
    // The later article gives him the minister's post as a former one ("nguyên Bộ trưởng"): the two
    // share that office, which the career rule does not overrule.
    const former = [mentions[0]!, mention('Lý Quốc Tuấn', 'a:3', '2025-06-30', [office('Bí thư Tỉnh ủy Sơn La', 'Sơn La'), office('Bộ trưởng Bộ Giao thông vận tải', null, { current: false })])];
    expect(grouping(former)).toEqual([['a:1', 'a:3']]);
  });

  it('keeps together offices in provinces merged on 1 July 2025 (one lineage root)', () => {
    const mentions = [
      mention('Phan Thị Nụ', 'a:1', '2024-11-02', [office('Chủ tịch Ủy ban nhân dân tỉnh Hà Nam', 'Ninh Bình')]),
      mention('Phan Thị Nụ', 'a:2', '2025-09-30', [office('Phó Chủ tịch Ủy ban nhân dân tỉnh Ninh Bình', 'Ninh Bình')]),
    ];
    expect(grouping(mentions)).toEqual([['a:1', 'a:2']]);
  });

  it('does not let a transfer of the same day pass as two people: a shared lineage wins over time', () => {
    const mentions = [
      mention('Hồ Văn Mừng', 'a:1', '2021-06-01', [office('Bí thư Tỉnh ủy Quảng Trị', 'Quảng Trị'), office('Bí thư Tỉnh ủy Gia Lai', 'Gia Lai', { current: false })]),
      mention('Hồ Văn Mừng', 'a:2', '2021-06-02', [office('Chủ tịch Hội đồng nhân dân tỉnh Gia Lai', 'Gia Lai')]),
    ];
    expect(grouping(mentions)).toEqual([['a:1', 'a:2']]);
  });

  it('joins a mention with no facts to the namesake of its article province, or leaves it alone when two fit', () => {
    const keyed = [
      mention('Vũ Đức Thắng', 'a:1', '2024-01-01', [office('Bí thư Tỉnh ủy Hà Giang', 'Tuyên Quang')]),
      mention('Vũ Đức Thắng', 'a:2', '2024-01-05', [office('Giám đốc Công an tỉnh Bến Tre', 'Vĩnh Long')]),
    ];
    const placed = mention('Vũ Đức Thắng', 'a:3', '2024-02-01', [], { articlePlace: 'Vĩnh Long' });
    const unplaced = mention('Vũ Đức Thắng', 'a:4', '2024-02-01');
    expect(grouping([...keyed, placed, unplaced])).toEqual([['a:1'], ['a:2', 'a:3'], ['a:4']]);
    // With one person of the name known, a bare mention is that person.
    expect(grouping([keyed[0]!, unplaced])).toEqual([['a:1', 'a:4']]);
    // With none, bare mentions of the name are one person.
    expect(grouping([mention('Vũ Đức Thắng', 'a:5', null), mention('Vũ Đức Thắng', 'a:6', null)])).toEqual([['a:5', 'a:6']]);
  });

  it('never joins names whose diacritics differ ("Hùng" and "Hưng" fold to the same letters)', () => {
    const mentions = [mention('Lê Văn Hùng', 'a:1', '2024-01-01', [office('Bộ trưởng Bộ Y tế', null)]), mention('Lê Văn Hưng', 'a:2', '2024-01-01', [office('Bộ trưởng Bộ Y tế', null)])];
    expect(grouping(mentions)).toEqual([['a:1'], ['a:2']]);
  });

  it('joins a name without diacritics to the one Vietnamese namesake whose facts it shares', () => {
    const en = mention('Hoang Van Son', 'a:en', '2024-01-01', [office('Bí thư Tỉnh ủy Lai Châu', 'Lai Châu')]);
    const vi1 = mention('Hoàng Văn Sơn', 'a:1', '2024-01-01', [office('Bí thư Tỉnh ủy Lai Châu', 'Lai Châu')]);
    const vi2 = mention('Hoàng Văn Sơn', 'a:2', '2024-01-01', [office('Giám đốc Sở Nội vụ tỉnh Cà Mau', 'Cà Mau')]);
    const persons = resolveIdentities([en, vi1, vi2], undefined, RULES);
    const joined = persons.find((p) => p.mentions.length === 2)!;
    expect(joined.mentions.map((m) => m.article).sort()).toEqual(['a:1', 'a:en']);
    expect(joined.id).toBe('person:hoàng-văn-sơn');
    expect(joined.mergedBy.join()).toMatch(/without diacritics/);
    // Never on the name alone.
    expect(grouping([mention('Hoang Van Son', 'a:en', null), mention('Hoàng Văn Sơn', 'a:1', null)])).toEqual([['a:1'], ['a:en']]);
  });

  it('follows a researcher: "same" joins whatever the facts, "distinct" splits whatever they share', () => {
    const mentions = [
      mention('Trần Văn Khải', 'a:1', '2024-03-10', [office('Bí thư Tỉnh ủy Thái Bình', 'Hưng Yên')]),
      mention('Trần Văn Khải', 'a:2', '2024-03-20', [office('Phó Chủ tịch Ủy ban nhân dân tỉnh Sóc Trăng', 'Cần Thơ')]),
      mention('Trần Văn Khải', 'a:3', '2024-05-02', [office('Bí thư Tỉnh ủy Thái Bình', 'Hưng Yên')]),
    ];
    const decisions: IdentityDecisions = {
      same: [{ name: 'Tran Van Khai', articles: ['a:1', 'a:2'], note: 'checked with the provincial yearbook' }],
      distinct: [{ name: 'Trần Văn Khải', articles: ['a:3'], from: ['a:1'] }],
    };
    const persons = resolveIdentities(mentions, decisions, RULES);
    expect(persons.map((p) => p.mentions.map((m) => m.article).sort()).sort()).toEqual([['a:1', 'a:2'], ['a:3']]);
    expect(persons.find((p) => p.mentions.length === 2)!.mergedBy).toEqual(['researcher: checked with the provincial yearbook']);
    expect(persons.find((p) => p.mentions.length === 1)!.distinctFrom[0]!.why).toBe('researcher: marked as different people');
  });

  it('keeps apart namesakes born in different years, even in one province, and joins on a stated birth year', () => {
    const mentions = [
      mention('Hoàng Văn Tiến', 'a:1', '2022-04-01', [office('Phó Giám đốc Sở Xây dựng tỉnh Nghệ An', 'Nghệ An')], { born: 1968 }),
      mention('Hoàng Văn Tiến', 'a:2', '2023-04-01', [office('Giám đốc Sở Nội vụ tỉnh Nghệ An', 'Nghệ An')], { born: 1979 }),
      mention('Hoàng Văn Tiến', 'a:3', '2023-05-01', [], { born: 1979 }),
    ];
    expect(grouping(mentions)).toEqual([['a:1'], ['a:2', 'a:3']]);
    const persons = resolveIdentities(mentions, undefined, RULES);
    expect(persons.find((p) => p.mentions.length === 1)!.distinctFrom[0]!.why).toBe('born in 1968 and in 1979');
    expect(persons.find((p) => p.mentions.length === 2)!.mergedBy).toEqual(['born in 1979']);
  });

  it('keeps apart namesakes from different home provinces', () => {
    const mentions = [
      mention('Hoàng Văn Tiến', 'a:1', '2015-04-01', [office('Bí thư Tỉnh ủy Yên Bái', 'Lào Cai')], { home: 'Nghệ An' }),
      mention('Hoàng Văn Tiến', 'a:2', '2020-04-01', [office('Bí thư Tỉnh ủy Bình Phước', 'Đồng Nai')], { home: 'Hà Tĩnh' }),
    ];
    // Two secretaries at different times would be one career, but their home provinces differ.
    expect(grouping(mentions)).toEqual([['a:1'], ['a:2']]);
  });

  it('does not count an office without a province or a central body as central', () => {
    const truncated = (article: string, day: string, place: string) =>
      mention('Cao Thị Lan', article, day, [office('Ủy viên Ban Thường vụ', null), office(`Trưởng Ban Dân vận ${place}`, place)]);
    expect(grouping([truncated('a:1', '2018-01-01', 'Sơn La'), truncated('a:2', '2022-01-01', 'Cà Mau')])).toEqual([['a:1'], ['a:2']]);
    const central = (article: string, day: string, place: string) =>
      mention('Cao Thị Lan', article, day, [office('Ủy viên Ban Chấp hành Trung ương Đảng', null), office(`Trưởng Ban Dân vận ${place}`, place)]);
    expect(grouping([central('a:1', '2018-01-01', 'Sơn La'), central('a:2', '2022-01-01', 'Cà Mau')])).toEqual([['a:1', 'a:2']]);
  });

  it('joins a bare mention to a namesake that has by far the most mentions, not to one of two alike', () => {
    const inHaGiang = ['a:1', 'a:2', 'a:3'].map((a, i) => mention('Vũ Đức Thắng', a, `2024-0${i + 1}-01`, [office('Bí thư Tỉnh ủy Hà Giang', 'Tuyên Quang')]));
    const inBenTre = mention('Vũ Đức Thắng', 'a:4', '2024-01-05', [office('Giám đốc Công an tỉnh Bến Tre', 'Vĩnh Long')]);
    const bare = mention('Vũ Đức Thắng', 'a:5', '2024-02-01');
    expect(grouping([...inHaGiang, inBenTre, bare])).toEqual([['a:1', 'a:2', 'a:3', 'a:5'], ['a:4']]);
    expect(grouping([...inHaGiang.slice(0, 2), inBenTre, bare])).toEqual([['a:1', 'a:2'], ['a:4'], ['a:5']]);
  });

  it('gives existing persons the same ids when articles about others are added', () => {
    const corpus = [
      mention('Đinh Văn Lực', 'a:1', '2020-01-01', [office('Bí thư Tỉnh ủy Điện Biên', 'Điện Biên')]),
      mention('Đinh Văn Lực', 'a:2', '2020-02-01', [office('Bí thư Tỉnh ủy Điện Biên', 'Điện Biên')]),
      mention('Đinh Văn Lực', 'a:3', '2020-02-01', [office('Chủ tịch Ủy ban nhân dân tỉnh Đồng Tháp', 'Đồng Tháp')]),
    ];
    const idsOf = (mentions: PersonMention[]) => Object.fromEntries(resolveIdentities(mentions, undefined, RULES).flatMap((p) => p.mentions.map((m) => [m.article, p.id])));
    const before = idsOf(corpus);
    const added = [
      mention('Lê Thị Hồng', 'a:4', '2020-01-01', [office('Bí thư Tỉnh ủy Điện Biên', 'Điện Biên')]),
      mention('Đinh Văn Lực', 'a:5', '2019-06-01', [office('Hiệu trưởng Trường Chính trị tỉnh Cà Mau', 'Cà Mau')]),
    ];
    const after = idsOf([...added, ...corpus]);
    for (const article of ['a:1', 'a:2', 'a:3']) expect(after[article]).toBe(before[article]);
    expect(new Set(Object.values(after)).size).toBe(4);
  });

  it('keeps the id of the person most mentions speak of when a namesake splits off', () => {
    const main = ['a:1', 'a:2', 'a:3'].map((a, i) => mention('Đinh Văn Lực', a, `2020-0${i + 1}-01`, [office('Bí thư Tỉnh ủy Điện Biên', 'Điện Biên')]));
    // The namesake is seen first, yet the id stays with the larger cluster.
    const namesake = mention('Đinh Văn Lực', 'a:0', '2020-01-15', [office('Chủ tịch Ủy ban nhân dân tỉnh Đồng Tháp', 'Đồng Tháp')]);
    const ids = Object.fromEntries(resolveIdentities([namesake, ...main], undefined, RULES).map((p) => [p.mentions.length, p.id]));
    expect(ids).toEqual({ 3: 'person:đinh-văn-lực', 1: 'person:đinh-văn-lực~đồng-tháp' });
  });
});

describe('output/graph-builder person resolution', () => {
  const person = (id: string, name: string, article: string): NodeRecord => ({ kind: 'node', label: 'Person', id, props: { name, aliases: [] }, articles: [article] });
  const position = (id: string, province: string | null): NodeRecord => ({ kind: 'node', label: 'Position', id, props: { title: id, province, level: province ? 'provincial' : 'central' }, articles: ['a:x'] });
  const held = (from: string, to: string, article: string, asOf: string): EdgeRecord => ({
    kind: 'edge',
    type: 'HELD_POSITION',
    from,
    to,
    props: { status: 'current', asOf },
    articles: [article],
    evidence: [{ article, quote: `${from} ${to}`, start: 0, end: 5, asOf, status: 'current' }],
  });

  it('splits one name into two persons and moves each article’s facts to its person', () => {
    const graph = new GraphBuilder();
    try {
      graph.addNodes([position('position:x', 'Lai Châu'), position('position:y', 'Cà Mau')]);
      for (const [article, to, day] of [['a:1', 'position:x', '2024-01-01'], ['a:2', 'position:x', '2024-02-01'], ['a:3', 'position:y', '2024-01-10']] as const) {
        graph.addNodes([person('person:hoàng-văn-sơn', 'Hoàng Văn Sơn', article)]);
        graph.addEdges([held('person:hoàng-văn-sơn', to, article, day)]);
      }
      expect(graph.resolvePersons()).toMatchObject({ mentions: 3, persons: 2, splitNames: 1 });
      const persons = graph.allNodes().filter((n) => n.label === 'Person');
      expect(persons.map((p) => [p.id, p.articles.sort()])).toEqual([
        ['person:hoàng-văn-sơn', ['a:1', 'a:2']],
        ['person:hoàng-văn-sơn~cà-mau', ['a:3']],
      ]);
      expect(persons[1]!.props.distinctFrom).toEqual(['person:hoàng-văn-sơn']);
      const edges = [...graph.allEdges()];
      expect(edges.map((e) => `${e.from}>${e.to} ${e.evidence.map((x) => x.article).join(',')}`)).toEqual([
        'person:hoàng-văn-sơn>position:x a:1,a:2',
        'person:hoàng-văn-sơn~cà-mau>position:y a:3',
      ]);
      expect(edges[0]!.props).toMatchObject({ asOf: '2024-01-01' });
    } finally {
      graph.close();
    }
  });

  it('moves English holdings onto the Vietnamese person, keeping both spellings and why', () => {
    const graph = new GraphBuilder();
    try {
      graph.addNodes([person('person:hoang-van-son', 'Hoang Van Son', 'a:en'), person('person:hoàng-văn-sơn', 'Hoàng Văn Sơn', 'a:vi'), position('position:x', 'Lai Châu'), position('position:y', null)]);
      graph.addEdges([held('person:hoang-van-son', 'position:x', 'a:en', '2024-01-01'), held('person:hoang-van-son', 'position:y', 'a:en', '2024-01-01'), held('person:hoàng-văn-sơn', 'position:x', 'a:vi', '2024-01-02')]);
      const persons = graph.allNodes().filter((n) => n.label === 'Person');
      expect(persons).toHaveLength(1);
      expect(persons[0]!.props).toMatchObject({ name: 'Hoàng Văn Sơn', aliases: ['Hoang Van Son'] });
      expect(String(persons[0]!.props.mergedBy)).toMatch(/without diacritics.*same office position:x/);
      expect(persons[0]!.articles.sort()).toEqual(['a:en', 'a:vi']);
      const edges = [...graph.allEdges()];
      expect(edges.map((e) => `${e.from}>${e.to}`)).toEqual(['person:hoàng-văn-sơn>position:x', 'person:hoàng-văn-sơn>position:y']);
      expect(edges[0]!.evidence.map((e) => e.article).sort()).toEqual(['a:en', 'a:vi']);
    } finally {
      graph.close();
    }
  });
});
