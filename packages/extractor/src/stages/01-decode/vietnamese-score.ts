/**
 * How much a decoded text looks like Vietnamese: the share of its words that are among the most
 * frequent words of Vietnamese news, minus a penalty for replacement characters. Used to choose
 * between candidate decodings of a file in an unknown encoding.
 */

const COMMON_WORDS = new Set(
  ('của và các là có được trong cho với những người đã này một không công tác đảng tỉnh năm ủy ban hội nghị ' +
    'chính trị thực hiện về đồng chí phát triển xây dựng cán bộ nhân dân việt nam quốc trung ương để từ tại ' +
    'đến theo như nhiều cũng khi đó thành phố lãnh đạo chỉ đạo kế hoạch nghị quyết bí thư chủ tịch kết quả ' +
    'nhiệm vụ tổ chức hệ thống cơ sở địa phương đại biểu đại hội ngày tháng sẽ đang mới còn phải nhằm')
    .split(' '),
);

export function vietnameseScore(text: string): number {
  const words = text.normalize('NFC').toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
  if (words.length === 0) return 0;
  const common = words.filter((w) => COMMON_WORDS.has(w)).length;
  const replacements = (text.match(/\uFFFD/g) ?? []).length;
  return common / words.length - replacements / Math.max(words.length, 1);
}
