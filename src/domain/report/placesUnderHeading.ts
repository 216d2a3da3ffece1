// 本月暗访情况：11月6日 办公室、财务科；11月20日 康复部: an item of only a day and places, under a heading naming the activity.
import { activityTypeName, isTalkType, type ActivityTypeCode } from '../activityTypes.js';
import type { Directory } from '../organization.js';
import { parseDay } from './parseDay.js';
import { arabicizeNumerals } from './parseNumerals.js';

/** Places said without a department's name: the whole unit. */
const WHOLE_UNIT = /全机关|机关各(?:部室|科室|部门)|各(?:部室|科室|部门)|全局|全单位/;

/**
 * The item read as that activity where it names: `11月6日到办公室、财务科作风纪律检查`, when `piece`
 * is a day followed by places only (departments of the directory, 全机关) and the heading's kind is
 * done somewhere rather than with someone (not a talk or a 责任书); undefined otherwise. One record per
 * day: a check visiting two departments is one check (found by the tester, round 10: 没看懂).
 */
export function placesUnderHeading(piece: string, kind: ActivityTypeCode | undefined, directory: Directory, today: string): string | undefined {
  if (kind === undefined || isTalkType(kind) || kind === 'pledge_sign') return undefined;
  const day = parseDay(arabicizeNumerals(piece), today);
  if (day.date === undefined) return undefined;
  const names = directory.org.departments.flatMap((d) => [d.name, ...d.aliases]).filter((n) => n.length > 0).sort((a, b) => b.length - a.length);
  let left = day.rest.replace(new RegExp(WHOLE_UNIT.source, 'g'), '');
  const named = names.some((n) => piece.includes(n)) || WHOLE_UNIT.test(piece);
  for (const n of names) left = left.split(n).join('');
  if (!named || !/^[\s\u0000、,;。和及等与到赴]*$/.test(left)) return undefined;
  // The day as written first (11月6日), then the places.
  const m = /^\s*(\S*?[日号])\s*(.*?)[\s;。,]*$/.exec(piece);
  return m ? `${m[1]}到${m[2]}${activityTypeName(kind)}` : undefined;
}
