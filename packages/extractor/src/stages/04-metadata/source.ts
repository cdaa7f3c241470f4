/**
 * Source: the outlet an article names for itself or credits: "Nguồn: Báo Nhân Dân", "(Theo TTXVN)",
 * a lead that opens with the site's tag ("BDK.VN - Sáng 4-4-2022, …", "(BLC) - …").
 */

const CREDIT = /^\(?(?:nguồn|theo)\s*:?\s+([^(),]{2,40}?)\)?\.?$/iu;
// Reporter tags, not outlets.
const NOT_SOURCES = new Set(['PV', 'NV', 'CTV', 'BTV']);
const LEAD_TAG = /^\(?([A-ZĐ][A-ZĐ0-9.]{1,15}(?:\.VN)?)\)?\s*[-–—]\s+\S/u;

/** The source named in the last paragraphs or at the start of the lead, or null. */
export function findSource(paragraphs: string[]): string | null {
  for (const paragraph of paragraphs.slice(-2).reverse()) {
    const credit = CREDIT.exec(paragraph.trim());
    if (credit) return credit[1]!.trim();
  }
  for (const paragraph of paragraphs.slice(1, 3)) {
    const tag = LEAD_TAG.exec(paragraph);
    if (tag && !NOT_SOURCES.has(tag[1]!)) return tag[1]!;
  }
  return null;
}
