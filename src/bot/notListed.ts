// 「不在名单里」 to a person choice (「小刘」 matching several): none of those listed is meant, so the question stays open, never a guess.
import { isDescribedPerson } from './describedPerson.js';
import type { PendingItem } from '../domain/report/followUp.js';
import type { ReportProblem } from '../domain/report/draft.js';

/** The answer typed or tapped (askFollowUp's NOT_LISTED button), in the words people use. */
const NOT_LISTED_WORDS = /^(?:都?不在名单[里中上]?|名单[里中上]?没有|都不是|以上都不是|不是这几位|不是他们|不是这些人)[。.!！]*$/;
/**
 * 不在名单里 · 名单里没有: the button's own words, saying the person is not in the directory at all (round 53, fkc; t55a
 * F7: to 「小王」是哪一位？ the first press only asked for the full name, a second press was needed). About the other party
 * leaveOutUnlisted leaves that record out at once; 都不是 · 不是这几位 (none of those offered) still asks for the full name.
 */
export const NOT_IN_DIRECTORY_WORDS = /^(?:都?不在名单[里中上]?|名单[里中上]?没有)[。.!！]*$/;

/**
 * Items with the first open person choice turned into the question that asks for a full name instead: a
 * counterpart becomes 「通讯录里找不到…」, a doer 「是谁的/谁主持的？」 with no candidates. Nothing is recorded
 * (the record stays asked until the member names someone in the directory or cancels). Undefined when the text
 * is not that answer or no person choice is open.
 */
export function notListed(items: readonly PendingItem[], text: string): { items: PendingItem[]; notice: string } | undefined {
  if (!NOT_LISTED_WORDS.test(text.trim())) return undefined;
  const index = items.findIndex((i) => i.problems.length > 0);
  const item = items[index];
  const problem = item?.problems[0];
  if (!item || !problem || (problem.code !== 'ambiguous_counterpart' && problem.code !== 'ambiguous_actor')) return undefined;
  // 「另一位医生」是哪一位？ with no one listed (round 36 F12: the same question again, a second tap needed): no one was
  // offered, so 不在名单里 says the person is not in the directory at all, and leaveOutUnlisted leaves that record out.
  if (problem.candidateIds.length === 0) return undefined;
  // 「康复中心的党员」 (t47a F3): someone described, not named, has no full name to ask: leaveOutUnlisted leaves it out.
  if (problem.code === 'ambiguous_counterpart' && isDescribedPerson(problem.text)) return undefined;
  // The other party 「不在名单里」: not in the directory, left out by leaveOutUnlisted (one press, t55a F7).
  if (problem.code === 'ambiguous_counterpart' && NOT_IN_DIRECTORY_WORDS.test(text.trim())) return undefined;
  const next: ReportProblem =
    problem.code === 'ambiguous_counterpart' ? { code: 'unknown_counterpart', text: problem.text } : { code: 'missing_actor', candidateIds: [] };
  const changed = { ...item, problems: [next, ...item.problems.slice(1)] };
  return {
    items: [...items.slice(0, index), changed, ...items.slice(index + 1)],
    notice: `好的，「${problem.text}」不是名单上列出的几位。这条还没有记录，请按下面的问题回复全名。`,
  };
}

/**
 * 都不是，她叫赵晓雨，上个月刚调过来的 · 不是这几位，是新来的赵晓雨 · 都不是 是王芳 (round 58, fdb; t60a F10: not understood, the
 * question repeated): none of those offered, and the person said by name. The name is 2–4 characters after 叫/是/名字叫
 * (or straight after the no), cut before what tells more of them (上个月 · 刚 · 新 · 是 · 的).
 */
const NONE_BUT = /^(?:嗯|哦)?[,，\s]*(?:都不是|以上都不是|都不对|不是这几位|不是这两位|不是他们|不是她们|不是这些人|不是的|不是)(?:[,，。\s]+|(?=(?:他|她|对方)?(?:的)?(?:名字|全名)?(?:叫|是|为)))(?:(?:他|她|对方)?(?:的)?(?:名字|全名)?(?:叫|是|为))?\s*(?:(?:新|刚|刚刚|最近)(?:来|调来|调过来|分来|入职)的)?\s*([\u4e00-\u9fa5]{2,4})/;
/** What follows a name told beside 都不是 and is no part of it. */
const AFTER_NAME = /(?:上个月|上月|今年|去年|刚|新|是|的|在|从|调|来|同志|，|,)/;

/** The name said beside a 都不是 to a person choice (see NONE_BUT), or undefined when the answer is no such words. */
export function noneButNamed(text: string): string | undefined {
  const m = NONE_BUT.exec(text.trim());
  if (!m) return undefined;
  const raw = m[1]!;
  // The first two characters are the name's own (李新华 keeps its 新); what tells more is cut after them.
  const cut = raw.slice(2).search(AFTER_NAME);
  const name = cut < 0 ? raw : raw.slice(0, 2 + cut);
  // 不是，是上周的事 · 都不是，是那天…: a time or a pointer is no name.
  return name.length >= 2 && !/[周月日天年号这那些们]|^[一二两三四五六七八九十]/.test(name) ? name : undefined;
}
