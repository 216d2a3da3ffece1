// 王建国「11月10日、11月24日主持召开了办公室、财务科党风廉政建设工作会议」 (round 38, t37c: two meetings each of both
// departments, stored at once): as many days as places with no 分别 may be one sitting of every place each day, or one
// place a day. The reading of every place each day is kept, shown on the card with the other one named; 分别 pairs them
// (withRespectiveDayDepartments and its kin) and never comes here.
import type { ParseContext, ParsedReport } from './draft.js';
import { normalizeText } from './parseNormalize.js';

/** Words that say the days and places go one with one (分别 · 各自 · 依次 · 先后 · 分两次 · 一天一个…). */
const PAIRED_WORDS = /分别|各自|依次|先后|分[两二三四五2-5]次|一天一个|每天一个|轮流/;
/** Words that say every place was in each sitting (联席会议 · 一起 · 两次都…): the reading is not in doubt. */
const JOINT_WORDS = /联席|联合|一起|一同|共同|均|都/;

/**
 * `reports` with each group of records of one type on different days that all hold the same places — as many places as
 * days, two or more, each written in the message — shown for a tap with a remark saying they were read as every place
 * each time and how the other reading is told, when `text` says neither 分别 or the like nor that the places were
 * together (联席 · 一起 · 均/都). Unchanged otherwise.
 */
export function withUnpairedDayPlacesNoted(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  const plain = normalizeText(text);
  if (PAIRED_WORDS.test(plain) || JOINT_WORDS.test(plain)) return reports;
  const groups = new Map<string, ParsedReport[]>();
  for (const r of reports) {
    const places = r.draft.departmentIds ?? [];
    if (places.length < 2 || r.draft.date === undefined || r.draft.type === undefined) continue;
    const key = `${r.draft.type}|${r.draft.actorId ?? ''}|${places.join(',')}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const noted = new Map<ParsedReport, string>();
  for (const group of groups.values()) {
    const days = [...new Set(group.map((r) => r.draft.date!))].sort();
    const places = group[0]!.draft.departmentIds!;
    if (days.length !== group.length || days.length !== places.length) continue;
    // 11月3日和11月17日各开了一次分管部门会议 from 刘芳: her departments, read from whom she supervises, were never listed.
    const written = (id: string) => [ctx.directory.department(id)?.name ?? id, ...(ctx.directory.department(id)?.aliases ?? [])].some((n) => plain.includes(n));
    if (!places.every(written)) continue;
    const name = (id: string) => ctx.directory.department(id)?.name ?? id;
    const dayName = (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
    const remark =
      `${days.map(dayName).join('、')}与${places.map(name).join('、')}之间没有写「分别」，已按每一次都包括${places.map(name).join('、')}记录；` +
      `如是一天一处（${days.map((d, i) => `${dayName(d)}${name(places[i]!)}`).join('，')}），请点「修改」更正`;
    for (const r of group) noted.set(r, remark);
  }
  if (noted.size === 0) return reports;
  return reports.map((r) => {
    const remark = noted.get(r);
    return remark === undefined ? r : { ...r, remarks: [...r.remarks, remark], reasons: [...new Set([...(r.reasons ?? []), 'items' as const])] };
  });
}
