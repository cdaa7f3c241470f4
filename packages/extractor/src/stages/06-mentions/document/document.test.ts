import { describe, expect, it } from 'vitest';

import { centralTermOn, findDocuments } from './find.js';

describe('mentions/document', () => {
  it.each([
    [
      'Thực hiện Kế hoạch số 12-KH/TU, ngày 3/2/2023 của Ban Thường vụ Tỉnh ủy về phát triển nông nghiệp.',
      { type: 'Kế hoạch', number: '12-KH/TU', date: '2023-02-03', issuer: 'Ban Thường vụ Tỉnh ủy', scopeHint: 'local', subject: 'phát triển nông nghiệp' },
    ],
    [
      'Quán triệt Nghị quyết số 7-NQ/TW, ngày 9/1/2019 của Ban Chấp hành Trung ương (khóa XII) về đổi mới.',
      { type: 'Nghị quyết', number: '7-NQ/TW', date: '2019-01-09', issuer: 'Ban Chấp hành Trung ương Đảng', term: 'XII', scopeHint: 'central' },
    ],
    ['Theo số 31/NQ-CP của Chính phủ.', { type: 'Nghị quyết', number: '31/NQ-CP', issuer: 'Chính phủ', scopeHint: 'central' }],
    ['Thực hiện Chỉ thị 15 của Bộ Chính trị.', { type: 'Chỉ thị', number: '15', issuer: 'Bộ Chính trị' }],
    ['Nghị quyết số 08/2022/NQ-HĐND của HĐND tỉnh.', { number: '08/2022/NQ-HĐND', scopeHint: 'local' }],
    // "T.Ư" read whole, as written; a code central and provincial bodies share takes the body named near it.
    ['Thực hiện Nghị quyết 18-NQ/T.Ư của Trung ương.', { number: '18-NQ/T.Ư', scopeHint: 'central' }],
    ['Đảng ủy Khối các cơ quan tỉnh ban hành Kế hoạch số 45-KH/ĐUK.', { number: '45-KH/ĐUK', scopeHint: 'local', issuer: 'Đảng ủy Khối các cơ quan tỉnh' }],
    ['Đảng ủy Khối các cơ quan Trung ương ban hành Kế hoạch số 45-KH/ĐUK.', { number: '45-KH/ĐUK', scopeHint: 'central', issuer: 'Đảng ủy Khối các cơ quan Trung ương' }],
    ['Thực hiện Kế hoạch số 45-KH/ĐUK về chuyển đổi số.', { number: '45-KH/ĐUK', scopeHint: 'shared' }],
  ])('parses %s', (text, expected) => expect(findDocuments(text)[0]).toMatchObject(expected));

  it('names a plenum resolution of another body, and a decision by what it does, across its clauses', () => {
    expect(findDocuments('Hội nghị thông qua Nghị quyết Hội nghị lần thứ III Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam; hiệp thương cử.')[0]?.name).toBe(
      'Nghị quyết Hội nghị lần thứ III Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    );
    expect(findDocuments('Công bố quyết định của Bộ Chính trị phân công ông Lê Văn Ba thôi giữ chức Bí thư Tỉnh ủy; nhận chức vụ Phó Trưởng Ban.')[0]?.name).toBe(
      'quyết định của Bộ Chính trị phân công ông Lê Văn Ba thôi giữ chức Bí thư Tỉnh ủy; nhận chức vụ Phó Trưởng Ban',
    );
  });

  it('ends a named document at the end of its line', () => {
    const [document] = findDocuments('Chương trình hành động của Chính phủ về hội nhập quốc tế\n\nXem cỡ chữ Đọc bài viết');
    expect(document?.name).toBe('Chương trình hành động của Chính phủ về hội nhập quốc tế');
  });

  it('reads two plenum resolutions from "Nghị quyết Trung ương 4 (khóa XI, khóa XII)"', () => {
    const names = findDocuments('Thực hiện Nghị quyết Trung ương 4 (khóa XI, khóa XII) về xây dựng Đảng.').map((d) => d.name);
    expect(names).toEqual(['Nghị quyết Trung ương 4 khóa XI', 'Nghị quyết Trung ương 4 khóa XII']);
  });

  it.each([
    ['Thực hiện đúng Điều lệ Đảng.', 'Điều lệ Đảng'],
    ['Theo Quyết định của Bộ Chính trị về việc chỉ định nhân sự.', 'Quyết định của Bộ Chính trị về việc chỉ định nhân sự'],
  ])('finds the named document in %s', (text, name) => expect(findDocuments(text)[0]?.name).toBe(name));

  it('skips plural references', () => {
    expect(findDocuments('Ban hành các quyết định của Ban Thường vụ Tỉnh ủy về công tác cán bộ.')).toEqual([]);
  });

  it.each([
    ['2017-10-25', 'XII'],
    ['2022-11-17', 'XIII'],
    ['2026-03-01', 'XIV'],
  ])('dates %s to term %s', (date, term) => expect(centralTermOn(date)).toBe(term));
});
