// 「把您刚才的 2 条记录的活动人都改为…」 on records stored on 12-04, three days before (round 64, gdb; gcj's left-alone, t66a B-F10):
// 刚才 said of records of days ago reads as if the bot took the wrong ones. The 请确认修改 card names the records: 刚才 only
// for records stored in the last minutes, otherwise by their day and kind.
import type { Activity } from '../domain/activity.js';
import { activityTypeName } from '../domain/activityTypes.js';

/** How long after its storing a record is still 「刚才」 (ms): a correction sent in the same sitting. */
export const JUST_NOW_MS = 30 * 60 * 1000;

/** Whether `a` was stored within JUST_NOW_MS before `now` (a record with no createdAt is not). */
export function storedJustNow(a: Pick<Activity, 'createdAt'>, now: Date): boolean {
  const at = Date.parse(a.createdAt ?? '');
  return Number.isFinite(at) && now.getTime() - at >= 0 && now.getTime() - at <= JUST_NOW_MS;
}

/**
 * The words naming `records` (two or more) on the change card, after 把: 「您刚才的 2 条记录」 when every one was stored just
 * now; else 「您12月4日的 2 条谈心谈话记录」 (one day, one kind), 「您12月4日的 2 条记录」 (one day), 「您的这 2 条记录」.
 */
export function changedRecordsNamed(records: readonly Pick<Activity, 'createdAt' | 'date' | 'type'>[], now: Date): string {
  const n = records.length;
  if (records.every((a) => storedJustNow(a, now))) return `您刚才的 ${n} 条记录`;
  const days = new Set(records.map((a) => a.date));
  if (days.size !== 1) return `您的这 ${n} 条记录`;
  const [, m, d] = records[0]!.date.split('-').map(Number);
  const kinds = new Set(records.map((a) => a.type));
  return kinds.size === 1 ? `您${m}月${d}日的 ${n} 条${activityTypeName(records[0]!.type)}记录` : `您${m}月${d}日的 ${n} 条记录`;
}
