// 「谈心谈话要不要写谈话内容？」 · 「警示教育要写心得吗」 · 「需要填什么？」 (round 68, ghm; t71b FB2: 「这个问题我还回答不了。关于廉政
// 谈话…」 — the other talk kind — and, typed while 是哪一天 waited, no word that the question was still open): a short plain
// answer for the kind named, else the kind being reported, else all kinds; while a question waits it is asked again under
// the answer, and a waiting 确认 card is said to be still open. Nothing of the question is read into a report.
import { activityTypeName, isTalkType, type ActivityTypeCode } from '../../domain/activityTypes.js';
import { writeAsked, type WriteAsked } from '../../domain/query/writeAsked.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import { followUpCard } from '../askFollowUp.js';
import { defineIntent } from '../intent.js';
import { HOW_TO_REPORT } from './howTo.js';

/** The kind's name as members write it (签订责任书/承诺书 → 签订责任书). */
function kindName(type: ActivityTypeCode): string {
  return activityTypeName(type).split('/')[0]!;
}

/**
 * The plain answer to a question about what a report holds (writeAsked), for `type` — the kind named, else the kind
 * being reported — or every kind when undefined. A talk keeps no word of what was said (issue 10 G); other kinds keep
 * their day, doer, title and count, never the minutes or a 心得. In Chinese, one or two sentences.
 */
export function writeAnswer(asked: WriteAsked, type: ActivityTypeCode | undefined): string {
  if (asked.about === 'fields') {
    if (type === undefined) return '上报要写明：哪天、做了什么（如廉政谈话、警示教育、专题会议）；谈话和签订责任书还要写和谁，学习、观看写题目和参加人数（可不填）。谈话内容不用写，清风不记录谈话内容。';
    const h = HOW_TO_REPORT[type];
    return `上报${kindName(type)}要写明${h.says}，例如「${h.example}」。`;
  }
  if (type === undefined) return '具体内容不用写：谈话只记哪天、谁和谁谈、是哪类谈话，清风不记录谈话内容；学习、会议、检查等只记哪天、谁做的、题目和人数，记录、心得等材料按机关纪委的要求自行留存。';
  if (isTalkType(type)) return `谈话内容不用写：${kindName(type)}只记哪天、谁和谁谈，清风不记录谈话内容，消息里写了也不保存。`;
  return `${kindName(type)}的具体内容（记录、心得、讲稿等）不用写：台账只记${HOW_TO_REPORT[type].says}；这些材料按机关纪委的要求自行留存。`;
}

export const whatToWrite = defineIntent<WriteAsked>({
  name: 'what-to-write',
  match: (ctx) => writeAsked(ctx.text) ?? null,
  async handle(ctx, asked) {
    const dialog = ctx.dialog;
    if (dialog?.kind === 'report' && ctx.sender) {
      // The kind named in the question, else the one the waiting question is about: its answer, then that question again.
      const waiting = dialog.items.find((i) => i.problems.length > 0) ?? dialog.items[0];
      const type = asked.types[0] ?? waiting?.draft.type;
      const today = shanghaiDate(ctx.now);
      const month = dialog.week === undefined ? dialog.month : undefined;
      ctx.notice(`${writeAnswer(asked, type)}这条上报还在等您回答：请回答下面的问题，或回复「取消」放弃。`);
      await ctx.replyCard(followUpCard(ctx.deps, dialog.items, today, dialog.week, month !== undefined ? { month } : undefined, ctx.sender.id));
      return;
    }
    if (dialog?.kind === 'confirm') {
      const type = asked.types[0] ?? (dialog.items.length === 1 ? dialog.items[0]?.draft.type : undefined);
      await ctx.reply(`${writeAnswer(asked, type)}\n上面的卡片还在等您确认：请点「确认」「修改」或「取消」。`);
      return;
    }
    await ctx.reply(writeAnswer(asked, asked.types[0]));
  },
});
