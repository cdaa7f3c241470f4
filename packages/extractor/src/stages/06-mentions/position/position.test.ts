import { describe, expect, it } from 'vitest';

import { extractArticle } from '../../../pipeline.js';
import { findPersons } from '../person/find.js';
import { findTitles } from './find.js';
import { officeLevel, officeSeats } from './lexicon.js';
import { parseOffice } from './parse.js';

/** Titles found for each person of a sentence, as "name: item | item". */
function titlesOf(text: string): Record<string, string[]> {
  const persons = findPersons(text);
  const byName: Record<string, string[]> = {};
  for (const found of findTitles(text, persons)) (byName[found.person.surface] ??= []).push(...found.items);
  return byName;
}

describe('mentions/position: find', () => {
  it.each([
    [
      'Đồng chí Trần Văn Bình - Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Dân vận Trung ương phát biểu.',
      { 'Trần Văn Bình': ['Ủy viên Bộ Chính trị', 'Bí thư Trung ương Đảng', 'Trưởng Ban Dân vận Trung ương'] },
    ],
    ['Phó Bí thư Thường trực Tỉnh ủy Hoàng Thị Lan chủ trì hội nghị.', { 'Hoàng Thị Lan': ['Phó Bí thư Thường trực Tỉnh ủy'] }],
    // Two offices of one place named once; a delegate's seat; a term word closes a title in either case.
    [
      'Ông Lý Văn Cư, Chủ tịch UBND và đại biểu HĐND tỉnh Đắk Nông, phát biểu; bà Hà Thị Năm, đại biểu Quốc hội, Chủ tịch HĐND huyện Krông Nô Khóa XII dự.',
      { 'Lý Văn Cư': ['Chủ tịch UBND tỉnh Đắk Nông', 'đại biểu HĐND tỉnh Đắk Nông'], 'Hà Thị Năm': ['đại biểu Quốc hội', 'Chủ tịch HĐND huyện Krông Nô'] },
    ],
    // Titles written before each name of a list: a title that runs into a name is that name's.
    [
      'Tổng Bí thư Đỗ Văn Một, Chủ tịch nước Lê Văn Hai, Thủ tướng Chính phủ Trần Văn Ba cùng dâng hoa.',
      { 'Đỗ Văn Một': ['Tổng Bí thư'], 'Lê Văn Hai': ['Chủ tịch nước'], 'Trần Văn Ba': ['Thủ tướng Chính phủ'] },
    ],
    // Groups of a list share the title before their own colon, and only theirs.
    [
      'Dự có các Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng: Trưởng Ban Tổ chức Trung ương Ngô Văn Bốn; các Bí thư Trung ương Đảng: Trưởng Ban Nội chính Trung ương Vũ Văn Sáu; các đồng chí lãnh đạo Đảng; ông Hà Văn Bảy, Bí thư Tỉnh ủy.',
      {
        'Ngô Văn Bốn': ['Trưởng Ban Tổ chức Trung ương', 'Ủy viên Bộ Chính trị', 'Bí thư Trung ương Đảng'],
        'Vũ Văn Sáu': ['Trưởng Ban Nội chính Trung ương', 'Bí thư Trung ương Đảng'],
        'Hà Văn Bảy': ['Bí thư Tỉnh ủy'],
      },
    ],
    // A photo's position note between a name and its titles.
    ['Ông Đinh Văn Toàn (trái), Giám đốc Sở Nội vụ, trao quyết định.', { 'Đinh Văn Toàn': ['Giám đốc Sở Nội vụ'] }],
    // A passive with its agent before a decision: "được Ban Bí thư cho thôi giữ chức …; chỉ định …".
    [
      'Ông Đinh Văn Toàn, Bí thư Huyện ủy, được Ban Thường vụ Tỉnh ủy cho thôi giữ chức Bí thư Huyện ủy; chỉ định giữ chức Trưởng Ban Tổ chức Tỉnh ủy.',
      { 'Đinh Văn Toàn': ['Bí thư Huyện ủy', 'nguyên Bí thư Huyện ủy', 'Trưởng Ban Tổ chức Tỉnh ủy'] },
    ],
    // The aside in brackets is the replaced person's; the office after it the subject's.
    [
      'Ông Đinh Văn Toàn thay ông Lê Văn Hùng (đã được phân công làm Trưởng Ban Nội chính Tỉnh ủy) giữ chức Phó Bí thư.',
      { 'Lê Văn Hùng': ['Trưởng Ban Nội chính Tỉnh ủy'], 'Đinh Văn Toàn': ['Phó Bí thư'] },
    ],
    // An aside about the subject does not stop the verb after it.
    ['Ông Đinh Văn Toàn (sinh năm 1971) được bầu giữ chức Chủ tịch UBND tỉnh.', { 'Đinh Văn Toàn': ['Chủ tịch UBND tỉnh'] }],
    // "Tổng Thanh tra Chính phủ" names its body: a board written alone beside it is that body's.
    ['Ông Đinh Văn Toàn, Bí thư Ban cán sự đảng, Tổng Thanh tra Chính phủ phát biểu.', { 'Đinh Văn Toàn': ['Bí thư Ban cán sự đảng', 'Tổng Thanh tra Chính phủ'] }],
    ['Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy Phạm Văn Sơn khai mạc.', { 'Phạm Văn Sơn': ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy'] }],
    [
      'Các đồng chí Ủy viên Bộ Chính trị: Đỗ Văn An, Thường trực Ban Bí thư; Vũ Văn Hải, Trưởng Ban Tổ chức Trung ương chủ trì.',
      { 'Đỗ Văn An': ['Thường trực Ban Bí thư', 'Ủy viên Bộ Chính trị'], 'Vũ Văn Hải': ['Trưởng Ban Tổ chức Trung ương', 'Ủy viên Bộ Chính trị'] },
    ],
    ['Ông Lê Văn Tâm, Giám đốc Sở Tài chính kiêm Bí thư Đảng ủy Sở.', { 'Lê Văn Tâm': ['Giám đốc Sở Tài chính', 'Bí thư Đảng ủy Sở'] }],
    ['Ông Đỗ Văn Tú, Phó Chủ tịch HĐND huyện và lãnh đạo các phòng dự.', { 'Đỗ Văn Tú': ['Phó Chủ tịch HĐND huyện'] }],
    // A title ends where the clause goes on: a verb of election or holding, leaving, greeting, telling; the next person.
    ['Bộ Chính trị giới thiệu ông Vi Văn Lực, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh bầu giữ chức Bí thư Tỉnh ủy.', { 'Vi Văn Lực': ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh', 'Bí thư Tỉnh ủy'] }],
    ['Dự có ông Vi Văn Lực, Chủ tịch UBND tỉnh và ông Lê Văn Hòa, Phó Chủ tịch UBND tỉnh.', { 'Vi Văn Lực': ['Chủ tịch UBND tỉnh'], 'Lê Văn Hòa': ['Phó Chủ tịch UBND tỉnh'] }],
    ['Đại tướng Vi Văn Lực, Bộ trưởng Bộ Công an đón đoàn công tác tại sân bay.', { 'Vi Văn Lực': ['Bộ trưởng Bộ Công an'] }],
    ['Ông Vi Văn Lực, Phó Trưởng Ban Tổ chức Trung ương thông báo ý kiến của Bộ Chính trị.', { 'Vi Văn Lực': ['Phó Trưởng Ban Tổ chức Trung ương'] }],
    // "tân" (new) before a title, without a comma in a headline; an age closes the title.
    ['Ông Đinh Văn Toàn tân Bí thư Tỉnh ủy Hà Nam 53 tuổi.', { 'Đinh Văn Toàn': ['Bí thư Tỉnh ủy Hà Nam'] }],
    // "tái đắc cử chức danh …"; a short form of a role; member titles abbreviated.
    ['Ông Đinh Văn Toàn tái đắc cử chức danh Bí thư Tỉnh ủy.', { 'Đinh Văn Toàn': ['Bí thư Tỉnh ủy'] }],
    ['Ông Đinh Văn Toàn, Phó ban Tổ chức Trung ương, công bố quyết định.', { 'Đinh Văn Toàn': ['Phó ban Tổ chức Trung ương'] }],
    ['Đồng chí Đinh Văn Toàn - TUV, Bí thư Huyện ủy phát biểu.', { 'Đinh Văn Toàn': ['Ủy viên Ban Chấp hành Đảng bộ tỉnh', 'Bí thư Huyện ủy'] }],
    // A birth year in brackets between the name and its titles.
    ['Ông Đinh Văn Toàn (SN 1980), Bí thư Đảng ủy xã Phú Mỹ bị kỷ luật.', { 'Đinh Văn Toàn': ['Bí thư Đảng ủy xã Phú Mỹ'] }],
    // A counted title before "là" or a colon is its holders'; a title, a comma and a cue before a name.
    ['Hai Phó Chủ tịch HĐND tỉnh là ông Đinh Văn Toàn và bà Lê Thị Hà.', { 'Đinh Văn Toàn': ['Phó Chủ tịch HĐND tỉnh'], 'Lê Thị Hà': ['Phó Chủ tịch HĐND tỉnh'] }],
    ['Giúp việc Chủ tịch có 3 Phó Chủ tịch UBND tỉnh: Đinh Văn Toàn, Lê Thị Hà.', { 'Đinh Văn Toàn': ['Phó Chủ tịch UBND tỉnh'], 'Lê Thị Hà': ['Phó Chủ tịch UBND tỉnh'] }],
    ['Theo Chánh Văn phòng HĐND tỉnh, ông Đinh Văn Toàn, kỳ họp sẽ bầu bổ sung.', { 'Đinh Văn Toàn': ['Chánh Văn phòng HĐND tỉnh'] }],
    ['Ông Lê Văn Bảy, Chủ tịch UBND tỉnh, ông Đinh Văn Toàn và bà Lê Thị Hà dự.', { 'Lê Văn Bảy': ['Chủ tịch UBND tỉnh'] }],
    // A title, a comma and a cue: not the end of another name's titles, nor a body's end, nor a clause.
    ['Dự có ông Lê Văn Bảy – Uỷ viên Trung ương Đảng, Bí thư Tỉnh ủy, bà Lê Thị Hà – Phó Chủ tịch Hội Nông dân Việt Nam.', { 'Lê Văn Bảy': ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy'], 'Lê Thị Hà': ['Phó Chủ tịch Hội Nông dân Việt Nam'] }],
    ['Thừa ủy quyền của Ban Bí thư Trung ương Đảng, ông Đinh Văn Toàn trao quyết định.', {}],
    ['Bí thư Tỉnh ủy cũng mong muốn, đồng chí Đinh Văn Toàn sẽ theo dõi địa bàn.', {}],
    // A counted title before "là" starts after the count, not at an earlier role ("Thủ tướng phê chuẩn …").
    ['Thủ tướng phê chuẩn bổ sung 2 Ủy viên UBND tỉnh là ông Đinh Văn Toàn và ông Lê Văn Bảy.', { 'Đinh Văn Toàn': ['Ủy viên UBND tỉnh'], 'Lê Văn Bảy': ['Ủy viên UBND tỉnh'] }],
    // "các … gồm:" shares its title across the semicolons of the list.
    ['Các phó bí thư tỉnh ủy gồm: bà Lê Thị Hà, Trưởng Ban Dân vận Tỉnh ủy; ông Đinh Văn Toàn, Chủ tịch UBND tỉnh.', { 'Lê Thị Hà': ['Trưởng Ban Dân vận Tỉnh ủy', 'phó bí thư tỉnh ủy', 'phó bí thư tỉnh ủy'], 'Đinh Văn Toàn': ['Chủ tịch UBND tỉnh', 'phó bí thư tỉnh ủy'] }],
    // Verbs of praising, wishing, retiring end a title.
    ['Ông Đinh Văn Toàn, Bí thư Huyện ủy ghi nhận những đóng góp của cơ sở.', { 'Đinh Văn Toàn': ['Bí thư Huyện ủy'] }],
    // Before a name: a masked "T.Ư"; "và" inside a body; a caption without a separator; an age among the titles.
    ['Trưởng ban Tổ chức T.Ư Đinh Văn Toàn dự.', { 'Đinh Văn Toàn': ['Trưởng ban Tổ chức TƯ'] }],
    ['Dự có Bí thư Trung ương Đảng, Trưởng Ban Tuyên giáo và Dân vận Trung ương Đinh Văn Toàn.', { 'Đinh Văn Toàn': ['Bí thư Trung ương Đảng', 'Trưởng Ban Tuyên giáo và Dân vận Trung ương'] }],
    ['Đồng chí Lê Thị Hà Ủy viên Bộ Chính trị, Phó Chủ tịch Quốc hội.', { 'Lê Thị Hà': ['Ủy viên Bộ Chính trị', 'Phó Chủ tịch Quốc hội'] }],
    ['Ông Đinh Văn Toàn, 60 tuổi, nguyên Phó Chủ tịch UBND tỉnh, nhận quyết định nghỉ hưu.', { 'Đinh Văn Toàn': ['nguyên Phó Chủ tịch UBND tỉnh'] }],
    // A counted role "of" the body that has them; "các ông, bà"; "cựu" (former) and "nguyên là".
    ['UBND huyện có 2 Phó Chủ tịch gồm: Ông Đinh Văn Toàn và bà Lê Thị Hà.', { 'Đinh Văn Toàn': ['Phó Chủ tịch UBND huyện'], 'Lê Thị Hà': ['Phó Chủ tịch UBND huyện'] }],
    ['UBND tỉnh hiện có ba Phó Chủ tịch là các ông, bà Đinh Văn Toàn, Lê Thị Hà.', { 'Đinh Văn Toàn': ['Phó Chủ tịch UBND tỉnh'], 'Lê Thị Hà': ['Phó Chủ tịch UBND tỉnh'] }],
    ['Kỷ luật 2 cựu Bí thư Tỉnh ủy Bình Thuận là các ông Đinh Văn Toàn và Lê Văn Bảy.', { 'Đinh Văn Toàn': ['cựu Bí thư Tỉnh ủy Bình Thuận'], 'Lê Văn Bảy': ['cựu Bí thư Tỉnh ủy Bình Thuận'] }],
    ['Ông Đinh Văn Toàn và Lê Văn Bảy nguyên là Chủ tịch UBND tỉnh, vừa bị kỷ luật.', { 'Đinh Văn Toàn': ['nguyên Chủ tịch UBND tỉnh'], 'Lê Văn Bảy': ['nguyên Chủ tịch UBND tỉnh'] }],
    // A biography sentence: its parts after the name are the subject's; an office cue gives an office.
    ['Ông Đinh Văn Toàn sinh ngày 2/3/1970; dân tộc Thái; quê quán xã Mường So; hiện là Bí thư Huyện ủy Phong Thổ.', { 'Đinh Văn Toàn': ['Bí thư Huyện ủy Phong Thổ'] }],
    ['Ông Đinh Văn Toàn sinh năm 1970, quê Hà Tĩnh, trước đó là Giám đốc Sở Tài chính.', { 'Đinh Văn Toàn': ['nguyên Giám đốc Sở Tài chính'] }],
    // "là" after the person's own titles; a bare role sharing the body after it, not a party organ's.
    [
      'Hội nghị hiệp thương cử ông Đinh Văn Toàn - Phó Chủ tịch - Tổng Thư ký Hội Nông dân Việt Nam khóa VIII là Chủ tịch Hội Nông dân Việt Nam.',
      { 'Đinh Văn Toàn': ['Phó Chủ tịch Hội Nông dân Việt Nam', 'Tổng Thư ký Hội Nông dân Việt Nam', 'Chủ tịch Hội Nông dân Việt Nam'] },
    ],
    ['Ông Đinh Văn Toàn, Phó Bí thư, Chủ tịch UBND tỉnh dự.', { 'Đinh Văn Toàn': ['Phó Bí thư', 'Chủ tịch UBND tỉnh'] }],
    // Acting roles; a steering committee "về phòng, chống …" is one body.
    ['Bà Lê Thị Hà, quyền Chủ tịch UBND huyện, Quyền Vụ trưởng Vụ Địa phương phát biểu.', { 'Lê Thị Hà': ['quyền Chủ tịch UBND huyện', 'Quyền Vụ trưởng Vụ Địa phương'] }],
    [
      'Ông Đinh Văn Toàn, Phó Trưởng ban Thường trực Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, Trưởng Ban Nội chính Trung ương phát biểu.',
      { 'Đinh Văn Toàn': ['Phó Trưởng ban Thường trực Ban Chỉ đạo Trung ương về phòng, chống tham nhũng', 'Trưởng Ban Nội chính Trung ương'] },
    ],
    // "giữ chức X, ông B": X is the first person's, given by the verb; "là" lists titles over semicolons.
    ['Gồm: ông Đinh Văn Toàn giữ chức Bộ trưởng Ngoại giao, ông Lê Văn Bảy giữ chức Bộ trưởng Nội vụ.', { 'Đinh Văn Toàn': ['Bộ trưởng Ngoại giao', 'Bộ trưởng Ngoại giao'], 'Lê Văn Bảy': ['Bộ trưởng Nội vụ', 'Bộ trưởng Nội vụ'] }],
    ['Ông Đinh Văn Toàn là Bí thư Trung ương Đảng khóa XIII; Ủy viên Trung ương Đảng khóa XII, XIII; Đại biểu Quốc hội khóa XV.', { 'Đinh Văn Toàn': ['Bí thư Trung ương Đảng', 'Ủy viên Trung ương Đảng', 'Đại biểu Quốc hội'] }],
    // A dash parts two offices only before a role.
    ['Ông Hà Văn Sinh, Giám đốc Sở Lao động - Thương binh và Xã hội phát biểu.', { 'Hà Văn Sinh': ['Giám đốc Sở Lao động - Thương binh và Xã hội'] }],
    ['Ông Hà Văn Sinh - Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh phát biểu.', { 'Hà Văn Sinh': ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'] }],
    ['Ông Hà Văn Sinh - Chủ tịch UBND tỉnh - Phó bí thư Tỉnh ủy dự hội nghị.', { 'Hà Văn Sinh': ['Chủ tịch UBND tỉnh', 'Phó bí thư Tỉnh ủy'] }],
    // A dash before a lower-case word closes the aside.
    ['Ông Hà Văn Sinh – Chủ tịch UBND tỉnh – phát biểu khai mạc hội nghị.', { 'Hà Văn Sinh': ['Chủ tịch UBND tỉnh'] }],
    // "bầu cử" (election) is part of a body's name.
    ['Ông Vi Văn Lực, Chủ tịch Hội đồng bầu cử quốc gia phát biểu.', { 'Vi Văn Lực': ['Chủ tịch Hội đồng bầu cử quốc gia'] }],
    [
      'Dự có các đồng chí Ủy viên Trung ương Đảng: Phó Thủ tướng Trần Văn Một; Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương Lê Văn Hai; Phó Trưởng Ban Tổ chức Trung ương, Bộ trưởng Bộ Nội vụ Phạm Thị Ba; Phó Chánh Văn phòng Thường trực Văn phòng Trung ương Đảng Hà Thị Bốn; Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Vũ Văn Năm.',
      {
        'Trần Văn Một': ['Phó Thủ tướng', 'Ủy viên Trung ương Đảng'],
        'Lê Văn Hai': ['Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương', 'Ủy viên Trung ương Đảng'],
        'Phạm Thị Ba': ['Phó Trưởng Ban Tổ chức Trung ương', 'Bộ trưởng Bộ Nội vụ', 'Ủy viên Trung ương Đảng'],
        'Hà Thị Bốn': ['Phó Chánh Văn phòng Thường trực Văn phòng Trung ương Đảng', 'Ủy viên Trung ương Đảng'],
        'Vũ Văn Năm': ['Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ', 'Ủy viên Trung ương Đảng'],
      },
    ],
    // A title, "gồm", then its holders.
    ['Hai Phó Bí thư Tỉnh ủy gồm ông Lò Văn Tiến và Hà Thị Mai.', { 'Lò Văn Tiến': ['Phó Bí thư Tỉnh ủy'], 'Hà Thị Mai': ['Phó Bí thư Tỉnh ủy'] }],
    // Deputies counted after their head take the head's body; "làm" + a title holds it.
    [
      'Ông Vũ Văn Bình làm Chủ tịch UBND tỉnh mới cùng 2 Phó Chủ tịch gồm: Đinh Văn Hải, Mai Thị Lan.',
      { 'Vũ Văn Bình': ['Chủ tịch UBND tỉnh'], 'Đinh Văn Hải': ['Phó Chủ tịch UBND tỉnh'], 'Mai Thị Lan': ['Phó Chủ tịch UBND tỉnh'] },
    ],
    ['Ông Vũ Văn Bình làm Giám đốc Sở Nội vụ mới cùng 2 Phó Chủ tịch gồm: Đinh Văn Hải, Mai Thị Lan.', { 'Vũ Văn Bình': ['Giám đốc Sở Nội vụ'] }],
    // Who hands over a decision does not take the office it names.
    ['Bộ trưởng Lê Văn Tám trao quyết định giữ chức Giám đốc Sở Y tế cho ông Hà Văn Bảy.', { 'Lê Văn Tám': ['Bộ trưởng'] }],
    // A holding verb over a list whose first name carries its own title.
    [
      'Ông Trần Văn Sáu, Chủ tịch UBND tỉnh, bà Lê Thị Hoa và ông Hồ Văn Tám được chỉ định tiếp tục đảm nhiệm chức danh Phó Bí thư Tỉnh ủy.',
      { 'Trần Văn Sáu': ['Chủ tịch UBND tỉnh', 'Phó Bí thư Tỉnh ủy'], 'Lê Thị Hoa': ['Phó Bí thư Tỉnh ủy'], 'Hồ Văn Tám': ['Phó Bí thư Tỉnh ủy'] },
    ],
    ['Đồng chí Hoàng Văn Nam đã trúng cử Bí thư thứ Nhất Trung ương Đoàn khóa XII.', { 'Hoàng Văn Nam': ['Bí thư thứ Nhất Trung ương Đoàn'] }],
    // A slash between two offices.
    ['Đồng chí Lý Văn Hai, Phó Bí thư Thường trực Huyện ủy/Chủ tịch HĐND huyện dự.', { 'Lý Văn Hai': ['Phó Bí thư Thường trực Huyện ủy', 'Chủ tịch HĐND huyện'] }],
    // A one-word member title opens the list like a role.
    ['Ông Rơ Lan Hùng - Tỉnh uỷ viên, Phó Chủ tịch UBND tỉnh bị kỷ luật.', { 'Rơ Lan Hùng': ['Ủy viên Ban Chấp hành Đảng bộ tỉnh', 'Phó Chủ tịch UBND tỉnh'] }],
    [
      'Hội nghị bầu đồng chí Bùi Văn Nam tiếp tục giữ chức Bí thư Tỉnh ủy khóa XVI và các đồng chí Đặng Thị Hoa, Lò Văn Páo được bầu giữ chức Phó Bí thư Tỉnh ủy.',
      { 'Bùi Văn Nam': ['Bí thư Tỉnh ủy'], 'Đặng Thị Hoa': ['Phó Bí thư Tỉnh ủy'], 'Lò Văn Páo': ['Phó Bí thư Tỉnh ủy'] },
    ],
    // Roles in any case; a unit's body after a comma; "Bộ trưởng, Chủ nhiệm" as one title; the clause cut.
    ['Ông Hà Văn Lực, Phó trưởng ban Thường trực ban Dân vận Tỉnh ủy phát biểu.', { 'Hà Văn Lực': ['Phó trưởng ban Thường trực ban Dân vận Tỉnh ủy'] }],
    ['Ông Lò Văn Sinh, Trưởng phòng Tổng hợp, Ban Nội chính Tỉnh ủy tham gia Ban Chấp hành.', { 'Lò Văn Sinh': ['Trưởng phòng Tổng hợp Ban Nội chính Tỉnh ủy'] }],
    ['Bà Mai Thị Hoa, Phó chánh văn phòng, Sở Tư pháp dự.', { 'Mai Thị Hoa': ['Phó chánh văn phòng Sở Tư pháp'] }],
    ['Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc Hầu A Lềnh phát biểu.', { 'Hầu A Lềnh': ['Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc'] }],
    ['Ông Đặng Văn Hùng - Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy cũng nhận quyết định nghỉ hưu.', { 'Đặng Văn Hùng': ['Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy'] }],
    ['Ông Hà Văn Định, Ủy viên dự khuyết BCH Trung ương Đảng dự hội nghị.', { 'Hà Văn Định': ['Ủy viên dự khuyết BCH Trung ương Đảng'] }],
    ['Phó Bí thư Thành ủy, Trưởng đoàn ĐBQH thành phố Trần Văn Hòa dự.', { 'Trần Văn Hòa': ['Phó Bí thư Thành ủy', 'Trưởng đoàn ĐBQH thành phố'] }],
  ])('%s', (text, expected) => expect(titlesOf(text)).toEqual(expected));
});

describe('mentions/position: parse', () => {
  it.each([
    ['Phó Bí thư Thường trực Tỉnh ủy', 'Phú Thọ', null, { title: 'Phó Bí thư Thường trực Tỉnh ủy Phú Thọ', org: 'Tỉnh ủy Phú Thọ', province: 'Phú Thọ', status: 'current' }],
    ['Chủ tịch HĐND tỉnh', 'Lạng Sơn', null, { title: 'Chủ tịch Hội đồng nhân dân tỉnh Lạng Sơn', province: 'Lạng Sơn' }],
    ['Ủy viên Ban Chấp hành Đảng bộ tỉnh', 'Gia Lai', null, { title: 'Ủy viên Ban Chấp hành Đảng bộ tỉnh Gia Lai', province: 'Gia Lai' }],
    // A department exists only inside a province: the article's, with its kind.
    ['Giám đốc Sở Tài chính', 'Gia Lai', null, { title: 'Giám đốc Sở Tài chính tỉnh Gia Lai', province: 'Gia Lai' }],
    ['Bí thư Đảng ủy Sở Nội vụ', 'Hải Phòng', null, { title: 'Bí thư Đảng ủy Sở Nội vụ thành phố Hải Phòng', province: 'Hải Phòng' }],
    ['Bí thư thứ Nhất TW Đoàn', null, null, { title: 'Bí thư thứ Nhất Trung ương Đoàn Thanh niên cộng sản Hồ Chí Minh' }],
    // Central commissions are "Ban X Trung ương", written with or without "Đảng"; the Central Committee and its Office keep it.
    ['Trưởng ban Dân vận Trung ương Đảng', null, null, { title: 'Trưởng Ban Dân vận Trung ương' }],
    ['Phó Trưởng Ban Kinh tế Trung ương Đảng', null, null, { title: 'Phó Trưởng Ban Kinh tế Trung ương' }],
    ['Ủy viên Ban Chấp hành Trung ương Đảng', null, null, { title: 'Ủy viên Ban Chấp hành Trung ương Đảng' }],
    ['Chánh Văn phòng Trung ương Đảng', null, null, { title: 'Chánh Văn phòng Trung ương Đảng' }],
    // The city is named in full in titles.
    ['Ủy viên Ban Thường vụ Thành ủy', 'Hồ Chí Minh', null, { title: 'Ủy viên Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh', province: 'Hồ Chí Minh' }],
    ['Phó Chánh Văn phòng Sở Xây dựng', 'Hồ Chí Minh', null, { title: 'Phó Chánh Văn phòng Sở Xây dựng Thành phố Hồ Chí Minh' }],
    ['Giám đốc Sở Tài chính tỉnh Bến Tre', 'Gia Lai', null, { title: 'Giám đốc Sở Tài chính tỉnh Bến Tre', province: 'Bến Tre' }],
    ['Bí thư Trung ương Đảng', null, null, { title: 'Bí thư Trung ương Đảng', org: 'Ban Bí thư', province: null }],
    ['Ủy viên dự khuyết BCH Trung ương Đảng', null, null, { title: 'Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng', status: 'alternate' }],
    ['nguyên Bí thư Tỉnh ủy Bắc Ninh', 'Hà Nội', null, { title: 'Bí thư Tỉnh ủy Bắc Ninh', province: 'Bắc Ninh', status: 'former' }],
    ['Ủy viên Ban Thường vụ', 'Lai Châu', 'Tỉnh ủy', { title: 'Ủy viên Ban Thường vụ Tỉnh ủy Lai Châu' }],
    ['Bí thư Đảng ủy', 'Bến Tre', 'Công an tỉnh Bến Tre', { title: 'Bí thư Đảng ủy Công an tỉnh Bến Tre' }],
    ['Giám đốc Sở Tài chính Gia Lai', null, null, { title: 'Giám đốc Sở Tài chính tỉnh Gia Lai', province: 'Gia Lai' }],
    ['Tổng Bí thư', null, null, { title: 'Tổng Bí thư', province: null }],
    ['Ủy viên Trung ương Đảng', null, null, { title: 'Ủy viên Ban Chấp hành Trung ương Đảng' }],
    ['Bộ trưởng Công an', null, null, { title: 'Bộ trưởng Bộ Công an', org: 'Bộ Công an' }],
    ['Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh', null, null, { title: 'Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh', province: null }],
    // The lexicon's casing of a role; a body's usual name.
    ['Phó chánh văn phòng Sở Tư pháp', 'Gia Lai', null, { title: 'Phó Chánh Văn phòng Sở Tư pháp tỉnh Gia Lai' }],
    ['Tổng bí Thư', null, null, { title: 'Tổng Bí thư' }],
    ['Chủ tịch Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam', null, null, { title: 'Chủ tịch Quốc hội', org: 'Quốc hội' }],
    // Which side of the 2025 merger: the pre-merger province's office has ended; the words are not the title's.
    ['Phó Chủ tịch UBND tỉnh Bắc Giang cũ', 'Bắc Ninh', null, { title: 'Phó Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang', province: 'Bắc Giang', status: 'former' }],
    ['Bí thư Tỉnh ủy Kon Tum trước sáp nhập', null, null, { title: 'Bí thư Tỉnh ủy Kon Tum', province: 'Kon Tum', status: 'former' }],
    ['Giám đốc Công an tỉnh Quảng Ngãi (mới)', null, null, { title: 'Giám đốc Công an tỉnh Quảng Ngãi', status: 'current' }],
    ['Chủ tịch UBND tỉnh Lào Cai sau hợp nhất', null, null, { title: 'Chủ tịch Ủy ban nhân dân tỉnh Lào Cai', status: 'current' }],
    ['Trưởng Ban Chỉ đạo xây dựng nông thôn mới', 'Nghệ An', null, { title: 'Trưởng Ban Chỉ đạo xây dựng nông thôn mới' }],
    ['Phó Tổng Biên tập Báo Đà Nẵng mới', null, null, { title: 'Phó Tổng Biên tập Báo Đà Nẵng mới' }],
    // Department abbreviations; a role ending in "Ban" before a body written "Ban …".
    ['Giám đốc Sở TN&MT tỉnh Sóc Trăng', null, null, { title: 'Giám đốc Sở Tài nguyên và Môi trường tỉnh Sóc Trăng' }],
    ['Phó Giám đốc Sở GD&ĐT', 'Yên Bái', null, { title: 'Phó Giám đốc Sở Giáo dục và Đào tạo tỉnh Yên Bái' }],
    ['Phó trưởng ban Ban Tổ chức Trung ương Đảng', null, null, { title: 'Phó Trưởng Ban Tổ chức Trung ương' }],
    // A city's bodies written without its name take the article's city, its unit word once.
    ['Chủ tịch UBND thành phố', 'Hồ Chí Minh', null, { title: 'Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh', province: 'Hồ Chí Minh' }],
    ['Chủ tịch HĐND Thành phố', 'Hà Nội', null, { title: 'Chủ tịch Hội đồng nhân dân thành phố Hà Nội', province: 'Hà Nội' }],
    ['Bí thư Thành ủy TP', 'Hồ Chí Minh', null, { title: 'Bí thư Thành ủy Thành phố Hồ Chí Minh', province: 'Hồ Chí Minh' }],
    // In a province's article "UBND thành phố" is one of its cities, unnamed; in a city's, "UBND tỉnh" is another province's.
    ['Chủ tịch UBND Thành phố', 'Khánh Hòa', null, { title: 'Chủ tịch Ủy ban nhân dân Thành phố', province: null }],
    ['Chủ tịch UBND tỉnh', 'Hồ Chí Minh', null, { title: 'Chủ tịch Ủy ban nhân dân tỉnh', province: null }],
    // The party affairs committee, however written, is one body before its host.
    ['Bí thư Ban cán sự Đảng Bộ Y tế', null, null, { title: 'Bí thư Ban cán sự đảng Bộ Y tế' }],
    ['Bí thư Ban cán sự Bộ Y tế', null, null, { title: 'Bí thư Ban cán sự đảng Bộ Y tế' }],
    ['Giám đốc Sở GD-ĐT tỉnh Nghệ An', null, null, { title: 'Giám đốc Sở Giáo dục và Đào tạo tỉnh Nghệ An' }],
  ])('%s (province %s, completion %s)', (item, province, completion, expected) =>
    expect(parseOffice(item, province, completion)).toMatchObject(expected),
  );

  it.each([
    ['Bí thư Huyện ủy', 'Tân Lạc', 'Bí thư Huyện ủy Tân Lạc'],
    ['Chủ tịch UBND huyện', 'Tân Lạc', 'Chủ tịch Ủy ban nhân dân huyện Tân Lạc'],
  ])('gives %s the district %s', (item, district, title) => expect(parseOffice(item, 'Hòa Bình', null, district)?.title).toBe(title));

  it('is not an office without a role', () => expect(parseOffice('Hội nghị toàn quốc', null)).toBeNull());
});

describe('resolve/offices: elliptical party committees', () => {
  it.each([
    ['Ông Trần Văn Hải - Giám đốc Công an tỉnh, Bí thư Đảng ủy chủ trì.', 'Bí thư Đảng ủy Công an tỉnh Cao Bằng'],
    ['Ông Trần Văn Hải - Ủy viên Ban Chấp hành Đảng bộ Khối, Bí thư Đảng ủy, Tổng Giám đốc Tập đoàn Than phát biểu.', 'Bí thư Đảng ủy Tập đoàn Than'],
    ['Ông Trần Văn Hải, Ủy viên Ban Thường vụ - Trưởng Ban Tuyên giáo Đảng ủy Khối các Cơ quan Trung ương phát biểu.', 'Ủy viên Ban Thường vụ Đảng ủy Khối các Cơ quan Trung ương'],
    // A province inside another person's titles is that person's, not the sentence's.
    ['Ông Lê Văn Ba - nguyên Chủ tịch HĐND tỉnh Bắc Kạn và ông Trần Văn Hải - Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy cũng nghỉ hưu.', 'Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Cao Bằng'],
    ['Tại điểm cầu tỉnh Bắc Kạn, ông Trần Văn Hải - Phó Bí thư Tỉnh ủy dự.', 'Phó Bí thư Tỉnh ủy Bắc Kạn'],
    // A party committee and a board written alone belong to the organisation hosting the bridge point.
    ['Tại điểm cầu Tập đoàn Dầu khí Việt Nam, có sự tham dự của đồng chí Trần Văn Hải - Bí thư Đảng ủy, Chủ tịch HĐTV.', 'Bí thư Đảng ủy Tập đoàn Dầu khí Việt Nam'],
    ['Tại điểm cầu Tập đoàn Dầu khí Việt Nam, có sự tham dự của đồng chí Trần Văn Hải - Bí thư Đảng ủy, Chủ tịch HĐTV.', 'Chủ tịch Hội đồng thành viên Tập đoàn Dầu khí Việt Nam'],
    // A neighbour the lexicon knows names its body: the Inspector General heads "Thanh tra Chính phủ".
    ['Ông Trần Văn Hải, Bí thư Ban cán sự đảng, Tổng Thanh tra Chính phủ phát biểu.', 'Bí thư Ban cán sự đảng Thanh tra Chính phủ'],
  ])('%s', (sentence, title) => {
    const text = `Hội nghị tổng kết công tác năm 2024 của tỉnh Cao Bằng\n\n${sentence}\n\nHết.`;
    const { nodes } = extractArticle({ file: 't.txt', origin: 't.txt', text, given: {} });
    expect(nodes.filter((n) => n.label === 'Position').map((n) => n.props.title)).toContain(title);
  });
});

describe('mentions/position: seats and level', () => {
  it.each([
    ['Bí thư', 'Bí thư Tỉnh ủy Hà Nam', 'Tỉnh ủy Hà Nam', 'Hà Nam', 'one', 'provincial'],
    ['Phó Bí thư', 'Phó Bí thư Huyện ủy Kim Bảng', 'Huyện ủy Kim Bảng', 'Hà Nam', 'many', 'district'],
    ['Phó Bí thư Thường trực', 'Phó Bí thư Thường trực Đảng ủy xã Tân Sơn', 'Đảng ủy xã Tân Sơn', 'Hà Nam', 'one', 'commune'],
    ['Ủy viên', 'Ủy viên Bộ Chính trị', 'Bộ Chính trị', null, 'many', 'central'],
    ['Bí thư', 'Bí thư Trung ương Đảng', 'Ban Bí thư', null, 'many', 'central'],
    ['Bộ trưởng', 'Bộ trưởng Bộ Nội vụ', 'Bộ Nội vụ', null, 'one', 'central'],
    // "xã hội" (society) is not a commune.
    ['Chủ tịch', 'Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam', 'nước Cộng hòa xã hội chủ nghĩa Việt Nam', null, 'one', 'central'],
  ])('%s of %s', (role, title, body, province, seats, level) => {
    expect(officeSeats(role, title)).toBe(seats);
    expect(officeLevel(body, province)).toBe(level);
  });
});

describe('mentions/position: a delegate', () => {
  it('holds a seat of the National Assembly or a people\'s council, not of a meeting', () => {
    expect(parseOffice('đại biểu Quốc hội', null)?.title).toBe('Đại biểu Quốc hội');
    expect(parseOffice('Đại biểu Hội đồng nhân dân tỉnh Sơn La', null)?.title).toBe('Đại biểu Hội đồng nhân dân tỉnh Sơn La');
    expect(parseOffice('Đại biểu tặng hoa chúc mừng', null)).toBeNull();
    expect(parseOffice('Đại biểu', null)).toBeNull();
  });
});

describe('mentions/position: "VN" in a title', () => {
  it('is Việt Nam on its own, and stays inside a name', () => {
    expect(parseOffice('Tổng Tham mưu trưởng Quân đội nhân dân VN', null)?.title).toBe('Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam');
    expect(parseOffice('Tổng Giám đốc Tập đoàn VNPT', null)?.title).toBe('Tổng Giám đốc Tập đoàn VNPT');
  });
});

describe('mentions/position: the unit written twice', () => {
  it('reads "Thành ủy thành phố <province>" as the province\'s committee, and keeps a city inside a province', () => {
    expect(parseOffice('Bí thư Thành ủy thành phố Cần Thơ', null)?.title).toBe('Bí thư Thành ủy Cần Thơ');
    expect(parseOffice('Phó Bí thư Tỉnh ủy tỉnh Lào Cai', null)?.title).toBe('Phó Bí thư Tỉnh ủy Lào Cai');
    expect(parseOffice('Bí thư Thành ủy thành phố Điện Biên Phủ', null)?.title).toBe('Bí thư Thành ủy thành phố Điện Biên Phủ');
  });
});
