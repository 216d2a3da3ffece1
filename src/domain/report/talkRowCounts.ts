// 张颖「日期⇥活动类型⇥主持/谈话人⇥对象⇥人数⏎11月16日⇥谈心谈话⇥周涛⇥张颖⇥2」 (round 63, gcd; gbh's left-alone): the 人数 of a
// pasted table's talk row was dropped without a word — a talk counts pairs, not heads, so the reader keeps no count for it,
// and the prose reader's word on it (「2人参加」未记录…) reads only a message that closes with the count. The count of a talk
// row checks the number of people talked with (or of everyone there, the holder too): when it agrees nothing more is said; when it does not, the card says so and
// asks to check the people (nothing stored at once), never trimmed or padded.
import { isTalkType } from '../activityTypes.js';
import type { ParsedReport } from './draft.js';
import { findKinds } from './parseKind.js';
import { chineseNumber } from './chineseNumber.js';
import { countDiffers } from './countDiffers.js';

/** Cells of a pasted row: parted by tabs (⇥) or runs of two or more spaces. */
const CELL_BREAK = /\t|\s{2,}/;
/** Two spaces or more: a row whose cells were parted by spaces. */
const SPACED = /\s{2,}/;
/** A header cell of a head count. */
const COUNT_HEADER = /^(?:人数|参加人数|参会人数|谈话人数|实到人数|实到|出席人数)$/;
/** A count cell: 2 · 2人 · 2名 · 两人 · 十二. Group 1: the number. */
const COUNT_CELL = /^(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:人次|人|名)?$/;
/** A day cell: 11月16日 · 11.16 · 2026年11月16日. Groups: month, day. */
const DAY_CELL = /^(?:\d{4}年)?(\d{1,2})(?:月|[.．])(\d{1,2})[日号]?$/;

interface TalkRow {
  line: number;
  monthDay: string;
  count: number;
  said: string;
  /** The 对象 cell when it names a whole unit or group (办公室全体 · 全体人员 · 班子成员), else undefined. */
  group?: string;
}

/** A cell naming a whole unit or group, which the readers expand from the directory (办公室全体 · 班子成员). */
const GROUP_CELL = /全体|全员|班子成员|党组成员|负责人/;
/** A line with no cells naming a talk: the table's heading (廉政谈话登记表 · 11月廉政谈话情况), its rows' kind. */
const headingTalk = (line: string): boolean => !line.includes('\t') && !/\s{2,}/.test(line.trim()) && findKinds(line).some((kind) => isTalkType(kind.code));

/** The talk rows of `text` with a count cell (by a 人数 header, or a bare last cell of a row of four cells or more). */
function talkRows(text: string): TalkRow[] {
  const rows: TalkRow[] = [];
  let countColumn: number | undefined;
  /** 廉政谈话登记表⏎日期⇥谈话人⇥对象⇥人数⏎… (round 64, gdd: the 2 against 办公室全体's four unsaid): a heading naming a talk
   * makes the kind of the rows under it that name none. */
  let talkHeading = false;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (headingTalk(lines[i]!)) talkHeading = true;
    const cells = lines[i]!.trim().split(CELL_BREAK).map((c) => c.trim());
    if (cells.length < 4) continue;
    const header = cells.findIndex((c) => COUNT_HEADER.test(c));
    if (header >= 0) {
      countColumn = header;
      continue;
    }
    const at = countColumn ?? cells.length - 1;
    const count = COUNT_CELL.exec(cells[at] ?? '');
    const day = cells.map((c) => DAY_CELL.exec(c)).find((m) => m !== null);
    if (count === null || day === undefined || day === null) continue;
    const kinds = cells.flatMap((c, k) => (k !== at ? findKinds(c) : []));
    const talk = kinds.length > 0 ? kinds.some((kind) => isTalkType(kind.code)) : talkHeading;
    if (!talk) continue;
    const n = /^\d/.test(count[1]!) ? Number(count[1]) : chineseNumber(count[1]!);
    if (n === undefined) continue;
    const group = cells.find((c, k) => k !== at && GROUP_CELL.test(c) && findKinds(c).length === 0);
    rows.push({ line: i + 1, monthDay: `-${day[1]!.padStart(2, '0')}-${day[2]!.padStart(2, '0')}`, count: n, said: cells[at]!, ...(group !== undefined ? { group } : {}) });
  }
  return rows;
}

/**
 * `reports` read from `text` (the message as pasted) with each talk row's count (a 人数 column, or a bare count closing a
 * headerless row) weighed against the people its records were held with (talk records on the row's day; rows of one day
 * summed). A count that differs is said on the first such record's remarks, with 'leftover' so the card is shown; an equal
 * count, or a text with no such row, leaves `reports` as they are.
 */
export function withTalkRowCountsChecked(reports: ParsedReport[], text: string): ParsedReport[] {
  if (!text.includes('\t') && !SPACED.test(text)) return reports;
  const rows = talkRows(text);
  if (rows.length === 0) return reports;
  const out = [...reports];
  for (const monthDay of new Set(rows.map((r) => r.monthDay))) {
    const same = rows.filter((r) => r.monthDay === monthDay);
    const stated = same.reduce((sum, r) => sum + r.count, 0);
    const talks = out.filter((r) => r.draft.type !== undefined && isTalkType(r.draft.type) && (r.draft.date ?? '').endsWith(monthDay));
    if (talks.length === 0) continue;
    const people = new Set(talks.flatMap((r) => r.draft.counterpartIds)).size;
    // 「11月18日⇥廉政谈话⇥赵敏⇥王磊⇥2」: a sheet's 人数 often counts everyone at the talk, the one who held it too (round 41's
    // 登记表, merged round 63) — that agrees as well as a count of those talked with.
    const doers = new Set(talks.map((r) => r.draft.actorId ?? '')).size;
    if (people === stated || people + doers === stated) continue;
    const first = out.indexOf(talks[0]!);
    const where = same.map((r) => `第${r.line}行`).join('、');
    // 李明⇥办公室全体⇥2 (round 64, gdd): a group cell expanded to more people than the count says — which of them were
    // talked with the member knows; the card says both numbers and the records wait for 修改 or 确认.
    const group = same.length === 1 ? same[0]!.group : undefined;
    // One wording with every count weighed against its items (countDiffers, round 65); the group's 修改 hint kept after it.
    const remark =
      group !== undefined && people > 0
        ? `${countDiffers(`表中${where}的人数「${same[0]!.said}」`, people, `对象栏「${group}」`, '人', false)}；如只谈了其中几人，请点「修改」改谈话对象`
        : countDiffers(`表中${where}的人数「${same.map((r) => r.said).join('、')}」`, people, '对象栏', '人', false);
    out[first] = { ...out[first]!, remarks: [...out[first]!.remarks, remark], reasons: [...new Set([...(out[first]!.reasons ?? []), 'leftover' as const])] };
  }
  return out;
}
