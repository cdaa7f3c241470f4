import { describe, expect, it } from 'vitest';

import { findPersons } from '../person/find.js';
import { decisionTitles, handedTitles } from './decisions.js';

/** The decision items of the first person of a sentence. */
function decided(text: string): string[] {
  const [person, next] = findPersons(text);
  return decisionTitles(text, person!, next);
}

describe('mentions/position: decisions', () => {
  it.each([
    // Joining committees named without their unit: the unit comes from the office that follows.
    [
      'Ông Trần Văn Lâm, Phó Chánh Văn phòng Sở Nội vụ tham gia Ban Chấp hành Đảng bộ, Ban Thường vụ Đảng ủy, giữ chức Phó Bí thư Đảng ủy phường Tân Định, nhiệm kỳ 2025 - 2030.',
      ['Ủy viên Ban Chấp hành Đảng bộ phường Tân Định', 'Ủy viên Ban Thường vụ Đảng ủy phường Tân Định', 'Phó Bí thư Đảng ủy phường Tân Định'],
    ],
    // Leaving: former offices; a province's committees are its Tỉnh ủy.
    [
      'Bộ Chính trị điều động đồng chí Hà Thị Nga thôi tham gia Ban Chấp hành, Ban Thường vụ và thôi giữ chức Bí thư Tỉnh ủy Hà Giang.',
      ['nguyên Ủy viên Ban Chấp hành Đảng bộ tỉnh Hà Giang', 'nguyên Ủy viên Ban Thường vụ Tỉnh ủy Hà Giang', 'nguyên Bí thư Tỉnh ủy Hà Giang'],
    ],
    // Clauses across a semicolon; the term is not part of the office.
    [
      'Phân công đồng chí Lê Văn Dũng thôi tham gia Ban Chấp hành Trung ương Đoàn khóa XI; thôi giữ chức vụ Bí thư Trung ương Đoàn và nhận chức vụ Phó Bí thư Tỉnh ủy Nam Định.',
      ['nguyên Ủy viên Ban Chấp hành Trung ương Đoàn', 'nguyên Bí thư Trung ương Đoàn', 'Phó Bí thư Tỉnh ủy Nam Định'],
    ],
    ['Ông Vũ Văn Hòa tham gia Ban Chấp hành Đảng bộ xã Tân Lập, nhiệm kỳ 2025 - 2030.', ['Ủy viên Ban Chấp hành Đảng bộ xã Tân Lập']],
    // No unit anywhere: the committee is left out rather than guessed.
    ['Ông Vũ Văn Hòa tham gia Ban Thường vụ.', []],
    // Another clause stands between the name and the verb: not the person's decision.
    ['Ông Vũ Văn Hòa cho biết nhiều cán bộ trẻ sẽ tham gia Ban Chấp hành Đảng bộ xã Tân Lập.', []],
    ['Ông Vũ Văn Hòa tham gia đoàn công tác của tỉnh.', []],
  ])('%s', (text, expected) => expect(decided(text)).toEqual(expected));
});

describe('mentions/position: decisions handed to someone', () => {
  it.each([
    [
      'Thủ tướng Lê Văn Hùng trao Quyết định của Bộ Chính trị chỉ định giữ chức Bí thư Ban cán sự đảng Bộ Công Thương và Quyết định của Thủ tướng Chính phủ giao Quyền Bộ trưởng Bộ Công Thương đối với đồng chí Trần Thị Mai.',
      ['Bí thư Ban cán sự đảng Bộ Công Thương', 'Quyền Bộ trưởng Bộ Công Thương'],
    ],
    ['Ông Lê Văn Tám trao quyết định bổ nhiệm giữ chức Giám đốc Sở Y tế cho ông Hà Văn Bảy.', ['Giám đốc Sở Y tế']],
    ['Ông Lê Văn Tám trao quà cho ông Hà Văn Bảy.', []],
  ])('%s', (text, expected) => {
    const [giver, receiver] = findPersons(text);
    expect(handedTitles(text, receiver!, giver!.end)).toEqual(expected);
  });

  // Removals and confirmations named before the person, after "đối với" with or without a colon.
  it.each([
    ['Thủ tướng phê chuẩn việc miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh Yên Bái đối với: Ông Hà Văn Bảy, để nghỉ hưu.', ['nguyên Phó Chủ tịch UBND tỉnh Yên Bái']],
    ['HĐND tỉnh đã bãi nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông Hà Văn Bảy.', ['nguyên Chủ tịch UBND tỉnh']],
    ['Thủ tướng quyết định xóa tư cách nguyên Chủ tịch UBND tỉnh Yên Bái nhiệm kỳ 2011 - 2016 đối với ông Hà Văn Bảy.', ['nguyên Chủ tịch UBND tỉnh Yên Bái']],
    ['Ban Thường vụ Tỉnh ủy chuẩn y chức danh Phó Bí thư Huyện ủy Văn Chấn đối với đồng chí Hà Văn Bảy.', ['Phó Bí thư Huyện ủy Văn Chấn']],
    ['Thủ tướng phê chuẩn miễn nhiệm chức vụ Chủ tịch UBND tỉnh Yên Bái của ông Hà Văn Bảy, để nhận nhiệm vụ mới.', ['nguyên Chủ tịch UBND tỉnh Yên Bái']],
    ['UBND thành phố quyết định cách chức vụ Chủ tịch UBND phường Tân An đối với bà Hà Thị Bảy.', ['nguyên Chủ tịch UBND phường Tân An']],
    ['HĐND tỉnh cho thôi làm đại biểu HĐND tỉnh đối với bà Hà Thị Bảy.', ['nguyên đại biểu HĐND tỉnh']],
    // "thay cho ông A": A is the one replaced, not the one the decision appoints.
    ['Bộ Chính trị đã chỉ định Bí thư Tỉnh ủy Yên Bái thay cho ông Hà Văn Bảy.', []],
  ])('%s', (text, expected) => {
    const [receiver] = findPersons(text);
    expect(handedTitles(text, receiver!, 0)).toEqual(expected);
  });
});
