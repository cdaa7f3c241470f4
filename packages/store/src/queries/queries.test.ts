import { describe, expect, it } from 'vitest';

import type { Holding } from '../graph-store.js';
import { holders, timeline } from './holders.js';
import { listedNamesakes, namesakePairs, type NamesakeLink } from './namesakes.js';
import { seatsOf } from './tenure.js';
import { officeIdsFor } from './offices.js';
import { rankSearch } from './search.js';

const node = (id: string, name: string, label = 'Person') => ({ id, label, name });

describe('rankSearch', () => {
  const candidates = [node('p1', 'Lê Minh Hưng'), node('p2', 'Tô Lâm'), node('p3', 'Lâm Văn Tô'), node('r1', '18-NQ/TW', 'Resolution'), node('p4', 'Lê Minh Hưng Thịnh')];
  it.each([
    ['le minh hung', ['p1', 'p4']],
    ['to lam', ['p2']],
    ['lam', ['p3', 'p2']],
    ['18-NQ', ['r1']],
    ['  TÔ   LÂM ', ['p2']],
    ['nq', ['r1']],
    ['xyz', []],
    ['', []],
  ])('%j → %j', (query, ids) => {
    expect(rankSearch(query, candidates, 10).map((hit) => hit.id)).toEqual(ids);
  });
  it('keeps to the limit', () => {
    expect(rankSearch('l', candidates, 2)).toHaveLength(2);
  });
});

const evidence = (asOf: string | null) => ({ quote: `câu ${asOf}`, asOf, article: { id: `a:${asOf}`, title: null, published: asOf, url: null } });
const office = { id: 'position:bí-thư-tỉnh-ủy-lai-châu', title: 'Bí thư Tỉnh ủy Lai Châu', province: 'Lai Châu' };
const holding = (id: string, dates: Array<string | null>, status = 'current'): Holding => ({ person: { id, name: id }, office, status, evidence: dates.map(evidence) });

