// Stored records corrected in loose words (round 64, gdj; t67a Part B), after claimedDoerChange and the older readers (a doer named
// beside 那次/那两份, and gdc's 其实是我和X签的 不是Y with Y the stored DOER): what it leaves.
// P6 黄志刚「上午张伟和何平那条 其实是我找他谈的 张书记不在」 about a stored 张伟→何平 talk (was a NEW talk of 张伟's asked its
// kind; 「和何平那条 是我找他谈的」 「没有在通讯录里找到「我找他」」): that record's doer becomes the sender on 【请确认修改】, the
// one said absent off it (the claim of the deed is the sender's own: as claimedDoerChange lets the one now said to have
// done it correct someone else's report, the reporter kept, the sender in the audit).
// P7 刘芳「其实是我和郑华签的 不是周涛」 about her stored signing 刘芳–周涛 (was the generic help): the person of her own record
// 周涛 → 郑华 on 【请确认修改】; a lecture's unit likewise (其实是给教育就业部讲的 不是组联部). Nothing changes before 确认,
// nothing new is recorded; several records fitting are shown and asked which.
import type { Activity } from '../../domain/activity.js';
import { isTalkType, type ActivityTypeCode } from '../../domain/activityTypes.js';
import { ownDeedClaimWords, personSwapWords, type DeedVerb, type PersonSwap } from '../../domain/report/looseStoredCorrectionWords.js';
import { normalizeText } from '../../domain/report/parseNormalize.js';
import type { BotContext } from '../botContext.js';
import { changeCardFor } from '../changeTurn.js';
import { departmentInWords } from '../departmentInWords.js';
import { dialogKey, saveDialog, type RecordFields } from '../dialogStore.js';
import { saveFound } from '../foundRecords.js';
import { defineIntent } from '../intent.js';
import { mergedChange } from '../mergedChange.js';
import { personInWords } from '../personInWords.js';
import { describeActivity, receiptFor } from '../recordReport.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import { RECENT_DAYS, referredRecords } from '../referredRecords.js';

type Loose =
  | { kind: 'change'; record: Activity; after: RecordFields; what: string; relayed: boolean }
  | { kind: 'which'; records: Activity[]; what: string }
  | { kind: 'unfit'; text: string };

const RECENT_MS = RECENT_DAYS * 24 * 60 * 60 * 1000;

/** The record types a verb says: 谈 a talk, 签 a signing, 讲 a 党课; none said, any. */
const fitsVerb = (verb: DeedVerb | undefined, t: ActivityTypeCode) => (verb === '谈' ? isTalkType(t) : verb === '签' ? t === 'pledge_sign' : verb === '讲' ? t === 'edu_lecture' : true);

/** Standing records of the last 14 days (the receipts whose 修改 is still live) the member reported (`own`) or not, oldest first. */
function recentRecords(ctx: BotContext, own: boolean): Activity[] {
  const openId = ctx.update.senderOpenId;
  const since = ctx.now.getTime() - RECENT_MS;
  return ctx.deps.store.read((db) => db.activities.filter((a) => !a.deletedAt && (a.reporter === openId) === own && Date.parse(a.createdAt) >= since));
}

/** P6: the record the naming words point at, the sender claiming its deed. */
function ownDeed(ctx: BotContext, text: string): Loose | null {
  const said = ownDeedClaimWords(text);
  if (!said) return null;
  const me = ctx.sender!.id;
  const absent = said.absent !== undefined ? personInWords(ctx, said.absent) : undefined;
  if (absent === me) return null;
  const pointed = referredRecords(ctx, { words: said.about, deictic: said.about === '', recent: true, anyReporter: true });
  const fit = pointed.filter((a) => fitsVerb(said.verb, a.type) && (absent === undefined || a.actorId === absent));
  // The sender's own deed already (那次党课是我讲的 of their own): the older readers' words, not this.
  const others = fit.filter((a) => a.actorId !== me);
  if (fit.length > 0 && others.length === 0) return null;
  const name = (id: string) => ctx.deps.directory.person(id)?.name ?? id;
  if (others.length === 0) {
    return { kind: 'unfit', text: `没有找到「${said.about || '那条'}」那条${said.verb === '签' ? '签订责任书' : said.verb === '讲' ? '党课' : '谈话'}记录${absent !== undefined ? `（活动人是${name(absent)}）` : ''}，没有改动，也没有新增记录。请在那条回执上点「修改」，或写明日期和对象再说一遍。` };
  }
  if (others.length > 1) return { kind: 'which', records: others, what: '活动人改为您本人' };
  const a = others[0]!;
  const after: RecordFields = {
    type: a.type,
    date: a.date,
    actorId: me,
    counterpartIds: a.counterpartIds.map((id) => (id === me ? a.actorId : id)),
    ...(a.companionIds !== undefined ? { companionIds: a.companionIds.filter((id) => id !== me) } : {}),
  };
  const why = said.absent !== undefined ? `，您说${name(a.actorId)}${said.present ? '只是在场' : '不在'}` : '';
  return { kind: 'change', record: a, after, what: `活动人改为您本人（原来是${name(a.actorId)}${why}）`, relayed: a.reporter !== ctx.update.senderOpenId };
}

