/**
 * IMPLEMENTS
 * ==========
 * Document X implements document Y when the text says X carries out Y: "Kế hoạch số 43-KH/TU, ngày …
 * của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 21-KL/TW", "Chương trình hành động của Tỉnh ủy thực
 * hiện Nghị quyết …", "Thông báo … về việc triển khai thực hiện Quy định …", "… cụ thể hóa Nghị quyết …".
 * Reviews ("tổng kết") and loose links ("gắn với thực hiện") are not implementation.
 */
import type { EdgeRecord, Sentence } from '../../types.js';
import type { DocumentRef } from './index.js';

type Edge = Omit<EdgeRecord, 'articles'>;

// What stands between X's reference and Y: an optional subject clause, then the verb of carrying out.
const CARRIES_OUT = /^[\s,]*(?:(?:về|để)\s+(?:việc\s+)?)?(?:[^.;“”"]{0,90}?\s)?(?:triển khai\s+)?(?:thực hiện|cụ thể hóa|cụ thể hoá)\s+$/u;
const NOT_CARRYING_OUT = /(?:gắn với|tổng kết|sơ kết|đánh giá)\s+(?:việc\s+)?(?:triển khai\s+)?(?:thực hiện|cụ thể hóa)\s+$/u;

// "Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết;": the type alone points back to the last one cited.
const BACK_REFERENCE = /(?:thực hiện|cụ thể hóa)\s+(Nghị quyết|Kết luận|Chỉ thị|Quy định)\s*$/u;

function backReference(from: DocumentRef, earlier: DocumentRef[], text: string): DocumentRef | undefined {
  if (!from.named) return undefined;
  const type = BACK_REFERENCE.exec(text.slice(from.start, from.end))?.[1];
  return type ? [...earlier].reverse().find((r) => r.type === type && r.id !== from.id) : undefined;
}

export function findImplements(refs: DocumentRef[], text: string, sentences: Sentence[], articleId: string): Edge[] {
  const edges: Edge[] = [];
  const edge = (from: DocumentRef, to: DocumentRef, sentence: Sentence): Edge => ({
    kind: 'edge',
    type: 'IMPLEMENTS',
    from: from.id,
    to: to.id,
    props: {},
    evidence: [{ article: articleId, quote: sentence.text, start: sentence.start, end: sentence.end }],
  });
  for (const sentence of sentences) {
    const inSentence = refs.filter((r) => r.start >= sentence.start && r.start < sentence.end);
    inSentence.forEach((from, i) => {
      const earlier = backReference(from, inSentence.slice(0, i), text);
      if (earlier) edges.push(edge(from, earlier, sentence));
      // The nearest document after X that the carrying-out verb leads to.
      const to = inSentence.slice(i + 1).find((candidate) => candidate.id !== from.id);
      if (!to) return;
      const betweenStart = to.start >= from.referenceEnd ? from.referenceEnd : from.start;
      const between = text.slice(betweenStart, to.start);
      if (!CARRIES_OUT.test(between) || NOT_CARRYING_OUT.test(between)) return;
      // Another document between them would be the one carried out.
      if (inSentence.some((r) => r.start > from.start && r.start < to.start && r.id !== from.id && r.id !== to.id)) return;
      edges.push(edge(from, to, sentence));
    });
  }
  return edges;
}
