// 「作风纪律检查，第2条是11月21日」 · 「第4条调研报告其实是上周三报的」 · 「第2条删掉」 with no card or question waiting (round 57,
// fec; fgc's left-alone: stored at once as a new record, or 「这条消息没有记录」 with nothing said of 第2条): there is no list
// for 第N条 to point at, and the member is told so, nothing recorded or changed.
import { numberedItemChange } from '../../domain/report/numberedItemChange.js';
import { defineIntent } from '../intent.js';
import { latestOwnActivity } from '../../store/activityLog.js';

/**
 * Matches, with nothing waiting, a message that only changes or drops 第N条 (numberedItemChange); the readers of a
 * receipt just listed (undoNumbered, correctLatest's numbered correction) come first and take theirs.
 */
export const numberedItemChangeReply = defineIntent<number>({
  name: 'numbered-item-change-reply',
  match(ctx) {
    if (ctx.dialog || !ctx.sender) return null;
    return numberedItemChange(ctx.text) ?? null;
  },
  async handle(ctx, n) {
    // 第1、3条不要，重复了 right after a receipt (round 58, fdc): 「也没有刚列出的记录」 would be false; the member is told how
    // to withdraw or change the latest report's records by number instead.
    if (latestOwnActivity(ctx.deps.store, ctx.update.senderOpenId) !== undefined) {
      await ctx.reply(
        `现在没有等待确认的卡片，这条消息没有记录也没有改动任何内容。如果说的是您最近一次上报回执里的第${n}条：撤销请发「撤销第${n}条」（几条就逐条发），` +
          `改请发一句改后的内容，如「第${n}条日期改为11月21日」「第${n}条题目改成《…》」；要补报，请发一句完整的话。`,
      );
      return;
    }
    await ctx.reply(
      `您说的「第${n}条」没有对应的列表：现在没有等待确认的卡片，也没有刚列出的记录，这条消息没有记录也没有改动任何内容。` +
        '要改已记录的内容，请发送「修改」加日期和对象，如「修改11月5日和周涛的廉政谈话」；要补报，请发一句完整的话，如「11月21日到财务科开展了作风纪律检查」。',
    );
  },
});