describe('holders', () => {
  const succession = [holding('B', ['2022-05-01', '2024-01-10']), holding('A', ['2015-03-01', '2019-12-01']), holding('C', ['2025-08-01'])];

  it('without a date, lists every holder oldest first, each after the one before', () => {
    expect(holders(succession).map((h) => [h.person.id, h.firstSeen, h.lastSeen, h.after?.id ?? null])).toEqual([
      ['A', '2015-03-01', '2019-12-01', null],
      ['B', '2022-05-01', '2024-01-10', 'A'],
      ['C', '2025-08-01', '2025-08-01', 'B'],
    ]);
  });

  it.each([
    ['observed on the date', '2024-01-10', 'B'],
    ['the latest seen before, not yet displaced', '2024-12-31', 'B'],
    ['displaced by a later holder seen by the date', '2023-01-01', 'B'],
    ['after everyone: the last one, nothing says it ended', '2030-01-01', 'C'],
  ])('at a date %s', (_case, at, expected) => {
    const result = holders(succession, at);
    expect(result.filter((h) => h.atDate).map((h) => h.person.id)).toEqual([expected]);
    expect(result[0]!.person.id).toBe(expected);
    expect(result).toHaveLength(3);
  });

  it('before anyone held it, names nobody at the date and the first holder as the nearest after', () => {
    const result = holders(succession, '2010-01-01');
    expect(result.filter((h) => h.atDate)).toEqual([]);
    expect(result[0]).toMatchObject({ person: { id: 'A' }, atDate: false, nearest: 'after' });
  });

  it("ends a one-seat tenure at the next holder's start, and says so", () => {
    const [a, b] = holders(succession);
    expect(a!.tenure).toEqual({ start: '2015-03-01', startBasis: 'observed', end: '2022-05-01', endBasis: 'successor' });
    expect(b).toMatchObject({ replaces: { id: 'A' } });
    const at = holders(succession, '2021-01-01');
    expect(at.filter((h) => h.atDate).map((h) => h.person.id)).toEqual(['A']);
  });

  it('uses the dates sentences state, and between tenures names the nearest before and after', () => {
    const stated = (id: string, asOf: string, since: string | null, until: string | null): Holding => ({
      ...holding(id, [asOf]),
      evidence: [{ ...evidence(asOf), since, until, status: until ? 'former' : 'current' }],
    });
    const office = [stated('A', '2024-02-01', '2012-05', '2016-10'), stated('B', '2024-02-01', '2017-03-15', null)];
    expect(holders(office, '2014-01-01').filter((h) => h.atDate).map((h) => [h.person.id, h.since, h.until])).toEqual([['A', '2012-05', '2016-10']]);
    // "2016-10" ends with that month: its last day is still A's.
    expect(holders(office, '2016-10-31').filter((h) => h.atDate).map((h) => h.person.id)).toEqual(['A']);
    const gap = holders(office, '2017-01-01');
    expect(gap.filter((h) => h.atDate)).toEqual([]);
    expect(gap.map((h) => [h.person.id, h.nearest])).toEqual([['A', 'before'], ['B', 'after']]);
    expect(holders(office, '2011-01-01').filter((h) => h.atDate)).toEqual([]);
    // On a handover day (one ends, the next starts) the office is the newcomer's.
    const handover = [stated('C', '2024-02-01', '2015-01', '2019-07-01'), stated('D', '2024-02-01', '2019-07-01', null)];
    expect(holders(handover, '2019-07-01').filter((h) => h.atDate).map((h) => h.person.id)).toEqual(['D']);
  });

  it("lets many holders share a many-seat office, and takes the latest sentence's status", () => {
    const members = { ...office, id: 'position:ủy-viên-bộ-chính-trị', title: 'Ủy viên Bộ Chính trị', seats: 'many' as const };
    const a = { ...holding('A', ['2016-01-01']), office: members };
    const b = { ...holding('B', ['2021-01-01']), office: members };
    expect(holders([a, b], '2022-01-01').filter((h) => h.atDate).map((h) => h.person.id)).toEqual(['A', 'B']);
    const retired = { ...a, evidence: [{ ...evidence('2016-01-01'), status: 'current' }, { ...evidence('2023-05-05'), status: 'former' }] };
    // A "former" sighting before the holding was seen again says nothing about its end.
    const back = { ...a, evidence: [{ ...evidence('2018-01-01'), status: 'former' }, { ...evidence('2020-05-01'), status: 'current' }, { ...evidence('2021-05-01'), status: 'current' }] };
    expect(holders([back], '2024-01-01')[0]).toMatchObject({ atDate: true, tenure: { end: null } });
    const [view] = holders([retired], '2024-01-01');
    expect(view).toMatchObject({ status: 'former', atDate: false, tenure: { end: '2016-01-01', endBasis: 'observed' } });
  });

  it('does not give the office at a date to someone seen only as its former holder', () => {
    expect(holders([holding('A', ['2020-01-01'], 'former'), holding('B', ['2018-01-01'])], '2021-01-01').filter((h) => h.atDate).map((h) => h.person.id)).toEqual(['B']);
  });
});

describe('seatsOf', () => {
  it('reads the seats from the title when an older extraction gave no role', () => {
    expect(seatsOf({}, 'Phó Bí thư Thường trực Tỉnh ủy Lai Châu')).toBe('one');
    expect(seatsOf({}, 'Phó Bí thư Tỉnh ủy Lai Châu')).toBe('many');
    expect(seatsOf({ seats: 'many' }, 'Bí thư Tỉnh ủy Lai Châu')).toBe('many');
  });
});

describe('timeline', () => {
  it('orders offices by first sighting, undated last', () => {
    const other = { ...office, id: 'position:x', title: 'Chủ tịch UBND tỉnh Lai Châu' };
    const rows = timeline([{ ...holding('A', [null]), office: other }, holding('A', ['2020-02-02', '2019-01-01'])]);
    expect(rows.map((r) => [r.office.id, r.firstSeen, r.lastSeen])).toEqual([
      [office.id, '2019-01-01', '2020-02-02'],
      ['position:x', null, null],
    ]);
  });
});

describe('officeIdsFor', () => {
  it.each([
    ['Trưởng ban Tổ chức TW', null, 'position:trưởng-ban-tổ-chức-trung-ương'],
    ['Bí thư Tỉnh uỷ', 'Lai Châu', 'position:bí-thư-tỉnh-ủy-lai-châu'],
    ['Bí thư Tỉnh ủy Lai Châu', null, 'position:bí-thư-tỉnh-ủy-lai-châu'],
    ['Phó Bí thư Thường trực Tỉnh ủy', 'Phú Thọ', 'position:phó-bí-thư-thường-trực-tỉnh-ủy-phú-thọ'],
  ])('%s (%s) → %s', (title, province, id) => {
    expect(officeIdsFor(title, province)[0]).toBe(id);
  });
});

