// 我和王建国副理事长进行了廉政谈话, and the same without 我 (round 25b §1, round 27 u): a talk or signing between the sender
// and their superior is held by the superior. Read as the sender's, the leader's duty stayed open and the 台账 said a 部长
// talked with the 副理事长.
import { isAboveInChain } from './superiorInChain.js';
import { senderNotParty } from './senderNotParty.js';
import { asSuperiorsOwn, superiorAsSubject } from './superiorAsSubject.js';
import type { ParseContext, ParsedReport, ReportProblem } from './draft.js';

export { isSuperiorOf } from './superiorInChain.js';

/** The deeds a superior holds with someone below them in the chain. */
export const HELD_FROM_ABOVE: ReadonlySet<string> = new Set<string>(['talk_integrity', 'talk_heart', 'pledge_sign']);

/**
 * Questions about the day only: the pair is plain, so the record is turned before the day is asked (和王建国副理事长进行了
 * 廉政谈话, then 昨天, was stored as 李明>王建国: the answer completes the draft and nothing reads it again).
 */
const DAY_QUESTIONS = new Set<string>(['missing_date', 'future_date', 'ambiguous_year', 'weekday_conflict']);

/**
 * A kind asked only among deeds held from above (廉政谈话 · 谈心谈话 · 签订): 赵磊「上周和冯部长谈了话」 (t50a N1, round 48)
 * was asked its kind with 赵磊 as the doer, although either answer makes it 冯雪's talk with him.
 */
function untypedTalk(p: ReportProblem): boolean {
  return p.code === 'missing_type' && (p.among ?? []).every((t) => HELD_FROM_ABOVE.has(t));
}

/** 谈了话 · 约谈 · 谈心 · 签了: a talk or signing in the words (a 座谈会 is a meeting). */
const TALK_WORDS = /(?<!座)谈|签/;

/**
 * A talk or signing: its type one held from above, or its kind asked (among those only, or among none named) while the text
 * speaks of a talk or signing.
 */
function heldKind(r: ParsedReport, text: string): boolean {
  if (r.draft.type !== undefined) return HELD_FROM_ABOVE.has(r.draft.type);
  return TALK_WORDS.test(text) && r.problems.some(untypedTalk);
}

/**
 * 我找/我约/我主动/我向 X…: the sender sought the talk, so who held it is not plain from the chain; today's reading stays
 * (a 谈心 a member asks of a leader is theirs to report).
 */
const SENDER_SOUGHT = /我(?:主动|专门|特意)?(?:去|又)?(?:找|约|向|请|给)/;

/**
 * The same without 我, as members write on a phone: 主动/专门/特意 anywhere (今天主动与王磊部长谈心), or 找/约/请/向 right
 * before the superior's name or surname (今天找孙科长谈了心, 约王建国副理事长谈心). Tied to the superior's name, so 找准问题
 * or 大约 elsewhere in the text does not count.
 */
function soughtWithoutI(text: string, upperName: string): boolean {
  if (/(?:主动|专门|特意)(?:去|又)?(?:找|约|向|请|与|和|跟|同)/.test(text)) return true;
  const surname = upperName.slice(0, 1);
  return new RegExp(`(?:^|[^大])(?:找|约|请|向)(?:了)?(?:${upperName}|${surname})`).test(text);
}

/**
 * Whether `text` says the sender sought the talk (我找/我约…, 主动与…, 找孙科长…; see SENDER_SOUGHT and soughtWithoutI),
 * so it stays theirs; `upperName` ties 找/约/请/向 to that superior, and without it only the forms that need no name count.
 */
export function senderSoughtTalk(text: string, upperName?: string): boolean {
  if (SENDER_SOUGHT.test(text)) return true;
  return upperName !== undefined && upperName !== '' ? soughtWithoutI(text, upperName) : /(?:主动|专门|特意)(?:去|又)?(?:找|约|向|请|与|和|跟|同)/.test(text);
}

/** 王建国是您的上级，按王建国与您的谈话记录: why a talk or signing (`type`) with `name` is recorded as theirs. */
export function heldFromAbove(name: string, type: string | undefined): string {
  return `${name}是您的上级，按${name}与您的${type === 'pledge_sign' ? '签订' : '谈话'}记录`;
}

/** 责任书刘芳11月10号签了 陈志强11月12号签了: the message opens on the paper, the signer (surname `surname`) named after it. */
const PAPER_BEFORE_SIGNER = (surname: string) => new RegExp(`^[^,;。!?，；！？\\n]{0,8}?(?:责任书|承诺书|责任状)[\\s\\S]*?${surname}`);

/**
 * Talks and signings read as the sender's (no other doer) with one counterpart who stands anywhere above the sender in the
 * chain (see `isAboveInChain`: the direct superior, or the 书记 / 分管领导 above them) turned round: the superior holds them,
 * the sender is the one talked or signed with, whether or not the sender writes 我. Shown for 确认 as another's deed with a
 * remark (after the day, when only that is asked). Records asked anything else, or a message where the sender sought the
 * talk (我找/我约…, 主动与…, 找孙科长…), are returned unchanged;
 * in a message of another's deeds with no 我 (see `senderNotParty`) the record is asked whose it was (`missing_actor`).
 */
