// 修改: the member's own latest record in the form, prefilled; saving it changes that record (audited).
import { latestOwnActivity } from '../../store/activityLog.js';
import { editForm } from '../editForm.js';
import { defineIntent } from '../intent.js';

const EDIT = /^(修改|更正|改一下|修改上一条|更正上一条|修改刚才的|修改上条)(记录|上报)?[。.!！]*$/;

export const edit = defineIntent<true>({
  name: 'edit',
  // While a confirmation card waits, 修改 answers it (nothing is recorded yet to edit).
  match: (ctx) => (EDIT.test(ctx.text) && ctx.dialog?.kind !== 'confirm' ? true : null),
  async handle(ctx) {
    const a = latestOwnActivity(ctx.deps.store, ctx.update.senderOpenId);
    if (!a) {
      await ctx.reply('您还没有可以修改的记录。');
      return;
    }
    await ctx.replyCard(editForm(ctx.deps, a, ctx.now, '修改后点「保存修改」。要修改更早的记录，请点该记录卡片上的「修改」。'));
  },
});
