/**
 * Benchmark corpus: the seed articles repeated with varied person names, document numbers and years,
 * written as JSONL files of about 8 MB each, so the extractor sees realistic text without reading the
 * same strings again and again.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Giàng', 'Lò', 'Sùng'];
const MIDDLES = ['Văn', 'Thị', 'Minh', 'Đức', 'Thanh', 'Quốc', 'Hữu', 'A'];
const GIVEN = ['Hùng', 'Lan', 'Bình', 'Hà', 'Tuấn', 'Nga', 'Sơn', 'Phóng', 'Chu', 'Dũng', 'Mai', 'Khoa'];
const NAME_RE = /\b(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Vũ|Đặng|Bùi|Đỗ|Dương|Huỳnh|Phùng|Đào|Tô)(?: \p{Lu}[\p{Ll}\p{M}]*){1,3}/gu;
const NUMBER_RE = /\b(\d{1,3})-(NQ|KH|KL|CT|QĐ|CTr|TB)\/(TW|TU)\b/g;

/** A deterministic pseudo-random sequence, so the same corpus is built every time. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function vary(text: string, next: () => number): string {
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]!;
  return text
    .replace(NAME_RE, () => `${pick(SURNAMES)} ${pick(MIDDLES)} ${pick(GIVEN)}`)
    .replace(NUMBER_RE, (_all, _n, type: string, issuer: string) => `${1 + Math.floor(next() * 400)}-${type}/${issuer}`)
    .replace(/\b20(1\d|2\d)\b/g, () => String(2010 + Math.floor(next() * 16)));
}

/** Build (or reuse) a corpus of at least `megabytes` MB under `dir`; returns the JSONL file paths. */
export function buildCorpus(seedDir: string, dir: string, megabytes: number): string[] {
  const marker = join(dir, `.built-${megabytes}mb`);
  if (existsSync(marker)) return readdirSync(dir).filter((f) => f.endsWith('.jsonl')).map((f) => join(dir, f)).sort();
  mkdirSync(dir, { recursive: true });
  const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seedDir, f), 'utf8'));
  const next = random(42);
  const files: string[] = [];
  let total = 0;
  let id = 0;
  while (total < megabytes * 1e6) {
    const lines: string[] = [];
    let fileBytes = 0;
    while (fileBytes < 8e6 && total + fileBytes < megabytes * 1e6) {
      const text = vary(seeds[id % seeds.length]!, next);
      const line = JSON.stringify({ id: `bench-${id}`, url: null, title: null, published: null, text });
      lines.push(line);
      fileBytes += Buffer.byteLength(text);
      id++;
    }
    const file = join(dir, `corpus-${String(files.length).padStart(3, '0')}.jsonl`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    files.push(file);
    total += fileBytes;
  }
  writeFileSync(marker, '');
  return files;
}
