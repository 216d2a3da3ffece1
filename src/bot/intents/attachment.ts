// An image or file sent right after a report (a sign-in sheet, a photo of the meeting) becomes that record's evidence.
import { changeActivity, latestOwnActivity } from '../../store/activityLog.js';
import type { Activity } from '../../domain/activity.js';
import { defineIntent } from '../intent.js';
import { describeActivity } from '../recordReport.js';

/** How long after a report an attachment still belongs to it. */
export const EVIDENCE_WINDOW_MS = 30 * 60 * 1000;

export const attachment = defineIntent<Activity>({
  name: 'attachment',
  match(ctx) {
    if (!ctx.update.attachment) return null;
    const latest = latestOwnActivity(ctx.deps.store, ctx.update.senderOpenId);
    if (!latest) return null;
    return ctx.now.getTime() - Date.parse(latest.createdAt) <= EVIDENCE_WINDOW_MS ? latest : null;
  },
  async handle(ctx, latest) {
    // A rich-text post (a photo with a caption) may carry several images: all of them, in one change.
    const files = ctx.update.attachments ?? [ctx.update.attachment!];
    const addedAt = ctx.now.toISOString();
    const result = await changeActivity(ctx.deps.store, latest.id, ctx.update.senderOpenId, ctx.now, (a) => {
      a.evidence = [...(a.evidence ?? []), ...files.map((f) => ({ kind: f.kind, key: f.key, ...(f.name ? { name: f.name } : {}), addedAt, messageId: ctx.update.messageId }))];
    });
    if (!result.ok) return;
    const file = files[0]!;
    const what =
      files.length > 1 ? `${files.length} 张图片` : file.kind === 'image' ? '图片' : `文件${file.name ? `「${file.name}」` : ''}`;
    await ctx.reply(`已将${what}作为证据附到：${describeActivity(ctx.deps, result.after, ctx.now)}（共 ${result.after.evidence!.length} 份）`);
  },
});
