// A member reports completed activities in plain Chinese: record what is complete, ask about what is not.
import { parseReport } from '../../domain/parseReport.js';
import type { ParsedReport } from '../../domain/reportDraft.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import { recordActivities, type NewActivity } from '../../store/activityLog.js';
import type { BotContext } from '../botContext.js';
import { describeDraft, describeProblem } from '../describeActivity.js';
import { defineIntent } from '../intent.js';

function toActivity(ctx: BotContext, p: ParsedReport): NewActivity {
  const d = p.draft;
  return {
    type: d.type!,
    date: d.date!,
    reporter: ctx.update.senderOpenId,
    actorId: ctx.sender!.id,
    counterpartIds: d.counterpartIds,
    ...(d.departmentId ? { departmentId: d.departmentId } : {}),
    ...(d.title ? { title: d.title } : {}),
    ...(d.attendees !== undefined ? { attendees: d.attendees } : {}),
    ...(d.note ? { note: d.note } : {}),
    late: d.late,
    sourceEventId: ctx.update.eventId,
  };
}

export const report = defineIntent<ParsedReport[]>({
  name: 'report',
  match: (ctx) =>
    ctx.sender
      ? parseReport(ctx.text, { now: ctx.now, directory: ctx.deps.directory, senderId: ctx.sender.id, mentions: ctx.update.mentions })
      : null,
  async handle(ctx, parsed) {
    const { directory } = ctx.deps;
    const today = shanghaiDate(ctx.now);
    const incomplete = parsed.filter((p) => p.problems.length > 0);
    if (incomplete.length > 0) {
      // Nothing is half-recorded: the member corrects and sends again.
      const lines = ['这条上报还不完整，暂未记录：'];
      for (const p of incomplete) {
        lines.push(`· 我理解的是：${describeDraft(directory, p.draft, today)}`);
        for (const problem of p.problems) lines.push(`  ✗ ${describeProblem(directory, problem)}`);
      }
      lines.push('请补充后重新发送，例如「今天和办公室李明主任进行了廉政谈话」。');
      await ctx.reply(lines.join('\n'));
      return;
    }
    const recorded = await recordActivities(
      ctx.deps.store,
      parsed.map((p) => toActivity(ctx, p)),
      ctx.update.senderOpenId,
      ctx.now,
    );
    const lines = [`✅ 已记录 ${recorded.length} 项：`];
    parsed.forEach((p, i) => lines.push(`${i + 1}. ${describeDraft(directory, p.draft, today)}`));
    const remarks = parsed.flatMap((p) => p.remarks);
    if (remarks.length > 0) lines.push(...[...new Set(remarks)].map((r) => `注：${r}`));
    await ctx.reply(lines.join('\n'));
  },
});
