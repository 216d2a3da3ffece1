// What the reply calls an item the member's answer left out: 「第三条是计划」 is a plan, 「第三条还没做」 a deed not done
// yet, 「第三条不用记」 an item the member dropped (issue 10 part C: a past item dropped with 不用记 was called 计划安排).
import type { ReportDraft } from './draft.js';
import { normalizeText } from './parseNormalize.js';

/** 计划 · 打算 · 安排 · 还没到: the answer says the item is a plan. */
const PLAN = /计划|打算|安排|还没到/;
/** 还没做 · 尚未 · 暂未 · 没做呢 · 还没谈: the answer says it is not done yet. */
const NOT_DONE = /还没|尚未|暂未|没做呢|没去呢|没开呢|没谈呢/;

/**
 * The words after an item's label (「第3条「…」」) for an item `answer` left out, true to what was said and to the
 * item's day (`draft.date` against `today`, both YYYY-MM-DD): a plan still to come (是计划安排), one said to be a plan
 * though its day is past (按您说的是计划、还没有做), a deed not done yet (还没有做), or an item the member just dropped
 * (按您的回复删去) — never 计划安排 for a past item the member only said not to record.
 */
export function leftOutWord(answer: string, draft: Pick<ReportDraft, 'date'>, today: string): string {
  const t = normalizeText(answer);
  const past = draft.date !== undefined && draft.date <= today;
  if (PLAN.test(t)) return past ? '按您说的是计划、还没有做，未记录；做完后再发给我即可' : '是计划安排，未记录；完成后再发给我即可';
  if (NOT_DONE.test(t)) return '还没有做，未记录；做完后再发给我即可';
  return past ? '按您的回复删去，未记录；若以后要记，请重新发送' : '按您的回复删去，未记录';
}
