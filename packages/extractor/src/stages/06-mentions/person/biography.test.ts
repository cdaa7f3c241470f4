import { describe, expect, it } from 'vitest';

import { findProvinceMentions } from '../../../lexicon/provinces.js';
import { splitSentences } from '../../05-sentences/index.js';
import { findPersons } from './find.js';
import { findBiographies } from './biography.js';
import { findPronounSubjects } from './pronouns.js';

/** Each person's facts as "name: born, home", the way the pipeline finds subjects. */
function biographiesOf(text: string): string[] {
  const sentences = splitSentences(text);
  const persons = findPersons(text);
  const subjects = [...persons, ...findPronounSubjects(text, sentences, persons)].sort((a, b) => a.start - b.start);
  return [...findBiographies(sentences, subjects, findProvinceMentions(text))].map(([name, b]) => `${name}: ${b.born ?? '-'}, ${b.home ?? '-'}`);
}

describe('mentions/person: biographical facts', () => {
  it.each([
    ['Ông Phạm Văn Lộc sinh năm 1972, quê quán xã Hưng Đạo, huyện Hưng Nguyên, tỉnh Nghệ An.', ['Phạm Văn Lộc: 1972, Nghệ An']],
    ['Bà Đặng Thị Thu (SN 1976) là Phó Giám đốc Sở Tư pháp.', ['Đặng Thị Thu: 1976, -']],
    ['Đồng chí Vi Văn Sàng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, sinh ngày 14/8/1969, quê Lạng Sơn.', ['Vi Văn Sàng: 1969, Lạng Sơn']],
    ['Ông Hà Quang Tuấn sinh ngày 3 tháng 2 năm 1970 tại Phú Thọ.', ['Hà Quang Tuấn: 1970, -']],
    // A pronoun subject of a biography carries the facts of the person named before.
    ['Ông Lưu Văn Tú được bầu giữ chức Chủ tịch. Ông sinh năm 1971, quê ở tỉnh Thái Bình.', ['Lưu Văn Tú: 1971, Thái Bình']],
  ])('reads %s', (text, expected) => expect(biographiesOf(text)).toEqual(expected));

  it.each([
    // "học sinh", "phát sinh": "sinh" of another word.
    ['Ông Trịnh Văn Hải thăm hỏi học sinh năm 2024 của trường.'],
    ['Ông Trịnh Văn Hải cho biết các khoản nợ phát sinh năm 2019 đã được xử lý.'],
    // A homeland in general, not the person's home.
    ['Ông Trịnh Văn Hải mong muốn xây dựng quê hương Hà Tĩnh giàu đẹp.'],
    // No person before the fact in its sentence.
    ['Sinh năm 1968 tại Hà Nội, ông từng công tác nhiều nơi.'],
    // A year no official was born in.
    ['Ông Trịnh Văn Hải nhắc lại chuyến công tác, nơi ông sinh năm 2023 đã thay đổi.'],
  ])('reads no fact in %s', (text) => expect(biographiesOf(text)).toEqual([]));

  it('keeps neither of two birth years one article gives a person', () => {
    expect(biographiesOf('Ông Phạm Văn Lộc sinh năm 1972. Hồ sơ ghi ông Phạm Văn Lộc sinh năm 1973, quê Nghệ An.')).toEqual(['Phạm Văn Lộc: -, Nghệ An']);
  });
});
