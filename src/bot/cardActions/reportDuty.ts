// 填报 next to an open duty (我的任务, a due-soon reminder): the form for that duty, and a short typed 「已完成」 works too.
import { z } from 'zod';
import { isTalkType } from '../../domain/activityTypes.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import { reportFormCard } from '../../feishu/cards/reportFormCard.js';
import { defineCardAction, toast } from '../cardAction.js';
import { formDepartments } from '../formDepartments.js';
import { formPeople } from '../formPeople.js';
import { dialogKey, saveDialog } from '../dialogStore.js';

const value = z.object({ action: z.literal('report_duty'), dutyId: z.string().min(1), period: z.string().optional() });

export const reportDuty = defineCardAction<string>({
  action: 'report_duty',
  parse: (u) => value.safeParse(u.value).data?.dutyId ?? null,
  async handle(ctx, dutyId) {
    const duty = ctx.deps.duties.find((d) => d.id === dutyId);
    if (!duty) return toast('warning', '这项任务已不在清单中。');
    await saveDialog(ctx.deps.store, dialogKey(ctx.update.chatId, ctx.update.operatorOpenId), { kind: 'duty', dutyId }, ctx.now);
    const type = duty.types.find((t) => isTalkType(t)) ?? duty.types[0]!;
    await ctx.sendCard(
      reportFormCard({
        today: shanghaiDate(ctx.now),
        departments: formDepartments(ctx.deps),
        people: formPeople(ctx.deps),
        dutyId,
        prefill: { type },
        intro: `**${duty.name}**\n填写后点「提交」；也可以直接回复「已完成」「做了，昨天」或「和某某谈过了」。`,
      }),
    );
    return toast('info', '请填写下方的表单');
  },
});
