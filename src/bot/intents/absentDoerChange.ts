// 林晓 「12月4日黄书记没去，是我自己去康复部检查的作风纪律」 with her report of 12-04 stored as 黄志刚's check, she along (round 59,
// fcc; t61b F6: 「看起来这项活动没有进行…」, the wrong doer kept): the member's stored record of that day whose doer was said
// absent becomes hers, on the 【请确认修改】 card (原来/改为; 确认 changes it, the new doer no longer her own 同行). No such
// record of hers: left to the readers after (a deed said not done, or a new report), as before.
import type { Activity } from '../../domain/activity.js';
import { absentDoerWords } from '../../domain/report/absentDoerWords.js';
import { parseDay } from '../../domain/report/parseDay.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import { latestOwnActivity } from '../../store/activityLog.js';
import type { BotContext } from '../botContext.js';
import { siblingsOf } from '../cardActions/receiptHelpers.js';
import { changeCardFor } from '../changeTurn.js';
import { mergedChange } from '../mergedChange.js';
import { dialogKey, saveDialog, type RecordFields } from '../dialogStore.js';
import { defineIntent } from '../intent.js';
import { personInWords } from '../personInWords.js';

interface AbsentDoerChange {
  /** The member's stored records of that day (or of the latest report) whose doer was said absent; the first is the card's. */
  records: Activity[];
  absentName: string;
}

/** The fields of `a` with the sender as its doer. */
const withDoer = (a: Activity, actorId: string): RecordFields => ({ type: a.type, date: a.date, actorId, counterpartIds: a.counterpartIds.filter((id) => id !== actorId) });

function read(ctx: BotContext): AbsentDoerChange | null {
  if (!ctx.sender) return null;
  const said = absentDoerWords(ctx.text);
  if (!said) return null;
  const absent = personInWords(ctx, said.absent);
  if (absent === undefined || absent === ctx.sender.id) return null;
  const me = ctx.update.senderOpenId;
  const ownOf = (pick: (a: Activity) => boolean) => ctx.deps.store.read((db) => db.activities.filter((a) => !a.deletedAt && a.reporter === me && a.actorId === absent && pick(a)));
  let records: Activity[];
  if (said.day !== '') {
    const date = parseDay(said.day, shanghaiDate(ctx.now)).date;
    if (date === undefined) return null;
    records = ownOf((a) => a.date === date);
  } else {
    // No day: the latest report's records of that doer (刚才那条有误，黄书记没去，是我去的).
    const latest = latestOwnActivity(ctx.deps.store, me);
    const report = latest ? new Set(siblingsOf(ctx.deps, latest).map((a) => a.id)) : new Set<string>();
    records = ownOf((a) => report.has(a.id));
  }
  return records.length > 0 ? { records, absentName: ctx.deps.directory.person(absent)?.name ?? said.absent } : null;
}

/** With nothing waiting, or a change (joined: mergedChange; a waiting report card's corrections are its own readers'), before the deed is read as not done. */
export const absentDoerChange = defineIntent<AbsentDoerChange>({
  name: 'absent-doer-change',
  match: (ctx) => (ctx.dialog === undefined || ctx.dialog.kind === 'duty' || ctx.dialog.kind === 'change' ? read(ctx) : null),
  async handle(ctx, { records, absentName }) {
    const me = ctx.sender!.id;
    const [first, ...more] = records;
    const change = mergedChange(ctx, first!, {
      kind: 'change' as const,
      activityId: first!.id,
      what: `活动人改为您本人（您说${absentName}没有去）`,
      after: withDoer(first!, me),
      ...(more.length > 0 ? { also: more.map((a) => ({ activityId: a.id, after: withDoer(a, me) })) } : {}),
    });
    await saveDialog(ctx.deps.store, dialogKey(ctx.update.chatId, ctx.update.senderOpenId), change, ctx.now);
    await ctx.replyCard(changeCardFor(ctx.deps, first!, change, ctx.now));
  },
});