describe('namesakePairs', () => {
  const person = (id: string, name = 'Nguyễn Văn Hùng') => ({ id, name });
  const link = (from: string, to: string, verdict: NamesakeLink['verdict'], why: string | null, name?: string): NamesakeLink => ({ from: person(from, name), to: person(to, name), verdict, why });
  const ids = (pairs: ReturnType<typeof namesakePairs>) => pairs.map((p) => [p.a.id, p.b.id, p.verdict]);

  it('gives each pair once, the smaller id as a, with both sides’ reasons each once, a’s first', () => {
    const links = [link('p:h~2', 'p:h', 'possibly-same', 'too few facts'), link('p:h', 'p:h~2', 'possibly-same', 'no fact in common'), link('p:h~2', 'p:h', 'possibly-same', 'no fact in common')];
    expect(namesakePairs(links, 'all', 10)).toEqual([{ a: person('p:h'), b: person('p:h~2'), verdict: 'possibly-same', reasons: ['no fact in common', 'too few facts'] }]);
  });

  it.each([
    ['listed on one side only', [link('p:b', 'p:a', 'distinct', 'offices in two provinces')], 'distinct', ['offices in two provinces']],
    ['a conflict on one side, none found on the other', [link('p:a', 'p:b', 'possibly-same', 'no fact in common'), link('p:b', 'p:a', 'distinct', 'researcher: two people')], 'distinct', ['researcher: two people']],
    ['no reason stored', [link('p:a', 'p:b', 'possibly-same', null)], 'possibly-same', []],
  ])('%s', (_case, links, verdict, reasons) => {
    expect(namesakePairs(links, 'all', 10)).toEqual([{ a: person('p:a'), b: person('p:b'), verdict, reasons }]);
  });

  it('keeps to the verdict asked, orders by name (Vietnamese order) then ids, and to the limit', () => {
    const links = [
      link('p:hung~3', 'p:hung', 'distinct', 'x'),
      link('p:dao', 'p:dao~1', 'possibly-same', 'y', 'Đào Văn Nam'),
      link('p:hung~2', 'p:hung', 'possibly-same', 'z'),
      link('p:duong~1', 'p:duong', 'distinct', 'w', 'Dương Văn Nam'),
      link('p:hung', 'p:hung', 'possibly-same', 'a person is not its own namesake'),
    ];
    expect(ids(namesakePairs(links, 'all', 10))).toEqual([
      ['p:duong', 'p:duong~1', 'distinct'],
      ['p:dao', 'p:dao~1', 'possibly-same'],
      ['p:hung', 'p:hung~2', 'possibly-same'],
      ['p:hung', 'p:hung~3', 'distinct'],
    ]);
    expect(ids(namesakePairs(links, 'possibly-same', 10))).toEqual([['p:dao', 'p:dao~1', 'possibly-same'], ['p:hung', 'p:hung~2', 'possibly-same']]);
    expect(ids(namesakePairs(links, 'distinct', 1))).toEqual([['p:duong', 'p:duong~1', 'distinct']]);
  });
});

describe('listedNamesakes', () => {
  it.each([
    ['aligned lists', { distinctFrom: ['p:b'], distinctWhy: ['conflict'], possiblySame: ['p:c'], possiblySameWhy: ['no fact in common'] }, [['p:b', 'distinct', 'conflict'], ['p:c', 'possibly-same', 'no fact in common']]],
    ['fewer reasons than ids', { possiblySame: ['p:b', 'p:c'], possiblySameWhy: ['no fact in common'] }, [['p:b', 'possibly-same', 'no fact in common'], ['p:c', 'possibly-same', null]]],
    ['reasons that are not a list of strings', { distinctFrom: ['p:b'], distinctWhy: 'conflict' }, [['p:b', 'distinct', null]]],
    ['ids that are not a list of strings', { distinctFrom: ['p:b', 7], distinctWhy: ['x', 'y'], possiblySame: 'p:c' }, []],
    ['no lists', { name: 'Nguyễn Văn Hùng' }, []],
  ])('%s', (_case, props, expected) => {
    expect(listedNamesakes(props).map((l) => [l.id, l.verdict, l.why])).toEqual(expected);
  });
});
