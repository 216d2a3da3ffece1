// 何平 「赵书记说今天承诺书那两份是她跟徐辉 孙杰签的 不是我」 with his two signings of today stored (round 62, gbb; t64a G1: two
// new signings of 赵敏's offered beside his, as if both were to stand) · 「刚才那次是王磊谈的不是我」 · 「黄书记说那次检查是他带队的」
// (gaf's left-alone: a new talk asked its kind · 「没有在通讯录里找到「他带队」」): the member's own records the words point
// back at take the doer said — 他/她 the one whose words are passed on — on one 【请确认修改】 card (原来/改为), every record
// named changed together; nothing changes before 确认, nothing new is recorded.
import type { Activity } from '../../domain/activity.js';
import { isTalkType, type ActivityTypeCode } from '../../domain/activityTypes.js';
import { doerClaimWords, type DoerClaimWords } from '../../domain/report/doerClaimWords.js';
import { normalizeText } from '../../domain/report/parseNormalize.js';
import { storedDoerWords } from '../../domain/report/storedDoerWords.js';
import type { BotContext } from '../botContext.js';
import { changeCardFor } from '../changeTurn.js';
import { dialogKey, saveDialog, type RecordFields } from '../dialogStore.js';
import { saveFound } from '../foundRecords.js';
import { defineIntent } from '../intent.js';
import { mergedChange } from '../mergedChange.js';
import { personInWords } from '../personInWords.js';
import { referredRecords } from '../referredRecords.js';
import { receiptFor } from '../recordReport.js';

/** One record's fields after the claim; `drop`: the record is the same deed as another's after, withdrawn. */
type After = { record: Activity; after: RecordFields } | { record: Activity; drop: true };

type Claim =
  | { kind: 'change'; records: Activity[]; doer: string; speaker?: string; afters: After[]; relayed: boolean }
  | { kind: 'which'; records: Activity[]; doer: string }
  | { kind: 'unfit'; text: string };

/** The record types a kind noun of the words may mean (承诺书 · 检查 · 谈话 …); undefined: any. */
function typesOf(about: string): ((t: ActivityTypeCode) => boolean) | undefined {
  if (/承诺书|责任书|签/.test(about)) return (t) => t === 'pledge_sign';
  if (/谈/.test(about)) return isTalkType;
  if (/检查/.test(about)) return (t) => t === 'inspect_style' || t === 'inspect_funds' || t === 'pledge_check';
  if (/党课/.test(about)) return (t) => t === 'edu_lecture';
  if (/会议/.test(about)) return (t) => t === 'meeting_special' || t === 'meeting_dept';
  if (/学习/.test(about)) return (t) => t === 'edu_integrity' || t === 'edu_warning';
  return undefined;
}

/**
 * The standing records the words point at (referredRecords): the member's own — the latest report's for 刚才那次 / 那两份,
 * else those the words name (recent) — or, for a relay (`anyReporter`), whoever reported them.
 */
function pointedRecords(ctx: BotContext, said: DoerClaimWords, anyReporter: boolean): Activity[] {
  const openId = ctx.update.senderOpenId;
  // 上周三财务科那两份承诺书: 财务科 is where they were signed, never its head as the other party.
  const found = referredRecords(ctx, { words: said.about, deictic: said.deictic, recent: true, anyReporter, placeIsWhere: true });
  return anyReporter ? found : found.filter((a) => a.reporter === openId);
}

/**
 * Each record's fields after the claim (doer `doer`, people `people` when said). With people said and the doer one of the
 * records' other party (孙丽说那两份承诺书是她和王强签的: 王建国–孙丽, 王建国–王强), the deed is the doer's with those people:
 * a record already with one of them keeps that one, the rest take the people left in turn, and a record left over is
 * withdrawn as the same deed (ONE 孙丽–王强). Else each record takes the doer, someone talked or signed with who is the doer
 * now leaving the people, the record's old doer in their place (刚才那次是郑华找我谈的: 陈志强–郑华 → 郑华–陈志强).
 */
