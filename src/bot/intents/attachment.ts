// An image or file sent right after a report (a sign-in sheet, a photo of the meeting) becomes that record's evidence.
import { changeActivity, latestOwnActivity } from '../../store/activityLog.js';
import type { Activity } from '../../domain/activity.js';
import type { ReportDraft } from '../../domain/report/draft.js';
import { defineIntent } from '../intent.js';
import { describeActivity } from '../recordReport.js';
import { reportIn } from './report.js';
import { ownSameRecord } from '../ownSameRecord.js';

/** How long after a report an attachment still belongs to it. */
export const EVIDENCE_WINDOW_MS = 30 * 60 * 1000;

/** A type, a person, a title or a head count: what makes a caption tell of a deed, not only of a day or a place. */
export const isDeed = (d: ReportDraft) => d.type !== undefined || d.counterpartIds.length > 0 || d.title !== undefined || d.attendees !== undefined;

/**
 * Whether a caption read as a deed names the earlier record's own deed (「廉政谈话现场」 after a 廉政谈话): the same type,
 * and no day, counterpart or title of its own that differs. Such a photo is that record's, not a second record.
 */
function tellsOf(draft: ReportDraft, latest: Activity): boolean {
  return (
    draft.type === latest.type &&
    (draft.date === undefined || draft.date === latest.date) &&
    draft.counterpartIds.every((id) => latest.counterpartIds.includes(id)) &&
    (draft.title === undefined || draft.title === latest.title)
  );
}

/**
 * The sender's own standing records a caption restates, whenever they were made (l20: 40 minutes after a talk, the
 * photo captioned with the talk's own words got a duplicate card, and a 确认 there either stored the talk twice or,
 * held back in a list, lost the photo). Every deed of the caption must be such a record; otherwise it is a report.
 */
function restated(ctx: Parameters<typeof reportIn>[0]): Activity[] | null {
  if (ctx.text === '') return null;
  const read = reportIn(ctx);
  if (read === null || read.length === 0 || read.some((p) => p.problems.length > 0)) return null;
  const found = read.map((p) => ownSameRecord(ctx.deps, p.draft, ctx.sender!.id));
  if (found.some((a) => a === undefined || a.reporter !== ctx.update.senderOpenId)) return null;
  return [...new Map(found.map((a) => [a!.id, a!])).values()];
}

export const attachment = defineIntent<Activity[]>({
  name: 'attachment',
  match(ctx) {
    if (!ctx.update.attachment) return null;
    const latest = latestOwnActivity(ctx.deps.store, ctx.update.senderOpenId);
    if (latest && ctx.now.getTime() - Date.parse(latest.createdAt) <= EVIDENCE_WINDOW_MS) {
      // A caption is the photo's; a caption that reports another deed is a report, and its photos go with that (round 18u).
      const read = ctx.text === '' ? null : reportIn(ctx);
      if (read === null || read.every((p) => !isDeed(p.draft) || tellsOf(p.draft, latest))) return [latest];
    }
    return ctx.sender ? restated(ctx) : null;
  },
  async handle(ctx, targets) {
    // A rich-text post (a photo with a caption) may carry several images: all of them, in one change.
    const files = ctx.update.attachments ?? [ctx.update.attachment!];
    const addedAt = ctx.now.toISOString();
    const evidence = files.map((f) => ({ kind: f.kind, key: f.key, ...(f.name ? { name: f.name } : {}), addedAt, messageId: ctx.update.messageId }));
    const file = files[0]!;
    const what =
      files.length > 1 ? `${files.length} 张图片` : file.kind === 'image' ? '图片' : `文件${file.name ? `「${file.name}」` : ''}`;
    const lines: string[] = [];
    for (const target of targets) {
      const result = await changeActivity(ctx.deps.store, target.id, ctx.update.senderOpenId, ctx.now, (a) => {
        a.evidence = [...(a.evidence ?? []), ...evidence];
      });
      if (result.ok) lines.push(`${describeActivity(ctx.deps, result.after, ctx.now)}（共 ${result.after.evidence!.length} 份）`);
    }
    if (lines.length === 0) return;
    const said = lines.length === 1 ? lines[0]! : lines.map((l, i) => `${i + 1}. ${l}`).join('\n');
    // Said as the record it already is, so the member sees nothing was recorded twice.
    const already = targets[0] && Date.parse(targets[0].createdAt) < ctx.now.getTime() - EVIDENCE_WINDOW_MS ? '这是已有的记录，没有重复记录；' : '';
    await ctx.reply(`${already}已将${what}作为证据附到：${lines.length > 1 ? '\n' : ''}${said}`);
  },
});
