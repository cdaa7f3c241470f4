import { describe, expect, it } from 'vitest';

import { encodeTcvn3, encodeTcvn5712Vn1, encodeVni, encodeWindows1258 } from '../../../test/fixtures/legacy-encoders.js';
import { DecodeError, decodeArticleBytes } from './index.js';

const SENTENCES = [
  'Đại hội đại biểu Đảng bộ tỉnh lần thứ XV thành công tốt đẹp, các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy dự.',
  'Ban Chấp hành Trung ương ban hành nghị quyết về công tác xây dựng Đảng và hệ thống chính trị trong năm mới.',
  'Bí thư Tỉnh ủy chủ trì hội nghị, nhấn mạnh nhiệm vụ phát triển kinh tế của nhân dân các dân tộc ở địa phương.',
].join('\n');

describe('stages/01-decode', () => {
  it.each([
    ['utf-8', new TextEncoder().encode(SENTENCES)],
    ['utf-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SENTENCES)])],
    ['windows-1258', encodeWindows1258(SENTENCES)],
    ['tcvn3', encodeTcvn3(SENTENCES.toLowerCase())],
    ['vni', encodeVni(SENTENCES)],
  ])('decodes %s', (_name, bytes) => {
    const decoded = decodeArticleBytes(bytes, 'a.txt');
    const expected = _name === 'tcvn3' ? SENTENCES.toLowerCase() : SENTENCES;
    expect(decoded.text).toBe(expected.normalize('NFC'));
  });

  it('names the legacy encoding it used', () => {
    expect(decodeArticleBytes(encodeTcvn3(SENTENCES.toLowerCase()), 'a.txt')).toMatchObject({ encoding: 'tcvn3', warnings: ['decoded as TCVN3 (legacy encoding)'] });
  });

  it('tells TCVN 5712 VN1 from TCVN3 by the capitals only VN1 has, and keeps them', () => {
    const withCapitals = `ỦY BAN NHÂN DÂN TỈNH\nỨng cử viên Ấn, Ý và Ực đều là Ủy viên Ban Thường vụ Đảng ủy.\n${SENTENCES}`;
    expect(decodeArticleBytes(encodeTcvn5712Vn1(withCapitals), 'a.txt')).toMatchObject({
      text: withCapitals,
      encoding: 'tcvn5712-vn1',
      warnings: ['decoded as TCVN 5712 VN1 (legacy encoding)'],
    });
    // Without those capitals the two encodings are the same bytes, and the file is named TCVN3.
    expect(decodeArticleBytes(encodeTcvn5712Vn1(SENTENCES.toLowerCase()), 'a.txt').encoding).toBe('tcvn3');
  });

  it('repairs VNI glyphs saved as UTF-8', () => {
    const glyphs = new TextDecoder('windows-1252').decode(encodeVni(SENTENCES));
    expect(decodeArticleBytes(new TextEncoder().encode(glyphs), 'a.txt')).toMatchObject({ text: SENTENCES, encoding: 'vni' });
  });

  it('repairs double-encoded UTF-8', () => {
    const mojibake = new TextDecoder('windows-1252').decode(new TextEncoder().encode(SENTENCES));
    expect(decodeArticleBytes(new TextEncoder().encode(mojibake), 'a.txt')).toMatchObject({ text: SENTENCES, encoding: 'utf-8' });
  });

  it.each([
    ['empty', new Uint8Array(), /empty file/],
    ['whitespace', new TextEncoder().encode('  \n '), /empty file/],
    ['binary', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), /binary content/],
    ['random high bytes', Uint8Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 37) % 128)), /not a recognised Vietnamese legacy encoding/],
  ])('refuses %s input with a DecodeError naming the file', (_name, bytes, message) => {
    let caught: unknown;
    try {
      decodeArticleBytes(bytes, 'x/bad.txt');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DecodeError);
    expect((caught as Error).name).toBe('DecodeError');
    expect((caught as Error).message).toMatch(/^extractor\/decode: x\/bad\.txt: /);
    expect((caught as Error).message).toMatch(message);
  });
});
