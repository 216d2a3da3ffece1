// The member's reply to a change of a record asked in words (刚才那条日期错了…): 确认 makes it, anything else leaves the record.
import { movedCounterpartDepartment } from '../domain/report/counterpartDepartment.js';
import { keptCompanions } from '../domain/keptCompanions.js';
import { keptDutyYear } from '../domain/completion/keptDutyYear.js';
import { recordLateRule } from '../domain/completion/late.js';
import type { OutgoingMessage } from '../feishu/feishuTypes.js';
import { confirmChangeCard } from '../feishu/cards/confirmChangeCard.js';
import { changeActivity, latestOwnActivity, recordActivities, undoActivity, type NewActivity } from '../store/activityLog.js';
import type { Activity } from '../domain/activity.js';
import type { BotDeps } from './botDeps.js';
import { siblingsOf } from './cardActions/receiptHelpers.js';
import { CONFIRM_WORDS } from './confirmWords.js';
import { confirmationSaid } from '../domain/report/confirmationSaid.js';
import { clearDialog, type DialogData, type RecordFields } from './dialogStore.js';
import { describeActivity, receiptFor } from './recordReport.js';
import { withNotice } from './withNotice.js';
import { changedRecordsNamed, storedJustNow } from './changedRecordsNamed.js';
import type { Reporter } from './recordReport.js';

type Change = DialogData & { kind: 'change' };

/** `x` at departments `ids` as records keep them (部门只有宣文部, t50a F6): the first as departmentId, the list only when several. */
function placedAt(x: Pick<Activity, 'departmentId' | 'departmentIds'>, ids: string[]): void {
  if (ids.length === 0) return;
  x.departmentId = ids[0]!;
  if (ids.length > 1) x.departmentIds = ids;
  else delete x.departmentIds;
}

/** The record as it would read after the change (for the card), the stored one left as it is. */
export function changed(a: Activity, after: RecordFields): Activity {
  const { dutyYear: _was, ...rest } = { ...a, ...after };
  // An empty title is the title taken off (去掉题目, t50a F7): the card shows none.
  if (rest.title === '') delete rest.title;
  // An agenda note taken off as the words became the meeting's title (议题改成…, round 50 fxc).
  if (rest.note === '') delete rest.note;
  if (after.departmentIds !== undefined) placedAt(rest, after.departmentIds);
  const dutyYear = keptDutyYear(a.dutyYear, rest.type, rest.date);
  return dutyYear === undefined ? rest : { ...rest, dutyYear };
}

/** The card asking 确认 for `change` of `a` (and of the records in its `also`, each before → after). */
export function changeCardFor(deps: BotDeps, a: Activity, change: Change, now: Date): object {
  const who = (x: Activity) => (x.actorId !== deps.directory.byOpenId(x.reporter)?.id ? `｜活动人：${deps.directory.person(x.actorId)?.name ?? x.actorId}` : '');
  const said = (x: Activity) => `${describeActivity(deps, x, now)}${who(x)}`;
  const more = (change.also ?? []).flatMap((o) => {
    const x = deps.store.read((db) => db.activities.find((y) => y.id === o.activityId));
    return x ? [{ before: said(x), after: said(changed(x, o.after)) }] : [];
  });
  // 第2条是周涛部长和组联部全体人员签的 (round 62, gbb): the deed's other people, each a new record on 确认.
  const after = changed(a, change.after);
  for (const p of change.added ?? []) more.push({ before: '（新增）', after: said({ ...after, counterpartIds: [p] }) });
  // 那两份承诺书是她和王强签的 (round 63, gca): a record that is the same deed as the changed one, withdrawn.
  for (const id of change.dropped ?? []) {
    const x = deps.store.read((db) => db.activities.find((y) => y.id === id));
    if (x) more.push({ before: said(x), after: change.droppedWhy ?? '（撤销：与上面改后的是同一次）' });
  }
  // Someone else's records (a relayed correction): whose they are, never 「您的」.
  if (a.reporter !== undefined && change.relayed) {
    const by = deps.directory.byOpenId(a.reporter)?.name ?? '其他人';
    return confirmChangeCard(change.what, said(a), said(after), more, `${by}上报的记录`, (change.also ?? []).length === 0);
  }
  // 和张颖的谈心日期改成… of a talk reported before the latest report (t48a F3): not 「您刚才的记录」.
  const latest = latestOwnActivity(deps.store, a.reporter);
  // 刚才 only of the latest report stored in the last minutes (round 64, gdb; t66a B-F10: 「您刚才的」 of records days old).
  const recent = latest !== undefined && siblingsOf(deps, latest).some((x) => x.id === a.id) && storedJustNow(a, now);
  const changedTogether = [a, ...(change.also ?? []).flatMap((o) => deps.store.read((db) => db.activities.filter((y) => y.id === o.activityId)))];
  const many = changedTogether.length > 1 ? changedRecordsNamed(changedTogether, now) : undefined;
  // 是1篇不是2篇 (round 66, gfi; t69a FB1): the record kept is said to stay as it is, only the ones too many go.
  const shownAfter = change.unchanged ? '（保留，不变）' : said(after);
  return confirmChangeCard(change.what, said(a), shownAfter, more, recent ? '您刚才的记录' : '您的这条记录', (change.also ?? []).length === 0, many);
}

