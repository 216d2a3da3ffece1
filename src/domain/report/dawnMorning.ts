// 李明「报告：今天上午张书记带队到财务科开展作风纪律检查」 sent at 05:20 (round 60, fbf; t62b F4: the plan reply, nothing
// recorded): before 07:00 the morning has not begun, yet people do not report a morning still to come as a deed in the
// reporting words of 报告/开展 — the message is most likely last night's report of yesterday morning, or a slip of the day. It is
// read as a report and its day asked, never taken as a plan; words of a plan (要 · 将 · 准备 · 计划…) keep it a plan, and from
// 07:00 the readings of dayStillToCome hold as before.
import { shanghaiMinutes } from '../shanghai.js';
import type { ParsedReport } from './draft.js';

/** The minute of the Shanghai day before which a morning deed told of today is no plan (07:00). */
const DAWN = 7 * 60;

/** 今天上午 · 今早 · 今天早上 · 上午 · 早上: the morning of today named. Group 0 is the words. */
// 昨天上午 · 周一上午 · 11月24日上午 name another day's morning: only a bare 上午 is today's.
const MORNING = /今天上午|今日上午|今天早上|今天早晨|今早|(?<![昨前明后]天|[昨前明后]日|[日号一二三四五六天])(?:上午|早上|早晨)/;

/** Words of something still to come: 要 · 将 · 准备 · 打算 · 计划 · 拟 · 安排 · 约好 · 预计 · 待会 · 一会 · 届时 · 请…参加. */
const PLAN_WORDS = /要|将(?!军)|准备|打算|计划|拟|安排|约好|约在|约了|预计|待会|一会|届时|请[^,，。]{0,8}参加|通知/;

/**
 * Whether `text` (a message, an entry or a clause) sent at `now` names the morning of today before 07:00 Shanghai with no word
 * of a plan: then its deed is a report whose day is asked (withDawnMorningDayAsked), never a deed still to come.
 */
export function dawnMorningReport(text: string, now: Date): boolean {
  return shanghaiMinutes(now) < DAWN && MORNING.test(text) && !PLAN_WORDS.test(text);
}

/**
 * `reports` with each record dated `today` (YYYY-MM-DD) asked its day (missing_date, the day taken off) when `text`, sent at
 * `now`, is a dawn morning report (dawnMorningReport); the first such record's remark says why. Unchanged otherwise.
 */
export function withDawnMorningDayAsked(reports: ParsedReport[], text: string, now: Date, today: string): ParsedReport[] {
  if (!dawnMorningReport(text, now) || !reports.some((r) => r.draft.date === today)) return reports;
  const words = MORNING.exec(text)![0];
  let said = false;
  return reports.map((r) => {
    if (r.draft.date !== today) return r;
    const { date: _today, ...draft } = r.draft;
    const remarks = said ? r.remarks : [...r.remarks, `发消息时「${words}」还没到，请确认是哪一天进行的（例如昨天上午）`];
    said = true;
    const problems = [{ code: 'missing_date' as const }, ...r.problems.filter((p) => p.code !== 'missing_date')];
    return { ...r, draft: { ...draft, late: false }, problems, remarks, reasons: (r.reasons ?? []).filter((x) => x !== 'later_part_done') };
  });
}
