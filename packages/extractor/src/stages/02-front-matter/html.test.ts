import { describe, expect, it } from 'vitest';

import { decodeCharacterReferences, looksLikeHtml, readHtmlPage, withoutMarkup } from './html.js';

const PAGE = `<!doctype html><html><head>
<meta charset="utf-8"><title>Hội nghị cán bộ tỉnh | Báo Mẫu</title>
<meta property="og:title" content="Hội nghị cán bộ chủ chốt tỉnh Hà Giang">
<meta property="article:published_time" content="2023-05-09T08:15:00+07:00">
<meta property="og:site_name" content="Báo Mẫu">
<link rel="canonical" href="https://baomau.vn/hoi-nghi-can-bo-123.html">
<style>p { color: red }</style><script>var x = "<p>không phải bài</p>";</script>
</head><body><nav><a href="/">Trang chủ</a> <a href="/ts">Thời sự</a></nav>
<article><h1>Hội nghị cán bộ chủ chốt tỉnh Hà Giang</h1>
<p>Sáng 9/5, Tỉnh ủy Hà Giang tổ chức hội nghị.<br>Đồng chí Nguyễn&nbsp;Văn A, Bí thư Tỉnh ủy, chủ trì.</p>
<!-- quảng cáo --><p>Ph&#7893; bi&#x1EBF;n &quot;Nghị quyết&quot; &amp; kế hoạch; &ocirc;ng B ph&aacute;t biểu.</p></article>
<form><button>Gửi bình luận</button></form></body></html>`;

describe('reading an HTML page', () => {
  it('keeps what a browser shows, one block per line, and drops scripts, styles, the head and forms', () => {
    const { text } = readHtmlPage(PAGE);
    expect(text.split('\n')).toEqual([
      'Trang chủ Thời sự',
      'Hội nghị cán bộ chủ chốt tỉnh Hà Giang',
      'Sáng 9/5, Tỉnh ủy Hà Giang tổ chức hội nghị.',
      'Đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy, chủ trì.',
      'Phổ biến "Nghị quyết" & kế hoạch; ông B phát biểu.',
    ]);
  });

  it('takes title, date, address and site from the head', () => {
    expect(readHtmlPage(PAGE).given).toEqual({
      title: 'Hội nghị cán bộ chủ chốt tỉnh Hà Giang',
      published: '2023-05-09T08:15:00+07:00',
      url: 'https://baomau.vn/hoi-nghi-can-bo-123.html',
      source: 'Báo Mẫu',
    });
  });

  it('falls back on <title> and <time datetime>, and ignores an address that is not a web address', () => {
    const given = readHtmlPage('<html><head><title>Tin &amp; bài</title><link rel="canonical" href="/tin/1"></head><body><p>x</p><time datetime="2019-02-03">3/2</time></body></html>').given;
    expect(given).toEqual({ title: 'Tin & bài', published: '2019-02-03' });
  });

  it('decodes character references, named, decimal and hexadecimal; leaves unknown ones', () => {
    expect(decodeCharacterReferences('T&agrave;i ch&iacute;nh &#272;&#7843;ng &#x1EE7;y &bogus; &#0;')).toBe('Tài chính Đảng ủy &bogus; &#0;');
  });

  it('tells markup from prose that mentions a sign', () => {
    expect(looksLikeHtml('<p>Một</p><p>Hai</p>')).toBe(true);
    expect(looksLikeHtml('Chỉ số tăng <5% so với năm trước, a < b > c.')).toBe(false);
  });

  it('leaves plain text alone, and lets given fields win over the head', () => {
    expect(withoutMarkup('Sáng 9/5, hội nghị.', { title: 'T' })).toEqual({ text: 'Sáng 9/5, hội nghị.', given: { title: 'T' } });
    expect(withoutMarkup(PAGE, { title: 'Tựa từ tệp JSONL' }).given.title).toBe('Tựa từ tệp JSONL');
  });
});
