import { describe, expect, it } from 'vitest';

import { extractArticle } from '../../pipeline.js';

/** IMPLEMENTS edges of a one-paragraph article, as "from -> to" node ids. */
function implementsOf(body: string): string[] {
  const text = `Bài viết về công tác triển khai văn bản của tỉnh Cao Bằng\n\n${body}\n\nKết thúc.`;
  const { edges } = extractArticle({ file: 't.txt', origin: 't.txt', text, given: {} });
  return edges.filter((e) => e.type === 'IMPLEMENTS').map((e) => `${e.from} -> ${e.to}`);
}

describe('resolve/implements', () => {
  it.each([
    [
      'Tỉnh ủy ban hành Kế hoạch số 12-KH/TU, ngày 3/2/2022 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 14-KL/TW, ngày 22/9/2021 của Bộ Chính trị.',
      ['resolution:cao-bằng:12-kh-tu -> resolution:central:14-kl-tw@xiii'],
    ],
    [
      'Ban hành Thông báo số 300-TB/TU về việc triển khai thực hiện Quy định số 99-QĐ/TW của Ban Bí thư.',
      ['resolution:cao-bằng:300-tb-tu -> resolution:central:99-qđ-tw'],
    ],
    [
      'Chương trình hành động số 07-CTr/TU của Tỉnh ủy cụ thể hóa Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương.',
      ['resolution:cao-bằng:07-ctr-tu -> resolution:central:21-nq-tw'],
    ],
    // Documents listed together each carry it out, on either side of the verb of issuing.
    [
      'Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 12-KH/TU, Hướng dẫn số 5-HD/TU triển khai thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị.',
      ['resolution:cao-bằng:5-hd-tu -> resolution:central:35-ct-tw', 'resolution:cao-bằng:12-kh-tu -> resolution:central:35-ct-tw'],
    ],
    [
      'Quán triệt, triển khai Nghị quyết số 18-NQ/TW của Trung ương, Tỉnh ủy đã ban hành Kế hoạch số 12-KH/TU và Đề án số 3-ĐA/TU.',
      ['resolution:cao-bằng:12-kh-tu -> resolution:central:18-nq-tw', 'resolution:cao-bằng:3-đa-tu -> resolution:central:18-nq-tw'],
    ],
    // In brackets, in a quoted subject, in the passive, among several documents issued, after a subject naming a plenum.
    ['Tỉnh ủy ban hành Kế hoạch số 12-KH/TU (thực hiện Nghị quyết số 18-NQ/TW).', ['resolution:cao-bằng:12-kh-tu -> resolution:central:18-nq-tw']],
    ['Tỉnh ủy ban hành Kế hoạch số 12-KH/TU về “Thực hiện Nghị quyết số 18-NQ/TW của Trung ương”.', ['resolution:cao-bằng:12-kh-tu -> resolution:central:18-nq-tw']],
    ['Nghị quyết số 18-NQ/TW đã được Tỉnh ủy cụ thể hóa bằng Kế hoạch số 12-KH/TU.', ['resolution:cao-bằng:12-kh-tu -> resolution:central:18-nq-tw']],
    [
      'Thực hiện Nghị quyết số 18-NQ/TW, Tỉnh ủy đã ban hành nhiều văn bản lãnh đạo, trong đó có Kế hoạch số 12-KH/TU.',
      ['resolution:cao-bằng:12-kh-tu -> resolution:central:18-nq-tw'],
    ],
    [
      'Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 12-KH/TU về tổ chức học tập, quán triệt và triển khai thực hiện Nghị quyết Trung ương 8 khóa XIII.',
      ['resolution:cao-bằng:12-kh-tu -> resolution:central:nghị-quyết-trung-ương-8-khóa-xiii'],
    ],
    // "Để đưa … vào cuộc sống"; "… ban hành X để thực hiện." carries out the document before X.
    ['Để đưa Nghị quyết số 18-NQ/TW vào cuộc sống, Tỉnh ủy ban hành Kế hoạch số 12-KH/TU.', ['resolution:cao-bằng:12-kh-tu -> resolution:central:18-nq-tw']],
    [
      'Sau khi Trung ương ban hành Nghị quyết số 18-NQ/TW, Tỉnh ủy đã ban hành Kế hoạch số 12-KH/TU để thực hiện.',
      ['resolution:cao-bằng:12-kh-tu -> resolution:central:18-nq-tw'],
    ],
    [
      'Kế hoạch số 40-KH/TU của Ban Thường vụ Tỉnh ủy triển khai Chỉ thị số 35-CT/TW của Bộ Chính trị.',
      ['resolution:cao-bằng:40-kh-tu -> resolution:central:35-ct-tw'],
    ],
    [
      'Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị và Chỉ thị số 35-CT/TW của Ban Bí thư, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 15-KH/TU để lãnh đạo triển khai.',
      ['resolution:cao-bằng:15-kh-tu -> resolution:central:57-nq-tw@xiii', 'resolution:cao-bằng:15-kh-tu -> resolution:central:35-ct-tw'],
    ],
    [
      'Để cụ thể hóa Kết luận số 14-KL/TW của Bộ Chính trị, Tỉnh ủy xây dựng Chương trình hành động số 08-CTr/TU.',
      ['resolution:cao-bằng:08-ctr-tu -> resolution:central:14-kl-tw'],
    ],
    [
      'Ngày 3/3, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 15-KH/TU. Kế hoạch nhằm triển khai thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.',
      ['resolution:cao-bằng:15-kh-tu -> resolution:central:57-nq-tw'],
    ],
    [
      'Quán triệt Nghị quyết số 21-NQ/TW và Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết.',
      ['resolution:cao-bằng:chương-trình-hành-động-của-tỉnh-ủy-thực-hiện-nghị-quyết -> resolution:central:21-nq-tw'],
    ],
  ])('%s', (body, expected) => expect(implementsOf(body)).toEqual(expected));

  it.each([
    ['Kế hoạch số 12-KH/TU về tổng kết thực hiện Nghị quyết số 21-NQ/TW.'],
    ['Thực hiện Kế hoạch số 12-KH/TU gắn với thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.'],
    ['Nghị quyết số 21-NQ/TW và Kết luận số 14-KL/TW đều quan trọng.'],
    // Issued, but not for what the sentence opens with.
    ['Hội nghị quán triệt Nghị quyết số 57-NQ/TW, Tỉnh ủy đã ban hành Kế hoạch số 15-KH/TU về chuyển đổi số.'],
    // The plan is not the one the next sentence is about: another type.
    ['Tỉnh ủy ban hành Kế hoạch số 15-KH/TU. Chương trình nhằm triển khai thực hiện Nghị quyết số 57-NQ/TW.'],
  ])('finds no implementation in %s', (body) => expect(implementsOf(body)).toEqual([]));
});
