/**
 * IMPLEMENTS
 * ==========
 * Document X implements document Y when the text says X carries out Y: "Kế hoạch số 43-KH/TU, ngày …
 * của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 21-KL/TW", "Chương trình hành động của Tỉnh ủy thực
 * hiện Nghị quyết …", "Thông báo … về việc triển khai thực hiện Quy định …", "… cụ thể hóa Nghị quyết …",
 * "Kế hoạch … triển khai Chỉ thị …"; and the other way round, a sentence that opens with what is carried
 * out and then names what was issued for it: "Thực hiện Nghị quyết số 57-NQ/TW …, Ban Thường vụ Tỉnh ủy
 * đã ban hành Kế hoạch số 15-KH/TU" (X implements each document of the opening); and a sentence that
 * goes on about the document just cited by its type: "… ban hành Kế hoạch số 15-KH/TU. Kế hoạch nhằm
 * triển khai thực hiện Nghị quyết số 57-NQ/TW …". Documents listed together ("Kế hoạch số 12-KH/TU, Hướng
 * dẫn số 5-HD/TU triển khai …") each carry it out; "… ban hành X để thực hiện." carries out the document
 * named before X. Reviews ("tổng kết") and loose links ("gắn với thực hiện") are not implementation.
 */
import { readLexiconJson } from '../../lexicon/word-lists.js';
import { longestFirst } from '../../text/regex.js';
import type { EdgeRecord, Sentence } from '../../types.js';
import type { DocumentRef } from './index.js';

type Edge = Omit<EdgeRecord, 'articles'>;

