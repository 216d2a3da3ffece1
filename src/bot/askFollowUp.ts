// The one precise question for the first thing a pending report still lacks, with one-tap answers where there are obvious ones.
import { activityTypeName, type ActivityTypeCode } from '../domain/activityTypes.js';
import type { PendingItem } from '../domain/report/followUp.js';
import { button, buttonRow, card, markdown } from '../feishu/cards/cardParts.js';
import type { BotDeps } from './botDeps.js';
import { describePending, personLabel } from './describeActivity.js';

const answer = (text: string) => ({ action: 'answer', text });

/** Types whose doer leads a check rather than chairs or lectures. */
const CHECKS: ReadonlySet<ActivityTypeCode> = new Set(['inspect_style', 'inspect_funds', 'pledge_check']);

/** Types someone chairs or lectures. */
const HELD: ReadonlySet<ActivityTypeCode> = new Set(['meeting_special', 'meeting_dept', 'review_analysis', 'edu_lecture']);

export function followUpCard(deps: BotDeps, items: PendingItem[], today: string): object {
  const item = items.find((i) => i.problems.length > 0)!;
  const problem = item.problems[0]!;
  // Someone else's record: the question says whose it is, so the member knows which item is meant (found by the tester).
  const doer = item.draft.actorId ? deps.directory.person(item.draft.actorId) : undefined;
  const whose = doer ? `${doer.name}的${item.draft.type ? activityTypeName(item.draft.type) : '这项活动'}` : undefined;
  const understood = `我理解的是：${doer ? `活动人 ${personLabel(deps.directory, doer.id)}｜` : ''}${describePending(deps.directory, deps.duties, item.draft, today)}`;
  const cancel = button('取消', { action: 'answer', text: '取消' });
  let question: string;
  let buttons: object[] = [];
  switch (problem.code) {
    case 'missing_date':
      question = `${whose ?? ''}是哪一天进行的？请回复日期，如「昨天」「11月20日」。`;
      buttons = [button('今天', answer('今天'), 'primary'), button('昨天', answer('昨天'))];
      break;
    case 'future_date':
      question = `${problem.date} 还没到，只能记录已经完成的活动。${whose ?? ''}是哪一天进行的？`;
      buttons = [button('今天', answer('今天'), 'primary')];
      break;
    case 'missing_type':
      question = `${doer ? `${doer.name}的这项活动` : ''}是哪类活动？请回复类型，如「廉政谈话」「谈心谈话」「警示教育」「廉政党课」「专题会议」。`;
      break;
    case 'missing_counterpart':
      question = `${doer ? `${doer.name}是` : ''}和谁谈的？请回复姓名（多人用顿号分隔），或 @对方。`;
      break;
    case 'unknown_counterpart':
      question = `通讯录里找不到「${problem.text}」。是哪一位？请回复全名。`;
      break;
    case 'ambiguous_actor':
      question = `「${problem.text}」是哪一位？（主持、主讲或谈话的人）`;
      buttons = problem.candidateIds.slice(0, 6).map((id) => button(personLabel(deps.directory, id), answer(deps.directory.person(id)?.name ?? id)));
      break;
    case 'missing_actor':
      // A check is led, not chaired (机关纪委对各部室开展明察暗访: one of the inspectors).
      // 宣文部王磊部长…向党组报告了…: a paper or a study is someone's, neither led nor chaired.
      question = CHECKS.has(item.draft.type ?? 'report_info')
        ? '是谁带队检查的？请回复姓名（记在其名下，您为上报人）。'
        : HELD.has(item.draft.type ?? 'report_info')
          ? '是哪位领导主持或主讲的？请回复姓名（记在其名下，您为上报人）。'
          : `这条${item.draft.type ? activityTypeName(item.draft.type) : '活动'}是谁的？请回复姓名（记在其名下，您为上报人；是您本人的请回复您的姓名）。`;
      buttons = problem.candidateIds.slice(0, 6).map((id) => button(personLabel(deps.directory, id), answer(deps.directory.person(id)?.name ?? id)));
      break;
    case 'ambiguous_counterpart':
      question = `「${problem.text}」是哪一位？`;
      buttons = problem.candidateIds.slice(0, 6).map((id) => button(personLabel(deps.directory, id), answer(deps.directory.person(id)?.name ?? id)));
      break;
  }
  const elements = [markdown(understood), markdown(`**${question}**`), buttonRow([...buttons, cancel])];
  // The other records of the same message wait with this one: said, so 取消 is not taken for dropping one item only.
  const others = items.filter((i) => i !== item);
  if (others.length > 0) {
    const list = others.map((i) => `· ${describePending(deps.directory, deps.duties, i.draft, today)}`).join('\n');
    elements.splice(1, 0, markdown(`同一条消息里还有 ${others.length} 条，回答后一起记录（或确认）：\n${list}`));
  }
  elements.push(markdown(`<font color='grey'>30分钟内回复有效；回复「取消」放弃这条上报${others.length > 0 ? '（整条消息都不记录）' : ''}。</font>`));
  return card('还差一点', 'orange', elements);
}
