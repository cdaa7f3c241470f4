/**
 * Districts and communes as places
 * ================================
 * The unit an office of a district or a commune belongs to, read from the end of its body: a
 * committee that names its unit ("Huyện ủy Tân Hồng" → huyện Tân Hồng), or a unit word and the unit's
 * name ("Ủy ban nhân dân xã Phước Hải", "Quận ủy quận 8"). A body that names no unit ("Ủy ban nhân dân
 * huyện") gives none. The words are data: lexicons/offices.json "localUnits".
 */
import { longestFirst } from '../../text/regex.js';
import { OFFICES } from '../06-mentions/position/lexicon.js';

export interface Locality {
  /** As the text writes it with its unit word: "huyện Tân Hồng", "phường 12". */
  name: string;
  kind: string;
  level: 'district' | 'commune';
}

const UNITS = OFFICES.localUnits;
const WORD = String.raw`(?:\p{Lu}[\p{Ll}\p{M}'’]*|\d{1,3})`;
const AT_END = new RegExp(
  String.raw`(?:^|\s)(?:(${longestFirst(Object.keys(UNITS.committees))})|(${longestFirst(Object.keys(UNITS.kinds))}))\s(${WORD}(?:\s${WORD}){0,3})$`,
  'u',
);
const NOT_NAME = new RegExp(String.raw`^(?:${longestFirst(UNITS.notNames)})(?![\p{L}\p{M}])`, 'u');

/** The district or commune a body belongs to, or null. */
export function localityOf(body: string): Locality | null {
  const match = AT_END.exec(body.trim());
  if (!match) return null;
  const kind = match[1] ? UNITS.committees[match[1]]! : match[2]!;
  const unit = match[3]!;
  if (NOT_NAME.test(unit)) return null;
  return { name: `${kind} ${unit}`, kind, level: UNITS.kinds[kind]! };
}
