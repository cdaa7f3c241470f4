import { describe, expect, it } from 'vitest';

import { splitSentences } from '../../05-sentences/index.js';
import { findPersons } from './find.js';
import { findPronounSubjects } from './pronouns.js';

/** Each pronoun found, as "name @ the two words after it". */
function pronounsOf(text: string): string[] {
  return findPronounSubjects(text, splitSentences(text), findPersons(text)).map((p) => `${p.surface} @ ${text.slice(p.end).trim().split(/\s+/).slice(0, 2).join(' ')}`);
}

describe('mentions/person: pronoun subjects', () => {
  it('reads "ông" opening a clause as the subject named in a sentence before', () => {
    const text = 'Ông Nguyễn Hữu Tài sinh năm 1969. Ông có bằng tiến sĩ. Năm 2015, ông được bổ nhiệm làm Giám đốc Sở Nội vụ.';
    expect(pronounsOf(text)).toEqual(['Nguyễn Hữu Tài @ có bằng', 'Nguyễn Hữu Tài @ được bổ']);
  });

  it('reads "ông" as the object of a verb of appointing', () => {
    const text = 'Ông Nguyễn Hữu Tài sinh năm 1969. Tháng 5/2020, Ban Bí thư chỉ định ông tham gia Ban Chấp hành Đảng bộ tỉnh.';
    expect(pronounsOf(text)).toEqual(['Nguyễn Hữu Tài @ tham gia']);
  });

  it('does not read "bà" as a man, nor a named mention as a pronoun', () => {
    expect(pronounsOf('Ông Nguyễn Hữu Tài sinh năm 1969. Năm 2015, bà được bầu làm Chủ tịch.')).toEqual([]);
    expect(pronounsOf('Bà Lê Thị Hằng sinh năm 1975. Năm 2019, bà được bầu làm Chủ tịch.')).toEqual(['Lê Thị Hằng @ được bầu']);
    expect(pronounsOf('Ông Nguyễn Hữu Tài sinh năm 1969. Năm 2015, ông Trần Văn Nam được bầu làm Chủ tịch.')).toEqual([]);
  });

  it('reads a pronoun as the person named before it in its own sentence', () => {
    const text = 'Ông Nguyễn Hữu Tài chủ trì hội nghị. Ông Lê Văn Sơn cho biết, ông được phân công giữ chức Phó Chủ tịch.';
    expect(pronounsOf(text)).toEqual(['Lê Văn Sơn @ được phân']);
  });

  it('does not read "bà con" or "ông bà" as a pronoun', () => {
    expect(pronounsOf('Bà Lê Thị Hằng sinh năm 1975. Bà con nhân dân phấn khởi. Ông bà ta thường nói vậy.')).toEqual([]);
  });

  it('names nobody when no sentence before names a subject', () => {
    expect(pronounsOf('Hội nghị diễn ra sáng nay. Năm 2015, ông được bầu làm Chủ tịch.')).toEqual([]);
  });
});
