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
    [
      'Quán triệt Nghị quyết số 21-NQ/TW và Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết.',
      ['resolution:cao-bằng:chương-trình-hành-động-của-tỉnh-ủy-thực-hiện-nghị-quyết -> resolution:central:21-nq-tw'],
    ],
  ])('%s', (body, expected) => expect(implementsOf(body)).toEqual(expected));

  it.each([
    ['Kế hoạch số 12-KH/TU về tổng kết thực hiện Nghị quyết số 21-NQ/TW.'],
    ['Thực hiện Kế hoạch số 12-KH/TU gắn với thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.'],
    ['Nghị quyết số 21-NQ/TW và Kết luận số 14-KL/TW đều quan trọng.'],
  ])('finds no implementation in %s', (body) => expect(implementsOf(body)).toEqual([]));
});