/** The records `change.added` makes: each like `after` (the changed record), its one counterpart that person at their department. */
function addedRecords(deps: BotDeps, after: Activity, change: Change): NewActivity[] {
  const { id: _id, createdAt: _at, evidence: _ev, sourceMessageId: _m, relatedMessageIds: _r, ...base } = after;
  return (change.added ?? []).map((p) => {
    const departmentId = deps.directory.person(p)?.departmentId;
    const { departmentId: _d, departmentIds: _ds, ...rest } = base;
    return {
      ...rest,
      counterpartIds: [p],
      ...(departmentId ? { departmentId } : {}),
      ...(change.addedSource !== undefined ? { sourceEventId: change.addedSource } : { sourceEventId: undefined }),
    };
  });
}

/** 确认 changes the record (audited, 补录 recomputed) and shows its receipt; anything else shows the card again. */
export async function changeTurn(deps: BotDeps, who: Reporter, change: Change, text: string, key: string, now: Date): Promise<OutgoingMessage> {
  const a = deps.store.read((db) => db.activities.find((x) => x.id === change.activityId));
  if (!a || a.deletedAt) {
    await clearDialog(deps.store, key, change.cardId);
    return { kind: 'text', text: '这条记录已经撤销或不存在，没有修改任何内容。' };
  }
  if (!CONFIRM_WORDS.test(text.trim()) && !confirmationSaid(text)) {
    const again: OutgoingMessage = { kind: 'card', card: changeCardFor(deps, a, change, now) };
    return withNotice(again, ['记录还没有修改，下面的卡片仍在等您确认：请回复「确认」修改，或「取消」保持原样。']) ?? again;
  }
  const late = recordLateRule(deps.duties);
  const apply = (id: string, after: RecordFields) =>
    changeActivity(
      deps.store,
      id,
      who.openId,
      now,
      (x) => {
      x.type = after.type;
      x.date = after.date;
      x.actorId = after.actorId;
      const wasWith = x.counterpartIds;
      x.counterpartIds = after.counterpartIds;
      // A talk's department is its one counterpart's (withCounterpartDepartment): a new person moves it (t72b FB1).
      const moved = movedCounterpartDepartment(x, wasWith, deps.directory);
      if (moved !== undefined) x.departmentId = moved;
      // 孙丽不算同行 (round 59, fcd; t61b F3): the companions said.
      if (after.companionIds !== undefined) x.companionIds = after.companionIds;
      // t48a F5: a changed kind or doer leaves the 同行 that still hold.
      const along = keptCompanions(x);
      if (along) x.companionIds = along;
      else delete x.companionIds;
      if (after.departmentIds !== undefined) placedAt(x, after.departmentIds);
      if (after.title === '') delete x.title;
      else if (after.title !== undefined) x.title = after.title;
      if (after.attendees !== undefined) x.attendees = after.attendees;
      // 议题改成… (round 50 fxc): the meeting's agenda, kept as its note.
      if (after.note === '') delete x.note;
      else if (after.note !== undefined) x.note = after.note;
      // A 2027年度 责任书 moved to another day stays 2027's while that still means something (keptDutyYear).
      const dutyYear = keptDutyYear(x.dutyYear, x.type, x.date);
      if (dutyYear === undefined) delete x.dutyYear;
      else x.dutyYear = dutyYear;
      x.late = late({ type: x.type, date: x.date, ...(dutyYear !== undefined ? { dutyYear } : {}), createdAt: x.createdAt });
      },
      'update',
      { anyReporter: change.relayed === true },
    );
  const result = await apply(a.id, change.after);
  // 三条都改成廉政谈话: the other records of the report take their own fields after; one withdrawn since is left out.
  // Each changed record's before is kept for the receipt: it showed only the first one's (round 33 r3).
  const befores: Activity[] = result.ok ? [result.before] : [];
  for (const o of change.also ?? []) {
    if (!result.ok) break;
    const other = await apply(o.activityId, o.after);
    if (other.ok) befores.push(other.before);
  }
  for (const id of change.dropped ?? []) {
    if (!result.ok) break;
    await undoActivity(deps.store, id, who.openId, now, { anyReporter: change.relayed === true });
  }
  await clearDialog(deps.store, key, change.cardId);
  if (!result.ok) return { kind: 'text', text: '这条记录已经不能修改（已撤销，或不是您上报的），没有修改任何内容。' };
  const added = change.added?.length ? await recordActivities(deps.store, addedRecords(deps, result.after, change), who.openId, now) : [];
  const receipt: OutgoingMessage = { kind: 'card', card: receiptFor(deps, [...siblingsOf(deps, result.after), ...added], now, [], befores) };
  return withNotice(receipt, [`已修改：${change.what}（修改记录保留在审计日志中）。`]) ?? receipt;
}
