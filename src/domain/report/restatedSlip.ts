// 「昨天财务科组织观看警示片，7人参加，之前报的写错了」「今天上午组织科室观看警示片，刚才写错了」「…，以这条为准」 (round 54,
// fja: a second 警示教育 stored at once, or a duplicate card for a new one): a report restated with a clause that owns a slip
// in what was reported before. It changes the stored record it matches (restatedReportChange), never adds one.
import { normalizeText } from './parseNormalize.js';

/**
 * One clause that says the earlier report was wrong: 之前报的写错了 · 刚才写错了 · 上次报的人数写错了 · 报错了 · 以这条为准 ·
 * 前面那条有误 · 麻烦改一下 (only beside another). A clause holding anything else (a name, a count) is not one.
 */
const SLIP_CLAUSE = /^(?:不好意思|抱歉|对不起|哦|啊|呃)?(?:我)?(?:之前|刚才|刚刚|上次|上一次|前面|早上|上午|前边|先前)(?:上?报|发|写|填|说|录)?(?:的|过的)?(?:那条|那个|那次|那一条)?(?:记录)?(?:的)?(?:人数|日期|时间|对象|题目|片名|部门|类型|内容)?(?:有误|不对|(?:写|报|填|记|说|搞|弄|打|录)错了?)(?:了|啊|哈|呀)*$|^(?:我)?(?:上?报|写|填|记)错了(?:了|啊|哈)*$|^以(?:这|此|本)(?:一)?条?(?:为准|更正)$|^以这个为准$/;
/** 不好意思 · 麻烦改一下 · 请更正: words beside the slip clause that carry nothing of the report. */
const COURTESY = /^(?:其[他它余](?:的)?(?:都|均)?(?:对|没问题|不变)|不好意思|抱歉|对不起|麻烦(?:您)?(?:帮我)?改一下|请(?:帮忙)?(?:更正|修改)(?:一下)?|帮我改一下|改一下|哦|啊|呃)$/;
/** 更正： at the head of a message, then the report as it should read. */
const CORRECTION_HEAD = /^(?:更正|订正|纠正)[:：]\s*/;

/** The report a restating correction holds (the slip clauses taken out), and the slip words said. */
export interface RestatedSlip {
  /** The message without the slip and courtesy clauses: the report as it should read. */
  report: string;
  /** The slip words the member wrote (之前报的写错了), said back on the answer. */
  slip: string;
}

/**
 * The report `text` restates as the right version of an earlier one, or undefined when no clause at its start or end
 * owns a slip (or nothing is left beside it). Only the first and last clauses are looked at: a slip in the middle of
 * a long item (会上指出…写错了…) is its content.
 */
export function restatedSlip(text: string): RestatedSlip | undefined {
  const t = normalizeText(text).trim().replace(/[。.!！~～]+$/, '');
  // 昨天组织观看警示教育片 7人参加 之前报的写错了: voice input parts its clauses with spaces; read so only when the marks
  // alone part no slip clause.
  return slipIn(t, /[,;，；。]\s*/) ?? (/\s/.test(t) ? slipIn(t, /[,;，；。\s]+/) : undefined);
}

/** restatedSlip over the clauses `split` parts `t` (normalised) into. */
function slipIn(t: string, split: RegExp): RestatedSlip | undefined {
  const head = CORRECTION_HEAD.exec(t);
  const body = head ? t.slice(head[0].length) : t;
  const clauses = body.split(split).map((c) => c.trim());
  const slips: string[] = head ? [head[0].replace(/[:：\s]+$/, '')] : [];
  const isSlip = (c: string) => SLIP_CLAUSE.test(c.replace(/\s+/g, ''));
  const isCourtesy = (c: string) => c === '' || COURTESY.test(c.replace(/\s+/g, ''));
  let found = slips.length > 0;
  // 刚才说错了，谈心谈话的对象是刘洋… (round 45): a spoken slip at the head brings the change that follows (correctLatest's).
  if (clauses.length > 0 && /说错/.test(clauses[0]!)) return undefined;
  while (clauses.length > 0 && (isSlip(clauses[0]!) || (isCourtesy(clauses[0]!) && clauses.length > 1))) {
    const c = clauses.shift()!;
    if (isSlip(c)) found = true, slips.push(c);
  }
  while (clauses.length > 0 && (isSlip(clauses.at(-1)!) || isCourtesy(clauses.at(-1)!))) {
    const c = clauses.pop()!;
    if (isSlip(c)) found = true, slips.push(c);
  }
  if (!found || clauses.length === 0) return undefined;
  const report = clauses.join('，');
  if (!/[\u4e00-\u9fa5]{4}/.test(report)) return undefined;
  return { report, slip: slips.join('，') };
}
