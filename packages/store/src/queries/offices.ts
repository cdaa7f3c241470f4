/**
 * Finding an office by title
 * ==========================
 * "Trưởng ban Tổ chức TW", "Bí thư Tỉnh uỷ" + province "Lai Châu", "Bí thư Tỉnh ủy Lai Châu": the
 * title is read the way the extractor reads titles in articles (abbreviations expanded, tone
 * placement normalised, an unnamed Tỉnh ủy given the province), and the candidates are the ids a
 * Position with that title has.
 */
import { parseOffice, slug } from '@vnkg/extractor';

/** Position ids the title (with an optional province) may name, the most specific first. */
export function officeIdsFor(title: string, province: string | null): string[] {
  const titles = new Set<string>();
  const parsed = parseOffice(title, province);
  if (parsed) titles.add(parsed.title);
  if (province && !slug(title).includes(slug(province))) titles.add(`${title} ${province}`);
  titles.add(title);
  return [...titles].map((t) => `position:${slug(t)}`);
}
