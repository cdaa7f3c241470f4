import { describe, expect, it } from 'vitest';

import { splitSentences } from './index.js';

describe('stages/05-sentences', () => {
  it.each([
    ['Hội nghị khai mạc. Đồng chí Bí thư phát biểu.', ['Hội nghị khai mạc.', 'Đồng chí Bí thư phát biểu.']],
    ['Đoàn công tác đến TP. Hồ Chí Minh. Sau đó về Hà Nội.', ['Đoàn công tác đến TP. Hồ Chí Minh.', 'Sau đó về Hà Nội.']],
    ['Dòng một\n\nDòng hai', ['Dòng một', 'Dòng hai']],
    ['Kết luận số 21-KL/TW. “Tiếp tục” đổi mới.', ['Kết luận số 21-KL/TW.', '“Tiếp tục” đổi mới.']],
    ['năm 2024. tiếp tục', ['năm 2024. tiếp tục']],
  ])('splits %j', (text, expected) => {
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(expected);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
