// 张颖's 台账 row 「2⇥12月2日⇥刘　芳⇥组联部全体（2人）⇥廉政谈话」 (round 66, gfb; t68b F3): the bracketed count beside a
// department's 全体 in the people talked or signed with is how many the member counted; the reader expands 全体 from the
// directory, so the count is weighed against the people it gave (the holder may be counted too, as a 台账's 人数 often
// is) and a difference is said on the card in the one count-differs wording — never trimmed, padded or dropped silently.
import { isTalkType } from '../activityTypes.js';
import type { Directory } from '../organization.js';
import type { ParsedReport } from './draft.js';
import { countDiffers } from './countDiffers.js';
import { chineseNumber } from './chineseNumber.js';
import { withOwnUnitCounted } from './ownUnitCounted.js';

/**
 * 组联部全体（2人） · 财务科全体人员(3人) · 康复中心所有干部职工（三人）: group 1 the words before 全体 (a department's name
 * closes them), group 2 the count; group 3 the count written without brackets (组联部全体2人 · 财务科全体3名同志, round 67).
 */
const GROUP_COUNT = /([\u4e00-\u9fa5]{2,8}?)(?:的)?(?:全体|所有)(?:的)?(?:人员|同志|干部职工|干部|职工|党员|工作人员)?\s*(?:[（(]\s*(\d{1,3}|[一两二三四五六七八九十]{1,3})\s*[人名]\s*[）)]|(\d{1,3}|[一两二三四五六七八九十]{1,3})\s*(?:人|名)(?:同志|干部|职工|党员)?)/g;

/**
 * 财务科3名同志 · 康复部的两位同志 · 组联部2个人 (round 68, ghc): a unit's people counted with no 全体 (group 1 the words before,
 * group 2 the count).
 */
const PEOPLE_COUNTED = /([\u4e00-\u9fa5]{2,8}?)(?:的)?(\d{1,3}|[两二三四五六七八九十]{1,3})(?:名|位|个)(?:同志|人员|干部职工|干部|职工|党员|工作人员|同事|人(?![员数次手]))/g;

/**
 * `reports` (read from `text`, the message) with each bracketed count beside a department's 全体 (组联部全体（2人）) weighed
 * against the talks and signings held with that department's people: a count equal to the people, or to them and the one
 * who held it when that one is of the department too, leaves the records as they are; any other count is said on the
 * first such record (countDiffers, unit 人) with 'leftover', so the card is shown. Records of other kinds (a study's
 * audience: wholeCountSaid) and a text with no such count are left as they are. `senderId` is the doer of records with none.
 */
export function withGroupCountWeighed(reports: ParsedReport[], said: string, directory: Directory, senderId: string): ParsedReport[] {
  let out = reports;
  // 和我们科里3个人 (round 69, gib): the sender's unit word was read as the unit by name (ownUnitCounted), so weighed as one.
  const text = withOwnUnitCounted(said, directory, senderId);
  const found = [...[...text.matchAll(GROUP_COUNT)].map((m) => ({ m, counted: false })), ...[...text.matchAll(PEOPLE_COUNTED)].map((m) => ({ m, counted: true }))];
  // 与财务科3名同志 (no 全体, `counted`): the count is of those talked or signed with, so the one who held it is none of them.
  for (const { m, counted } of found) {
    const before = m[1]!;
    const unit = directory.org.departments.find((d) => [d.name, ...d.aliases].some((name) => before.endsWith(name)));
    if (unit === undefined) continue;
    const named = [unit.name, ...unit.aliases].filter((name) => before.endsWith(name)).sort((a, b) => b.length - a.length)[0]!;
    const count = m[2] ?? m[3]!;
    const n = /^\d/.test(count) ? Number(count) : chineseNumber(count);
    if (n === undefined) continue;
    const inUnit = (id: string) => directory.person(id)?.departmentId === unit.id;
    const said = m[0].slice(before.length - named.length);
    // Only the records the group gave (its remark quotes the words, 「组联部全体」按…): another row's talk with one of them
    // (周涛⇥张颖 above) is no part of it.
    // A counted group's note quotes it with its numeral read (三名 → 3名): the unit's name opens it.
    const group = counted ? `「${named}` : `「${said.replace(/\s*(?:[（(][^）)]*[）)]|(?:\d{1,3}|[一两二三四五六七八九十]{1,3})\s*[人名][\u4e00-\u9fa5]{0,2})$/, '')}」`;
    const held = out.filter((r) => r.draft.type !== undefined && (isTalkType(r.draft.type) || r.draft.type === 'pledge_sign') && r.draft.counterpartIds.length > 0 && r.draft.counterpartIds.every(inUnit) && r.remarks.some((x) => x.startsWith(group)));
    if (held.length === 0) continue;
    const people = new Set(held.flatMap((r) => r.draft.counterpartIds)).size;
    const doers = new Set(held.map((r) => r.draft.actorId ?? senderId).filter(inUnit)).size;
    if (n === people || (!counted && n === people + doers)) continue;
    const remark = countDiffers(said, people, '通讯录里', '人');
    // Read again from a reader's rewrite (parseReport reads some twice): said once.
    if (held.some((r) => r.remarks.includes(remark))) continue;
    const first = held[0]!;
    out = out.map((r) => (r === first ? { ...r, remarks: [...r.remarks, remark], reasons: [...new Set([...(r.reasons ?? []), 'leftover' as const])] } : r));
  }
  return out;
}
