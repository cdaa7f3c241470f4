import { describe, expect, it } from 'vitest';

import { canonicalName, findBylinePersons, findPersons } from './find.js';

const names = (text: string): string[] => findPersons(text).map((s) => s.surface);

describe('mentions/person', () => {
  it.each([
    ['Đồng chí Trần Văn Bình - Ủy viên Ban Thường vụ Tỉnh ủy phát biểu.', ['Trần Văn Bình']],
    ['Phó Bí thư Thường trực Tỉnh ủy Nguyễn Thị Hồng Nhung chủ trì.', ['Nguyễn Thị Hồng Nhung']],
    ['Tổng Bí thư Hoàng Lâm dự hội nghị.', ['Hoàng Lâm']],
    ['Dự có các đồng chí: Giàng A Chu, Lò Văn Páo; Sùng Thị Mỷ.', ['Giàng A Chu', 'Lò Văn Páo', 'Sùng Thị Mỷ']],
    ['Các đồng chí A Blưu, Nguyễn Văn Tư được bầu.', ['A Blưu', 'Nguyễn Văn Tư']],
    ['Ông Phạm Quốc Việt cho biết.', ['Phạm Quốc Việt']],
    ['Đại tướng Đỗ Minh Quân, Bộ trưởng.', ['Đỗ Minh Quân']],
    // Family names of the Thái, Jrai and Khmer; one that is also a place or a word ("Sơn") after a cue only.
    ['Bà Cà Thị Hoa, ông Rah Lan Chính và ông Sơn Minh Tuấn dự; Sơn Dương là tên một huyện.', ['Cà Thị Hoa', 'Rah Lan Chính', 'Sơn Minh Tuấn']],
    // A run after a unit word is the unit's name; a person after a committee word has a longer name.
    ['Ông Lê Văn Hai, Bí thư Huyện ủy Trà Cú, Chủ tịch UBND xã Tam Quan Bắc dự.', ['Lê Văn Hai']],
    ['Bí thư Huyện ủy Nguyễn Văn Ánh và Chủ tịch UBND huyện Trần Thị Lan phát biểu.', ['Nguyễn Văn Ánh', 'Trần Thị Lan']],
    // A family name the list does not know, by its cue: three or four words after "đồng chí", "ông", "bà".
    ['Dự có đồng chí Tất Văn Cang, Phó Bí thư Thành ủy và bà Ung Thị Mỹ Lệ.', ['Tất Văn Cang', 'Ung Thị Mỹ Lệ']],
  ])('finds persons in %s', (text, expected) => expect(names(text)).toEqual(expected));

  it.each([
    ['Đoàn công tác làm việc tại Thành phố Hồ Chí Minh.'],
    ['Đội Thiếu niên Tiền phong Hồ Chí Minh tổ chức.'],
    // An abbreviation's dot is no sentence end: "TP." still names the city.
    ['Đoàn công tác đến TP. Hồ Chí Minh làm việc.'],
    ['Đoàn công tác đến Tp. Hồ Chí Minh làm việc.'],
    ['Hợp tác với Châu Âu.'],
    ['Khối A của trường.'],
    ['Ban Chấp hành Trung ương Đảng họp.'],
    // After a cue, words that begin an organisation or an office are no name.
    ['Ông Bộ trưởng Công an Hà Nội phát biểu; bà Mẹ Việt Nam Anh hùng được tặng quà.'],
  ])('finds no person in %s', (text) => expect(names(text)).toEqual([]));

  it('counts "Hồ Chí Minh" in "tư tưởng Hồ Chí Minh" as the person', () => {
    expect(names('Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.')).toEqual(['Hồ Chí Minh']);
  });

  it('reads given names of a byline', () => {
    const text = 'Thân bài.\n\nHồng Nhung - Quang Vinh';
    expect(findBylinePersons(text, 'Hồng Nhung - Quang Vinh').map((s) => text.slice(s.start, s.end))).toEqual(['Hồng Nhung', 'Quang Vinh']);
    const titled = 'Thân bài.\n\nTrần Văn Bình - Phó Trưởng Ban Tổ chức Tỉnh ủy';
    expect(findBylinePersons(titled, 'Trần Văn Bình - Phó Trưởng Ban Tổ chức Tỉnh ủy').map((s) => s.surface)).toEqual(['Trần Văn Bình']);
  });

  it('normalises tone placement in canonical names', () => {
    expect(canonicalName('Nguyễn Văn Hoà')).toBe('Nguyễn Văn Hòa');
  });
});
