// The form prefilled with one existing record, shared by the 修改 button and the 修改 message.
import type { Activity } from '../domain/activity.js';
import { shanghaiDate } from '../domain/shanghai.js';
import { reportFormCard } from '../feishu/cards/reportFormCard.js';
import type { BotDeps } from './botDeps.js';
import { formDepartments } from './formDepartments.js';
import { formPeople } from './formPeople.js';
import { isTalkType } from '../domain/activityTypes.js';

export function editForm(deps: BotDeps, a: Activity, now: Date, intro?: string): object {
  const counterpartOpenIds = a.counterpartIds.map((id) => deps.directory.person(id)?.openId).filter((x): x is string => !!x);
  // A talk's department is its counterpart's; only other kinds carry one of their own (a check's place).
  const departmentIds = isTalkType(a.type) ? [] : (a.departmentIds ?? (a.departmentId ? [a.departmentId] : []));
  return reportFormCard({
    activityId: a.id,
    today: shanghaiDate(now),
    departments: formDepartments(deps),
    people: formPeople(deps, counterpartOpenIds),
    ...(intro ? { intro } : {}),
    prefill: { type: a.type, date: a.date, counterpartOpenIds, departmentIds, title: a.title, attendees: a.attendees, note: a.note },
  });
}
