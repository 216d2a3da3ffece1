// A photo sent while a report waits (a 确认 card or a question) belongs to that report, not to an older record.
import { answerFollowUp, type PendingItem } from '../../domain/report/followUp.js';
import { CANCEL_WORDS, EDIT_WORDS, continueDialog } from '../continueDialog.js';
import { CONFIRM_WORDS } from '../confirmWords.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import { followUpCard } from '../askFollowUp.js';
import { dialogKey, saveDialog, type DialogData } from '../dialogStore.js';
import { defineIntent } from '../intent.js';
import { confirmCardFor } from '../settleReport.js';
import { withNotice } from '../withNotice.js';
import { photosOf } from '../withPhotos.js';
import { isDeed } from './attachment.js';
import { reportIn } from './report.js';

type Waiting = Extract<DialogData, { kind: 'confirm' | 'report' }>;

/** The remark a waiting report's records carry once a photo joined them: on the card and on the receipt. */
function photoRemark(count: number, files: number, image: boolean): string {
  const what = files > 1 ? `${files} 张图片` : image ? '图片' : '文件';
  return `随后发来的${what}作为证据附到${count > 1 ? '以上各条' : '这条'}记录`;
}

/**
 * A bare photo (or one captioned 「现场照片」, no deed of its own) while a report waits: its records carry it, stored
 * on 确认 (round 20u: it went at once onto a record confirmed earlier from another message, while the card waited).
 */
export const photoForWaitingCard = defineIntent<Waiting>({
  name: 'photo-for-waiting-card',
  match(ctx) {
    if (!ctx.update.attachment || !ctx.sender) return null;
    const d = ctx.dialog;
    if (!d || (d.kind !== 'confirm' && d.kind !== 'report') || d.items.length === 0) return null;
    // A caption that answers (确认 · 昨天 · 取消) is the dialog's: taken as it was before, not swallowed with the photo.
    const caption = ctx.text.trim();
    if (caption !== '' && (CONFIRM_WORDS.test(caption) || CANCEL_WORDS.test(caption) || EDIT_WORDS.test(caption))) return null;
    if (caption !== '' && d.kind === 'report') {
      const pctx = { now: ctx.now, directory: ctx.deps.directory, senderId: ctx.sender.id, mentions: ctx.update.mentions };
      // 「前天」 with the photo: answered below, the photo kept with the report (was: dropped).
      if (answerFollowUp(d.items, caption, pctx).ok) return d;
    }
    // A caption that reports a deed of its own is a report (its photos go with it): not this waiting report's photo.
    const read = ctx.text === '' ? null : reportIn(ctx);
    return read === null || read.every((p) => !isDeed(p.draft)) ? d : null;
  },
  async handle(ctx, d) {
    const evidence = photosOf(ctx.update, ctx.now);
    const items: PendingItem[] = d.items.map((i) => ({ ...i, draft: { ...i.draft, evidence: [...(i.draft.evidence ?? []), ...evidence] } }));
    const remark = photoRemark(items.length, evidence.length, evidence[0]?.kind === 'image');
    const remarks = d.remarks.includes(remark) ? d.remarks : [...d.remarks, remark];
    const key = dialogKey(ctx.update.chatId, ctx.update.senderOpenId);
    const today = shanghaiDate(ctx.now);
    let card: object;
    let said: string;
    if (d.kind === 'confirm') {
      await saveDialog(ctx.deps.store, key, { ...d, items, remarks }, ctx.now);
      card = confirmCardFor(ctx.deps, items, d.reasons, d.duplicates, remarks, ctx.now, ctx.sender!.id);
      said = `已收到${evidence.length > 1 ? `${evidence.length} 张图片` : '图片'}，先随下面待确认的记录保存，回复「确认」后一并记录为证据；回复「取消」则不记录。`;
    } else if (ctx.text.trim() !== '' && answerFollowUp(d.items, ctx.text.trim(), { now: ctx.now, directory: ctx.deps.directory, senderId: ctx.sender!.id, mentions: ctx.update.mentions }).ok) {
      // The caption answers the question: the dialog goes on with the photo's records. They wait with the photo first: a
      // bare 周三 after 「上个月…」 is asked again among the month's Wednesdays, and the photo must still be there (h24).
      await saveDialog(ctx.deps.store, key, { ...d, items, remarks }, ctx.now);
      const out = await continueDialog(ctx.deps, {
        who: { person: ctx.sender!, openId: ctx.update.senderOpenId },
        chatId: ctx.update.chatId,
        dialog: { ...d, items, remarks },
        text: ctx.text.trim(),
        sourceEventId: ctx.update.eventId,
        sourceMessageId: ctx.update.messageId,
        now: ctx.now,
      });
      if (out.kind === 'card') await ctx.replyCard(out.card);
      else if (out.kind === 'text') await ctx.reply(out.text);
      return;
    } else {
      // Not added to messageIds: recalling the photo must not drop the report it joined.
      await saveDialog(ctx.deps.store, key, { ...d, items, remarks }, ctx.now);
      // The week or month the report named is said again in the question, as it was before the photo.
      card = followUpCard(ctx.deps, items, today, d.week, d.month !== undefined && d.week === undefined ? { month: d.month } : undefined);
      said = `已收到${evidence.length > 1 ? `${evidence.length} 张图片` : '图片'}，先随这条还没记录的上报保存，回答下面的问题、记录后一并作为证据。`;
    }
    const carried = withNotice({ kind: 'card', card }, [said]);
    if (carried?.kind === 'card') {
      await ctx.replyCard(carried.card);
      return;
    }
    await ctx.reply(said);
    await ctx.replyCard(card);
  },
});
