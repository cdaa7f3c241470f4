/**
 * The `kg extract` command end to end: real files in a temporary directory, the real CLI in a child
 * process. Bad inputs are named with file and line, the good ones are still extracted, exit status 1.
 */
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { beforeAll, describe, expect, it } from 'vitest';

import { encodeTcvn5712Vn1, encodeWindows1258 } from '../../extractor/test/fixtures/legacy-encoders.js';

const run = promisify(execFile);
const CLI = join(import.meta.dirname, '..', 'src', 'kg.ts');

const ARTICLE = [
  'Hội nghị Ban Chấp hành Đảng bộ tỉnh Cao Bằng lần thứ năm',
  'Thứ tư - 05/03/2025 08:00',
  'Sáng 5/3, đồng chí Trần Văn Bình - Bí thư Tỉnh ủy chủ trì hội nghị triển khai Nghị quyết số 09-NQ/TU của Tỉnh ủy.',
  'Hội nghị quán triệt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Cao Bằng lần thứ XX, nhiệm kỳ 2025-2030.',
  'Bình luận',
  'Nghị quyết số 77-NQ/TU về du lịch',
].join('\n');

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

// As root every folder is readable; an unprivileged user is needed to see an unreadable one.
const AS_UNPRIVILEGED = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

const extract = (...args: string[]): Promise<CliResult> => extractAs({}, ...args);

async function extractAs(user: { uid?: number; gid?: number }, ...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', CLI, 'extract', ...args], { maxBuffer: 1 << 24, ...user });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const records = (stdout: string): Array<Record<string, unknown>> =>
  stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);

describe('kg extract', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kg-cli-'));
    writeFileSync(join(dir, 'page.txt'), ARTICLE);
    writeFileSync(join(dir, 'front.md'), `---\nurl: "https://caobang.dcs.vn/a.html"\npublished: 2025-03-06\ntitle: Tiêu đề riêng\n---\n${ARTICLE}`);
    writeFileSync(
      join(dir, 'batch.jsonl'),
      [
        JSON.stringify({ id: 'j1', url: null, title: 'Bài một', published: '2024-01-02', text: ARTICLE }),
        '{"id": "j2", "text": ',
        JSON.stringify({ id: 'j3', title: 'Không có nội dung' }),
      ].join('\n'),
    );
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
    writeFileSync(join(dir, 'notes.pdf'), 'not an article');
    // A legacy Windows-1258 page: "Hội nghị" with the tone as a separate combining byte.

    writeFileSync(join(dir, 'legacy.txt'), Buffer.from(encodeWindows1258('Hội nghị của Tỉnh ủy về công tác cán bộ và các đồng chí được bầu\nĐảng bộ tỉnh Cao Bằng ban hành nghị quyết.\nHết bài.')));
  }, 30_000);

  it('when some inputs are bad, then the good ones are extracted, each bad one is named and the exit status is 1', async () => {
    const result = await extract(dir, join(dir, 'missing.txt'));
    expect(result.code).toBe(1);
    const articles = records(result.stdout).filter((r) => r.kind === 'article');
    expect(articles.map((a) => a.file).sort()).toEqual(['front.md', 'j1', 'legacy.txt', 'page.txt']);
    expect(result.stderr).toMatch(/legacy\.txt: decoded as WINDOWS-1258 \(legacy encoding\)/);
    expect(result.stderr).toMatch(/batch\.jsonl line 2: malformed JSON/);
    expect(result.stderr).toMatch(/batch\.jsonl line 3: missing or empty "text"/);
    expect(result.stderr).toMatch(/empty\.txt: empty file/);
    expect(result.stderr).toMatch(/binary\.txt: binary content/);
    expect(result.stderr).toMatch(/missing\.txt: no such file or directory/);
    expect(result.stderr).toMatch(/notes\.pdf: skipped: not an article file/);
    expect(result.stderr).toMatch(/extracted 4 articles .* 6 failed/);
  }, 60_000);

  it('when front matter or JSONL fields give metadata, then they win over the page', async () => {
    const result = await extract(dir);
    const byFile = new Map(records(result.stdout).filter((r) => r.kind === 'article').map((a) => [a.file, a]));
    expect(byFile.get('legacy.txt')).toMatchObject({ title: 'Hội nghị của Tỉnh ủy về công tác cán bộ và các đồng chí được bầu', province: 'Cao Bằng' });
    expect(byFile.get('page.txt')).toMatchObject({ published: '2025-03-05', title: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh Cao Bằng lần thứ năm', province: 'Cao Bằng' });
    expect(byFile.get('front.md')).toMatchObject({ published: '2025-03-06', title: 'Tiêu đề riêng', url: 'https://caobang.dcs.vn/a.html' });
    expect(byFile.get('j1')).toMatchObject({ published: '2024-01-02', title: 'Bài một' });
  }, 60_000);

  it('when the same article is in three inputs, then each entity is one node listing all three articles, and the sidebar is ignored', async () => {
    const nodes = records((await extract(dir)).stdout).filter((r) => r.kind === 'node');
    const person = nodes.find((n) => n.label === 'Person');
    expect(person).toMatchObject({ id: 'person:trần-văn-bình', props: { name: 'Trần Văn Bình', mergedBy: expect.stringMatching(/same office Bí thư Tỉnh ủy Cao Bằng/) } });
    expect((person!.articles as string[]).sort()).toEqual(['a:front', 'a:j1', 'a:page']);
    const evidence = records((await extract(join(dir, 'page.txt'))).stdout).find((r) => r.type === 'HELD_POSITION')!.evidence as Array<{ quote: string }>;
    expect(evidence[0]!.quote).toMatch(/^Sáng 5\/3, đồng chí Trần Văn Bình - Bí thư Tỉnh ủy chủ trì/);
    const numbers = nodes.filter((n) => n.label === 'Resolution').map((n) => (n.props as { number: string | null }).number);
    expect(numbers).toContain('09-NQ/TU');
    expect(numbers).not.toContain('77-NQ/TU');
    const congress = nodes.find((n) => n.label === 'Congress');
    expect(congress).toMatchObject({ id: 'congress:cao-bằng:20', props: { ordinal: 20, scope: 'Cao Bằng', term: '2025-2030' } });
  }, 60_000);

  it('when run twice, then the output is identical (stable ids and order)', async () => {
    const first = await extract(join(dir, 'page.txt'));
    const second = await extract(join(dir, 'page.txt'));
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
  }, 60_000);

  it('when run on two worker threads, then the output is the same as on one', async () => {
    const single = await extract(dir);
    const parallel = await extract(dir, '--workers', '2');
    expect(parallel.code).toBe(single.code);
    expect(parallel.stdout).toBe(single.stdout);
  }, 60_000);

  it('when --workers is not a positive integer, then it exits 2 naming the option', async () => {
    const result = await extract(dir, '--workers', 'two');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--workers must be an integer/);
  }, 30_000);

  it('when --out names a folder that does not exist, then it is made and the file written', async () => {
    const out = join(dir, 'new', 'folder', 'graph.jsonl');
    const result = await extract(join(dir, 'page.txt'), '--out', out);
    expect(result.code).toBe(0);
    expect(records(readFileSync(out, 'utf8')).filter((r) => r.kind === 'article')).toHaveLength(1);
  }, 30_000);

  it('when called without inputs, then it prints usage and exits 2', async () => {
    const result = await extract();
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/usage: kg extract/);
  }, 30_000);
});