/** P7: the person (or a lecture's unit) of the member's own record said to be another. */
function swap(ctx: BotContext, text: string): Loose | null {
  const said = personSwapWords(text);
  if (!said) return null;
  const pool = said.about === '' ? recentRecords(ctx, true) : referredRecords(ctx, { words: said.about, recent: true }).filter((a) => a.reporter === ctx.update.senderOpenId);
  return unitSwap(ctx, said, pool) ?? personSwap(ctx, said, pool) ?? othersSwap(ctx, said);
}

/** Others' standing records the words may name: those the naming words find, or every record of the last 14 days. */
function othersRecent(ctx: BotContext, about: string): Activity[] {
  const openId = ctx.update.senderOpenId;
  if (about !== '') return referredRecords(ctx, { words: about, recent: true, anyReporter: true }).filter((a) => a.reporter !== openId);
  return recentRecords(ctx, false);
}

/** 周涛12月6日报的: who reported a record and on which day (Shanghai), for the card and the replies. */
function reportedBy(ctx: BotContext, a: Activity): string {
  const by = ctx.deps.directory.byOpenId(a.reporter)?.name ?? '其他人';
  const [, m, d] = shanghaiDate(new Date(a.createdAt)).split('-');
  return `${by}${Number(m)}月${Number(d)}日报的`;
}

/**
 * 刘芳「其实是我和郑华签的 不是周涛」 when the signing 刘芳–周涛 was reported by 周涛 (round 65, gea; was the generic help):
 * none of the member's own records fit, so a colleague's record of the last 14 days is looked at, as round 58/61 searched a
 * colleague's record by its reporter. The member one of its sides: changed on 【请确认修改】 naming who reported it, the
 * reporter kept (relayed). The member no side of it: said who may change it, nothing changed.
 */
function othersSwap(ctx: BotContext, said: PersonSwap): Loose | null {
  const dir = ctx.deps.directory;
  const me = ctx.sender!.id;
  const to = personInWords(ctx, said.to);
  const from = personInWords(ctx, said.from);
  if (to === undefined || from === undefined || to === me || from === me || to === from) return null;
  const fit = othersRecent(ctx, said.about).filter((a) => fitsVerb(said.verb, a.type) && a.counterpartIds.includes(from) && a.actorId !== from);
  if (fit.length === 0) return null;
  const name = (id: string) => dir.person(id)?.name ?? id;
  const theirs = fit.filter((a) => a.actorId === me || a.counterpartIds.includes(me));
  if (theirs.length === 0) {
    const a = fit.at(-1)!;
    const sides = [...new Set([a.actorId, ...a.counterpartIds].map(name))].join('、');
    return {
      kind: 'unfit',
      text: `您说的记录是${reportedBy(ctx, a)}：${describeActivity(ctx.deps, a, ctx.now)}｜活动人：${name(a.actorId)}。您不是这次活动的当事人，没有改动，也没有新增记录。要改，请上报人${dir.byOpenId(a.reporter)?.name ?? ''}在那条回执上点「修改」，或由当事人（${sides}）发送这句更正。`,
    };
  }
  const names = `对象${name(from)}改为${name(to)}`;
  if (theirs.length > 1) return { kind: 'which', records: theirs, what: names };
  const a = theirs[0]!;
  if (a.counterpartIds.includes(to) || a.actorId === to) return { kind: 'unfit', text: `您说的这条记录（${reportedBy(ctx, a)}）已经有${name(to)}，没有改动，也没有新增记录。` };
  const after: RecordFields = { type: a.type, date: a.date, actorId: a.actorId, counterpartIds: a.counterpartIds.map((id) => (id === from ? to : id)), ...(a.companionIds !== undefined ? { companionIds: a.companionIds } : {}) };
  return { kind: 'change', record: a, after, what: `${names}（这条是${reportedBy(ctx, a)}）`, relayed: true };
}

