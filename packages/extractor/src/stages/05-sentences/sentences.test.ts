import { describe, expect, it } from 'vitest';

import { clauseAround, splitSentences } from './index.js';

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

describe('clauseAround', () => {
  const text = `Mở đầu câu. ${'Phần một dài, '.repeat(20)}đồng chí A, Bí thư; đồng chí B, Chủ tịch; đồng chí C, Phó Chủ tịch.`;
  const sentence = splitSentences(text)[1]!;

  it('gives the stretch between the semicolons around an offset, with its offsets', () => {
    const at = text.indexOf('đồng chí B');
    const clause = clauseAround(sentence, at);
    expect(clause.text).toBe('đồng chí B, Chủ tịch;');
    expect(text.slice(clause.start, clause.end)).toBe(clause.text);
    expect(clauseAround(sentence, text.indexOf('đồng chí C')).text).toBe('đồng chí C, Phó Chủ tịch.');
  });

  it('keeps a short sentence, or one without semicolons, whole', () => {
    const short = splitSentences('Đồng chí A, Bí thư; đồng chí B, Chủ tịch.')[0]!;
    expect(clauseAround(short, 25)).toBe(short);
    const long = splitSentences(`${'Một đoạn dài, '.repeat(30)}hết.`)[0]!;
    expect(clauseAround(long, 50)).toBe(long);
  });
});
