// 「确认」「对」「是的」「不对」 typed when no report waits for an answer: say that nothing is waiting, not 没看懂.
import { acknowledgement } from '../../domain/query/smallTalk.js';
import { CONFIRM_WORDS, EDIT_WORDS } from '../continueDialog.js';
import { defineIntent } from '../intent.js';
import { dayTakenBack } from '../../domain/report/correctedDay.js';
import { normalizeText } from '../../domain/report/parseNormalize.js';
import { shanghaiDate } from '../../domain/shanghai.js';

/**
 * Matches a bare yes (确认/对/是的…) or no (不对/有误…) with no dialog pending. 「好的」「嗯」
 * are acknowledgements and stay with small talk; 「修改」 edits the last record (edit intent, before this one).
 */
export const nothingPending = defineIntent<'confirm' | 'edit' | { day: string }>({
  name: 'nothing-pending',
  match(ctx) {
    if (ctx.dialog) return null;
    const text = ctx.text.trim();
    if (EDIT_WORDS.test(text)) return 'edit';
    // 不对，是前天 after a receipt (issue 10: 没看懂): the day of a record already made, which 修改 changes.
    const day = dayTakenBack(normalizeText(text), shanghaiDate(ctx.now));
    if (day !== undefined) return { day: day.text };
    return CONFIRM_WORDS.test(text) && acknowledgement(text) === null ? 'confirm' : null;
  },
  async handle(ctx, which) {
    if (typeof which === 'object') {
      await ctx.reply(`现在没有等待确认的上报，日期没有改动。要把上一条记录的日期改为「${which.day}」，请发送「修改上一条」，在表单里改日期后保存；要撤回它，请发送「撤销」。`);
      return;
    }
    await ctx.reply(
      which === 'confirm'
        ? '现在没有等待确认的上报，这条回复没有记录任何内容。要上报活动，直接发一句完整的话，例如「今天和办公室李明主任进行了廉政谈话」。'
        : '现在没有等待确认的上报。要更正上一条记录，请发送「修改上一条」；要撤回它，请发送「撤销」。',
    );
  },
});
