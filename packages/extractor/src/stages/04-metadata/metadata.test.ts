import { describe, expect, it } from 'vitest';

import { cleanPage } from '../03-clean/index.js';
import { dateInUrl, leadDate } from './dates.js';
import { findByline } from './byline.js';
import { findSource } from './source.js';
import { readMetadata } from './index.js';

const metadataOf = (text: string, given = {}) => readMetadata({ file: 'x.txt', origin: 'x.txt', text, given }, cleanPage(text), text);

describe('stages/04-metadata', () => {
  it('prefers the date stamped after the title over the page header date', () => {
    const text = 'Chủ nhật, 19/05/2024, 10:37 [GMT+7]\n\nTăng cường công tác kiểm tra giám sát\n\nThứ bảy, 30/12/2023 - 21:00\nNội dung bài viết dài. Thêm câu.\nCâu nữa ở đây.';
    expect(metadataOf(text)).toMatchObject({ published: '2023-12-30', publishedFrom: 'header', title: 'Tăng cường công tác kiểm tra giám sát' });
  });

  it('lets front matter win', () => {
    const text = 'Tiêu đề bài viết đủ dài ở đây\n01/02/2020\nThân bài.';
    expect(metadataOf(text, { published: '2021-03-04', title: 'Khác' })).toMatchObject({ published: '2021-03-04', title: 'Khác' });
  });

  it('completes a lead "Ngày 16/12" with the year of a same-day stamp on the page', () => {
    const text = 'Hội nghị toàn quốc về công tác tổ chức\n\nNgày 16/12, Ban Tổ chức Trung ương tổ chức hội nghị.\nNội dung.\nHết.\nXem thêm\nBài khác\n2024-12-16 15:15:00';
    expect(metadataOf(text)).toMatchObject({ published: '2024-12-16', publishedFrom: 'lead' });
  });

  it('dates a congress report without a year in the first year of the term', () => {
    const text = 'Tỉnh ủy có tân Bí thư\n\nSáng 16/10, Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025 bầu Ban Chấp hành.\nNội dung.';
    expect(metadataOf(text)).toMatchObject({ published: '2020-10-16', publishedFrom: 'lead' });
  });

  it('dates a first session of a council without a year in the first year of its term, whichever comes first in the sentence', () => {
    const text = 'Bầu Chủ tịch Hội đồng nhân dân tỉnh\n\nNgày 24/6, Hội đồng nhân dân tỉnh Hà Giang khóa XVIII, nhiệm kỳ 2021 - 2026 tiến hành Kỳ họp thứ nhất.\nNội dung.';
    expect(metadataOf(text)).toMatchObject({ published: '2021-06-24', publishedFrom: 'lead' });
  });

  it('dates a first plenum named with its committee in between, its day given after an opening clause', () => {
    const text = 'Ban Thường vụ Tỉnh ủy khóa mới\n\nNgay sau phiên bế mạc, tối 15/10, các đồng chí trúng cử Ban Chấp hành Đảng bộ tỉnh Hòa Bình khóa XVII, nhiệm kỳ 2020-2025 họp Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ nhất.\nNội dung.';
    expect(metadataOf(text)).toMatchObject({ published: '2020-10-15', publishedFrom: 'lead' });
  });

  it('dates a report of yesterday ("hôm qua (31/12)") the day after, across a new year', () => {
    const text = 'Tỉnh ủy tổng kết năm\n\nChiều qua (31/12), Tỉnh ủy tổng kết công tác năm 2024.\nNội dung.';
    expect(metadataOf(text)).toMatchObject({ published: '2025-01-01', eventDate: '2024-12-31', publishedFrom: 'lead' });
    const today = 'Tỉnh ủy họp\n\nHôm nay (23/9), Tỉnh ủy tổ chức hội nghị nhiệm vụ năm 2023.\nNội dung.';
    expect(metadataOf(today)).toMatchObject({ published: '2023-09-23', eventDate: '2023-09-23' });
  });

  it('takes no date from a document dated after an opening clause ("…, ngày 18/1/2022")', () => {
    const text = 'Triển khai kế hoạch mới\n\nThực hiện Kế hoạch số 43-KH/TU, ngày 18/1/2022 của Tỉnh ủy, các cấp ủy đã vào cuộc.\nNội dung.';
    expect(metadataOf(text).published).toBeNull();
  });

  it('does not date by a term a report that carries out or prepares a congress', () => {
    const carrying = 'Sơ kết công tác\n\nSáng 5/7, Ban Thường vụ Tỉnh ủy sơ kết việc thực hiện Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025 trong năm 2023.\nNội dung.';
    expect(metadataOf(carrying)).toMatchObject({ published: '2023-07-05' });
    // A first session told as background further down is not the event reported.
    const background = 'Kỷ luật cán bộ\n\nSáng 14/3, Ủy ban Kiểm tra Tỉnh ủy họp kỳ họp thường kỳ quý I năm 2024.\nÔng B bị phê bình.\nÔng C được bầu tại Kỳ họp thứ nhất Hội đồng nhân dân tỉnh nhiệm kỳ 2021 - 2026.';
    expect(metadataOf(background)).toMatchObject({ published: '2024-03-14' });
    // A congress named after a running term is one prepared or reported to, not the event.
    const running = 'Hội nghị Ban Chấp hành\n\nSáng 10/7, Ban Chấp hành Đảng bộ tỉnh khóa XX, nhiệm kỳ 2020 - 2025 họp cho ý kiến vào dự thảo văn kiện trình Đại hội.\nNội dung.';
    expect(metadataOf(running)).toMatchObject({ published: null });
    expect(metadataOf('Chuẩn bị nhân sự\n\nSáng 9/4, Tỉnh ủy bàn công tác chuẩn bị nhân sự Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 - 2030.\nNội dung.')).toMatchObject({ published: null });
    // "TP." inside the lead sentence does not end it.
    expect(metadataOf('Đại hội Đảng bộ Thành phố\n\nSáng 14/10, Đại hội đại biểu Đảng bộ TP. Hồ Chí Minh lần thứ XII, nhiệm kỳ 2025 - 2030 khai mạc.\nNội dung.')).toMatchObject({ published: '2025-10-14' });
    // A goal year is no publication year.
    expect(metadataOf(`Quy hoạch tỉnh\n\nSáng 2/4, Tỉnh ủy họp bàn quy hoạch để tỉnh phát triển khá vào năm ${new Date().getUTCFullYear() + 4}.\nNội dung.`)).toMatchObject({ published: null });
    const preparing = 'Chuẩn bị đại hội\n\nSáng 9/8, Tỉnh ủy họp bàn công tác chuẩn bị Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 - 2030.\nNội dung.';
    expect(metadataOf(preparing)).toMatchObject({ published: null });
  });

  it('finds the lead date after a portal breadcrumb and a repeated title', () => {
    const text = 'Học tập nghị quyết của Ban Chấp hành\n\nXuất bản thông tin\n\nnull Học tập nghị quyết của Ban Chấp hành\n\nChi tiết bài viết Tin hoạt động\n\nHọc tập nghị quyết của Ban Chấp hành\n\nSáng ngày 17/3, Ban Thường vụ tổ chức hội nghị năm 2022.\nNội dung.';
    expect(metadataOf(text)).toMatchObject({ published: '2022-03-17', publishedFrom: 'lead' });
  });

  it('reads a dateline under the title ("PV - 14:24, 15/07/2022") before a site date above it', () => {
    const text = 'Thứ Sáu, ngày 23 tháng 08 năm 2019\n\nBộ trưởng trao quyết định bổ nhiệm cán bộ\n\nPV - 14:24, 15/07/2022\nNội dung bài viết.\nThêm câu.';
    expect(metadataOf(text)).toMatchObject({ published: '2022-07-15', publishedFrom: 'dateline' });
  });

  it('reads the term of a congress from the lead paragraphs of its day, not from a later one dated otherwise', () => {
    const summary = 'Đại hội Đảng bộ tỉnh\n\nLãnh đạo Trung ương về dự Đại hội Đảng bộ tỉnh Cao Bằng, sáng 14/10.\nSáng 14/10, Đại hội đại biểu Đảng bộ tỉnh Cao Bằng lần thứ XIX, nhiệm kỳ 2020 - 2025 khai mạc.\nNội dung.';
    expect(metadataOf(summary)).toMatchObject({ published: '2020-10-14' });
    const later = 'Kỷ luật cán bộ\n\nSáng 12/5, Tỉnh ủy họp xem xét kỷ luật ông A.\nNăm 2021, tại Kỳ họp thứ nhất Hội đồng nhân dân tỉnh nhiệm kỳ 2021 - 2026, ông A được bầu.';
    expect(metadataOf(later)).toMatchObject({ published: null });
  });

  it('takes a dated sentence near the top for an event told, not a dateline, and dates the lead by it', () => {
    const text = 'Trao quyết định bổ nhiệm Tổng Giám đốc\n\nChiều 20/3, Tổng công ty Hàng hải tổ chức lễ trao quyết định.\nNgày 14/3/2019, Bộ trưởng đã ký quyết định bổ nhiệm ông Trần Văn Bốn.\nNội dung.';
    expect(metadataOf(text)).toMatchObject({ published: '2019-03-20', publishedFrom: 'lead' });
    // A lead day in early January after a decision of late December: the year after it.
    const newYear = 'Trao quyết định\n\nSáng 5/1, Sở Nội vụ trao quyết định.\nNgày 28/12/2020, Chủ tịch UBND tỉnh đã ký quyết định.\nHết.';
    expect(metadataOf(newYear)).toMatchObject({ published: '2021-01-05' });
  });

  it("takes no cited document's date for the lead's year, and keeps a dateline with its weekday", () => {
    const cited = 'Sơ kết Nghị quyết\n\nSáng 10/11, Tỉnh ủy tổ chức hội nghị sơ kết 5 năm thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Trung ương.\nTrong năm 2022, tỉnh đạt nhiều kết quả.';
    expect(metadataOf(cited)).toMatchObject({ published: '2022-11-10' });
    const dateline = 'Tỉnh ủy họp phiên thường kỳ\n\nThứ Hai, ngày 15/07/2022 | 10:30\nNội dung bài viết.\nThêm câu.';
    expect(metadataOf(dateline)).toMatchObject({ published: '2022-07-15' });
  });

  it('dates a January review of a year\'s work in the year after it', () => {
    const text = 'Giao ban công tác năm\n\nSáng 12/1, Ban Nội chính tổ chức Hội nghị tổng kết công tác năm 2021.\nNội dung.';
    expect(metadataOf(text)).toMatchObject({ published: '2022-01-12' });
    const midYear = 'Sơ kết công tác\n\nSáng 12/7, Ban Nội chính tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2021.\nNội dung.';
    expect(metadataOf(midYear)).toMatchObject({ published: '2021-07-12' });
  });

  it('does not take a birth date opening a biography for the page date', () => {
    const text = 'Chân dung tân Chủ tịch UBND tỉnh\n\nÔng Lý Văn Sáu sinh ngày 12/4/1971; quê quán tỉnh Lai Châu.\nÔng được bầu giữ chức Chủ tịch UBND tỉnh.';
    expect(metadataOf(text)).toMatchObject({ published: null, eventDate: null });
  });

  it('completes a lead day and month with the year of a month stamp opening the page', () => {
    const text = 'date 2019-12 Ngày 10/5, Tỉnh ủy tổ chức hội nghị công bố quyết định về công tác cán bộ.\nĐại hội năm 2020 sẽ diễn ra.';
    expect(metadataOf(text)).toMatchObject({ published: '2019-05-10', title: 'Ngày 10/5, Tỉnh ủy tổ chức hội nghị công bố quyết định về công tác cán bộ.' });
  });

  it('completes a lead day and month with the latest year the body states, ignoring targets', () => {
    const text = 'Hội nghị tổng kết công tác kiểm tra\n\nNgày 21-1, tại Hà Nội, hội nghị tổng kết năm 2012 và triển khai nhiệm vụ năm 2013, hướng đến năm 2030.\nHết.';
    expect(metadataOf(text)).toMatchObject({ published: '2013-01-21', publishedFrom: 'lead' });
  });

  it.each([
    ['https://bao.vn/bi-thu-phat-bieu-04042022-a98703.html', '2022-04-04'],
    ['https://bao.vn/2019/08/21/tin.html', '2019-08-21'],
    ['https://bao.vn/tin-123.html', null],
    ['https://bao.vn/bi-thu-tai-dac-cu-20250930112227375.htm', '2025-09-30'],
    // An article id that reads as day, month and a year decades ahead is not a date.
    ['https://bao.vn/trao-quyet-dinh-15072081.html', null],
  ])('reads the date in %s', (url, expected) => expect(dateInUrl(url)).toBe(expected));

  it.each([
    ['Sáng 4-4-2022, Ban Thường vụ họp.', { day: 4, month: 4, year: 2022 }],
    ['Ngày 21-1, tại Hà Nội.', { day: 21, month: 1, year: null }],
    ['Quốc hội thông qua nghị quyết phê chuẩn bổ nhiệm các Bộ trưởng, chiều 9/11. Các đại biểu …', { day: 9, month: 11, year: null }],
    ['Không có ngày.', null],
  ])('lead date of %s', (text, expected) => expect(leadDate(text)).toEqual(expected));

  it.each([
    [['Tiêu đề', 'Thân bài dài.', 'Tác giả: Trần Văn Bình - Phó Trưởng Ban Tổ chức Tỉnh ủy'], 'Trần Văn Bình - Phó Trưởng Ban Tổ chức Tỉnh ủy'],
    [['Tiêu đề', 'Thân bài dài.', 'Hồng Nhung - Quang Vinh'], 'Hồng Nhung - Quang Vinh'],
    [['Tiêu đề', 'Thân bài dài.', 'Hội nghị kết thúc tốt đẹp.'], null],
  ])('byline of %j', (paragraphs, expected) => expect(findByline(paragraphs)).toBe(expected));

  it.each([
    [['Tiêu đề', 'BDK.VN - Sáng 4-4-2022, Tỉnh ủy họp.', 'Thân.'], 'BDK.VN'],
    [['Tiêu đề', '(BLC) - Chương trình mục tiêu quốc gia.', 'Thân.'], 'BLC'],
    [['Tiêu đề', 'Thân bài.', 'Theo TTXVN'], 'TTXVN'],
    [['Tiêu đề', 'Thân bài.', 'Nguồn: Báo Nhân Dân'], 'Báo Nhân Dân'],
    [['Tiêu đề', 'Sáng nay, hội nghị khai mạc.', 'Thân bài.'], null],
  ])('source of %j', (paragraphs, expected) => expect(findSource(paragraphs)).toBe(expected));
});
