import { describe, expect, it } from 'vitest';

import { findPersons } from '../person/find.js';
import { findCareers } from './career.js';

/** Career items by the person they are about. */
function careersOf(text: string): Record<string, string[]> {
  const byName: Record<string, string[]> = {};
  for (const career of findCareers(text, findPersons(text))) (byName[career.person.surface] ??= []).push(...career.items);
  return byName;
}

describe('mentions/position: career histories', () => {
  it.each([
    [
      'Ông Hoàng Văn Thái đã đảm nhiệm nhiều vị trí công tác như Ủy viên Ủy ban Tư pháp của Quốc hội khóa XIII; Thường vụ Tỉnh ủy, Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Yên Bái.',
      { 'Hoàng Văn Thái': ['nguyên Ủy viên Ủy ban Tư pháp của Quốc hội', 'nguyên Ủy viên Ban Thường vụ Tỉnh ủy Yên Bái', 'nguyên Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Yên Bái'] },
    ],
    // The subject by the given name alone, in any case.
    [
      'Ông Lý Văn Tâm sinh năm 1970. Ông tâm từng kinh qua các chức vụ, Phó Trưởng phòng Tổng hợp Ban Tổ chức Tỉnh ủy, Bí thư Thành ủy Sóc Trăng.',
      { 'Lý Văn Tâm': ['nguyên Phó Trưởng phòng Tổng hợp Ban Tổ chức Tỉnh ủy', 'nguyên Bí thư Thành ủy Sóc Trăng'] },
    ],
    // Two people share the given name: whose history it is stays unsaid.
    ['Ông Lý Văn Tâm và ông Đỗ Minh Tâm dự. Ông Tâm từng kinh qua các chức vụ, Bí thư Huyện ủy.', {}],
    ['Ông Lý Văn Tâm từng tham gia nhiều hoạt động xã hội.', {}],
    // The one person the sentence names before it is the subject; steps "rồi" another share the body after them.
    [
      'Ông Lý Văn Tâm có thời gian dài công tác ngành ngoại giao, từng đảm nhiệm các chức vụ: Phó Vụ trưởng, Quyền Vụ trưởng rồi Vụ trưởng Vụ Châu Âu, Bộ Ngoại giao; Thứ trưởng Bộ Ngoại giao.',
      { 'Lý Văn Tâm': ['nguyên Phó Vụ trưởng Vụ Châu Âu Bộ Ngoại giao', 'nguyên Quyền Vụ trưởng Vụ Châu Âu Bộ Ngoại giao', 'nguyên Vụ trưởng Vụ Châu Âu Bộ Ngoại giao', 'nguyên Thứ trưởng Bộ Ngoại giao'] },
    ],
    // "từng là" and a list whose parts say "nguyên" themselves; a committee named once at the end of a part.
    [
      'Quá trình công tác, ông Lê Văn Hùng từng là Bí thư Huyện ủy Cẩm Khê; nguyên Trưởng Ban Dân vận Tỉnh ủy Phú Thọ; nguyên Phó Bí thư Tỉnh ủy, Bí thư Tỉnh ủy Lào Cai.',
      { 'Lê Văn Hùng': ['nguyên Bí thư Huyện ủy Cẩm Khê', 'nguyên Trưởng Ban Dân vận Tỉnh ủy Phú Thọ', 'nguyên Phó Bí thư Tỉnh ủy Lào Cai', 'nguyên Bí thư Tỉnh ủy Lào Cai'] },
    ],
  ])('%s', (text, expected) => expect(careersOf(text)).toEqual(expected));
});
