// 刘芳「周涛和张颖今天谈了谈心」 (round 65, geb; issue 10): two people joined by 和/跟 before 谈了 say a talk was had between
// them, not who held it; it was read one way (the first named the doer) and carded without a word — 周涛和王磊…, two heads
// neither above the other, made 周涛's talk with 王磊. When one stands above the other in the chain, theirs is the likely
// talk: kept (or turned round) on the card, which says it was read that way; otherwise who held it is asked between the two.
import { isTalkType } from '../activityTypes.js';
import type { ParseContext, ParsedReport } from './draft.js';
import { isAboveInChain } from './superiorInChain.js';

/** After the first name: its title, then 和/跟 (与/同 write a doer first: 王建国副理事长与王强进行了廉政谈话). */
const JOINED = /^(?:同志)?(?:副?(?:书记|理事长|主任|部长|科长)|干事)?(?:同志)?[\s\u0000]*(?:和|跟)[\s\u0000]*$/;
/**
 * After the second name, in its clause: a title, a day or time of a few words, then the talk itself said in speech (谈了谈心 ·
 * 谈了话 · 谈心 · 谈过 · 谈了廉政谈话) with no one else turned to (与/对/找 would make the two the doers of a talk with a third).
 * 进行了/开展了…谈话 is the written report's form, where the doer stands first (李明主任和王强进行了廉政谈话, the corpus's hard
 * kinds): left as read. 都/均/各/两个人 say both had talks (王芳和胡军两个人都谈了: with the sender), not one between them.
 */
const TALKED_AFTER = /^(?:同志)?(?:副?(?:书记|理事长|主任|部长|科长)|干事)?(?:同志)?[\s\u0000]*[^，,。；;\n与对找给向为和跟参出都均各个进开]{0,8}?(?:一起|俩)?(?:廉政|提醒|集体)?(?:谈了|谈心|谈话|谈过|聊了|\u0000)/;

/** The card's note on a pair read as the one above's (group 1 the one above, group 2 the other): dropped once no record is theirs. */
export const PAIR_READ_NOTE = /^消息里「[^」]+」没写是谁谈的，按上级([\u4e00-\u9fa5]{2,4}?)与([\u4e00-\u9fa5]{2,4}?)(?:谈心|谈话)记录/;

/**
 * `reports` with a talk between two people named 「A和B…谈了」 (neither the sender, no 我 in the message, its one record A's with
 * B or B's with A) read as the chain says: the one above the other holds it, turned round if written second, and a remark
 * says how it was read (the record stays on the card, third-person); neither above the other, the record's doer is asked
 * between the two (missing_actor, both kept as counterparts until the answer leaves the other). `text` is the message.
 */
export function withTalkPairAsked(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  if (reports.length !== 1 || !/和|跟/.test(text) || /我|本人/.test(text)) return reports;
  const r = reports[0]!;
  const doer = r.draft.actorId;
  // 周涛和王磊谈了话 (its kind asked) is a talk between the two all the same.
  const talk = r.draft.type === undefined ? r.problems.some((p) => p.code === 'missing_type') : isTalkType(r.draft.type);
  if (!talk || doer === undefined || r.draft.counterpartIds.length !== 1) return reports;
  const other = r.draft.counterpartIds[0]!;
  if (doer === ctx.senderId || other === ctx.senderId || r.problems.some((p) => p.code === 'missing_actor' || p.code === 'ambiguous_actor')) return reports;
  const order = writtenAsPair(text, doer, other, ctx) ?? writtenAsPair(text, other, doer, ctx);
  if (order === undefined) return reports;
  const [first, second] = order;
  const upper = above(first, second, ctx) ? first : above(second, first, ctx) ? second : undefined;
  const nameOf = (id: string) => ctx.directory.person(id)?.name ?? id;
  const kind = r.draft.type === 'talk_heart' ? '谈心' : '谈话';
  if (upper !== undefined) {
    // 张颖和周涛谈了谈心: turned round already by the chain (withSuperiorHolding's note says so).
    if (upper === doer && upper !== first) return reports;
    const lower = upper === first ? second : first;
    const note = `消息里「${nameOf(first)}和${nameOf(second)}」没写是谁谈的，按上级${nameOf(upper)}与${nameOf(lower)}${kind}记录；不对请点「修改」`;
    const remarks = [...r.remarks.filter((m) => !(m.startsWith('谈话人为') && m.endsWith('（代为上报）'))), `谈话人为${nameOf(upper)}（代为上报）`, note];
    return [{ ...r, draft: { ...r.draft, actorId: upper, counterpartIds: [lower] }, remarks }];
  }
  const { actorId: _asked, ...rest } = r.draft;
  return [
    {
      ...r,
      draft: { ...rest, counterpartIds: [first, second] },
      problems: [...r.problems, { code: 'missing_actor', candidateIds: [first, second] }],
      remarks: r.remarks.filter((m) => !(m.startsWith('谈话人为') && m.endsWith('（代为上报）'))),
    },
  ];
}

/** [a, b] when `text` writes 「a(title)和b(title)…谈了」 in one clause, the two named once each; undefined otherwise. */
function writtenAsPair(text: string, a: string, b: string, ctx: ParseContext): [string, string] | undefined {
  const an = ctx.directory.person(a)?.name;
  const bn = ctx.directory.person(b)?.name;
  if (an === undefined || bn === undefined) return undefined;
  const at = text.indexOf(an);
  const bt = text.indexOf(bn, at + an.length);
  if (at < 0 || bt < 0 || text.indexOf(an, at + 1) >= 0 || text.indexOf(bn, bt + 1) >= 0) return undefined;
  // The pair opens its clause (a day before it at most): 林晓说周涛和张颖… is someone's telling, left as it reads.
  const opening = text.slice(0, at);
  if (!/^[\s\u0000]*(?:[\d０-９]{1,2}[月.．][\d０-９]{1,2}[日号]?|[今昨前]天|上周[一二三四五六日天]|周[一二三四五六日天]|[\d０-９]{1,2}[日号])?[\s\u0000，,]*(?:上午|下午|晚上)?[\s\u0000，,]*$/.test(opening)) return undefined;
  if (!JOINED.test(text.slice(at + an.length, bt)) || !TALKED_AFTER.test(text.slice(bt + bn.length))) return undefined;
  // 上周一王建国和刘芳谈了话，都是廉政谈话 (round 54 fjf's near-miss, from 张伟): 都/均/各/分别 anywhere after tells of several
  // talks, maybe the sender's with both; left as read.
  if (/都|均|各|分别/.test(text.slice(bt + bn.length))) return undefined;
  return [a, b];
}

/**
 * Whether `a` stands above `b`: in the chain (isAboveInChain), or as the deputy of their own unit over one of its staff with
 * no post (王强 财务科副科长 over 李娟 科员 · 徐辉 副主任 over 孙杰: 孙丽「王强和李娟11月27日谈了廉政谈话」 is 王强's).
 */
function above(a: string, b: string, ctx: ParseContext): boolean {
  if (isAboveInChain(ctx.directory, a, b)) return true;
  const pa = ctx.directory.person(a);
  const pb = ctx.directory.person(b);
  if (!pa || !pb || pa.departmentId === undefined || pa.departmentId !== pb.departmentId || [pa, pb].some((p) => p.roles.some((r) => r === 'secretary' || r === 'leader' || r === 'inspector'))) return false;
  return /副(?:科长|主任|部长)$/.test(pa.title) && !/(?:科长|主任|部长|书记|理事长)$/.test(pb.title) && ctx.directory.headedBy(b).length === 0;
}