function aftersOf(records: Activity[], doer: string, people: string[]): After[] {
  const base = (a: Activity): RecordFields => ({
    type: a.type,
    date: a.date,
    actorId: doer,
    counterpartIds: a.counterpartIds,
    ...(a.companionIds !== undefined ? { companionIds: a.companionIds.filter((id) => id !== doer) } : {}),
  });
  const others = people.filter((p) => p !== doer);
  const pairing = others.length > 0 && records.some((a) => a.counterpartIds.includes(doer) && a.actorId !== doer);
  if (!pairing) {
    return records.map((a) => ({ record: a, after: { ...base(a), counterpartIds: a.counterpartIds.includes(doer) ? a.counterpartIds.map((id) => (id === doer ? a.actorId : id)) : a.counterpartIds } }));
  }
  const left = others.filter((p) => !records.some((a) => a.counterpartIds.length === 1 && a.counterpartIds[0] === p));
  return records.map((a): After => {
    const kept = a.counterpartIds.length === 1 && others.includes(a.counterpartIds[0]!) ? a.counterpartIds[0]! : left.shift();
    return kept === undefined ? { record: a, drop: true } : { record: a, after: { ...base(a), counterpartIds: [kept] } };
  });
}

/** Whether every record already reads as the claim would leave it. */
const unchanged = (afters: After[]) => afters.every((x) => 'after' in x && x.after.actorId === x.record.actorId && JSON.stringify(x.after.counterpartIds) === JSON.stringify(x.record.counterpartIds));