export function withSuperiorHolding(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  if (SENDER_SOUGHT.test(text)) return reports;
  const turned = reports.map((r) => {
    const d = r.draft;
    // 张伟「刘芳副理事长11月20日和我签订了责任书」 (round 54, fjd; t56 kind 4: on a card as 刘芳's signing with 张伟): a 责任书
    // between the sender and someone below them in the chain is signed by the sender, the one above (duties.md: the 书记 with
    // each 班子成员, each leader with their heads), whichever of the two the sentence names first; shown for a tap as before.
    if (d.type === 'pledge_sign' && d.actorId !== undefined && d.actorId !== ctx.senderId && d.counterpartIds.length === 1 && d.counterpartIds[0] === ctx.senderId && r.problems.length === 0 && isAboveInChain(ctx.directory, ctx.senderId, d.actorId)) {
      const lower = d.actorId;
      const name = ctx.directory.person(lower)?.name ?? '';
      const { actorId: _lower, ...plain } = d;
      return {
        ...r,
        draft: { ...plain, counterpartIds: [lower] },
        remarks: [...r.remarks.filter((m) => m !== `按${name}的活动记录（代为上报）`), `您是${name}的上级，按您与${name}的签订记录`],
        reasons: [...new Set([...(r.reasons ?? []).filter((x) => x !== 'third_person'), 'direction' as const])],
      };
    }
    const own = d.actorId === undefined || d.actorId === ctx.senderId;
    // 李明 廉政谈话 11.20 (a name and a type only) is already on a card that says which way round it was read.
    const terse = r.reasons?.includes('direction') ?? false;
    if (!own || terse || !heldKind(r, text) || d.counterpartIds.length !== 1 || r.problems.some((p) => !DAY_QUESTIONS.has(p.code) && !untypedTalk(p))) return r;
    const upper = d.counterpartIds[0]!;
    const name = ctx.directory.person(upper)?.name ?? '';
    // 王建国副理事长11月28日签订了责任书 from 林晓, a 纪检 officer outside the chain (round 53, fkf: stored as 林晓's signing with
    // 王建国): the one named as the subject who signed, no 我 and no one signed with, signed for themselves, whoever tells it.
    // Not one of the sender's own people (round 53, fkff): 刘芳「康复部的承诺书吴静昨天签了」 is her signing with 吴静 (round 50).
    if (d.type === 'pledge_sign' && !isAboveInChain(ctx.directory, upper, ctx.senderId) && !isAboveInChain(ctx.directory, ctx.senderId, upper) && superiorAsSubject(text, name)) return asSuperiorsOwn(r, upper, text, ctx);
    // 张伟「刘芳副理事长11月20日签订了责任书」 (round 54, fjd; t56 kind 4: on a card as 张伟's signing with 刘芳): a 班子成员 below the
    // sender signs 责任书 with the heads she supervises as well as with the 书记, so the one named as the subject who signed is
    // the doer and with whom is asked (「和我」 answers it), as from anyone else; never the sender's own signing unsaid.
    // Not when the paper opens the message before the name (round 54, fjdd): 张伟「责任书刘芳11月10号签了 陈志强11月12号签了」
    // tells whose signature the sender collected, the 书记's own signings with them (round 50, as 刘芳「康复部的承诺书吴静昨天签了」).
    if (d.type === 'pledge_sign' && isAboveInChain(ctx.directory, ctx.senderId, upper) && (ctx.directory.person(upper)?.roles ?? []).includes('leader') && superiorAsSubject(text, name) && !PAPER_BEFORE_SIGNER(name[0] ?? '').test(text)) return asSuperiorsOwn(r, upper, text, ctx);
    // Anyone above the sender, not only the direct superior (round 34b §1a: 周涛 with 张伟书记, 李娟 with 王建国副理事长).
    if (!isAboveInChain(ctx.directory, upper, ctx.senderId)) return r;
    // 今天和王建国副理事长进行了廉政谈话 (no 我) is the same talk as 我和王建国…: held from above (round 27 u). Only a talk
    // the sender plainly sought stays theirs.
    if (name !== '' && soughtWithoutI(text, name)) return r;
    // 冯部长今天签了家庭助廉承诺书 (round 29a, B25): the superior alone as the subject, no 我, no one signed with: their own deed.
    if (superiorAsSubject(text, name)) return asSuperiorsOwn(r, upper, text, ctx);
    // …X主持召开…。…与李明进行了廉政谈话 from 李明's clerk, no 我 (issue 10 F1): whose talk it was is asked, X first.
    const others = senderNotParty(r, reports, text, ctx);
    // 王建国，今天和李明谈话 from 李明's clerk (j25): with the kind still asked, whose it was is left to the readers after.
    if (others.length > 0 && d.type === undefined) return r;
    if (others.length > 0) return { ...r, problems: [...r.problems, { code: 'missing_actor' as const, candidateIds: [...new Set([...others, upper, ctx.senderId])] }] };
    return {
      ...r,
      draft: { ...d, actorId: upper, counterpartIds: [ctx.senderId] },
      remarks: [...r.remarks, `${heldFromAbove(name, d.type)}（记在${name}名下）`],
      reasons: [...new Set([...(r.reasons ?? []), 'third_person' as const])],
    };
  });
  // …分别与郑华、冯雪进行了廉政谈话: the talk asked whose is one deed with its siblings (same type and day, no doer), asked alike.
  const asked = turned.flatMap((r, i) => (r !== reports[i] && r.draft.actorId === undefined ? r.problems.filter((p) => p.code === 'missing_actor') : []));
  if (asked.length === 0) return turned;
  const askedOf = (r: ParsedReport) => turned.find((o, i) => o !== reports[i] && o.draft.type === r.draft.type && o.draft.date === r.draft.date && o.draft.actorId === undefined);
  return turned.map((r) => {
    const kin = askedOf(r);
    if (!kin || kin === r || r.draft.actorId !== undefined || r.problems.some((p) => p.code === 'missing_actor')) return r;
    return { ...r, problems: [...r.problems, ...kin.problems.filter((p) => p.code === 'missing_actor')] };
  });
}
