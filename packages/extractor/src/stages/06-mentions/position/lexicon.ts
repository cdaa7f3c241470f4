/**
 * Office lexicon: roles, abbreviations and body aliases from ../../lexicons/offices.json.
 */
import { readLexiconJson } from '../../../lexicon/word-lists.js';
import { normalizeTones } from '../../../text/normalize.js';
import { escapeRegExp, longestFirst } from '../../../text/regex.js';

interface OfficeLexicon {
  roles: string[];
  roleOnly: Record<string, { title: string; org: string }>;
  abbreviations: Record<string, string>;
  bodyAliases: Record<string, string>;
  roleBodyTitles: Record<string, { title: string; org: string }>;
  localBodyEnds: string[];
  partyCommittees: string[];
  memberTitles: Record<string, string>;
  provincialBodies: string[];
  bodyNames: Record<string, string>;
  unitRoles: string[];
  parentBodies: string[];
  memberBodies: string[];
  ranks: string[];
  hostedBoards: string[];
  bridgeHosts: string[];
  unitCommittees: Record<string, string>;
  partyWordDroppedAfter: { bodiesStarting: string[]; except: string[] };
  seats: { manyRoleStarts: string[]; oneSeatRoleEnds: string[]; manyTitles: string[] };
  levels: { commune: string[]; district: string[]; provincial: string[]; notLevel: string[] };
  mergerQualifiers: { former: string[]; current: string[] };
  centralPartyUnits: string[];
  localUnits: { committees: Record<string, string>; kinds: Record<string, 'district' | 'commune'>; notNames: string[] };
  roleBodies: Record<string, string[]>;
  scopedBodies: { bodies: string[]; scopes: string[]; heads: Record<string, string> };
  roleAliases: Record<string, string>;
  bodySharingRoles: string[];
}

export const OFFICES = readLexiconJson<OfficeLexicon>('offices.json');

// Short forms ("Phó ban") are matched as roles and read as the role they stand for.
const roles = [...OFFICES.roles, ...Object.keys(OFFICES.roleAliases)].sort((a, b) => b.length - a.length);

/** Alternation of role phrases, longest first, without groups. */
export const ROLE_ALTERNATION = roles.map(escapeRegExp).join('|');

/**
 * A role at the start of a text ("Phó Bí thư Thường trực Tỉnh ủy" → "Phó Bí thư Thường trực"), in any
 * case: pages write "Phó trưởng ban", "Chánh văn phòng", "Tổng bí Thư". `canonicalRole` restores the casing.
 */
export const ROLE_AT_START = new RegExp(`^(?:(nguyên|cựu)\\s+)?((?:quyền\\s+)?(?:${roles.map(escapeRegExp).join('|')}))(?![\\p{L}\\p{M}])`, 'iu');

const canonicalRoles = new Map(roles.map((role) => [role.toLowerCase(), OFFICES.roleAliases[role] ?? role]));

/** The lexicon's casing of a role matched in any case. */
export const canonicalRole = (role: string): string => {
  const known = canonicalRoles.get(role.toLowerCase());
  if (known) return known;
  // "quyền Chủ tịch" (acting): the role with the modifier.
  const acting = /^quyền\s+(.+)$/iu.exec(role);
  return acting ? `Quyền ${canonicalRole(acting[1]!)}` : role;
};

const abbreviations = Object.entries(OFFICES.abbreviations).sort((a, b) => b[0].length - a[0].length);
const ABBREVIATION = new RegExp(`(?<![\\p{L}\\p{M}.])(${abbreviations.map(([a]) => escapeRegExp(a)).join('|')})(?![\\p{L}\\p{M}])`, 'gu');

/** Expand whole-word abbreviations: "Chủ tịch HĐND tỉnh" → "Chủ tịch Hội đồng nhân dân tỉnh". */
export function expandAbbreviations(text: string): string {
  return text.replace(ABBREVIATION, (abbreviation) => OFFICES.abbreviations[abbreviation] ?? abbreviation).replace(/Thành phố\s+/g, 'Thành phố ');
}

const MEMBER_TITLE = new RegExp(`^(?:(nguyên)\\s+)?(${Object.keys(OFFICES.memberTitles).map(escapeRegExp).join('|')})(?![\\p{L}\\p{M}])`, 'u');

/** "Tỉnh ủy viên" → "Ủy viên Ban Chấp hành Đảng bộ tỉnh" (either tone placement), so it reads as role + body. */
export function expandMemberTitle(item: string): string {
  const text = normalizeTones(item);
  return text.replace(MEMBER_TITLE, (_whole, former: string | undefined, member: string) => `${former ? `${former} ` : ''}${OFFICES.memberTitles[member]}`);
}

/**
 * How many hold an office at once: "one" (Bí thư, Chủ tịch, Bộ trưởng, Phó Bí thư Thường trực …), whose
 * next holder ends the previous one's tenure, or "many" (Phó …, Ủy viên …, Đại biểu …).
 */
export function officeSeats(role: string, title: string): 'one' | 'many' {
  const { manyRoleStarts, oneSeatRoleEnds, manyTitles } = OFFICES.seats;
  if (manyTitles.includes(title)) return 'many';
  if (oneSeatRoleEnds.some((end) => role.endsWith(end))) return 'one';
  return manyRoleStarts.some((start) => role.startsWith(start)) ? 'many' : 'one';
}

const levelWords = (words: string[]): RegExp => new RegExp(`(?:^|\\s)(?:${words.map(escapeRegExp).join('|')})(?=\\s|$)`, 'u');
const LEVELS = (['commune', 'district', 'provincial'] as const).map((level) => [level, levelWords(OFFICES.levels[level])] as const);
const NOT_LEVEL = new RegExp(OFFICES.levels.notLevel.map(escapeRegExp).join('|'), 'giu');

export type OfficeLevel = 'central' | 'provincial' | 'district' | 'commune';

/** The tier of an office from its body: commune, district, provincial (or any office of a province), else central. */
export function officeLevel(body: string | null, province: string | null): OfficeLevel {
  const words = (body ?? '').replace(NOT_LEVEL, ' ');
  const found = LEVELS.find(([, pattern]) => pattern.test(words))?.[0];
  return found ?? (province ? 'provincial' : 'central');
}

const successorWords = readLexiconJson<{ successor: string[]; successorPersonCues: string[] }>('tenure.json');

/**
 * Text that ends right before the name of the person whose office is taken: "thay ông", "thay cho
 * đồng chí" (words in lexicons/tenure.json; "thay mặt", on behalf of, is not one).
 */
export const SUCCESSOR_BEFORE_NAME = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${longestFirst(successorWords.successor)})\\s+(?:(?:${longestFirst(successorWords.successorPersonCues)})\\s+)?$`,
  'iu',
);
