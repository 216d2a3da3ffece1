// The 填报 form's submit: a new record (or one per counterpart), or the saved change of an existing one; the form turns into the receipt.
import { keptCompanions } from '../../domain/keptCompanions.js';
import { recordLateRule } from '../../domain/completion/late.js';
import { keptDutyYear } from '../../domain/completion/keptDutyYear.js';
import { z } from 'zod';
import { shanghaiDate } from '../../domain/shanghai.js';
import { changeActivity } from '../../store/activityLog.js';
import { defineCardAction, toast, withCard } from '../cardAction.js';
import { keptFormDepartments } from '../keptFormDepartments.js';
import { readReportForm } from '../readReportForm.js';
import { receiptFor, recordReport } from '../recordReport.js';
import { refusalText, siblingsOf } from './receiptHelpers.js';

const value = z.object({ action: z.literal('report_form'), id: z.string().optional(), dutyId: z.string().optional() });

export const reportFormSubmit = defineCardAction<{ id?: string; form: Record<string, unknown> }>({
  action: 'report_form',
  parse(u) {
    const v = value.safeParse(u.value);
    return v.success && u.formValue ? { id: v.data.id, form: u.formValue } : null;
  },
  async handle(ctx, { id, form }) {
    const reading = readReportForm(form, ctx.deps.directory, shanghaiDate(ctx.now));
    if (!reading.ok) return toast('error', reading.error);
    const who = { person: ctx.operator, openId: ctx.update.operatorOpenId };
    if (!id) {
      // One form card makes one report per member: a second 提交 (a double tap, a second device) has its own event id,
      // so the form's message id is the source, and recordActivities hands back what the first made.
      const source = `form-${ctx.update.messageId}-${who.openId}`;
      const again = ctx.deps.store.ledger.bySource(source).length > 0;
      const card = await recordReport(ctx.deps, reading.drafts, who, source, ctx.now);
      return withCard(again ? toast('info', '这张表单已经提交过，没有重复记录。') : toast('success', '已记录'), card);
    }
    if (reading.drafts.length !== 1) return toast('error', '修改时只能选择一位谈话对象；其他对象请另行填报');
    const d = reading.drafts[0]!;
    const result = await changeActivity(ctx.deps.store, id, who.openId, ctx.now, (a) => {
      const before = structuredClone(a);
      a.type = d.type!;
      a.date = d.date!;
      a.counterpartIds = d.counterpartIds;
      // The form has no field for it: a 2027年度 责任书 stays 2027's through an edit of its title or day in December,
      // and stops being so once its type or its year changes (keptDutyYear).
      const dutyYear = keptDutyYear(a.dutyYear, d.type!, d.date!);
      if (dutyYear === undefined) delete a.dutyYear;
      else a.dutyYear = dutyYear;
      // 补录 by the one rule of receipts and cards (completion/late.ts), against when the record was first reported.
      a.late = recordLateRule(ctx.deps.duties)({ type: d.type!, date: d.date!, ...(dutyYear !== undefined ? { dutyYear } : {}), createdAt: a.createdAt });
      // A talk's places are not on the form: kept unless its people or kind changed (keptFormDepartments, round 35).
      const places = keptFormDepartments(before, d, Array.isArray(form.departments) ? form.departments.filter((x): x is string => typeof x === 'string') : []);
      const edited = { ...d, departmentId: places.departmentId, departmentIds: places.departmentIds };
      for (const field of ['departmentId', 'departmentIds', 'title', 'attendees', 'note'] as const) {
        if (edited[field] === undefined) delete a[field];
        else (a as unknown as Record<string, unknown>)[field] = edited[field];
      }
      // t48a F5: the form has no 同行 field; they stay with a check and go once it is no check any more.
      const along = keptCompanions(a);
      if (along) a.companionIds = along;
      else delete a.companionIds;
    });
    if (!result.ok) return toast('warning', refusalText(result.reason));
    return withCard(toast('success', '已保存修改'), receiptFor(ctx.deps, siblingsOf(ctx.deps, result.after), ctx.now, [], result.before));
  },
});