describe('kg extract, on inputs that are not articles', () => {
  let dir: string;
  let socketServer: Server;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kg-cli-odd-'));
    chmodSync(dir, 0o755);
    const folder = join(dir, 'corpus');
    mkdirSync(folder);
    writeFileSync(join(folder, 'good.txt'), ARTICLE);
    writeFileSync(join(dir, 'outside.txt'), ARTICLE.replace('Trần Văn Bình', 'Lê Thị Hoa'));
    symlinkSync(join(dir, 'outside.txt'), join(folder, 'linked.txt'));
    symlinkSync(join(dir, 'gone.txt'), join(folder, 'dangling.txt'));
    symlinkSync(dir, join(folder, 'loop'));
    execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
    socketServer = createServer();
    await new Promise<void>((resolve) => socketServer.listen(join(folder, 'socket.txt'), resolve));
    mkdirSync(join(folder, 'locked'));
    writeFileSync(join(folder, 'locked', 'hidden-away.txt'), ARTICLE);
    chmodSync(join(folder, 'locked'), 0o000);
    // Random printable characters: full of strings that look like document numbers ("12-AB/CD").
    let state = 11;
    const random = Array.from({ length: 300_000 }, () => String.fromCharCode(32 + ((state = (state * 1103515245 + 12345) % 2147483648) % 95))).join('');
    writeFileSync(join(folder, 'random.txt'), random);
    writeFileSync(join(folder, 'huge.txt'), `${ARTICLE}\n`.repeat(Math.ceil((1.2 * 1024 * 1024) / ARTICLE.length)));
    const capitals = `ỦY BAN NHÂN DÂN TỈNH CAO BẰNG\nỨng cử viên được bầu giữ chức Ủy viên Ban Thường vụ.\n${ARTICLE}`;
    writeFileSync(join(folder, 'vn1.txt'), encodeTcvn5712Vn1(capitals));
    execFileSync('mkfifo', [join(dir, 'named-pipe')]);
  }, 30_000);

  it('when a folder holds links, pipes, sockets, an unreadable folder, random text and an oversized file, then each is named with its reason, the good articles are extracted and the exit status is 1', async () => {
    const result = await extractAs(AS_UNPRIVILEGED, join(dir, 'corpus'), '--max-article-mb', '1');
    socketServer.close();
    expect(result.code).toBe(1);
    const articles = records(result.stdout).filter((r) => r.kind === 'article');
    expect(articles.map((a) => a.file).sort()).toEqual(['good.txt', 'linked.txt', 'vn1.txt']);
    expect(result.stderr).toMatch(/vn1\.txt: decoded as TCVN 5712 VN1 \(legacy encoding\)/);
    expect(result.stderr).toMatch(/dangling\.txt: not read: broken symbolic link \(its target does not exist\)/);
    expect(result.stderr).toMatch(/loop: not read: symbolic link to a folder/);
    expect(result.stderr).toMatch(/pipe\.txt: not read: a named pipe \(FIFO\)/);
    expect(result.stderr).toMatch(/socket\.txt: not read: a socket/);
    expect(result.stderr).toMatch(/locked: folder not read: permission denied/);
    expect(result.stderr).toMatch(/random\.txt: not read as an article: it does not read as Vietnamese or English/);
    expect(result.stderr).toMatch(/huge\.txt: not read as an article: 1\.\d MB is larger than an article can be \(limit 1\.0 MB/);
    expect(result.stderr).toMatch(/extracted 3 articles .* 7 failed/);
    // Nothing was mined from the random text.
    const numbers = records(result.stdout).filter((r) => r.label === 'Resolution').map((r) => (r.props as { number: string | null }).number);
    expect(numbers.filter(Boolean)).toEqual(['09-NQ/TU']);
  }, 60_000);

  it.each([
    ['a named pipe', () => join(dir, 'named-pipe'), /named-pipe: not read: a named pipe \(FIFO\), not a file or folder of articles/],
    ['/dev/null', () => '/dev/null', /\/dev\/null: not read: a device, not a file or folder of articles/],
  ])('when %s is named on the command line, then it is named as not read and the other inputs are extracted', async (_name, path, message) => {
    const result = await extract(path(), join(dir, 'outside.txt'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(records(result.stdout).filter((r) => r.kind === 'article')).toHaveLength(1);
  }, 60_000);
});

describe('kg extract of saved web pages', () => {
  const html = (lines: string[], head = '') =>
    `<!doctype html><html><head><meta charset="utf-8">${head}<script>var t = "<p>menu</p>";</script></head><body><nav><a href="/">Trang chủ</a></nav><article>${lines.map((l) => `<p>${l.replace(/ô/g, '&ocirc;')}</p>`).join('\n')}</article></body></html>`;

  it('when pages are HTML files or JSONL texts in markup, then they are read as text, the head giving title, date and address', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-html-'));
    const lines = ARTICLE.split('\n').slice(0, 4);
    writeFileSync(join(dir, 'page.html'), html(lines, '<meta property="og:title" content="Hội nghị Tỉnh ủy Cao Bằng"><meta property="article:published_time" content="2025-03-05T09:00:00+07:00"><link rel="canonical" href="https://caobang.dcs.vn/hn.html">'));
    writeFileSync(join(dir, 'batch.jsonl'), JSON.stringify({ id: 'h1', title: 'Tựa của tệp', text: html(lines, '<title>Tựa của trang</title>') }));
    const result = await extract(dir);
    expect(result.code).toBe(0);
    const all = records(result.stdout);
    const articles = new Map(all.filter((r) => r.kind === 'article').map((a) => [a.file, a]));
    expect(articles.get('page.html')).toMatchObject({ title: 'Hội nghị Tỉnh ủy Cao Bằng', published: '2025-03-05', url: 'https://caobang.dcs.vn/hn.html', province: 'Cao Bằng' });
    expect(articles.get('h1')).toMatchObject({ title: 'Tựa của tệp' });
    for (const article of articles.values()) expect(String(article.text)).not.toMatch(/<|&ocirc;|menu/);
    const held = all.filter((r) => r.kind === 'edge' && r.type === 'HELD_POSITION');
    expect(held.map((e) => `${e.from} ${e.to}`)).toContain('person:trần-văn-bình position:bí-thư-tỉnh-ủy-cao-bằng');
  }, 60_000);
});
