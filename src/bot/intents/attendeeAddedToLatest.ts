// 周涛 「还有李明也参加了」 after his 警示教育 (6人) was stored (round 63, gca; gbd's left-alone: 没看懂): one more person who
// attended the education or meeting of the member's latest report — the head-count one more when a count is stored, and
// 「李明参加」 kept in the note — on the 请确认修改 card; nothing changes before 确认. After a talk or a signing the same words
// stay addPersonToLatest's (one more pair).
import type { Activity } from '../../domain/activity.js';
import { addedPerson } from '../../domain/report/addedPerson.js';
import { parseCounterparts } from '../../domain/report/parseCounterparts.js';
import { typeFamily } from '../../domain/report/typeFamily.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import type { BotContext } from '../botContext.js';
import { changeCardFor } from '../changeTurn.js';
import { dialogKey, saveDialog, type RecordFields } from '../dialogStore.js';
import { saveFound } from '../foundRecords.js';
import { defineIntent } from '../intent.js';
import { receiptFor } from '../recordReport.js';
import { referredRecords } from '../referredRecords.js';

/** Words of attending (参加 · 在场 · 参会 · 到场 · 来了 · 听了), never of a talk or a signing. */
const ATTENDED = /参加|在场|参会|到场|来了|听了|也在/;

/** How long after the report the member's 还有…也参加了 still means it. */
const RECENT_MS = 14 * 24 * 60 * 60 * 1000;

type Attendee =
  | { kind: 'one'; record: Activity; personId: string; name: string }
  | { kind: 'which'; records: Activity[]; name: string }
  | { kind: 'already'; record: Activity; name: string };

/** A gathering someone attends: an education (学习 · 警示教育 · 党课) or a meeting. */
const gathering = (a: Activity) => typeFamily(a.type) === 'education' || typeFamily(a.type) === 'meeting';

function read(ctx: BotContext): Attendee | null {
  if (!ATTENDED.test(ctx.text)) return null;
  const said = addedPerson(ctx.text, shanghaiDate(ctx.now));
  if (!said || said.date !== undefined) return null;
  // The member's latest report (referredRecords: pointing words alone), recent, its gatherings.
  const latest = referredRecords(ctx, { words: '', deictic: true }).filter((a) => ctx.now.getTime() - Date.parse(a.createdAt) <= RECENT_MS);
  const records = latest.filter(gathering);
  // A talk or a signing in the latest report: 还有李明也参加了 is its one more pair (addPersonToLatest), never this.
  if (records.length === 0 || records.length < latest.length) return null;
  const found = parseCounterparts(said.name, { now: ctx.now, directory: ctx.deps.directory, senderId: ctx.sender!.id, mentions: [] });
  if (found.counterparts.length !== 1 || found.problems.length > 0) return null;
  const personId = found.counterparts[0]!.id;
  const name = ctx.deps.directory.person(personId)?.name ?? said.name;
  if (records.length > 1) return { kind: 'which', records, name };
  const record = records[0]!;
  if (record.actorId === personId || (record.note ?? '').includes(`${name}参加`)) return { kind: 'already', record, name };
  return { kind: 'one', record, personId, name };
}

/** The record's fields with `name` one more attendee: the count one more when stored, 「…参加」 added to the note. */
function withAttendee(a: Activity, name: string): RecordFields {
  return {
    type: a.type,
    date: a.date,
    actorId: a.actorId,
    counterpartIds: a.counterpartIds,
    ...(a.attendees !== undefined ? { attendees: a.attendees + 1 } : {}),
    note: a.note ? `${a.note}；${name}参加` : `${name}参加`,
  };
}

/** With nothing waiting, after addPersonToLatest (a talk's or signing's one more pair), before the report (没看懂). */
export const attendeeAddedToLatest = defineIntent<Attendee>({
  name: 'attendee-added-to-latest',
  match: (ctx) => (ctx.sender && !ctx.dialog ? read(ctx) : null),
  async handle(ctx, c) {
    if (c.kind === 'already') {
      await ctx.reply(`您刚才的记录里已经有${c.name}，没有改动，也没有新增记录。`);
      return;
    }
    if (c.kind === 'which') {
      ctx.notice(`您刚才上报了 ${c.records.length} 条活动，不知道${c.name}参加的是哪一条，还没有改动任何记录。请在那一条下点「修改」改人数和备注。`);
      await saveFound(ctx, c.records);
      await ctx.replyCard(receiptFor(ctx.deps, c.records, ctx.now, [], [], `找到 ${c.records.length} 条记录`));
      return;
    }
    const after = withAttendee(c.record, c.name);
    const what = `参加人员加上${c.name}${after.attendees !== undefined ? `，人数改为${after.attendees}人` : ''}`;
    const change = { kind: 'change' as const, activityId: c.record.id, what, after };
    await saveDialog(ctx.deps.store, dialogKey(ctx.update.chatId, ctx.update.senderOpenId), change, ctx.now);
    await ctx.replyCard(changeCardFor(ctx.deps, c.record, change, ctx.now));
  },
});
