// 「孙丽的廉政谈话不用记」「和王强那条不算」「刚才那条警示教育不用记了」 with nothing waiting (round 33c: asked its day as a new
// talk, or stored at once as a new 警示教育): a record of the member's latest report, named by its person, kind or day, to
// be left out. It is withdrawn as 撤销 withdraws (audited, no 确认 step); several that fit are shown, one 撤销 each; none
// that fits is said plainly, with how to withdraw an older one.
import type { Directory } from '../../domain/organization.js';
import type { Activity } from '../../domain/activity.js';
import { droppedRecordWords } from '../../domain/report/namedItemDrop.js';
import { recordsNamed } from '../../domain/report/recordsNamed.js';
import { withoutDroppedRecordClause } from '../../domain/report/droppedRecordClause.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import { undoActivity } from '../../store/activityLog.js';
import { referredRecords } from '../referredRecords.js';
import { defineIntent } from '../intent.js';
import { describeActivity, receiptFor } from '../recordReport.js';
import { saveFound } from '../foundRecords.js';
import { otherTalkWords } from '../../domain/report/otherTalkWords.js';
import { presentItemConflict, type PresentItemConflict } from '../../domain/report/presentItemConflict.js';
import { conflictLine } from '../conflictLine.js';

/** Each record named (its words, and the records of the latest report they fit, withdrawn ones included). */
interface Named {
  said: string[];
  report: Activity[];
  fits: Activity[][];
  /** Of one named record that fits none: the records the words fit with the other talk kind (廉政谈话 ↔ 谈心谈话), offered. */
  otherKind?: { records: Activity[]; said: string; stored: string };
  /** 王强只是在场…第3条不对 with the 3rd 孙杰's (round 67, ggd): the name and the number disagree, and which is meant is asked. */
  conflict?: PresentItemConflict;
}

/** How to withdraw a record not of the latest report: named in words (changeNamedRecord) or by its receipt's button. */
const OLDER = '如要撤销更早的记录，请发送「撤销」加日期和对象，如「撤销11月5日和孙丽的廉政谈话」，或在那条记录的回执上点「撤销」。';

/**
 * The words of each record the message names to be left out: the whole message (孙丽的廉政谈话不用记), or every clause of
 * it when each is such words (孙丽的廉政谈话不用记，王强那条也不用再记了: round 33, r3 — the general fallback answered).
 */
function namedWords(text: string): string[] | undefined {
  const one = droppedRecordWords(text);
  if (one !== undefined) return [one];
  const clauses = withoutDroppedRecordClause(text);
  if (!clauses || clauses.text !== '' || clauses.clauses.length < 2) return undefined;
  const said = clauses.clauses.map((c) => droppedRecordWords(c));
  return said.every((w): w is string => w !== undefined) ? said : undefined;
}

/** What was done for one named record, as the reply's line; `several`: it fits more than one, a 撤销 each is shown. */
interface Outcome {
  line: string;
  several?: boolean;
}

