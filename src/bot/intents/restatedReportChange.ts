// 「昨天财务科组织观看警示片，7人参加，之前报的写错了」「今天上午组织科室观看警示片，刚才写错了」「更正：…」「…，以这条为准」
// (round 54, fja: a second 警示教育 stored at once, or a duplicate card offering one): a report restated as the right version
// of one stored before is a change of that record — the one of its type on its day, else the latest of its type — on
// the 【请确认修改】 card with the fields that differ. Nothing differing or another's record: said, never stored. None of its
// type at all: the report's own 确认 card (round 29q: 「今天和王强进行了廉政谈话，记错了」 may be a new deed the member doubts), so
// nothing is stored before a tap and nothing ends in a dead end.
import type { Activity } from '../../domain/activity.js';
import { activityTypeName } from '../../domain/activityTypes.js';
import type { ReportDraft } from '../../domain/report/draft.js';
import { parseReport } from '../../domain/report/parseReport.js';
import { restatedSlip } from '../../domain/report/restatedSlip.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import type { BotContext } from '../botContext.js';
import { changeCardFor } from '../changeTurn.js';
import { mergedChange } from '../mergedChange.js';
import { dialogKey, saveDialog, type RecordFields } from '../dialogStore.js';
import { defineIntent } from '../intent.js';
import { colleagueRecords, colleagueRecordText } from '../colleagueRecord.js';

/**
 * What a restating correction asks: the report it restates (one record's draft), the slip words, and the record it
 * restates — the sender's own (`own`) or, failing that, one of their department's or of the doer named (`theirs`).
 */
interface Restated {
  draft: ReportDraft & { type: NonNullable<ReportDraft['type']> };
  slip: string;
  own?: Activity;
  theirs?: Activity;
}

/** MM月DD日 of a YYYY-MM-DD day, as the answers say it. */
const monthDay = (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

/** Standing records of `type` that `pick` keeps, newest first. */
function recordsOf(ctx: BotContext, type: string, pick: (a: Activity) => boolean): Activity[] {
  return ctx.deps.store.read((db) => db.activities.filter((a) => !a.deletedAt && a.type === type && pick(a))).reverse();
}

/**
 * The stored record the restated `d` means among `records` (newest first): the one of its day, else (the day being what
 * was wrong) the latest; undefined when none.
 */
function meant(records: Activity[], d: ReportDraft): Activity | undefined {
  return records.find((a) => a.date === d.date) ?? records[0];
}

/** The fields of `a` that `d` says otherwise (day, count, title, people), as RecordFields and in words; empty when none. */
function changesOf(ctx: BotContext, a: Activity, d: ReportDraft): { after: RecordFields; what: string[] } {
  const after: RecordFields = { type: a.type, date: a.date, actorId: a.actorId, counterpartIds: a.counterpartIds };
  const what: string[] = [];
  if (d.date !== undefined && d.date !== a.date && d.date <= shanghaiDate(ctx.now)) {
    after.date = d.date;
    what.push(`日期改为 ${d.date}`);
  }
  if (d.attendees !== undefined && d.attendees !== a.attendees) {
    after.attendees = d.attendees;
    what.push(`参加人数改为${d.attendees}人`);
  }
  if (d.title !== undefined && d.title !== '' && d.title !== a.title) {
    after.title = d.title;
    what.push(`题目改为《${d.title}》`);
  }
  const sameIds = (x: string[], y: string[]) => x.length === y.length && x.every((id) => y.includes(id));
  if (d.counterpartIds.length > 0 && !sameIds(d.counterpartIds, a.counterpartIds)) {
    after.counterpartIds = d.counterpartIds;
    what.push(`对象改为「${d.counterpartIds.map((id) => ctx.deps.directory.person(id)?.name ?? id).join('、')}」`);
  }
  return { after, what };
}

export const restatedReportChange = defineIntent<Restated>({
  name: 'restated-report-change',
  match(ctx) {
    if (!ctx.sender || (ctx.dialog && ctx.dialog.kind !== 'change')) return null;
    const said = restatedSlip(ctx.text);
    if (!said) return null;
    const read = parseReport(said.report, { now: ctx.now, directory: ctx.deps.directory, senderId: ctx.sender.id, mentions: ctx.update.mentions });
    // One deed of a known type: several, or one whose kind is asked, is the report's (its card says what it read).
    if (!read || read.length !== 1 || read[0]!.draft.type === undefined) return null;
    const draft = read[0]!.draft as Restated['draft'];
    const own = meant(recordsOf(ctx, draft.type, (a) => a.reporter === ctx.update.senderOpenId), draft);
    if (own) return { draft, slip: said.slip, own };
    // 李娟 restating the 警示教育 孙丽 reported: whose the record is, and who can change it — never a new one.
    const theirs = meant(colleagueRecords(ctx, (a) => a.type === draft.type, draft.actorId), draft);
    return theirs ? { draft, slip: said.slip, theirs } : null;
  },
  async handle(ctx, { draft, slip, own, theirs }) {
    const kind = activityTypeName(draft.type);
    if (!own) {
      // match gives `theirs` whenever `own` is missing.
      await ctx.reply(colleagueRecordText(ctx, theirs!, slip));
      return;
    }
    const { after, what } = changesOf(ctx, own, draft);
    if (what.length === 0) {
      await ctx.reply(
        `您说「${slip}」：找到您${monthDay(own.date)}的${kind}记录，和这条写的一样，没有改动，也没有新增记录。要改哪一项？请说「刚才那条人数改成…」「刚才那条日期应该是…」，或在该条回执上点「修改」。`,
      );
      return;
    }
    const change = mergedChange(ctx, own, { kind: 'change' as const, activityId: own.id, what: what.join('，'), after });
    await saveDialog(ctx.deps.store, dialogKey(ctx.update.chatId, ctx.update.senderOpenId), change, ctx.now);
    await ctx.replyCard(changeCardFor(ctx.deps, own, change, ctx.now));
  },
});
