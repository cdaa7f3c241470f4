/**
 * Byline: the author line that closes an article ("Tác giả: Đào Thị Thanh Nhàn - Phó Trưởng Ban …",
 * "Thương - Thanh", "Dương Đức Nhuận"). Returned as written, without the "Tác giả:" label.
 */

const LABEL = /^(?:tác giả|bài(?: và ảnh)?|theo|nhóm pv|pv)\s*:\s*/iu;
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]*$/u;

/** True when every word of the part is capitalised: a name, not a sentence. */
function isNameLike(part: string): boolean {
  const words = part.trim().split(/\s+/);
  return words.length >= 1 && words.length <= 5 && words.every((w) => NAME_WORD.test(w));
}

/** The byline among the last body paragraphs, or null. */
export function findByline(paragraphs: string[]): string | null {
  const last = paragraphs[paragraphs.length - 1];
  if (!last || paragraphs.length < 3) return null;
  const line = last.replace(LABEL, '');
  if (line.length > 200 || /[.!?…]$/.test(line)) return null;
  // A closing sentence about someone ("Bà X, …, tham gia Ban …") is not a byline.
  if (/^(?:ông|bà|đồng chí)\s/iu.test(line) || /\s(?:đã|được|tham gia|là|có|sẽ|đang)\s/u.test(line)) return null;
  const [first] = line.split(/\s+[-–—]\s+|,\s*/);
  if (!first || !isNameLike(first)) return null;
  return LABEL.test(last) || line.length <= 160 ? line : null;
}
