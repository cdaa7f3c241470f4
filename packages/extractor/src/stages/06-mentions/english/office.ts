/**
 * English offices → Vietnamese titles
 * ===================================
 * One English office phrase ("Secretary of the Quang Binh provincial Party Committee", "Politburo
 * member", "Chairman of the Party Central Committee's Organisation Commission") → the Vietnamese title
 * a Vietnamese article would write ("Bí thư Tỉnh ủy Quảng Bình", "Ủy viên Bộ Chính trị", "Trưởng Ban
 * Tổ chức Trung ương"), which parseOffice then reads like any other, so both languages land on one
 * Position node.
 *
 * The phrase is read as tokens (lexicon.ts): a role, bodies, a place, scope words. English orders
 * bodies two ways: "A of B" puts the narrower first, "B's A" and "B A" put it last. Vietnamese always
 * writes the narrower first ("Ban Tổ chức" + "Tỉnh ủy"), so each stretch between "of"s is reversed.
 */
import { provinceByName } from '../../../lexicon/provinces.js';
import { BoundedMemo } from '../../../memo.js';
import { OFFICES } from '../position/lexicon.js';
import { ENGLISH, foldEnglish, splitWords, tokenize, type BodyEntry, type RoleClass, type Token } from './lexicon.js';

export interface OfficeContext {
  /** The province an unnamed "provincial Party Committee" belongs to (the sentence's or article's). */
  province: string | null;
  /** A district named with diacritics in the phrase's own words ("Bố Trạch district"), if any. */
  district?: string | null;
  /** The phrase follows "join", "elected to": a body alone means membership of it. */
  membership?: boolean;
}

interface Link {
  body: BodyEntry;
}

const PARTY_BODY: BodyEntry = ENGLISH.bodies['party committee']!;
const EXECUTIVE: BodyEntry = ENGLISH.bodies['executive committee']!;
const STANDING_BOARD: BodyEntry = ENGLISH.bodies['standing board']!;

/** "tỉnh Sơn La", "thành phố Hà Nội", "Thành phố Hồ Chí Minh": a province as an office title names it. */
function provinceUnit(name: string): string {
  const entry = provinceByName(name);
  return entry?.titleName ?? `${entry?.kind ?? 'tỉnh'} ${name}`;
}

/** "Tỉnh ủy Sơn La", "Thành ủy Hà Nội": the party committee of a province. */
function provinceCommittee(name: string): string {
  const entry = provinceByName(name);
  const committee = OFFICES.unitCommittees[entry?.kind ?? 'tỉnh'] ?? 'Tỉnh ủy';
  return `${committee} ${entry?.titleName ?? name}`;
}

interface Scope {
  place: string | null;
  district: string | null;
  central: boolean;
}

/**
 * The Vietnamese name of `chain[0]` inside its parents `chain[1..]` ("Ban Tổ chức" in "Tỉnh ủy Yên
 * Bái" → "Ban Tổ chức Tỉnh ủy Yên Bái"), or null when the phrase does not say enough to name it.
 */