function read(ctx: BotContext): Claim | null {
  const text = normalizeText(ctx.text);
  const said = doerClaimWords(text);
  if (!said) return null;
  // 杨帆那次是王磊谈的不是我: storedDoerChange's (one record named by its person, the doer by name, no relay).
  if (said.speaker === undefined && said.notDoer === undefined && storedDoerWords(text) !== undefined) return null;
  const me = ctx.sender!.id;
  const speaker = said.speaker !== undefined ? personInWords(ctx, said.speaker) : undefined;
  if (said.speaker !== undefined && (speaker === undefined || speaker === me)) return null;
  const doer = /^(?:他|她)$/.test(said.doer) ? speaker : personInWords(ctx, said.doer);
  // 孙丽「上周三那两份承诺书其实是我和王强签的 不是王副理事长」 (round 64, gdc): the member the doer only beside the stored doer
  // denied by name (doerClaimWords reads 我 then alone).
  if (doer === undefined || (doer === me && said.notDoer === undefined)) return null;
  // 不是王副理事长签的 (round 63, gca; t65a B-F2): the doer the records hold now, named by a third person relaying.
  // 李主任说…不是他谈的 (round 63, gcj; t66a B-F5): 他/她 denied is the one whose words are passed on.
  const notDoer = said.notDoer === undefined ? undefined : /^(?:他|她)$/.test(said.notDoer) ? speaker : personInWords(ctx, said.notDoer);
  if (said.notDoer !== undefined && (notDoer === undefined || notDoer === doer)) return null;
  const people = said.people.map((p) => (p === '我' ? me : personInWords(ctx, p)));
  if (people.some((id) => id === undefined)) return null;
  const named = (people as string[]).filter((id) => id !== me);
  const kind = typesOf(said.about);
  // 找王芳和胡军谈的 from 胡军 (round 63, gcj; t66a B-F5): the member named among the people is one of them too.
  const fits = (a: Activity) =>
    (kind === undefined || kind(a.type)) && (named.length === 0 || a.counterpartIds.some((id) => named.includes(id) || id === doer || (id === me && people.includes(me))) || a.actorId === doer);
  const relayOf = notDoer !== undefined && notDoer !== me ? notDoer : undefined;
  const name = ctx.deps.directory.person(doer)?.name ?? said.doer;
  // A third person relaying (胡军: 孙丽说…不是王副理事长签的): the records of the doer denied, whoever reported them.
  if (relayOf !== undefined) {
    const theirs = pointedRecords(ctx, said, true).filter((a) => fits(a) && a.actorId === relayOf && a.reporter !== ctx.update.senderOpenId);
    const own = pointedRecords(ctx, said, false).filter((a) => fits(a) && a.actorId === relayOf);
    // 张伟 「上周五那两份承诺书其实是刘芳和郑华、冯雪签的 不是陈志强签的」 (round 63, gcj; t66a B-F10: 没看懂): no relay, the
    // member's own report of the doer denied is corrected on their own word; someone else's report is said to be theirs.
    if (speaker === undefined) {
      if (own.length > 0) return claimOf(own, doer, people as string[], said.count, undefined, false, name);
      // 刘芳「昨天那个其实是我和郑华签的 不是吴静」 of her stored 刘芳–吴静 (round 66, gfd; t68b: 没有找到…活动人是吴静): the one
      // denied is the record's other party, the member its doer already — a person swapped, looseStoredCorrection's.
      if (doer === me && deniedIsOtherParty(pointedRecords(ctx, said, true), me, relayOf)) return null;
      // 孙丽「不是王副理事长，那两份承诺书是我和王强签的」 with nothing of 王建国's stored (round 65, gea): the member claiming a
      // deed of records that are not there is told so, never offered a new record of it unasked.
      if (theirs.length === 0) return doer === me ? { kind: 'unfit', text: notFound(ctx, relayOf, said) } : null;
      // 孙丽「上周三那两份承诺书其实是我和王强签的 不是王副理事长」 · 王强「…其实是孙科长和我签的…」 (round 64, gdc; gca's
      // left-alone: a card of two NEW signings): a party of the records, the doer now said or one signed with, says it of
      // them — as a relay of a party's words is taken (round 63, gca): the reporter kept, the member in the audit.
      const party = doer === me || (people as string[]).includes(me);
      if (party && theirs.some((a) => a.actorId === me || a.counterpartIds.includes(me))) return claimOf(theirs, doer, people as string[], said.count, undefined, true, name);
      const by = [...new Set(theirs.map((a) => ctx.deps.directory.byOpenId(a.reporter)?.name ?? '其他人'))].join('、');
      return { kind: 'unfit', text: `您说的记录是${by}上报的，不是您上报的，没有改动，也没有新增记录。请${by}在那条回执上点「修改」，或由${by}发送这句更正。` };
    }
    const records = own.length > 0 ? own : theirs;
    if (records.length === 0) return null;
    // Whose word it is: the one now said to have done it, or a party of the deed (孙丽 signed with 王建国) — never hearsay of
    // someone outside it, and never a third person's own guess (no relay).
    if (speaker === undefined || (doer !== speaker && !records.every((a) => a.actorId === speaker || a.counterpartIds.includes(speaker)))) return null;
    return claimOf(records, doer, people as string[], said.count, speaker, own.length === 0, name);
  }
  const pointed = pointedRecords(ctx, said, false).filter(fits);
  // 陈副理事长说刚才那次是他跟我谈的 (round 63, gca): the member's own report none, the record that names them is looked at.
  if (pointed.length === 0) {
    const naming = said.deictic && people.includes(me) ? pointedRecords(ctx, said, true).filter((a) => fits(a) && (a.actorId === me || a.counterpartIds.includes(me))) : [];
    if (naming.length === 0) return null;
    const afters = aftersOf(naming, doer, people as string[]);
    if (unchanged(afters)) return { kind: 'unfit', text: `您说的这条记录（${ctx.deps.directory.byOpenId(naming[0]!.reporter)?.name ?? '其他人'}上报）活动人已经是${name}，对象是您，没有改动，也没有新增记录。` };
    return { kind: 'unfit', text: `您说的记录是${ctx.deps.directory.byOpenId(naming[0]!.reporter)?.name ?? '其他人'}上报的，没有改动，也没有新增记录。要改，请上报人在那条回执上点「修改」，或说「刚才那次是…谈的」。` };
  }
  const mine = pointed.filter((a) => a.actorId === me);
  if (mine.length === 0) {
    const already = pointed.every((a) => a.actorId === doer);
    return {
      kind: 'unfit',
      text: already ? `您说的这${pointed.length > 1 ? ` ${pointed.length} ` : ''}条记录活动人已经是${name}，没有改动，也没有新增记录。` : `您说的记录活动人不是您本人，没有改动，也没有新增记录。要改，请在那条回执上点「修改」。`,
    };
  }
  return claimOf(mine, doer, people as string[], said.count, speaker, false, name);
}

/** Whether a pointed record is the member's deed with the one denied as its other party (not its doer). */
const deniedIsOtherParty = (records: Activity[], me: string, denied: string) => records.some((a) => a.actorId === me && a.counterpartIds.includes(denied));