// What stands between X's reference and Y: an optional subject clause, then the verb of carrying out.
// It may stand in brackets ("(thực hiện …)") or open a quoted subject ("về “Thực hiện …").
const CARRIES_OUT = /^[\s,(]*(?:(?:về|để)\s+(?:việc\s+)?)?(?:[^.;“”"]{0,90}?\s)?[“"]?(?:(?:[Tt]riển khai\s+)?(?:[Tt]hực hiện|[Cc]ụ thể hóa|[Cc]ụ thể hoá)|[Tt]riển khai)\s+$/u;
// "Nghị quyết số 18-NQ/TW được Tỉnh ủy cụ thể hóa bằng Kế hoạch số 12-KH/TU": Y first, X after "bằng".
const CARRIED_OUT_BY = /^[\s,]*(?:đã\s+)?được\s+(?:[^.;]{0,60}?\s)?(?:triển khai\s+)?(?:thực hiện|cụ thể hóa|cụ thể hoá|triển khai)\s+(?:bằng|qua|thông qua)\s+$/u;
// A sentence opening with what is carried out ("Thực hiện …", "Để cụ thể hóa …", "Triển khai …") …
// "Quán triệt, triển khai …", "Để đưa … vào cuộc sống" open it too.
const OPENS_CARRYING_OUT = /^\s*(?:(?:Để|Nhằm)\s+(?:sớm\s+)?đưa|(?:(?:Để|Nhằm)\s+)?(?:quán triệt(?:,|\svà)?\s+)?(?:(?:triển khai\s+)?(?:thực hiện|cụ thể hóa|cụ thể hoá)|triển khai))\s+$/iu;
// Documents named one after the other ("Kế hoạch số 12-KH/TU, Hướng dẫn số 5-HD/TU và …") share what follows.
const LISTED_WITH = /^\s*(?:,|và|,\s*và|cùng)\s*$/u;
// "… ban hành Kế hoạch số 12-KH/TU để thực hiện.": carrying out, with nothing after it in the clause.
const CARRIES_OUT_WHAT_CAME_BEFORE = /^[\s,]*(?:để|nhằm)\s+(?:triển khai\s+)?(?:thực hiện|cụ thể hóa|cụ thể hoá)\s*(?:[.;]|$)/u;
// … and the verb of issuing right before the document made for it ("…, Ban Thường vụ Tỉnh ủy đã ban hành ").
// "… đã ban hành nhiều văn bản, trong đó có Kế hoạch số 12-KH/TU": one of what was issued.
const ISSUED = /,\s[^.;]{0,80}?(?:ban hành|xây dựng)(?:\s[^.;]{0,60}?(?:trong đó có|như|gồm)\s*:?)?\s+$/u;
// A sentence about "the plan" (the type alone, or "… này") and what it is for.
const TYPES = readLexiconJson<{ types: string[] }>('documents.json').types;
const TYPE_CARRIES_OUT = new RegExp(
  String.raw`^\s*(${longestFirst(TYPES)})(?:\s+(?:này|trên))?\s+(?:được ban hành\s+)?(?:nhằm|để|là để|với mục đích|có mục đích)\s+(?:(?:triển khai\s+)?(?:thực hiện|cụ thể hóa|cụ thể hoá)|triển khai)\s+$`,
  'u',
);
const NOT_CARRYING_OUT = /(?:gắn với|tổng kết|sơ kết|đánh giá)\s+(?:việc\s+)?(?:triển khai\s+)?(?:thực hiện|cụ thể hóa)\s+$/u;

// "Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết;": the type alone points back to the last one cited.
const BACK_REFERENCE = /(?:thực hiện|cụ thể hóa)\s+(Nghị quyết|Kết luận|Chỉ thị|Quy định)\s*$/u;

function backReference(from: DocumentRef, earlier: DocumentRef[], text: string): DocumentRef | undefined {
  if (!from.named) return undefined;
  const type = BACK_REFERENCE.exec(text.slice(from.start, from.end))?.[1];
  return type ? [...earlier].reverse().find((r) => r.type === type && r.id !== from.id) : undefined;
}

/** The documents listed together with `inSentence[i]`, on the side `step` looks (-1 before, +1 after), and it. */
function listedTogether(inSentence: DocumentRef[], i: number, text: string, step: -1 | 1): DocumentRef[] {
  const run = [inSentence[i]!];
  for (let j = i + step; j >= 0 && j < inSentence.length; j += step) {
    const [left, right] = step < 0 ? [inSentence[j]!, run.at(-1)!] : [run.at(-1)!, inSentence[j]!];
    if (!LISTED_WITH.test(text.slice(left.referenceEnd, right.start))) break;
    run.push(inSentence[j]!);
  }
  return run;
}

/** "Thực hiện Y1 và Y2, Tỉnh ủy ban hành X1 và X2": each X implements each document before them. */
function issuedFor(inSentence: DocumentRef[], text: string, sentence: Sentence): Array<[DocumentRef, DocumentRef]> {
  const [first] = inSentence;
  if (!first || !OPENS_CARRYING_OUT.test(text.slice(sentence.start, first.start))) return [];
  const issued = inSentence.findIndex((ref, j) => j > 0 && ISSUED.test(text.slice(inSentence[j - 1]!.referenceEnd, ref.start)));
  if (issued < 0) return [];
  const carriedOut = inSentence.slice(0, issued).filter((to, j, all) => all.findIndex((o) => o.id === to.id) === j);
  return listedTogether(inSentence, issued, text, 1).flatMap((from) => carriedOut.filter((to) => to.id !== from.id).map((to): [DocumentRef, DocumentRef] => [from, to]));
}

/** "Kế hoạch nhằm triển khai thực hiện Y": the last document of that type cited before implements Y. */
function typeNamedBefore(refs: DocumentRef[], inSentence: DocumentRef[], text: string, sentence: Sentence): [DocumentRef, DocumentRef] | null {
  const [to] = inSentence;
  const type = to && TYPE_CARRIES_OUT.exec(text.slice(sentence.start, to.start))?.[1];
  if (!type) return null;
  const from = refs.filter((r) => r.start < sentence.start && r.type === type && r.id !== to.id).pop();
  return from ? [from, to] : null;
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
    edges.push(...issuedFor(inSentence, text, sentence).map(([from, to]) => edge(from, to, sentence)));
    const named = typeNamedBefore(refs, inSentence, text, sentence);
    if (named) edges.push(edge(named[0], named[1], sentence));
    inSentence.forEach((from, i) => {
      const earlier = backReference(from, inSentence.slice(0, i), text);
      if (earlier) edges.push(edge(from, earlier, sentence));
      // The nearest document after X that the carrying-out verb leads to.
      const to = inSentence.slice(i + 1).find((candidate) => candidate.id !== from.id);
      // "Sau khi Trung ương ban hành Y, Tỉnh ủy ban hành X để thực hiện.": Y, the one before X.
      const before = inSentence.slice(0, i).reverse().find((candidate) => candidate.id !== from.id);
      if (!to && before && CARRIES_OUT_WHAT_CAME_BEFORE.test(text.slice(from.referenceEnd, sentence.end))) edges.push(edge(from, before, sentence));
      if (!to) return;
      const betweenStart = to.start >= from.referenceEnd ? from.referenceEnd : from.start;
      const between = text.slice(betweenStart, to.start);
      // The passive turns it round: the document after "bằng" carries out this one.
      if (CARRIED_OUT_BY.test(between)) {
        edges.push(edge(to, from, sentence));
        return;
      }
      if (!CARRIES_OUT.test(between) || NOT_CARRYING_OUT.test(between)) return;
      // Another document between them would be the one carried out.
      if (inSentence.some((r) => r.start > from.start && r.start < to.start && r.id !== from.id && r.id !== to.id)) return;
      // "Kế hoạch số 12-KH/TU, Hướng dẫn số 5-HD/TU triển khai Y": every document of the list.
      for (const listed of listedTogether(inSentence, i, text, -1)) if (listed.id !== to.id) edges.push(edge(listed, to, sentence));
    });
  }
  return edges;
}
