/**
 * Synthetic graph
 * ===============
 * A generated extraction with the shape of the real one (persons holding offices in provinces,
 * attending events, documents implementing documents, evidence quotes of sentence length), for
 * benchmarks and load tests. Deterministic: the same options give the same records.
 */
import { slug, type GraphRecord, type NodeLabel } from '@vnkg/extractor';

export interface SyntheticOptions {
  /** Articles; every other count scales with it. */
  articles: number;
  /** Offices each person is seen holding (default 2). */
  officesPerPerson?: number;
  /** Events each person is seen attending (default 1). */
  eventsPerPerson?: number;
  seed?: number;
}

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Giàng', 'Lò', 'Sùng'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Đức', 'Thanh', 'Quốc', 'Hồng', 'Xuân'];
const GIVEN = ['Hưng', 'Lâm', 'Hà', 'Nam', 'Bình', 'Phúc', 'Thắng', 'Lan', 'Hải', 'Tùng', 'Sơn', 'Dũng', 'Hùng'];
const ROLES = ['Bí thư', 'Phó Bí thư', 'Phó Bí thư Thường trực', 'Ủy viên Ban Thường vụ', 'Trưởng Ban Tổ chức', 'Chủ tịch UBND', 'Chủ tịch HĐND'];
const PROVINCES = ['Hà Nội', 'Phú Thọ', 'Lai Châu', 'Lạng Sơn', 'Gia Lai', 'Đắk Lắk', 'Khánh Hòa', 'An Giang', 'Bắc Ninh', 'Nghệ An', 'Cao Bằng'];
const DOC_TYPES: Array<[string, string]> = [['Nghị quyết', 'NQ'], ['Kế hoạch', 'KH'], ['Chương trình', 'CTr'], ['Kết luận', 'KL']];

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The records of a synthetic extraction, articles first, then nodes, then edges (as kg extract writes them). */
export function* syntheticGraph(options: SyntheticOptions): Generator<GraphRecord> {
  const random = mulberry32(options.seed ?? 42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const below = (n: number) => Math.floor(random() * n);
  const articleCount = Math.max(1, options.articles);
  const counts = {
    persons: articleCount * 4,
    positions: articleCount,
    organizations: Math.max(1, Math.floor(articleCount / 4)),
    resolutions: articleCount * 2,
    events: Math.max(1, Math.floor(articleCount / 2)),
  };
  const articleId = (i: number) => `a:syn-${i}`;
  const date = (i: number) => `20${String(15 + (i % 11)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const someArticles = () => [...new Set([articleId(below(articleCount)), articleId(below(articleCount))])];
  const quote = (subject: string) => `Đồng chí ${subject} phát biểu tại hội nghị, nhấn mạnh yêu cầu nâng cao chất lượng công tác tổ chức xây dựng Đảng trong tình hình mới.`;
  const node = (label: NodeLabel, id: string, props: Record<string, unknown>): GraphRecord => ({ kind: 'node', label, id, props, articles: someArticles() });
  const edge = (type: string, from: string, to: string, props: Record<string, unknown>, subject: string): GraphRecord => {
    const article = articleId(below(articleCount));
    const evidence = type === 'POSITION_IN' || type === 'LOCATED_IN' ? [] : [{ article, quote: quote(subject), start: below(5000), end: 5000 + below(200), asOf: date(below(4000)) }];
    return { kind: 'edge', type, from, to, props, articles: [article], evidence };
  };

  for (let i = 0; i < articleCount; i++) {
    yield { kind: 'article', id: articleId(i), file: `syn-${i}.txt`, title: `Hội nghị tổng kết công tác tổ chức xây dựng Đảng số ${i}`, published: date(i), url: null, source: null, byline: null, province: pick(PROVINCES) };
  }
  const personName = (i: number) => `${SURNAMES[i % SURNAMES.length]} ${MIDDLE[Math.floor(i / SURNAMES.length) % MIDDLE.length]} ${GIVEN[Math.floor(i / 104) % GIVEN.length]} ${i}`;
  for (let i = 0; i < counts.persons; i++) yield node('Person', `person:p-${i}`, { name: personName(i), aliases: [] });
  for (const province of PROVINCES) yield node('Province', `province:${province}`, { name: province, kind: 'tỉnh', era: 'both', mergedInto: null });
  for (let i = 0; i < counts.organizations; i++) yield node('Organization', `org:o-${i}`, { name: `Tỉnh ủy ${PROVINCES[i % PROVINCES.length]} ${i}`, province: PROVINCES[i % PROVINCES.length] });
  // Position ids are the slug of the title, as the extractor makes them (the API finds offices by title).
  const positionTitle = (i: number) => `${ROLES[i % ROLES.length]} Tỉnh ủy ${PROVINCES[i % PROVINCES.length]} ${i}`;
  const positionId = (i: number) => `position:${slug(positionTitle(i))}`;
  for (let i = 0; i < counts.positions; i++) {
    yield node('Position', positionId(i), { title: positionTitle(i), org: `Tỉnh ủy ${i}`, province: PROVINCES[i % PROVINCES.length] });
  }
  for (let i = 0; i < counts.resolutions; i++) {
    const [type, code] = DOC_TYPES[i % DOC_TYPES.length] as [string, string];
    yield node('Resolution', `resolution:r-${i}`, { type, number: `${i}-${code}/TU`, date: date(i), issuer: null, term: null, scope: pick(PROVINCES), title: null });
  }
  for (let i = 0; i < counts.events; i++) yield node('Event', `event:e-${i}`, { name: `Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ ${i}`, date: date(i) });

  for (let i = 0; i < counts.positions; i++) yield edge('POSITION_IN', positionId(i), `org:o-${i % counts.organizations}`, {}, '');
  for (let i = 0; i < counts.organizations; i++) yield edge('LOCATED_IN', `org:o-${i}`, `province:${PROVINCES[i % PROVINCES.length]}`, {}, '');
  const offices = options.officesPerPerson ?? 2;
  const events = options.eventsPerPerson ?? 1;
  for (let i = 0; i < counts.persons; i++) {
    const name = personName(i);
    // Distinct targets per person: one edge per distinct fact, as the extractor writes them.
    const firstOffice = below(counts.positions);
    for (let k = 0; k < Math.min(offices, counts.positions); k++) {
      yield edge('HELD_POSITION', `person:p-${i}`, positionId((firstOffice + k * 7919) % counts.positions), { status: k === 0 ? 'current' : 'former', asOf: date(i) }, name);
    }
    const firstEvent = below(counts.events);
    for (let k = 0; k < Math.min(events, counts.events); k++) {
      yield edge('ATTENDED', `person:p-${i}`, `event:e-${(firstEvent + k * 104729) % counts.events}`, { role: pick(['attended', 'chaired', 'directed', 'spoke']), date: date(i) }, name);
    }
  }
  for (let i = 1; i < counts.resolutions; i += 2) yield edge('IMPLEMENTS', `resolution:r-${i}`, `resolution:r-${below(i)}`, {}, `văn bản ${i}`);
}
