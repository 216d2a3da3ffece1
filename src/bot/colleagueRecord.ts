// 李娟 「刚才那条人数写错了，是7人」 or 「昨天观看警示片是7人参加，之前报的写错了」 when only 孙丽 (her head, same 财务科)
// reported the 警示教育 (round 54 fja; round 55 fhd): a record the member cannot change, found among those of their own
// deed or their department's, and said with whose it is — one finder and one wording for restatedReportChange and
// correctLatest, so a correction never ends in a silent 「没有记录」 nor stores a new record.
import type { Activity } from '../domain/activity.js';
import { activityTypeName } from '../domain/activityTypes.js';
import type { BotContext } from './botContext.js';

/**
 * Standing records reported by someone else that the sender may mean as theirs, newest first: the sender is the doer,
 * or `doerId` is, or the reporter is of the sender's department. `pick` narrows them (a type, a day of reporting).
 */
export function colleagueRecords(ctx: BotContext, pick: (a: Activity) => boolean, doerId?: string): Activity[] {
  const sender = ctx.sender!;
  const deptOf = (openId: string) => ctx.deps.directory.byOpenId(openId)?.departmentId;
  return ctx.deps.store
    .read((db) =>
      db.activities.filter(
        (a) =>
          !a.deletedAt &&
          a.reporter !== ctx.update.senderOpenId &&
          (a.actorId === sender.id || (doerId !== undefined && a.actorId === doerId) || (sender.departmentId !== undefined && deptOf(a.reporter) === sender.departmentId)) &&
          pick(a),
      ),
    )
    .reverse();
}

/** MM月DD日 of a YYYY-MM-DD day, as the answers say it. */
const monthDay = (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

/** The answer naming `a` (another's record), whose it is and who may change it; `slip`: the member's words quoted. */
export function colleagueRecordText(ctx: BotContext, a: Activity, slip: string): string {
  const who = ctx.deps.directory.byOpenId(a.reporter)?.name ?? '其他同志';
  return `您说「${slip}」：找到的是${who}上报的${monthDay(a.date)}的${activityTypeName(a.type)}${a.attendees !== undefined ? `（${a.attendees}人参加）` : ''}，只能由上报人${who}修改（或联系纪检管理员），没有改动，也没有新增记录。请转告${who}在该条回执上点「修改」，或由${who}发送这句更正。`;
}