export const dropNamedRecord = defineIntent<Named>({
  name: 'dropNamedRecord',
  match(ctx) {
    // While a card or a question waits, these words are about it (waitingCardItem · waitingQuestionItem · the dialog).
    if (!ctx.sender || ctx.dialog) return null;
    const said = namedWords(ctx.text);
    if (said === undefined) return null;
    // The latest report, withdrawn records kept (one named again is said to be withdrawn already): referredRecords' reading.
    const report = referredRecords(ctx, { words: '', deictic: true, fromNewest: true, withdrawn: true });
    const nameOf = (id: string) => ctx.deps.directory.person(id)?.name;
    // The receipt numbered the report's records in this order: 第N条 is checked against the name before anything is withdrawn.
    const conflict = presentItemConflict(ctx.text, report.map((draft) => ({ draft })), nameOf, shanghaiDate(ctx.now));
    if (conflict) return { said, report, fits: [], conflict };
    const fits = said.map((words) => {
      // 刚才报的财务科谈话不算 (round 52, fwd: 没看懂): a department written in the words keeps the records held there, and the
      // rest of the words (谈话 · 3号谈话) names among them.
      const placed = placeNamed(ctx.deps.directory, words);
      const among = placed ? report.filter((a) => (a.departmentIds ?? (a.departmentId !== undefined ? [a.departmentId] : [])).includes(placed.id)) : report;
      return recordsNamed(placed ? placed.rest : words, among.map((draft) => ({ draft })), nameOf, shanghaiDate(ctx.now)).map((i) => among[i]!);
    });
    // 刚才报的和李明的廉政谈话撤销 when the talk with 李明 was stored as a 谈心谈话 (round 56, fgb): offered, the kind said.
    const swap = said.length === 1 && fits[0]!.length === 0 ? otherTalkWords(said[0]!) : undefined;
    const placed = swap ? placeNamed(ctx.deps.directory, swap.words) : undefined;
    const among = placed ? report.filter((a) => (a.departmentIds ?? (a.departmentId !== undefined ? [a.departmentId] : [])).includes(placed.id)) : report;
    const other = swap ? recordsNamed(placed ? placed.rest : swap.words, among.map((draft) => ({ draft })), nameOf, shanghaiDate(ctx.now)).map((i) => among[i]!).filter((a) => !a.deletedAt) : [];
    return { said, report, fits, ...(swap && other.length > 0 ? { otherKind: { records: other, said: swap.said, stored: swap.stored } } : {}) };
  },
  async handle(ctx, { said, report, fits, otherKind, conflict }) {
    // As 撤销 in a group: a record does not know the chat it was reported in (undo.ts).
    if (ctx.update.chatType === 'group') {
      await ctx.reply('在群里不按「最近一条」撤销：请点该条回执上的「撤销」，或在与清风的私聊里发送，如「孙丽的廉政谈话不用记」。');
      return;
    }
    if (report.length === 0) {
      await ctx.reply(`您还没有上报过记录，没有找到「${said.join('」「')}」，没有改动任何内容。`);
      return;
    }
    if (conflict) {
      const then = `还没有撤销任何记录。请说要撤销哪一条，如「撤销第${conflict.named[0]}条」，或在那一条下点「撤销」。`;
      ctx.notice(conflictLine(conflict, (n) => describeActivity(ctx.deps, report[n - 1]!, ctx.now), report.length, '您最近一次上报', then));
      await ctx.replyCard(receiptFor(ctx.deps, report, ctx.now, [], [], `最近一次上报的 ${report.length} 条记录`));
      return;
    }
    if (otherKind) {
      // Not withdrawn unasked: the kind the member named is not the stored one; the record is shown with its 撤销, and kept
      // so a typed 撤销 next withdraws it (foundRecords).
      ctx.notice(
        `您说的是${otherKind.said}，您最近一次上报里没有${otherKind.said}，和它对得上的是下面这条${otherKind.stored}，还没有撤销任何记录。要撤销它，请点它下面的「撤销」，或发送「撤销」；如果是另一次${otherKind.said}，请写明日期，如「撤销11月5日和孙丽的廉政谈话」。`,
      );
      await saveFound(ctx, otherKind.records);
      await ctx.replyCard(receiptFor(ctx.deps, otherKind.records, ctx.now, [], [], `找到 ${otherKind.records.length} 条记录`));
      return;
    }
    // 撤销张书记和王建国那条 from the clerk who reported it before her latest report (round 61, gaf; t63a/b Part B: 「您最近一次
    // 上报里没有找到」): one record named and none of the latest report fits it — the records the member reported (hers and
    // those she reported for others) are searched; what is found is offered with 撤销, nothing withdrawn unasked.
    const reported = said.length === 1 && fits[0]!.length === 0 ? reportedNamed(ctx, said[0]!, report) : [];
    if (reported.length > 0) {
      ctx.notice(`「${said[0]!}」不在您最近一次上报里；在您上报过的记录里找到 ${reported.length} 条（如下），还没有撤销任何记录。要撤销，请点它下面的「撤销」${reported.length === 1 ? '，或回复「撤销」' : ''}。`);
      await saveFound(ctx, reported);
      await ctx.replyCard(receiptFor(ctx.deps, reported, ctx.now, [], [], `找到 ${reported.length} 条记录`));
      return;
    }
    const outcomes: Outcome[] = [];
    for (const [i, words] of said.entries()) outcomes.push(await dropOne(ctx, words, report, fits[i]!));
    const severalFit = outcomes.some((o) => o.several);
    const withdrawn = outcomes.some((o) => o.line.startsWith('已撤销'));
    const missed = outcomes.some((o) => !o.several && !o.line.startsWith('已撤销'));
    const lines = said.length === 1 ? outcomes[0]!.line : outcomes.map((o, i) => `${i + 1}. ${o.line}`).join('\n');
    const note = withdrawn ? '\n（撤销记录保留在审计日志中，不再计入完成情况；没有记成新的上报。）' : '';
    const text = lines + note + (missed ? (said.length > 1 ? '\n' : '') + OLDER : '');
    // Which of several the member meant only they know: the report's receipt, a 撤销 under each record.
    if (severalFit) {
      ctx.notice(text);
      await ctx.replyCard(receiptFor(ctx.deps, report, ctx.now));
      return;
    }
    await ctx.reply(text);
  },
});