function bodyName(chain: Link[], scope: Scope, context: OfficeContext): string | null {
  const [own, ...parents] = chain;
  if (!own) return null;
  const body = own.body;
  const parent = parents[0]?.body;
  const parentName = parents.length ? bodyName(parents, scope, context) : null;
  const province = scope.place ?? (scope.central ? null : context.province);
  switch (body.kind) {
    case 'politburo':
    case 'secretariat':
    case 'central-committee':
    case 'state':
    case 'army':
      return body.vi;
    case 'host':
    case 'army-host':
    case 'party':
      return parents.length ? null : body.vi;
    case 'commission':
    case 'office':
    case 'subcommittee': {
      if (parent?.kind === 'central-committee' || parent?.kind === 'party' || (!parent && scope.central)) return body.central ?? `${body.vi} Trung ương${body.kind === 'office' ? ' Đảng' : ''}`;
      if (parentName) return `${body.vi} ${parentName}`;
      if (body.kind === 'subcommittee') return null;
      if (scope.district) return `${body.vi} Huyện ủy ${scope.district}`;
      return province ? `${body.vi} ${provinceCommittee(province)}` : `${body.vi} Trung ương${body.kind === 'office' ? ' Đảng' : ''}`;
    }
    case 'party-committee': {
      if (body.vi !== PARTY_BODY.vi) return body.vi;
      if (parentName && parent?.kind !== 'party') return `${body.vi} ${parentName}`;
      if (scope.district) return `Huyện ủy ${scope.district}`;
      return province ? provinceCommittee(province) : null;
    }
    case 'standing-board': {
      if (parent?.standingBoard) return parent.standingBoard;
      if (parent?.kind === 'state' && parentName === 'Quốc hội') return 'Ủy ban Thường vụ Quốc hội';
      if (parent?.kind === 'local-state' && parentName) return `Thường trực ${parentName}`;
      const committee = parentName ?? bodyName([{ body: PARTY_BODY }], scope, context);
      return committee ? `${body.vi} ${committee}` : null;
    }
    case 'executive': {
      if (parent?.kind === 'central-committee') return parent.vi;
      if (scope.district) return `Ban Chấp hành Đảng bộ huyện ${scope.district}`;
      return province ? `Ban Chấp hành Đảng bộ ${provinceUnit(province)}` : null;
    }
    case 'local-state': {
      if (scope.central && !scope.place) return body.central ?? null;
      if (scope.district) return `${body.vi} huyện ${scope.district}`;
      return province ? `${body.vi} ${provinceUnit(province)}` : null;
    }
    case 'department':
    case 'ministry':
      return null; // named with their subject, below
  }
}

/** The Vietnamese role of a role class at a body of some kind, written before the body's name; null when it has none. */
function roleAt(role: RoleClass, body: BodyEntry): string | null {
  const head = body.head ?? headOf(body);
  switch (role) {
    case 'secretary':
      // A secretary of the Central Committee sits on its Secretariat.
      return body.kind === 'party-committee' ? 'Bí thư' : body.kind === 'central-committee' ? 'Bí thư Trung ương Đảng' : null;
    case 'deputySecretary':
      return body.kind === 'party-committee' ? 'Phó Bí thư' : null;
    case 'standingDeputySecretary':
      return body.kind === 'party-committee' ? 'Phó Bí thư Thường trực' : null;
    case 'head':
      return head;
    case 'deputyHead':
      if (!head) return null;
      if (body.deputy) return body.deputy;
      return head === 'Bộ trưởng' ? 'Thứ trưởng' : head === 'Bí thư' ? 'Phó Bí thư' : `Phó ${head}`;
    case 'standingDeputyHead':
      if (!head) return null;
      if (head === 'Trưởng') return 'Phó Trưởng Ban Thường trực';
      return head === 'Bộ trưởng' ? 'Thứ trưởng Thường trực' : head === 'Bí thư' ? 'Phó Bí thư Thường trực' : `Phó ${head} Thường trực`;
    case 'member':
      return body.member ?? 'Ủy viên';
    case 'alternateMember':
      return 'Ủy viên dự khuyết';
    case 'standingMember':
      return body.standingMember ?? 'Thường trực';
    case 'delegate':
      return body.delegate ? 'Đại biểu' : null;
  }
}

function headOf(body: BodyEntry): string | null {
  switch (body.kind) {
    case 'party-committee':
      return 'Bí thư';
    case 'commission':
    case 'subcommittee':
      return body.vi.startsWith('Ban') || body.vi.startsWith('Tiểu ban') ? 'Trưởng' : null;
    case 'state':
    case 'local-state':
      return 'Chủ tịch';
    case 'department':
      return 'Giám đốc';
    case 'ministry':
      return 'Bộ trưởng';
    default:
      return null;
  }
}

// A role that names the whole office with its body ("Ủy viên Bộ Chính trị" is role + body, but
// "Bí thư Trung ương Đảng" for a member of the Secretariat already holds its body).
const WHOLE_ROLE = /Trung ương Đảng$|^Thường trực Ban Bí thư$/u;

// Articles repeat their office phrases, and a corpus its articles' ones: each phrase in each context is read once.
const readOffices = new BoundedMemo<string | null>(20_000);

