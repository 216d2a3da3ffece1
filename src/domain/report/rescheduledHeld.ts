// 「陈志强副理事长11月16日与郑华，冯雪因出差顺延至11月23日」 · 「11月16日与郑华进行了廉政谈话，与冯雪的谈话因故推迟到11月23日」
// (round 39, t38a F12: 冯雪 dropped as 「没有进行」): a talk or signing with one more person put off to a day already gone by
// was held on that day, by the clause's doer; written as that day's clause (11月23日与冯雪), which the elided-deed and list
// readers give the deed before it, and named on the card so the member can take it off if it did not happen after all.
import { namesKey } from './directoryNames.js';
import type { ParseContext, ParsedReport } from './draft.js';
import { guardedAlternation } from './guardedAlternation.js';
import { parseDay } from './parseDay.js';
import { arabicizeNumerals } from './parseNumerals.js';

/** A day said outright (11月23日 · 23日 · 上周五 · 昨天): the day put off to. */
const DAY = '(?:(?:\\d{4}年)?\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}[日号]|(?:上|本|这)?(?:周|星期|礼拜)[一二三四五六日天]|昨天|前天)';
/** Put off to: 顺延至 · 推迟到 · 延期至 · 改到 · 调整至. */
const MOVED = '(?:顺延|推迟|延期|改期|延后|推后|调整|改)(?:至|到)';
/** After the day: 进行 · 谈 · 补谈 · 签 (nothing said done, nothing said still to come). */
const THEN = '(?:进行|举行|谈|再谈|补谈|签|签订|补签)?';
const POST = '(?:副?书记|副?理事长|副?主任|副?部长|副?科长|同志)?';

const cache = new Map<string, RegExp>();

function pattern(names: readonly string[]): RegExp {
  const key = namesKey(names);
  const hit = cache.get(key);
  if (hit) return hit;
  // Group 1: the clause; 2: the person; 3: the day.
  const made = new RegExp(
    `(?<=[，,；;])(\\s*(?:与|和|同|跟)?(${guardedAlternation(names)})${POST}(?:的(?:廉政谈话|谈心谈话|谈话|谈心|责任书|承诺书)(?:签订)?)?(?:因[^，,；;。！!？?\\n]{1,12}?|由于[^，,；;。！!？?\\n]{1,12}?)?${MOVED}(${DAY})${THEN})(?=\\s*(?:[，,；;。！!\\n]|$))`,
    'g',
  );
  cache.set(key, made);
  return made;
}

export interface Rescheduled {
  /** The text with each such clause written as that day's: 11月23日与冯雪. */
  text: string;
  /** Each clause as written, the person's name and the day it was moved to. */
  moved: Array<{ words: string; name: string; date: string }>;
}

/**
 * `text` with each clause 「Y（的谈话）因…顺延至/推迟到 D」 after a clause of a talk or signing with someone, D a day before
 * `today`, written as 「D与Y」; undefined when there is none (a day still to come, or today, is left: not held yet).
 */
export function withRescheduledHeld(text: string, today: string, names: readonly string[]): Rescheduled | undefined {
  if (!/顺延|推迟|延期|改期|延后|推后|调整|改/.test(text) || !/谈|签/.test(text)) return undefined;
  const moved: Rescheduled['moved'] = [];
  const out = text.replace(pattern(names), (whole, _clause: string, name: string, day: string, at: number) => {
    const date = parseDay(arabicizeNumerals(day), today).date;
    // The clause before must be a talk or signing with someone (与/和 …), whose deed this one goes on.
    const before = text.slice(Math.max(0, text.slice(0, at).search(/[^。！!？?\n]*$/)), at);
    if (date === undefined || date >= today || !/(?:与|和|同|跟)/.test(before)) return whole;
    moved.push({ words: whole.trim(), name, date });
    return `${day}与${name}`;
  });
  return moved.length > 0 ? { text: out, moved } : undefined;
}

/**
 * `reports` with a remark on the record of each moved person on their day, shown for 确认; undefined when some moved
 * person has no such record (the rewrite was not read as meant, so the message is read as written).
 */
export function withRescheduledNoted(reports: ParsedReport[] | null, moved: Rescheduled, ctx: ParseContext): ParsedReport[] | null | undefined {
  if (reports === null) return undefined;
  for (const m of moved.moved) {
    const id = ctx.directory.org.people.find((p) => p.name === m.name)?.id;
    const hits = reports.filter((r) => r.draft.date === m.date && id !== undefined && r.draft.counterpartIds.includes(id));
    if (hits.length === 0) return undefined;
    for (const r of hits) {
      r.remarks.push(`「${m.words}」按${Number(m.date.slice(5, 7))}月${Number(m.date.slice(8))}日已进行记录；如那天没有进行，请点「修改」去掉这一条`);
      r.reasons = [...new Set([...(r.reasons ?? []), 'items' as const])];
    }
  }
  return reports;
}
