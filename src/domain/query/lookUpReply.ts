// 「查一下张颖」「帮我看一下那个」「麻烦查一下我们部门」 (r2, issue 10): a request to look something up that the query reader
// cannot read got the bare 没看懂 with one example; the member learns nothing of what can be looked up. Said instead: the
// questions the bot answers.
import { opensWithAsking } from './questionInReport.js';

/**
 * The reply to `text` when it asks the bot to look something up (帮我看看 · 查一下 · 看一下 …) and no reader understood it:
 * the request quoted (as `shown`, already made safe for the card) and the questions that work; undefined for other text.
 */
export function lookUpReply(text: string, shown: string): string | undefined {
  if (!opensWithAsking(text)) return undefined;
  return [
    `「${shown}」要查的内容我没能看懂，没有记录任何内容。我可以回答：`,
    '· 「本季度完成情况」「本月完成情况」：自己（或分管范围）的完成情况',
    '· 「我的任务」「我还差什么」：还没完成的职责',
    '· 「组联部完成情况」：某个科室的完成情况',
    '· 「张颖谈心谈话几次了」：某人某类活动记录的次数和明细',
    '· 「导出台账」：台账文件',
    '发送「帮助」查看全部用法。',
  ].join('\n');
}
