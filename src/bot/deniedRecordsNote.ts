// 刘芳 「11月20日我没有和吴静谈话，那天是和周涛谈的廉政谈话」 while 王芳 had reported 刘芳→吴静 on 11-20 (round 58, fdd; t60b
// F10: the new talk stored, the denial read only as 「未记为对象」, the contradicted record left standing and counted): the
// standing record the member denies is named on the receipt, with who reported it and who may withdraw it. Nothing is
// withdrawn here: another's report is withdrawn only by its reporter or by 纪检 (README), one's own only after a 撤销.
import type { Activity } from '../domain/activity.js';
import { activityTypeName, isTalkType } from '../domain/activityTypes.js';
import { withoutDenied } from '../domain/report/deniedApart.js';
import { normalizeText } from '../domain/report/parseNormalize.js';
import type { ParsedReport } from '../domain/report/draft.js';
import type { BotContext } from './botContext.js';

/** 11月20日 of 2026-11-20. */
const monthDay = (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

/**
 * One line per standing record (whoever reported it) that the message denies: a talk or signing between the sender and a
 * person the message names only to deny (没和吴静谈 · 不是和吴静), of a kind and on a day of the reports read from it.
 * Empty when the message denies no one, or no such record stands.
 */
export function deniedRecordsNote(ctx: BotContext, parsed: ParsedReport[]): string[] {
  const sender = ctx.sender;
  if (!sender) return [];
  const apart = withoutDenied(normalizeText(ctx.text), { now: ctx.now, directory: ctx.deps.directory, senderId: sender.id, mentions: ctx.update.mentions });
  if (!apart || apart.denied.length === 0) return [];
  const days = new Set(parsed.map((p) => p.draft.date).filter((d): d is string => d !== undefined));
  const talks = parsed.some((p) => p.draft.type !== undefined && isTalkType(p.draft.type));
  const signs = parsed.some((p) => p.draft.type === 'pledge_sign');
  const ofKind = (a: Activity) => (talks && isTalkType(a.type)) || (signs && a.type === 'pledge_sign');
  const between = (a: Activity, other: string) =>
    (a.actorId === sender.id && a.counterpartIds.includes(other)) || (a.actorId === other && a.counterpartIds.includes(sender.id));
  const standing = ctx.deps.store.read((db) =>
    db.activities.filter((a) => !a.deletedAt && days.has(a.date) && ofKind(a) && apart.denied.some((id) => between(a, id))),
  );
  return standing.map((a) => {
    const other = apart.denied.find((id) => between(a, id))!;
    const name = ctx.deps.directory.person(other)?.name ?? '对方';
    const what = `${monthDay(a.date)}您与${name}的${activityTypeName(a.type)}`;
    if (a.reporter === ctx.update.senderOpenId) {
      return `台账里已有您上报的一条${what}记录，您说没有这次${a.type === 'pledge_sign' ? '签订' : '谈话'}：它还在台账中，要撤销请发送「撤销${monthDay(a.date)}和${name}的${a.type === 'pledge_sign' ? '责任书' : '谈话'}」。`;
    }
    const reporter = ctx.deps.directory.byOpenId(a.reporter)?.name ?? '其他同志';
    return `台账里已有一条${what}记录（${reporter}上报），您说没有这次${a.type === 'pledge_sign' ? '签订' : '谈话'}：它还在台账中并计入完成情况，只能由上报人${reporter}撤销或修改，或联系纪检管理员；请转告${reporter}。`;
  });
}