/** 其实是给教育就业部讲的 不是组联部 (both words units; a unit's name also reads as its head): a lecture's (or any record's) unit. */
function unitSwap(ctx: BotContext, said: PersonSwap, pool: Activity[]): Loose | null {
  const dir = ctx.deps.directory;
  const toDep = departmentInWords(dir, said.to);
  const fromDep = departmentInWords(dir, said.from);
  if (toDep === undefined || fromDep === undefined || toDep === fromDep) return null;
  const depsOf = (a: Activity) => a.departmentIds ?? (a.departmentId !== undefined ? [a.departmentId] : []);
  const fit = pool.filter((a) => fitsVerb(said.verb, a.type) && depsOf(a).includes(fromDep));
  if (fit.length === 0) return null;
  const names = `部门${dir.department(fromDep)?.name ?? said.from}改为${dir.department(toDep)?.name ?? said.to}`;
  if (fit.length > 1) return { kind: 'which', records: fit, what: names };
  const a = fit[0]!;
  if (depsOf(a).includes(toDep)) return { kind: 'unfit', text: `您说的这条记录已经有${dir.department(toDep)?.name ?? said.to}，没有改动，也没有新增记录。` };
  const after: RecordFields = { type: a.type, date: a.date, actorId: a.actorId, counterpartIds: a.counterpartIds, departmentIds: depsOf(a).map((d) => (d === fromDep ? toDep : d)) };
  return { kind: 'change', record: a, after, what: names, relayed: false };
}

/** 其实是我和郑华签的 不是周涛: the person of the record. */
function personSwap(ctx: BotContext, said: PersonSwap, pool: Activity[]): Loose | null {
  const dir = ctx.deps.directory;
  const me = ctx.sender!.id;
  const to = personInWords(ctx, said.to);
  const from = personInWords(ctx, said.from);
  if (to !== undefined && from !== undefined && to !== me && from !== me) {
    // Y the stored DOER is claimedDoerChange's (gdc: 其实是我和王强签的 不是王副理事长), never a person swapped here.
    const fit = pool.filter((a) => fitsVerb(said.verb, a.type) && a.counterpartIds.includes(from) && a.actorId !== from);
    if (fit.length === 0) return null;
    const names = `对象${dir.person(from)?.name ?? said.from}改为${dir.person(to)?.name ?? said.to}`;
    if (fit.length > 1) return { kind: 'which', records: fit, what: names };
    const a = fit[0]!;
    if (a.counterpartIds.includes(to) || a.actorId === to) return { kind: 'unfit', text: `您说的这条记录已经有${dir.person(to)?.name ?? said.to}，没有改动，也没有新增记录。要去掉${dir.person(from)?.name ?? said.from}，请说「去掉${said.from}」。` };
    const after: RecordFields = { type: a.type, date: a.date, actorId: a.actorId, counterpartIds: a.counterpartIds.map((id) => (id === from ? to : id)), ...(a.companionIds !== undefined ? { companionIds: a.companionIds } : {}) };
    return { kind: 'change', record: a, after, what: names, relayed: false };
  }
  return null;
}

/** With nothing waiting, or a change (joined), after the older stored-record readers (claimedDoerChange …); before correctLatest and the report. */
export const looseStoredCorrection = defineIntent<Loose>({
  name: 'loose-stored-correction',
  match: (ctx) => {
    if (!ctx.sender || (ctx.dialog !== undefined && ctx.dialog.kind !== 'change')) return null;
    const text = normalizeText(ctx.text);
    return ownDeed(ctx, text) ?? swap(ctx, text);
  },
  async handle(ctx, c) {
    if (c.kind === 'unfit') {
      await ctx.reply(c.text);
      return;
    }
    if (c.kind === 'which') {
      ctx.notice(`找到 ${c.records.length} 条记录，要改哪一条（${c.what}）？请在那一条下点「修改」，或写明日期再说一遍；还没有改动任何记录。`);
      await saveFound(ctx, c.records);
      await ctx.replyCard(receiptFor(ctx.deps, c.records, ctx.now, [], [], `找到 ${c.records.length} 条记录`));
      return;
    }
    const change = mergedChange(ctx, c.record, {
      kind: 'change' as const,
      activityId: c.record.id,
      what: c.what,
      after: c.after,
      ...(c.relayed ? { relayed: true as const } : {}),
    });
    await saveDialog(ctx.deps.store, dialogKey(ctx.update.chatId, ctx.update.senderOpenId), change, ctx.now);
    await ctx.replyCard(changeCardFor(ctx.deps, c.record, change, ctx.now));
  },
});
