/**
 * Synthetic archive for the identity bench: provincial officials with names drawn at the frequencies
 * of Vietnamese names (a third are Nguyễn, a few given names are very common, so one name belongs to
 * several officials at once), each holding a post in one province for some years, some moved to a
 * top post in another province; and articles about meetings of a province on a day, naming the
 * officials in office there then. Written as JSONL with a truth file: for every article, which
 * official each name stands for, so the bench can count how mention pairs of one name end.
 * The sentences are templates of our own, not articles.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { allProvinces } from '../packages/extractor/src/lexicon/provinces.js';

// Weights roughly as surveys of Vietnamese names give them (per cent of the population).
const SURNAMES: Array<[string, number]> = [
  ['Nguyễn', 31], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 5], ['Huỳnh', 4], ['Phan', 4], ['Vũ', 4], ['Võ', 3], ['Đặng', 2], ['Bùi', 2], ['Đỗ', 1.4],
  ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1], ['Lý', 0.5], ['Đinh', 0.5], ['Lò', 0.3], ['Giàng', 0.3], ['Thạch', 0.3], ['Hà', 0.4], ['Lương', 0.4], ['Trịnh', 0.4], ['Mai', 0.3],
];
const MIDDLES: Array<[string, number]> = [
  ['Văn', 30], ['Thị', 18], ['Minh', 8], ['Đức', 6], ['Thanh', 6], ['Quốc', 5], ['Hữu', 5], ['Ngọc', 4], ['Xuân', 4], ['Hồng', 4], ['Công', 3], ['Anh', 3], ['Trung', 2], ['Tiến', 2],
];
const GIVEN = ['Hùng', 'Dũng', 'Hải', 'Tuấn', 'Hà', 'Sơn', 'Bình', 'Thắng', 'Long', 'Nam', 'Hương', 'Lan', 'Hoa', 'Thành', 'Cường', 'Trung', 'Phong', 'Quang', 'Tâm', 'Hiếu',
  'Khánh', 'Lâm', 'Mạnh', 'Nghĩa', 'Phúc', 'Quân', 'Tài', 'Thủy', 'Toàn', 'Vinh', 'Yến', 'Đông', 'Định', 'Hạnh', 'Hòa', 'Huy', 'Kiên', 'Linh', 'Lợi', 'Luân', 'Mai',
  'Nhân', 'Ninh', 'Oanh', 'Phát', 'Quý', 'Sang', 'Tân', 'Thái', 'Thiện', 'Thịnh', 'Thông', 'Tín', 'Trí', 'Tú', 'Tùng', 'Uy', 'Việt', 'Xuyên', 'Ánh', 'Ân', 'Bảo', 'Chiến',
  'Duy', 'Giang', 'Hậu', 'Hiển', 'Học', 'Khải', 'Khoa', 'Lộc', 'Lực', 'Minh', 'Nguyên', 'Phương', 'Quyết', 'Sinh', 'Thao', 'Thuận', 'Tiến', 'Trọng', 'Tuyến', 'Vượng'];
// Zipf weights for given names: the first few are far more common than the last.
const GIVEN_WEIGHTED: Array<[string, number]> = GIVEN.map((name, i) => [name, 1 / (i + 1)]);

/** Posts of a province, the top ones first (those the Centre rotates between provinces). */
const POSTS = [
  (p: Place) => `Bí thư ${p.committee} ${p.name}`,
  (p: Place) => `Chủ tịch Ủy ban nhân dân ${p.unit} ${p.name}`,
  (p: Place) => `Phó Bí thư ${p.committee} ${p.name}`,
  (p: Place) => `Phó Chủ tịch Ủy ban nhân dân ${p.unit} ${p.name}`,
  (p: Place) => `Trưởng Ban Tuyên giáo ${p.committee} ${p.name}`,
  (p: Place) => `Chủ nhiệm Ủy ban Kiểm tra ${p.committee} ${p.name}`,
  (p: Place) => `Giám đốc Sở Tài chính ${p.unit} ${p.name}`,
  (p: Place) => `Giám đốc Sở Nội vụ ${p.unit} ${p.name}`,
  (p: Place) => `Phó Chủ tịch Hội đồng nhân dân ${p.unit} ${p.name}`,
];
const TOPICS = ['sơ kết công tác xây dựng Đảng', 'triển khai nhiệm vụ phát triển kinh tế - xã hội', 'tổng kết công tác kiểm tra, giám sát', 'bàn giải pháp thu ngân sách', 'góp ý dự thảo văn kiện', 'đánh giá công tác dân vận'];
const FILLER = [
  'Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ chính trị và thảo luận phương hướng thời gian tới.',
  'Các đại biểu tập trung phân tích những hạn chế, nguyên nhân và đề xuất giải pháp khắc phục.',
  'Theo báo cáo, tăng trưởng kinh tế của địa phương đạt khá, thu ngân sách vượt dự toán, đời sống nhân dân được cải thiện.',
  'Công tác cải cách hành chính, chuyển đổi số được đẩy mạnh, chỉ số hài lòng của người dân tăng so với cùng kỳ.',
  'Hội nghị thống nhất cao với các chỉ tiêu, nhiệm vụ đề ra và giao các cơ quan chuyên môn cụ thể hóa bằng kế hoạch.',
];

interface Place {
  name: string;
  unit: 'tỉnh' | 'thành phố';
  committee: 'Tỉnh ủy' | 'Thành ủy';
}