/** Read an English office phrase; the Vietnamese title item it names ("nguyên …" when former), or null. */
export function englishOffice(phrase: string, context: OfficeContext): string | null {
  const key = `${phrase}\u0000${context.province ?? ''}\u0000${context.district ?? ''}\u0000${context.membership ? 1 : 0}`;
  return readOffices.get(key, () => readOffice(phrase, context));
}

function readOffice(phrase: string, context: OfficeContext): string | null {
  const tokens = tokenize(splitWords(foldEnglish(phrase)));
  const status = tokens.find((t): t is Extract<Token, { type: 'status' }> => t.type === 'status')?.status;
  const prefix = status === 'former' ? 'nguyên ' : '';
  const whole = tokens.find((t): t is Extract<Token, { type: 'whole' }> => t.type === 'whole');
  if (whole) return prefix + whole.title;
  const roleToken = tokens.find((t): t is Extract<Token, { type: 'role' }> => t.type === 'role');
  let role: RoleClass | null = roleToken?.role ?? (context.membership ? 'member' : null);
  if (!role) return null;
  if (status === 'alternate' && role === 'member') role = 'alternateMember';

  // Bodies, narrowest first: each stretch between "of"s is written widest first in English.
  const stretches: Link[][] = [[]];
  let subject: string | null = null;
  const scope: Scope = { place: null, district: context.district ?? null, central: false };
  for (const token of tokens) {
    if (token.type === 'of') stretches.push([]);
    else if (token.type === 'body') stretches[stretches.length - 1]!.push({ body: token.body });
    else if (token.type === 'subject') subject ??= token.vi;
    else if (token.type === 'place') scope.place ??= token.province;
    else if (token.type === 'scope' && token.scope === 'central') scope.central = true;
    else if (token.type === 'scope' && token.scope === 'district' && !scope.district) return null; // a district named without diacritics cannot be written in Vietnamese
  }
  let chain = stretches.flatMap((stretch) => stretch.reverse()).filter((link, i, all) => link.body.kind !== 'party' || all.length === 1);
  // "Party Secretary", "Deputy Party Chief": the role holds its party committee.
  if (roleToken && /\bparty\b/.test(roleToken.phrase) && !chain.some((l) => l.body.kind === 'party-committee')) chain.push({ body: PARTY_BODY });
  // "Minister of Finance", "Director of the Finance Department": a ministry or department by its field.
  if (subject && !chain.some((l) => l.body.kind === 'ministry' || l.body.kind === 'department')) {
    const minister = roleToken && /minister/.test(roleToken.phrase);
    if (!minister && !chain.length && !scope.place && !context.province) return null;
    chain.unshift({ body: minister || scope.central ? ENGLISH.bodies.ministry! : ENGLISH.bodies.department! });
  }
  if (!chain.length) {
    const alone = roleToken ? ENGLISH.wholeOfficesWithoutBody[roleToken.phrase] : undefined;
    return alone ? prefix + alone : null;
  }
  // A member of a province's party committee sits on its executive committee ("Tỉnh ủy viên").
  const own = chain[0]!.body;
  if (own === PARTY_BODY && (role === 'member' || role === 'alternateMember')) chain = [{ body: EXECUTIVE }, ...chain.slice(1)];
  if (own === PARTY_BODY && role === 'standingMember') {
    chain = [{ body: STANDING_BOARD }, ...chain];
    role = 'member';
  }
  const narrowest = chain[0]!.body;
  const vietnameseRole = roleAt(role, narrowest);
  if (!vietnameseRole) return null;
  if (WHOLE_ROLE.test(vietnameseRole)) return prefix + vietnameseRole;
  let name: string | null;
  if (narrowest.kind === 'ministry') name = subject ? `Bộ ${subject}` : null;
  else if (narrowest.kind === 'department') {
    const province = scope.place ?? context.province;
    name = subject && province ? `Sở ${subject} ${provinceUnit(province)}` : null;
  } else name = bodyName(chain, scope, context);
  if (!name) return null;
  return `${prefix}${vietnameseRole} ${name}`;
}
