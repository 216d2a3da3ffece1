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
import { latestOwnActivity } from '../../store/activityLog.js';
import type { BotContext } from '../botContext.js';
import { siblingsOf } from '../cardActions/receiptHelpers.js';
import { changeCardFor } from '../changeTurn.js';
import { dialogKey, saveDialog, type RecordFields } from '../dialogStore.js';
import { saveFound } from '../foundRecords.js';
import { defineIntent } from '../intent.js';
import { mergedChange } from '../mergedChange.js';
import { personInWords } from '../personInWords.js';
import { recentRecordsNamed } from '../recentRecordsNamed.js';
import { receiptFor } from '../recordReport.js';

type Claim =
  | { kind: 'change'; records: Activity[]; doer: string; speaker?: string }
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

/** The member's standing records the words point at: the latest report's for 刚才那次 / 那两份, else those the words name. */
function pointedRecords(ctx: BotContext, said: DoerClaimWords): Activity[] {
  const openId = ctx.update.senderOpenId;
  const own = (a: Activity) => !a.deletedAt && a.reporter === openId;
  if (said.deictic) {
    const latest = latestOwnActivity(ctx.deps.store, openId);
    return latest ? siblingsOf(ctx.deps, latest).filter(own) : [];
  }
  return recentRecordsNamed(ctx, said.about).filter(own);
}

function read(ctx: BotContext): Claim | null {
  const text = normalizeText(ctx.text);
  const said = doerClaimWords(text);
  if (!said) return null;
  // 杨帆那次是王磊谈的不是我: storedDoerChange's (one record named by its person, the doer by name, no relay).
  if (said.speaker === undefined && storedDoerWords(text) !== undefined) return null;
  const me = ctx.sender!.id;
  const speaker = said.speaker !== undefined ? personInWords(ctx, said.speaker) : undefined;
  if (said.speaker !== undefined && (speaker === undefined || speaker === me)) return null;
  const doer = /^(?:他|她)$/.test(said.doer) ? speaker : personInWords(ctx, said.doer);
  if (doer === undefined || doer === me) return null;
  const people = said.people.map((p) => personInWords(ctx, p));
  if (people.some((id) => id === undefined)) return null;
  const kind = typesOf(said.about);
  const pointed = pointedRecords(ctx, said).filter((a) => (kind === undefined || kind(a.type)) && (people.length === 0 || a.counterpartIds.some((id) => people.includes(id))));
  if (pointed.length === 0) return null;
  const name = ctx.deps.directory.person(doer)?.name ?? said.doer;
  const mine = pointed.filter((a) => a.actorId === me);
  if (mine.length === 0) {
    const already = pointed.every((a) => a.actorId === doer);
    return {
      kind: 'unfit',
      text: already ? `您说的这${pointed.length > 1 ? ` ${pointed.length} ` : ''}条记录活动人已经是${name}，没有改动，也没有新增记录。` : `您说的记录活动人不是您本人，没有改动，也没有新增记录。要改，请在那条回执上点「修改」。`,
    };
  }
  // 那两份 · 刚才报的两条: the count said must be the records found; more are asked which, fewer said.
  if (said.count !== undefined && mine.length < said.count) {
    return { kind: 'unfit', text: `您说的是 ${said.count} 条，但只找到 ${mine.length} 条您记在自己名下的相应记录，没有改动，也没有新增记录。请在要改的那一条回执上点「修改」。` };
  }
  const all = said.count !== undefined ? mine.length === said.count : people.length > 0 || mine.length === 1;
  if (!all) return { kind: 'which', records: mine, doer };
  return { kind: 'change', records: mine, doer, ...(speaker !== undefined ? { speaker } : {}) };
}

/** `a` with `doer` its doer: someone talked or signed with who is the doer now leaves the people, the member in their place. */
function withDoer(a: Activity, doer: string, me: string): RecordFields {
  const people = a.counterpartIds.includes(doer) ? a.counterpartIds.map((id) => (id === doer ? me : id)) : a.counterpartIds;
  return {
    type: a.type,
    date: a.date,
    actorId: doer,
    counterpartIds: people,
    ...(a.companionIds !== undefined ? { companionIds: a.companionIds.filter((id) => id !== doer) } : {}),
  };
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
    const me = ctx.sender!.id;
    const [first, ...rest] = c.records;
    const said = c.speaker !== undefined ? `（${dir.person(c.speaker)?.name ?? ''}说不是您）` : '';
    const what = `活动人改为${name}${said}`;
    const change = mergedChange(ctx, first!, {
      kind: 'change' as const,
      activityId: first!.id,
      what,
      after: withDoer(first!, c.doer, me),
      ...(rest.length > 0 ? { also: rest.map((a) => ({ activityId: a.id, after: withDoer(a, c.doer, me) })) } : {}),
    });
    await saveDialog(ctx.deps.store, dialogKey(ctx.update.chatId, ctx.update.senderOpenId), change, ctx.now);
    await ctx.replyCard(changeCardFor(ctx.deps, first!, change, ctx.now));
  },
});