/** The kind noun of the words (那两份承诺书 · 那次检查), or 记录. */
const NOUN = /承诺书|责任书|谈话|谈心|检查|党课|会议|学习/;

/** Nothing of the denied doer's found: said, with how to report it as new (孙丽: 没有找到王建国…的承诺书记录). */
function notFound(ctx: BotContext, denied: string, said: DoerClaimWords): string {
  const who = ctx.deps.directory.person(denied)?.name ?? said.notDoer ?? '';
  const noun = NOUN.exec(said.about)?.[0] ?? '';
  return `没有找到您最近报的、活动人是${who}的${noun}记录，没有改动，也没有新增记录。要改的记录请在那条回执上点「修改」；如果是新的活动，请直接上报，写明日期和对象。`;
}

/** The claim on `records` (the count said checked, several with no people asked which), or what is said instead. */
function claimOf(records: Activity[], doer: string, people: string[], count: number | undefined, speaker: string | undefined, relayed: boolean, name: string): Claim {
  // 那两份 · 刚才报的两条: the count said must be the records found; more are asked which, fewer said.
  if (count !== undefined && records.length < count) {
    return { kind: 'unfit', text: `您说的是 ${count} 条，但只找到 ${records.length} 条${relayed ? '' : '您记在自己名下的'}相应记录，没有改动，也没有新增记录。请在要改的那一条回执上点「修改」。` };
  }
  const all = count !== undefined ? records.length === count : people.length > 0 || records.length === 1;
  if (!all) return { kind: 'which', records, doer };
  const afters = aftersOf(records, doer, people);
  if (unchanged(afters)) return { kind: 'unfit', text: `您说的记录活动人已经是${name}，没有改动，也没有新增记录。` };
  return { kind: 'change', records, doer, afters, relayed, ...(speaker !== undefined ? { speaker } : {}) };
}

/** With nothing waiting, or a change (joined), before storedDoerChange, relayedCorrection and the report. */
export const claimedDoerChange = defineIntent<Claim>({
  name: 'claimed-doer-change',
  match: (ctx) => (ctx.sender && (ctx.dialog === undefined || ctx.dialog.kind === 'change') ? read(ctx) : null),
  async handle(ctx, c) {
    if (c.kind === 'unfit') {
      await ctx.reply(c.text);
      return;
    }
    const dir = ctx.deps.directory;
    const name = dir.person(c.doer)?.name ?? c.doer;
    if (c.kind === 'which') {
      ctx.notice(`找到 ${c.records.length} 条记录，要把哪一条的活动人改为${name}？请在那一条下点「修改」，或写明对象再说一遍；还没有改动任何记录。`);
      await saveFound(ctx, c.records);
      await ctx.replyCard(receiptFor(ctx.deps, c.records, ctx.now, [], [], `找到 ${c.records.length} 条记录`));
      return;
    }
    const kept = c.afters.filter((x): x is After & { after: RecordFields } => 'after' in x);
    const dropped = c.afters.filter((x) => 'drop' in x).map((x) => x.record.id);
    const [first, ...rest] = kept;
    const said = c.speaker !== undefined ? `（${dir.person(c.speaker)?.name ?? ''}说${c.relayed ? '的' : '不是您'}）` : '';
    const people = first!.after.counterpartIds.map((id) => dir.person(id)?.name ?? id).join('、');
    const what = `活动人改为${name}${dropped.length > 0 || c.relayed ? `，对象${people}` : ''}${said}${dropped.length > 0 ? `，另 ${dropped.length} 条是同一次，撤销` : ''}`;
    const change = mergedChange(ctx, first!.record, {
      kind: 'change' as const,
      activityId: first!.record.id,
      what,
      after: first!.after,
      ...(rest.length > 0 ? { also: rest.map((x) => ({ activityId: x.record.id, after: x.after })) } : {}),
      ...(dropped.length > 0 ? { dropped } : {}),
      ...(c.relayed ? { relayed: true as const } : {}),
    });
    await saveDialog(ctx.deps.store, dialogKey(ctx.update.chatId, ctx.update.senderOpenId), change, ctx.now);
    await ctx.replyCard(changeCardFor(ctx.deps, first!.record, change, ctx.now));
  },
});
