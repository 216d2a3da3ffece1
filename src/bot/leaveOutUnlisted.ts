// Round 20u L15: 「冯雪是和谁谈的？」 answered 「小马」 (a trainee not yet in organization.yaml) asked the same again, forever.
// Someone not in the directory cannot be counted (the README's 不在名单里 rule), so that talk is left out, said plainly,
// and the rest of the message goes on: the question is never asked twice for a person who is not there.
import { isDescribedPerson } from './describedPerson.js';
import type { PendingItem } from '../domain/report/followUp.js';
import type { ParseContext } from '../domain/report/draft.js';
import { parseCounterparts } from '../domain/report/parseCounterparts.js';
import { unknownNameItems } from '../domain/report/parseCounterpartGroups.js';
import { describePending } from './describeActivity.js';
import type { BotDeps } from './botDeps.js';
import { whomAskedTogether } from '../domain/report/whomAskedTogether.js';
import { NOT_IN_DIRECTORY_WORDS } from './notListed.js';

/** 不在名单里 tapped or typed, or said in the member's words (名单里还没有, 通讯录里没有, 新来的还没加). */
const NOT_THERE = /(不在名单|名单[里中上]?(?:还|都|也)?没有?|(?:还)?没(?:有)?(?:在|进|加入?|录入)?(?:名单|通讯录)|不在通讯录|通讯录[里中上]?(?:还|都|也)?(?:没有|找不到)|都不是|以上都不是)/;
/** 小马, 老周: what colleagues call someone, a name of its own the directory does not hold. */
const NICKNAME = /(?:^|[^\u4e00-\u9fa5])([小老][\u4e00-\u9fa5])(?=$|[^\u4e00-\u9fa5]|同志|是|，)/;

/** The name the answer gives for someone the directory does not know, or undefined when it names no such person. */
function unlistedName(answer: string, ctx: ParseContext): string | undefined {
  const found = parseCounterparts(answer, { ...ctx, senderId: '' });
  if (found.counterparts.length > 0) return undefined;
  const nick = NICKNAME.exec(answer)?.[1];
  if (nick !== undefined) return nick;
  const unknown = found.problems.find((p) => p.code === 'unknown_counterpart');
  if (unknown && 'text' in unknown) return unknown.text;
  return unknownNameItems(answer)[0]?.text;
}

/**
 * The waiting items with the record asked 和谁 or 是谁的 left out, when the answer names someone not in the directory or says
 * 不在名单里 to a question that offers no one to choose (an ambiguous 「小刘」 first asks for the full name: notListed).
 * The remark names the person and the record left out, and whom to ask to add them. Undefined otherwise.
 */
export function leaveOutUnlisted(
  deps: BotDeps,
  items: readonly PendingItem[],
  answer: string,
  ctx: ParseContext,
  today: string,
): { items: PendingItem[]; remark: string } | undefined {
  const index = items.findIndex((i) => i.problems.length > 0);
  const item = items[index];
  const problem = item?.problems[0];
  // 是谁的 / 谁带队 / 谁主持 (missing_actor, also after 不在名单里 to a doer choice) loops the same way for an outsider.
  const asked = ['missing_counterpart', 'unknown_counterpart', 'missing_actor'];
  // 「另一位医生」是哪一位？ offering no one (round 36 F12): 不在名单里 once leaves it out, as for 和谁谈的.
  // 「康复中心的党员」是哪一位？ (t47a F3: asked again as 「…是哪几位？」): someone described, not named, is left out at once too.
  const noneOffered = (problem?.code === 'ambiguous_counterpart' || problem?.code === 'ambiguous_actor') && (problem.candidateIds.length === 0 || (problem.code === 'ambiguous_counterpart' && isDescribedPerson(problem.text)));
  // 「小王」是哪一位？ offering 王建国、王磊… answered 不在名单里 (round 53, fkc; t55a F7: a second press was needed): the
  // button says the other party is not in the directory, so that record is left out at once.
  const notInDirectory = problem?.code === 'ambiguous_counterpart' && NOT_IN_DIRECTORY_WORDS.test(answer.trim());
  if (!item || !problem || !(asked.includes(problem.code) || noneOffered || notInDirectory)) return undefined;
  const text = answer.trim();
  const named = unlistedName(text, ctx);
  if (named === undefined && !NOT_THERE.test(text)) return undefined;
  const who = named ?? (problem.code === 'unknown_counterpart' || problem.code === 'ambiguous_counterpart' || problem.code === 'ambiguous_actor' ? problem.text : undefined);
  const inspectors = deps.directory.withRole('inspector').map((p) => p.name);
  const ask = inspectors.length > 0 ? `纪检管理员（${inspectors.join('、')}）` : '纪检管理员';
  // A talk and a signing asked whom as one (whomAskedTogether) leave together: the answer was for both.
  const left = problem.code === 'missing_counterpart' ? whomAskedTogether(items, index) : [index];
  const record = left.map((i) => `「${describePending(deps.directory, deps.duties, items[i]!.draft, today)}」`).join('、');
  const these = left.length > 1 ? `这 ${left.length} 条` : '这一条';
  const remark = `${who ? `「${who}」` : '对方'}不在名单（通讯录）里，不在名单上的人无法计入台账，${record}${these}未记录；请${ask}把对方加入名单后再上报${these}`;
  return { items: items.filter((_, i) => !left.includes(i)), remark };
}
