// 「王部长只是陪着 不算他谈的」 typed on a waiting card (round 63, gcb; t65a: 「这条消息没有记录」, the card unchanged, 确认 would
// store 王磊's talk). The person the card shows as a doer only went along: they leave the doer's place of their records, the
// member takes it; a check keeps them as 同行 (the house keeps companions only on checks), other records say they are not kept.
import { isCheckType } from '../activityTypes.js';
import type { PendingItem } from './followUp.js';

/** What the reader needs of the directory and the member. */
export interface CompanionNotDoerContext {
  /** The one person a short phrase names (王部长 · 王磊同志), or undefined. */
  personId(words: string): string | undefined;
  personName(id: string): string;
  senderId?: string;
}

/** The card's records with the change made and the change in a few words; or why nothing was changed (`unfit`). */
export type CompanionNotDoer = { kind: 'changed'; items: PendingItem[]; what: string } | { kind: 'unfit'; text: string };

/** 只是陪着 · 只是陪同 · 就是陪同参加 · 只是在场 · 只是跟着去的: went along only. */
const ALONG = '(?:只是|仅是|就是|只|仅仅是|其实只是|其实是)?(?:陪着来的|跟着来的|陪着|陪同(?:参加)?|陪着去的|在场|旁听|列席|跟着去的|跟着|作陪)(?:的|了|而已)?';
/** 不算他谈的 · 不是他谈的 · 不算她主持的 · 不是王部长谈的: not the doer. */
const NOT_DOER = '(?:(?:不算|不是|并不是|不能算)(?:他|她|[\\u4e00-\\u9fa5]{2,6}?)?(?:谈的|谈话的|主持的|讲的|签的|查的|带队的|组织的|的)|(?:没|没有|并没有)(?:跟|和|与|找)(?:他|她)(?:谈|签)(?:话)?(?:过)?(?:的|了)?)';
// 孙丽只是陪着来的 没跟她谈 (round 65, gei; t68a B6: 「这条消息没有记录」): 陪着来的 went along, 没跟她谈 denies the talk with her.
/** 王部长只是陪着 不算他谈的 (the person (1), then both); 不算王部长谈的 他只是陪着 (the person (2) in the denial). */
const SAID = new RegExp(`^([\\u4e00-\\u9fa5]{2,8}?)(?:同志)?${ALONG}[,，;；\\s]*${NOT_DOER}$`);
const DENIED_FIRST = new RegExp(`^(?:不算|不是|并不是)([\\u4e00-\\u9fa5]{2,6}?)(?:谈的|主持的|讲的|签的|查的|带队的)[,，;；\\s]*(?:他|她)${ALONG}$`);
/** 部长 · 副理事长 · 主任: a title after a surname (王部长). */
const TITLED = /^([\u4e00-\u9fa5])(?:副)?(?:理事长|书记|部长|科长|主任|干事|处长|局长)$/;

/** The verb of the denial (谈 · 签 · 查/带队 · 主持 · 讲) and the record types it names. */
const VERB_FAMILY: [RegExp, (type: string) => boolean][] = [
  [/不(?:算|是)[\u4e00-\u9fa5]{0,6}?谈|没有?(?:跟|和|与|找)(?:他|她)谈/, (t) => t.startsWith('talk_')],
  [/不(?:算|是)[\u4e00-\u9fa5]{0,6}?签|没有?(?:跟|和|与|找)(?:他|她)签/, (t) => t.startsWith('pledge_')],
  [/不(?:算|是)[\u4e00-\u9fa5]{0,6}?(?:查|带队)/, (t) => t.startsWith('inspect_')],
  [/不(?:算|是)[\u4e00-\u9fa5]{0,6}?主持/, (t) => t.startsWith('meeting_')],
  [/不(?:算|是)[\u4e00-\u9fa5]{0,6}?讲/, (t) => t === 'edu_lecture'],
];

/**
 * Who on the card `words` names: a doer of its records whose full name is said, or whose surname is said with a title
 * (王部长 with 王磊 the card's doer, whatever 王建国 is); undefined when none, `ambiguous` when two doers fit.
 */
function doerOnCard(words: string, items: readonly PendingItem[], ctx: CompanionNotDoerContext): string | 'ambiguous' | undefined {
  const doers = [...new Set(items.flatMap((i) => (i.draft.actorId !== undefined ? [i.draft.actorId] : [])))];
  const full = doers.filter((id) => words.startsWith(ctx.personName(id)));
  if (full.length === 1) return full[0];
  const titled = TITLED.exec(words);
  const bySurname = titled ? doers.filter((id) => ctx.personName(id).startsWith(titled[1]!)) : [];
  if (bySurname.length > 1) return 'ambiguous';
  if (bySurname.length === 1) return bySurname[0];
  const id = ctx.personId(words);
  return id !== undefined && doers.includes(id) ? id : undefined;
}

/**
 * Reads `text` (a card edit, normalised) as 「X只是陪着 不算他谈的」 and takes X off as the doer of every record X holds on the
 * card: the member holds them instead (X kept as 同行 on a check). Unfit when two doers on the card fit the words, or the member
 * is the one talked to in such a record (who held it is then not said). Undefined when the words are not these, or X holds
 * none of the card's records.
 */
