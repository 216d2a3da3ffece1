// 「廉政谈话记录怎么填」「怎么报警示教育」「李主任让我问一下，党课怎么登记」: asking how to report, not reporting.
import type { ActivityTypeCode } from '../activityTypes.js';
import { typesNamed } from './countAsked.js';

/** 怎么/如何 beside a verb of reporting, either order: 「怎么报…」「…记录怎么填」「如何登记…」. */
const HOW = /怎么|怎样|如何|咋/;
const REPORT_VERB = /填报|填写|填|上报|报送|报|录入|记录|记|登记|提交|写|操作|发给你|发/;
const ASKED_HOW = new RegExp(`(?:${HOW.source})(?:样)?(?:才能|来|去|进行)?(?:${REPORT_VERB.source})|(?:${REPORT_VERB.source})[^，,。]{0,4}(?:${HOW.source})(?:样)?(?:填|写|弄|报|办|操作|记)?`);

/** What the member asks how to report. */
export interface HowToAsked {
  /** The types named (「廉政谈话记录怎么填」 → 廉政谈话); empty when the question names none (「活动怎么上报」). */
  types: ActivityTypeCode[];
  /** The message also tells of a deed done (了): it was not recorded, and the answer says so. */
  toldDeed?: boolean;
}

/**
 * A question about how to report: 怎么/如何 with a reporting verb, no day or count of its own (a report never
 * asks how). Undefined for anything else, 「进度怎么样」 included (no reporting verb).
 */
export function howToAsked(text: string): HowToAsked | undefined {
  const t = text.replace(/\s+/g, '');
  if (!ASKED_HOW.test(t)) return undefined;
  // 「完成情况怎么样」「报了没」 are completion questions; 「怎么报」 with 了 after it (怎么报了两次) is a complaint, not a how-to.
  if (/情况|进度|完成|怎么样|了没|报了|几次|多少/.test(t)) return undefined;
  // 「今天和李明谈了，不知道怎么填」 tells of a deed on a day: the report intent records it (and asks what it lacks).
  if (/今天|昨天|前天|[上本这]周|\d{1,2}月\d{1,2}[日号]?|\d{1,2}[.\/]\d{1,2}/.test(t)) return undefined;
  const types = typesNamed(t);
  // 「和王建国进行了廉政谈话，不知道怎么填」: a deed told beside the question, which the report reading leaves alone
  // (a question is no report): the answer must say it was not recorded, so nothing is dropped silently.
  return /了|已经?/.test(t) && types.length > 0 ? { types, toldDeed: true } : { types };
}

/** What a member may ask how to do with records beside reporting one: a 补录, a 撤销, a 修改. */
export type UsageAsked = 'late' | 'undo' | 'edit';

const USAGE: readonly [UsageAsked, RegExp][] = [
  ['late', /补录|补报|补登|补记|补填|补交|漏报|漏记|忘了报|忘记报/],
  ['undo', /撤销|撤回|删除|删掉|作废/],
  ['edit', /修改|更正|改正|改一下|改日期|改对象|改错|报错了|填错了|写错了/],
];

/**
 * 「请问怎么补录上个月的谈话记录？」「怎么撤销」「记错了怎么修改」 (round 14: 「这个问题我还回答不了」 or 没看懂): how to do
 * that, never a report (no day of its own) nor a completion question. Undefined for anything else.
 */
export function usageAsked(text: string): UsageAsked | undefined {
  const t = text.replace(/\s+/g, '');
  // 「9月份的谈话现在补录还算数吗？」 (round 15) asks whether a 补录 counts: answered with how it counts.
  const counts = /算数|算不算|还算|有效吗|管用吗/.test(t);
  if (!HOW.test(t) && !/能不能|可以|能否|能/.test(t) && !counts) return undefined;
  if (/情况|进度|完成|怎么样|几次|多少/.test(t)) return undefined;
  if (/今天|昨天|前天|[上本这]周|\d{1,2}月\d{1,2}[日号]?|\d{1,2}[.\/]\d{1,2}/.test(t)) return undefined;
  const asked = USAGE.find(([, re]) => re.test(t));
  // 「可以撤销吗」 asks too; 「能…吗/么/？」 must close it when no 怎么/如何 says it is a question.
  if (!asked || (!HOW.test(t) && !/[吗么？?]$/.test(t) && !/算不算/.test(t))) return undefined;
  if (counts && asked[0] !== 'late') return undefined;
  return asked[0];
}
