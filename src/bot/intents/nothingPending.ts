// 「确认」「对」「是的」「不对」 typed when no report waits for an answer: say that nothing is waiting, not 没看懂.
import { acknowledgement } from '../../domain/query/smallTalk.js';
import { EDIT_WORDS } from '../continueDialog.js';
import { CONFIRM_WORDS } from '../confirmWords.js';
import { defineIntent } from '../intent.js';

/**
 * Matches a bare yes (确认/对/是的…) or no (不对/有误…) with no dialog pending. 「好的」「嗯」
 * are acknowledgements and stay with small talk; 「修改」 edits the last record (edit intent, before this one).
 */
export const nothingPending = defineIntent<'confirm' | 'edit'>({
  name: 'nothing-pending',
  match(ctx) {
    if (ctx.dialog) return null;
    const text = ctx.text.trim();
    if (EDIT_WORDS.test(text)) return 'edit';
    // 不对，是前天 after a receipt is a correction of that record: correctLatest (before this intent) takes it.
    return CONFIRM_WORDS.test(text) && acknowledgement(text) === null ? 'confirm' : null;
  },
  async handle(ctx, which) {
    await ctx.reply(
      which === 'confirm'
        ? '现在没有等待确认的上报，这条回复没有记录任何内容。要上报活动，直接发一句完整的话，例如「今天和办公室李明主任进行了廉政谈话」。'
        : '现在没有等待确认的上报。要更正上一条记录，请发送「修改上一条」；要撤回它，请发送「撤销」。',
    );
  },
});