/** How far back the records the member reported are searched for words not of the latest report (a quarter's reports). */
const REPORTED_DAYS = 92;

/**
 * The member's standing records reported in the last REPORTED_DAYS (their own and those reported for others), not of the
 * latest `report`, that `words` name (recordsNamed: person, kind, day, doer), oldest first.
 */
function reportedNamed(ctx: Parameters<typeof dropNamedRecord.handle>[0], words: string, report: Activity[]): Activity[] {
  const since = ctx.now.getTime() - REPORTED_DAYS * 24 * 60 * 60 * 1000;
  const latest = new Set(report.map((a) => a.id));
  const mine = ctx.deps.store.read((db) =>
    db.activities.filter((a) => !a.deletedAt && a.reporter === ctx.update.senderOpenId && !latest.has(a.id) && Date.parse(a.createdAt) >= since),
  );
  const nameOf = (id: string) => ctx.deps.directory.person(id)?.name;
  return recordsNamed(words, mine.map((draft) => ({ draft })), nameOf, shanghaiDate(ctx.now)).map((i) => mine[i]!);
}

/** Withdraws the one standing record of `fits`, or says why none was (none fits, already withdrawn, several fit). */
async function dropOne(ctx: Parameters<typeof dropNamedRecord.handle>[0], said: string, report: Activity[], fits: Activity[]): Promise<Outcome> {
  if (fits.length === 0) {
    const listed = report.filter((a) => !a.deletedAt).map((a) => describeActivity(ctx.deps, a, ctx.now));
    const latest = listed.length > 0 ? `（${listed.join('；')}）` : '';
    return { line: `您最近一次上报${latest}里没有找到「${said}」，没有撤销任何记录，也没有记成新的上报。` };
  }
  const standing = fits.filter((a) => !a.deletedAt);
  if (standing.length === 0) return { line: `「${said}」这条已经撤销过了（${describeActivity(ctx.deps, fits[0]!, ctx.now)}），没有再撤销其他记录。` };
  if (standing.length > 1) return { line: `您最近一次上报里有 ${standing.length} 项是「${said}」，还没有撤销任何一项。请在要撤销的那一项下点「撤销」。`, several: true };
  const result = await undoActivity(ctx.deps.store, standing[0]!.id, ctx.update.senderOpenId, ctx.now);
  if (!result.ok) return { line: `「${said}」这条已经撤销过了。` };
  return { line: `已撤销：${describeActivity(ctx.deps, result.after, ctx.now)}` };
}

/**
 * 财务科谈话 → 财务科, 谈话 · 3号在财务科那次谈话 → 财务科, 3号谈话: the one department (name or alias) the words hold and the
 * words without it (and without 在/到 before it, 的/那次 after it); undefined when they hold none, or nothing is left.
 */
function placeNamed(directory: Directory, words: string): { id: string; rest: string } | undefined {
  const found = directory.org.departments.flatMap((d) => [d.name, ...(d.aliases ?? [])].filter((n) => words.includes(n)).map((n) => ({ id: d.id, n })));
  const one = found.sort((a, b) => b.n.length - a.n.length)[0];
  if (!one) return undefined;
  const rest = words.replace(new RegExp(`(?:在|到|去)?${one.n}(?:的|那一?次|那场|那个)?`), '');
  return rest === '' ? undefined : { id: one.id, rest };
}
