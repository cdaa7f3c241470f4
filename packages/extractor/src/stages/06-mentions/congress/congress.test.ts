import { describe, expect, it } from 'vitest';

import { findCongresses } from './find.js';

describe('mentions/congress', () => {
  it.each([
    ['Tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.', 14, 'national', null, null],
    ['Thực hiện Nghị quyết Đại hội XIII của Đảng.', 13, 'national', null, null],
    ['Từ Đại hội Đảng XI đến nay.', 11, 'national', null, null],
    ['Đại hội Đảng toàn quốc lần thứ XII.', 12, 'national', null, null],
    ['Đại hội đại biểu Đảng bộ tỉnh Hòa Bình lần thứ XVII, nhiệm kỳ 2020 - 2025 thành công.', 17, 'local', 'tỉnh Hòa Bình', '2020-2025'],
    ['Đại hội đại biểu lần thứ I Đảng bộ tỉnh Gia Lai, nhiệm kỳ 2025–2030.', 1, 'local', 'tỉnh Gia Lai', '2025-2030'],
    ['Chuẩn bị Đại hội Đảng bộ tỉnh khóa XVI.', 16, 'local', 'tỉnh', null],
    ['Đại hội đại biểu Đảng bộ quận Hoàn Kiếm lần thứ XXV.', 25, 'local', 'quận Hoàn Kiếm', null],
  ])('%s', (text, ordinal, level, unitText, term) => {
    const [congress] = findCongresses(text);
    expect(congress).toMatchObject({ ordinal, level, unitText, term });
    expect(text.slice(congress!.start, congress!.end)).toBe(congress!.surface);
  });

  it.each([['Tổ chức đại hội đảng bộ các cấp nhiệm kỳ 2025-2030.'], ['Hội nghị lần thứ 8 Ban Chấp hành Đảng bộ tỉnh khóa XI.']])(
    'finds no congress in %s',
    (text) => expect(findCongresses(text)).toEqual([]),
  );
});
