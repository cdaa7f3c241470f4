import { describe, expect, it } from 'vitest';

import { cleanPage } from './index.js';

const page = [
  'Cập nhật: GMT+7',
  '',
  'Hội nghị tổng kết công tác dân vận năm 2023 của tỉnh',
  'Thứ hai - 08/01/2024 09:15 120 0',
  'Sáng 8/1, Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận.',
  'Các đại biểu dự hội nghị.',
  'Các đại biểu dự hội nghị.',
  '57',
  'Hội nghị đề ra nhiệm vụ năm 2024.',
  'Minh Anh',
  '0 bình luận',
  'Tin liên quan',
  'Nghị quyết số 99-NQ/TU về phát triển du lịch',
  'lượt xem: 1200 | lượt tải: 30',
].join('\n');

describe('stages/03-clean', () => {
  const cleaned = cleanPage(page);

  it('takes the first sentence-like line as the title and header stamps as header', () => {
    expect(cleaned.title).toBe('Hội nghị tổng kết công tác dân vận năm 2023 của tỉnh');
    expect(cleaned.headerLines).toEqual(['Cập nhật: GMT+7', 'Thứ hai - 08/01/2024 09:15 120 0']);
  });

  it('drops duplicated captions, stray numbers and everything from the footer on', () => {
    expect(cleaned.paragraphs).toEqual([
      'Hội nghị tổng kết công tác dân vận năm 2023 của tỉnh',
      'Sáng 8/1, Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận.',
      'Các đại biểu dự hội nghị.',
      'Hội nghị đề ra nhiệm vụ năm 2024.',
      'Minh Anh',
    ]);
    expect(cleaned.text).not.toMatch(/99-NQ\/TU/);
    expect(cleaned.trailerLines[0]).toBe('0 bình luận');
  });
});
