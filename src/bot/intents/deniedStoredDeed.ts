// 刘芳 「上周三没和吴静签责任书，只和周涛签了」 with the signings of 11-25 with 周涛 and 吴静 stored (round 56, fgb; t58a F4: both
// offered as duplicates, 仍要再记一条吗?), 「和吴静签责任书那条删掉」 (没看懂), and 「不是再记，和吴静签责任书那条删掉」 beside the
// duplicate question (「这条消息没有记录」): the member's stored record of the denied deed is offered to withdraw (shown with its
// 撤销, nothing withdrawn before a tap or a typed 撤销), and the one 只和…签了 names is said to be stored already.
import type { Activity } from '../../domain/activity.js';
import { activityTypeName, isTalkType } from '../../domain/activityTypes.js';
import { deniedStoredDeed, type DeniedDeed } from '../../domain/report/deniedStoredDeed.js';
import { parseDay } from '../../domain/report/parseDay.js';
import { normalizeText } from '../../domain/report/parseNormalize.js';
import { arabicizeNumerals } from '../../domain/report/parseNumerals.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import type { BotContext } from '../botContext.js';
import { clearDialog, dialogKey } from '../dialogStore.js';
import { saveFound } from '../foundRecords.js';
import { defineIntent, type Intent } from '../intent.js';
import { receiptFor } from '../recordReport.js';

interface Denied {
  said: DeniedDeed;
  /** The member's standing records of the denied deed (to withdraw). */
  records: Activity[];
  /** The member's standing records with the one 只和…签了 names, of that deed and day. */
  kept: Activity[];
  /** Who 只和…签了 names, when said. */
  onlyId?: string;
  /**
   * None of the member's own fits, these others reported (王芳's 刘芳→吴静 when 刘芳 says 11月20日没有和吴静谈话; round 58, fdd;
   * t60b F10): named with their reporter, who alone (or 纪检) may withdraw them; nothing is offered to withdraw.
   */
  others?: boolean;
}

/** MM月DD日 of a YYYY-MM-DD day. */
const monthDay = (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

/** The denial the message tells, with the member's stored records it concerns; null when none of theirs fits. */
function read(ctx: BotContext): Denied | null {
  if (!ctx.sender) return null;
  const said = deniedStoredDeed(normalizeText(ctx.text));
  if (!said) return null;
  const person = (name: string) => ctx.deps.directory.org.people.find((p) => p.name === name)?.id;
  const denied = person(said.denied);
  if (denied === undefined || denied === ctx.sender.id) return null;
  const date = said.day === '' ? undefined : parseDay(arabicizeNumerals(said.day), shanghaiDate(ctx.now)).date;
  const ofDeed = (a: Activity) =>
    !a.deletedAt && a.reporter === ctx.update.senderOpenId && (said.verb === 'sign' ? a.type === 'pledge_sign' : isTalkType(a.type)) && (date === undefined || a.date === date);
  const records = ctx.deps.store.read((db) => db.activities.filter((a) => ofDeed(a) && (a.counterpartIds.includes(denied) || a.actorId === denied)));
  if (records.length === 0) {
    // Another's report of the member's own deed with that person (the member its doer or the one talked to).
    const sender = ctx.sender.id;
    const theirs = ctx.deps.store.read((db) =>
      db.activities.filter(
        (a) =>
          !a.deletedAt &&
          a.reporter !== ctx.update.senderOpenId &&
          (said.verb === 'sign' ? a.type === 'pledge_sign' : isTalkType(a.type)) &&
          (date === undefined || a.date === date) &&
          ((a.actorId === sender && a.counterpartIds.includes(denied)) || (a.actorId === denied && a.counterpartIds.includes(sender))),
      ),
    );
    return theirs.length > 0 ? { said, records: theirs, kept: [], others: true } : null;
  }
  const onlyId = said.only !== undefined ? person(said.only) : undefined;
  const days = new Set(records.map((a) => a.date));
  const kept = onlyId === undefined ? [] : ctx.deps.store.read((db) => db.activities.filter((a) => ofDeed(a) && days.has(a.date) && a.counterpartIds.includes(onlyId)));
  return { said, records, kept, ...(onlyId !== undefined ? { onlyId } : {}) };
}

async function handle(ctx: BotContext, d: Denied): Promise<void> {
  if (d.others) {
    const reporters = [...new Set(d.records.map((a) => ctx.deps.directory.byOpenId(a.reporter)?.name ?? '其他同志'))].join('、');
    const what = d.records.map((a) => `${monthDay(a.date)}与${d.said.denied}的${activityTypeName(a.type)}`).join('、');
    await ctx.reply(
      `台账里的「${what}」是${reporters}上报的，您说没有这次${d.said.verb === 'sign' ? '签订' : '谈话'}。别人上报的记录只能由上报人撤销或修改（或联系纪检管理员），我没有改动它，它仍计入完成情况；请转告${reporters}撤销。`,
    );
    return;
  }
  const lines: string[] = [];
  // 不是再记: the duplicate waiting for 仍要记录 is not recorded again.
  if (ctx.dialog && d.said.notAgain) {
    await clearDialog(ctx.deps.store, dialogKey(ctx.update.chatId, ctx.update.senderOpenId), ctx.dialog.cardId);
    lines.push('好的，等待确认的那条不再记录。');
  }
  const first = d.records[0]!;
  const what = d.said.verb === 'sign' ? '签订责任书' : activityTypeName(first.type);
  const one = d.records.length === 1;
  lines.push(
    one
      ? `要撤销${monthDay(first.date)}与${d.said.denied}${what}的记录吗？要撤销请点它下面的「撤销」，或发送「撤销」；还没有撤销任何记录。`
      : `您有 ${d.records.length} 条与${d.said.denied}${what}的记录（见下），要撤销哪一条？请在那一条下点「撤销」，或发送「撤销第2条」这样的序号；还没有撤销任何记录。`,
  );
  if (d.said.only !== undefined) {
    lines.push(
      d.kept.length > 0
        ? `与${d.said.only}的${what}（${monthDay(d.kept[0]!.date)}）已经记录过了，不用再记。`
        : `与${d.said.only}${what}的还没有记录${d.onlyId === undefined ? `（通讯录里没有找到「${d.said.only}」）` : ''}，请单独上报，如「${monthDay(first.date)}和${d.said.only}签订了党风廉政建设责任书」。`,
    );
  }
  ctx.notice(lines.join('\n'));
  await saveFound(ctx, d.records);
  await ctx.replyCard(receiptFor(ctx.deps, d.records, ctx.now, [], [], `找到 ${d.records.length} 条记录`));
}

/** With nothing waiting: after changeNamedRecord and dropNamedRecord, whose words stay theirs. */
export const deniedStoredDeedIntent: Intent = defineIntent<Denied>({
  name: 'deniedStoredDeed',
  match: (ctx) => (ctx.dialog ? null : read(ctx)),
  handle,
});

/** 不是再记，和吴静签责任书那条删掉 beside a waiting card or question: before the waiting card's own readers. */
export const notAgainDeniedDeed: Intent = defineIntent<Denied>({
  name: 'notAgainDeniedDeed',
  match: (ctx) => {
    if (!ctx.dialog) return null;
    const d = read(ctx);
    return d && d.said.notAgain ? d : null;
  },
  handle,
});
