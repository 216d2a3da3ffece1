// The form prefilled with one existing record, shared by the 修改 button and the 修改 message.
import type { Activity } from '../domain/activity.js';
import { shanghaiDate } from '../domain/shanghai.js';
import { reportFormCard } from '../feishu/cards/reportFormCard.js';
import type { BotDeps } from './botDeps.js';

export function editForm(deps: BotDeps, a: Activity, now: Date, intro?: string): object {
  const counterpartOpenIds = a.counterpartIds.map((id) => deps.directory.person(id)?.openId).filter((x): x is string => !!x);
  return reportFormCard({
    activityId: a.id,
    today: shanghaiDate(now),
    ...(intro ? { intro } : {}),
    prefill: { type: a.type, date: a.date, counterpartOpenIds, title: a.title, attendees: a.attendees, note: a.note },
  });
}
