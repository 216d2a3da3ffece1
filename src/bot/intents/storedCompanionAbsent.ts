// 黄志刚 「林晓说上周五维权部那次检查 她没去 是我一个人去的」 with that check stored, 林晓 its companion (round 61, gaf; t63a/t63b
// Part B: 没看懂): the member's stored check the words name, with that person as its companion, without them — on the
// 【请确认修改】 card (原来/改为), as every change of a stored record is. No such check: left to the readers after.
import type { Activity } from '../../domain/activity.js';
import { companionAbsentWords } from '../../domain/report/companionAbsentWords.js';
import { normalizeText } from '../../domain/report/parseNormalize.js';
import type { BotContext } from '../botContext.js';
import { changeCardFor } from '../changeTurn.js';
import { dialogKey, saveDialog, type RecordFields } from '../dialogStore.js';
import { defineIntent } from '../intent.js';
import { mergedChange } from '../mergedChange.js';
import { personInWords } from '../personInWords.js';
import { describeActivity } from '../recordReport.js';
import { parseDay } from '../../domain/report/parseDay.js';
import { arabicizeNumerals } from '../../domain/report/parseNumerals.js';
import { shanghaiDate } from '../../domain/shanghai.js';

/** With no day in the words, checks reported in this many days are the ones meant (as recentRecordsNamed's). */
const RECENT_DAYS = 14;
/** The kinds a companion goes along on. */
const CHECKS: ReadonlySet<string> = new Set(['inspect_style', 'inspect_funds', 'pledge_check']);

type CompanionOff =
  /** The member's stored checks the words name that hold the person as a companion; the first is the card's. */
  | { kind: 'off'; records: Activity[]; personId: string }
  /** The named record(s) never held the person (和林晓到维权部检查 keeps 林晓 only as the receipt's remark): said, unchanged. */
  | { kind: 'absent'; record: Activity; personId: string };

function read(ctx: BotContext): CompanionOff | null {
  const said = companionAbsentWords(normalizeText(ctx.text));
  if (!said) return null;
  const personId = personInWords(ctx, said.absent);
  if (personId === undefined || personId === ctx.sender!.id) return null;
  // The day the words give (上周五 · 11.27) picks the member's checks of that day; none given, those of the last 14 days.
  const date = parseDay(arabicizeNumerals(said.about), shanghaiDate(ctx.now)).date;
  const since = ctx.now.getTime() - RECENT_DAYS * 24 * 60 * 60 * 1000;
  const me = ctx.update.senderOpenId;
  const named = ctx.deps.store.read((db) =>
    db.activities.filter((a) => !a.deletedAt && a.reporter === me && CHECKS.has(a.type) && (date !== undefined ? a.date === date : Date.parse(a.createdAt) >= since)),
  );
  const records = named.filter((a) => a.companionIds?.includes(personId) === true);
  if (records.length > 0) return { kind: 'off', records, personId };
  // Only a day's one check, of which the person is no part at all, is answered as already so.
  const only = date !== undefined && named.length === 1 ? named[0]! : undefined;
  return only && only.actorId !== personId && !only.counterpartIds.includes(personId) ? { kind: 'absent', record: only, personId } : null;
}

/** The fields of `a` without `personId` among its companions. */
const without = (a: Activity, personId: string): RecordFields => ({
  type: a.type,
  date: a.date,
  actorId: a.actorId,
  counterpartIds: a.counterpartIds,
  companionIds: (a.companionIds ?? []).filter((id) => id !== personId),
});

/** With nothing waiting, or a change (joined), before correctLatest and the report (which read no deed and answered 没看懂). */
export const storedCompanionAbsent = defineIntent<CompanionOff>({
  name: 'stored-companion-absent',
  match: (ctx) => (ctx.sender && (ctx.dialog === undefined || ctx.dialog.kind === 'change') ? read(ctx) : null),
  async handle(ctx, c) {
    const name = ctx.deps.directory.person(c.personId)?.name ?? c.personId;
    if (c.kind === 'absent') {
      await ctx.reply(`您的这条记录（${describeActivity(ctx.deps, c.record, ctx.now)}）里没有记${name}（一起去的人只在回执上提示，不另记），${c.record.actorId === ctx.sender!.id ? '记录已经是您带队的这次检查，' : ''}没有改动，也没有新增记录。`);
      return;
    }
    const { records, personId } = c;
    const [first, ...more] = records;
    const change = mergedChange(ctx, first!, {
      kind: 'change' as const,
      activityId: first!.id,
      what: `${name}不记为同行（您说${name}没有去）`,
      after: without(first!, personId),
      ...(more.length > 0 ? { also: more.map((a) => ({ activityId: a.id, after: without(a, personId) })) } : {}),
    });
    await saveDialog(ctx.deps.store, dialogKey(ctx.update.chatId, ctx.update.senderOpenId), change, ctx.now);
    await ctx.replyCard(changeCardFor(ctx.deps, first!, change, ctx.now));
  },
});