export function companionNotDoer(text: string, items: readonly PendingItem[], ctx: CompanionNotDoerContext): CompanionNotDoer | undefined {
  if (!/陪|在场|旁听|列席|跟着/.test(text)) return undefined;
  const t = text.trim().replace(/[。!！]+$/, '');
  const m = SAID.exec(t) ?? DENIED_FIRST.exec(t);
  if (!m) return undefined;
  const words = m[1]!.replace(/同志$/, '');
  const id = doerOnCard(words, items, ctx);
  if (id === 'ambiguous') return { kind: 'unfit', text: `卡片上有两位活动人都可能是「${words}」，卡片没有改动：请写全名，如「王磊只是陪着 不算他谈的」。` };
  if (id === undefined) return companionNotCounterpart(t, words, items, ctx);
  if (id === ctx.senderId) return undefined;
  // 不算他带队的 names the check only, 不算他谈的 the talks: the verb narrows the records when any fits it.
  const held = items.flatMap((i, n) => (i.draft.actorId === id ? [n] : []));
  const family = VERB_FAMILY.find(([verb]) => verb.test(t))?.[1];
  const fitting = family !== undefined ? held.filter((n) => family(items[n]!.draft.type ?? '')) : [];
  const at = fitting.length > 0 ? fitting : held;
  if (at.length === 0) return undefined;
  const sender = ctx.senderId;
  const mine = sender !== undefined ? at.filter((n) => items[n]!.draft.counterpartIds.includes(sender)) : [];
  // 陈副理事长只是陪着 不算他谈的 on a card of 冯雪's talk with 赵磊 and 陈志强→冯雪 the same day (round 63, gci; t66a B-F4: asked
  // who held it): the member's own record of that day and kind is the deed he went along on, so his record of a talk with
  // the member was read from his presence — it leaves, said; with no such own record who held it is still asked.
  const ownTwin = (n: number) => items.some((o, k) => k !== n && !at.includes(k) && (o.draft.actorId === undefined || o.draft.actorId === sender) && o.draft.type === items[n]!.draft.type && o.draft.date === items[n]!.draft.date);
  if (mine.length > 0 && mine.length === at.length && mine.every(ownTwin) && items.length > mine.length) {
    const name = ctx.personName(id);
    return { kind: 'changed', items: items.filter((_, n) => !mine.includes(n)), what: `去掉第${mine.map((n) => n + 1).join('、')}条（${name}只是陪同，不是他和您谈的；陪同的人不单独记录）` };
  }
  if (mine.length > 0) {
    return { kind: 'unfit', text: `第${mine.map((n) => n + 1).join('、')}条的对象是您本人，${ctx.personName(id)}只是陪同的话，是谁谈的？卡片没有改动：请说「第${mine[0]! + 1}条是某某谈的」。` };
  }
  const kept: string[] = [];
  const next = items.map((i, n) => {
    if (!at.includes(n)) return i;
    const { actorId: _gone, ...rest } = i.draft;
    if (i.draft.type !== undefined && isCheckType(i.draft.type)) {
      kept.push(String(n + 1));
      return { ...i, draft: { ...rest, companionIds: [...new Set([...(i.draft.companionIds ?? []), id])] } };
    }
    return { ...i, draft: rest };
  });
  const name = ctx.personName(id);
  const nums = at.map((n) => n + 1).join('、');
  const along = kept.length === at.length ? `${name}记为同行` : kept.length > 0 ? `第${kept.join('、')}条${name}记为同行，其余不记陪同的人` : `陪同的人不单独记录`;
  return { kind: 'changed', items: next, what: `第${nums}条活动人改为您本人（${name}只是陪同，${along}）` };
}

/**
 * 李明只是陪着 不算他谈的 on a card of 张伟's talks with 王建国 and 李明 (round 63, gci; t66a B-F12: 「这条消息没有记录」, the card
 * unchanged): the person named is one talked to, not a doer — he leaves the talked-to of the records the verb names (a
 * record of him alone leaves the card), said back; undefined when he is no one talked to there; unfit when nothing would be
 * left. Only a record beside another of the same doer, kind and day, or of several people, counts. The member is never taken off this way (that is who held it, asked above).
 */
function companionNotCounterpart(t: string, words: string, items: readonly PendingItem[], ctx: CompanionNotDoerContext): CompanionNotDoer | undefined {
  const id = ctx.personId(words);
  if (id === undefined || id === ctx.senderId) return undefined;
  const family = VERB_FAMILY.find(([verb]) => verb.test(t))?.[1];
  // He went along on a talk the card still holds: another record of the same doer, kind and day without him (张伟 with 王建国);
  // a talk with him alone beside nothing of that day is his own (何主任只是陪着 on the member's 谈心 with 何平 is no such edit).
  const alongOn = (i: PendingItem) => items.some((o) => o !== i && !o.draft.counterpartIds.includes(id) && o.draft.actorId === i.draft.actorId && o.draft.type === i.draft.type && o.draft.date === i.draft.date);
  const at = items.flatMap((i, n) => (i.draft.counterpartIds.includes(id) && i.draft.actorId !== id && (family === undefined || family(i.draft.type ?? '')) && (i.draft.counterpartIds.length > 1 || alongOn(i)) ? [n] : []));
  if (at.length === 0) return undefined;
  const gone = at.filter((n) => items[n]!.draft.counterpartIds.length === 1);
  const name = ctx.personName(id);
  if (gone.length === items.length) return { kind: 'unfit', text: `卡片上只有和${name}的记录，去掉后就没有要记的了，卡片没有改动：都不要请回复「取消」。` };
  const next = items.flatMap((i, n) => (gone.includes(n) ? [] : at.includes(n) ? [{ ...i, draft: { ...i.draft, counterpartIds: i.draft.counterpartIds.filter((c) => c !== id) } }] : [i]));
  const nums = at.map((n) => n + 1).join('、');
  const how = gone.length === at.length ? `去掉第${nums}条` : `第${nums}条对象去掉${name}`;
  return { kind: 'changed', items: next, what: `${how}（${name}只是陪同，不算和他谈的；陪同的人不单独记录）` };
}