interface Official {
  id: number;
  name: string;
  /** Posts in time order: [place index, post index, first year, last year]. */
  posts: Array<[number, number, number, number]>;
}

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function weighted<T>(next: () => number, items: Array<[T, number]>): T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let roll = next() * total;
  for (const [item, w] of items) if ((roll -= w) <= 0) return item;
  return items[items.length - 1]![0];
}

export interface SyntheticCorpus {
  files: string[];
  /** Per article id: the official id each name in it stands for. */
  truth: Map<string, Map<string, number>>;
}

/** Build (or reuse) `articles` synthetic articles under `dir`: JSONL files and truth.json. */
export function buildSyntheticCorpus(dir: string, articles: number): SyntheticCorpus {
  const marker = join(dir, '.built');
  if (!existsSync(marker)) writeCorpus(dir, articles);
  const { files, truth } = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as { files: string[]; truth: Record<string, Record<string, number>> };
  return { files: files.map((f) => join(dir, f)), truth: new Map(Object.entries(truth).map(([a, names]) => [a, new Map(Object.entries(names))])) };
}

function writeCorpus(dir: string, articles: number): void {
  mkdirSync(dir, { recursive: true });
  const next = random(7);
  const places: Place[] = allProvinces()
    .filter((p) => p.era !== 'post-2025')
    .map((p) => ({ name: p.name, unit: p.kind, committee: p.kind === 'thành phố' ? 'Thành ủy' : 'Tỉnh ủy' }));
  // The two centrally governed cities, whose top posts rank above a province's.
  const capitals = places.flatMap((p, i) => (p.name === 'Hà Nội' || p.name === 'Hồ Chí Minh' ? [i] : []));
  // About nine posts per province over 2010–2026, each held four to ten years by one official.
  const officials: Official[] = [];
  const serving: Official[][][] = places.map(() => Array.from({ length: 17 }, () => []));
  for (let place = 0; place < places.length; place++) {
    for (let post = 0; post < POSTS.length; post++) {
      for (let year = 2010; year <= 2026; ) {
        const last = Math.min(2026, year + 3 + Math.floor(next() * 7));
        const official: Official = { id: officials.length, name: `${weighted(next, SURNAMES)} ${weighted(next, MIDDLES)} ${weighted(next, GIVEN_WEIGHTED)}`, posts: [[place, post, year, last]] };
        // One in five top officials is moved on to a top post in another province, as senior as the
        // last or more (careers go up or sideways: a secretary is not sent to chair another province,
        // and a capital's official goes on only to a capital).
        if (post < 2 && last < 2024 && next() < 0.2) {
          const targets = capitals.includes(place) ? capitals : places.map((_, i) => i);
          official.posts.push([targets[Math.floor(next() * targets.length)]!, Math.floor(next() * (post + 1)), last + 1, Math.min(2026, last + 5)]);
        }
        officials.push(official);
        for (const [p, , from, to] of official.posts) for (let y = from; y <= to; y++) serving[p]![y - 2010]!.push(official);
        year = last + 1;
      }
    }
  }
  const files: string[] = [];
  const truth: Record<string, Record<string, number>> = {};
  let lines: string[] = [];
  const flush = (): void => {
    const file = `synthetic-${String(files.length).padStart(3, '0')}.jsonl`;
    writeFileSync(join(dir, file), `${lines.join('\n')}\n`);
    files.push(file);
    lines = [];
  };
  for (let n = 0; n < articles; n++) {
    const place = Math.floor(next() * places.length);
    const year = 2010 + Math.floor(next() * 17);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const present = serving[place]![year - 2010]!.filter((o) => o.posts.some(([p, , from, to]) => p === place && from <= year && year <= to));
    const named = [...new Set(Array.from({ length: 2 + Math.floor(next() * 4) }, () => present[Math.floor(next() * present.length)]!))];
    const title = (official: Official): string => {
      const [, post] = official.posts.find(([p, , from, to]) => p === place && from <= year && year <= to)!;
      return POSTS[post]!(places[place]!);
    };
    const [chair, ...guests] = named;
    const topic = TOPICS[Math.floor(next() * TOPICS.length)]!;
    const sentences = [
      `Ngày ${day}/${month}/${year}, Ban Thường vụ ${places[place]!.committee} ${places[place]!.name} tổ chức hội nghị ${topic}.`,
      `Đồng chí ${chair!.name}, ${title(chair!)}, chủ trì hội nghị.`,
      ...(guests.length ? [`Dự hội nghị có các đồng chí: ${guests.map((g) => `${g.name}, ${title(g)}`).join('; ')}.`] : []),
      ...FILLER.filter(() => next() < 0.7),
      `Phát biểu kết luận, đồng chí ${chair!.name} đề nghị các cấp ủy, chính quyền tập trung lãnh đạo thực hiện thắng lợi nhiệm vụ năm ${year}.`,
    ];
    const id = `syn-${n}`;
    const names: Record<string, number> = {};
    for (const official of named) names[official!.name] = official!.id;
    truth[`a:${id}`] = names;
    lines.push(JSON.stringify({ id, url: null, title: `Hội nghị ${topic}`, published: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, text: sentences.join(' ') }));
    if (lines.length === 10_000) flush();
  }
  if (lines.length) flush();
  writeFileSync(join(dir, 'truth.json'), JSON.stringify({ files, truth }));
  writeFileSync(join(dir, '.built'), '');
}
