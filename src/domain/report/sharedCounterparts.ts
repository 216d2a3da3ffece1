// 与赵磊进行廉政谈话，并签订了廉政承诺书: the 责任书 clause names no one of its own and was signed with the one talked to.
import type { Directory } from '../organization.js';
import type { ParsedReport } from './draft.js';
import { CLAUSE_DAY } from './clauseDay.js';

/**
 * A clause that only goes on (并签订了…, 同时签署…; 顺便把承诺书也签了 · 顺带签了…, round 18: the 承诺书 lost the one talked
 * to), with no subject or counterpart of its own.
 */
// 随即/接着/谈话结束后/谈完后双方… (round 36, t36b F9's kind: the signing had no one) go on as 随后 does.
// 谈完后让我们各自写了承诺书 (round 37, t36c F10: the 医师's own signing with no one): the talker had those talked to write
// (or sign) their pledges, a signing of the talker's with them as 并签订 is.
// 谈话结束后，两位同志现场签订了廉洁从政承诺书 · 谈话后我们双方签订了… (round 38, fkg: the signing asked 和谁 or kept with no
// one): those who signed, named as the pair or group of the talk just told (两位同志 · 二人 · 我们双方 · 他们 · 对方 · 谈话对象),
// are the talk's own two sides; 他/她 alone may be either side and is not read so.
// 何主任昨天跟我谈了话，是廉政谈话，还一起签了承诺书 (t39a F25: the signing shown with no one): 一起/一同 sign together.
// 谈完以后大家一起签了承诺书 (round 41, t41a F21: asked 和谁, then whose): 以后 as 之后, 大家 the talk's two sides.
const OPENING = '(?:并且?|同时|还|随后|随即|紧接着|接着|然后|最后|当场|现场|会后|谈话(?:结束|完毕)?(?:后|之后|以后|时)|谈完(?:话)?(?:后|之后|以后)?|之后|以后|结束后|双方|顺便|顺带|顺手|一并)';
// 谈话后他签订了廉政承诺书 (round 53, fkaa; t56a F1: the 承诺书 kept with no one): 他/她/对方 after a talk with ONE person is
// either side of that talk, and either way the signing is the talker's with that person; with several talked to, 他/她 is
// not read (ONE_SIGNER, checked in withSharedCounterparts).
const ONE_SIGNER = '(?:他|她)(?![们俩])';
// 冯部长跟我谈了话 然后 我签了 廉洁承诺书 (round 57, feb; t59b F1: the pledge kept as the sender's own with no one): 我/我们
// signing right after a talk in which the sender was the one talked to is that talk's own signing (SELF_SIGNER, read only
// when the sender is among those talked to, checked in withSharedCounterparts).
const SELF_SIGNER = '(?:我们|我)(?!们)';
const SIGNERS = '(?:我们双方|谈话双方|双方|我们两人|我们二人|我们俩|我俩|咱俩|两人|二人|俩人|两位同志|两位|二位|两名同志|三位同志|三名同志|三人|几位同志|他们|她们|他俩|她俩|对方|谈话对象|被谈话人|大家)';
// 今天和王强谈了心 昨天签的承诺书 (round 50, fxe #44: the signing kept with no one): a day of its own before the signing
// (昨天签的 · 前天也签了) or the paper first (承诺书是昨天签的) goes on from the talk too, and is asked whom (DATED_SIGNING).
const goesOn = (selfSigner: string) => new RegExp(
  `^[\\s，,、\\u0000]*(?:${OPENING}[\\s，,、\\u0000]*){0,2}(?:${CLAUSE_DAY}[\\s，,\\u0000]*)?(?:又|${SIGNERS}|${ONE_SIGNER}${selfSigner})?[\\s\\u0000]*(?:又|也|还|都|均|就)?(?:当场|现场|当面|随即)?[\\s\\u0000]*` +
    `(?:(?:让|要求|叫|请|安排)(?:我们两人|我们二人|我们俩|我俩|我们|我|两人|二人|大家|他们|她们|他|她)?[\\s\\u0000]*)?(?:各自|分别|每人|各|也|还|都|均)?(?:共同|一起|一同)?` +
    `(?:签(?:订|署|了|的)|写(?:了|下)?[^,;。\\s]{0,8}?承诺书|把[^,;。\\s]{0,10}?(?:也|都|一并)?签)` +
    `|^[\\s，,、\\u0000]*(?:廉政|廉洁|廉洁从政|廉洁自律)?(?:承诺书|责任书)(?:也|则)?(?:是|也是)?(?:${CLAUSE_DAY})(?:也|就)?(?:签(?:订|署)?(?:的|了))`,
  );
const GOES_ON = goesOn('');
/** GOES_ON with 我/我们 as the signer too: read only when the sender was the one talked to. */
const GOES_ON_SELF = goesOn(`|${SELF_SIGNER}`);

/** 他/她 as the signer, after when the signing came: read only after a talk with one person. */
const ONE_SIGNER_OPENS = new RegExp(`^[\\s，,、\\u0000]*(?:${OPENING}[\\s，,、\\u0000]*){0,2}(?:${CLAUSE_DAY}[\\s，,\\u0000]*)?${ONE_SIGNER}`);

/** The signing clause opening with a day of its own, or the paper first with its day (承诺书是昨天签的). */
const DATED_SIGNING = new RegExp(`^[\\s，,、\\u0000]*(?:${OPENING}[\\s，,、\\u0000]*){0,2}${CLAUSE_DAY}|^[\\s，,、\\u0000]*(?:廉政|廉洁|廉洁从政|廉洁自律)?(?:承诺书|责任书)(?:也|则)?(?:是|也是)?${CLAUSE_DAY}`);

/** 个人廉政承诺书, 组织全体人员签订: one's own or everyone's, no one talked to. */
const NOT_THE_TALKED_TO = /个人|本人|自己|全体|各科室|各部门|所有/;

/**
 * The 责任书 records read from `piece` (each with no counterpart and no
 * counterpart problem), given the counterparts of the talk records (typed, or of a
 * type still asked) of the
 * clause just before in the same entry (`before`) when the two share a doer.
 * Returns `reports` unchanged when the piece has its own subject or counterpart,
 * names one's own pledge, or the clause before holds no talk with someone.
 * One record per counterpart, as for a 责任书 signed with several (perCounterpart).
 */
export function withSharedCounterparts(reports: ParsedReport[], piece: string, before: ParsedReport[], directory: Directory, senderId?: string): ParsedReport[] {
  if (reports.length === 0 || NOT_THE_TALKED_TO.test(piece)) return reports;
  if (!GOES_ON.test(piece) && !(senderId !== undefined && GOES_ON_SELF.test(piece) && talkedToSenderBy(before, senderId) !== undefined)) return withTalkerOfNamedSigners(reports, piece, before, directory);
  const bare = (r: ParsedReport) =>
    r.draft.type === 'pledge_sign' && r.draft.counterpartIds.length === 0 && !r.problems.some((p) => p.code === 'unknown_counterpart' || p.code === 'ambiguous_counterpart');
  if (!reports.every(bare)) return reports;
  // A talk whose type is still asked (孙丽科长找我谈话) has its counterparts all the same.
  const talks = before.filter((r) => (r.draft.type === undefined || r.draft.type === 'talk_integrity' || r.draft.type === 'talk_heart') && r.draft.counterpartIds.length > 0);
  if (talks.length === 0) return reports;
  // 今天和王强谈了心 昨天签的承诺书 (round 50, fxe #44): a signing on a day of its own may not be with the one talked to
  // (孙科长…和我进行了廉政谈话，11月25日让我写了承诺书 is asked, round 37's row): asked 和谁, never kept with no one.
  if (DATED_SIGNING.test(piece)) return reports.map((r) => (r.problems.some((p) => p.code === 'missing_counterpart') ? r : { ...r, problems: [...r.problems, { code: 'missing_counterpart' as const }] }));
  // 冯部长和我谈话，签了承诺书: a clause that only goes on has the subject of the one before (found: the 承诺书 lost both).
  const talker = talks[0]!.draft.actorId;
  const doer = reports[0]!.draft.actorId ?? talker;
  if (talks.some((t) => t.draft.actorId !== doer)) return reports;
  const ids = [...new Set(talks.flatMap((t) => t.draft.counterpartIds))];
  // 他/她 signed after talks with several: which one is not said (kept as read before).
  if (ids.length !== 1 && ONE_SIGNER_OPENS.test(piece)) return reports;
  // Talks of several days (上周三跟徐辉…，前天跟孙杰…，都签了): each signed on the day of the talk with them.
  const days = new Set(talks.map((t) => t.draft.date));
  return reports.flatMap((r) =>
    ids.map((id): ParsedReport => {
      const departmentId = directory.person(id)?.departmentId ?? r.draft.departmentId;
      const talk = days.size > 1 ? talks.find((t) => t.draft.counterpartIds.includes(id))?.draft : undefined;
      const dated = talk?.date !== undefined ? { date: talk.date, late: talk.late } : {};
      const draft = { ...r.draft, ...dated, ...(doer !== undefined ? { actorId: doer } : {}), counterpartIds: [id], ...(departmentId ? { departmentId } : {}) };
      // Read from the clause before, not said in this one: shown for a tap.
      // 要求大家各自写了承诺书 (round 37): whom 大家 left asked are the people talked to, so no one is asked any more.
      const problems = r.problems.filter((p) => p.code !== 'missing_counterpart');
      return { ...r, draft, problems, reasons: [...(r.reasons ?? []), 'items', ...(doer !== undefined ? (['third_person'] as const) : [])] };
    }),
  );
}

/**
 * The one who talked with the sender in `before` (冯部长跟我谈了话): every talk there by one doer, not the sender, whose
 * counterparts include `senderId`; undefined otherwise.
 */
function talkedToSenderBy(before: ParsedReport[], senderId: string): string | undefined {
  const talks = before.filter((r) => (r.draft.type === undefined || r.draft.type === 'talk_integrity' || r.draft.type === 'talk_heart') && r.draft.counterpartIds.length > 0);
  const talker = talks[0]?.draft.actorId;
  if (talker === undefined || talker === senderId || talks.some((t) => t.draft.actorId !== talker)) return undefined;
  return talks.some((t) => t.draft.counterpartIds.includes(senderId)) ? talker : undefined;
}

/** The words before a named signer: when the signing came (谈话结束后 · 会后 · 随后), nothing of a deed. */
const BEFORE_SIGNER = new RegExp(`^[\\s，,、\\u0000]*(?:${OPENING}[\\s，,、\\u0000]*){0,2}$`);
/** What follows a named signer up to the signing: 同志 · a post · 也/当场/各自. */
const SIGNER_TO_SIGNING = /^(?:同志|副?科长|副?部长|副?主任|副?理事长|书记)?[\s\u0000]*(?:也|都|均|又)?(?:当场|现场|当面|随即)?(?:各自|分别|均|都|也)?(?:签(?:订|署|了))/;

/**
 * 黄志刚书记与王强进行了廉政谈话，谈话结束后王强签订了廉洁承诺书 sent by a clerk (round 38, fkg: the signing the clerk's own
 * with 王强): a signing right after another's talk, whose subject is one the talk was held with, is the talker's signing
 * with them. `reports` each a signing of the sender's (no actorId) with only people of the talk; unchanged otherwise, and
 * when the talk was the sender's own (会后李娟签订了… from 孙丽 already reads so).
 */
function withTalkerOfNamedSigners(reports: ParsedReport[], piece: string, before: ParsedReport[], directory: Directory): ParsedReport[] {
  const talks = before.filter((r) => (r.draft.type === undefined || r.draft.type === 'talk_integrity' || r.draft.type === 'talk_heart') && r.draft.counterpartIds.length > 0);
  const talker = talks[0]?.draft.actorId;
  if (talker === undefined || talks.some((t) => t.draft.actorId !== talker)) return reports;
  const talkedTo = new Set(talks.flatMap((t) => t.draft.counterpartIds));
  const signing = (r: ParsedReport) => r.draft.type === 'pledge_sign' && r.draft.actorId === undefined && r.draft.counterpartIds.length > 0 && r.draft.counterpartIds.every((id) => talkedTo.has(id)) && r.problems.length === 0;
  if (!reports.every(signing)) return reports;
  // The subject written first: one of those signed with, by name, after nothing but when it came.
  const signers = [...new Set(reports.flatMap((r) => r.draft.counterpartIds))];
  const subject = signers.some((id) => {
    const name = directory.person(id)?.name;
    if (name === undefined) return false;
    const at = piece.indexOf(name);
    return at >= 0 && BEFORE_SIGNER.test(piece.slice(0, at)) && SIGNER_TO_SIGNING.test(piece.slice(at + name.length));
  });
  if (!subject) return reports;
  return reports.map((r) => ({ ...r, draft: { ...r.draft, actorId: talker }, reasons: [...(r.reasons ?? []), 'items', 'third_person'] }));
}

/** A line opening with when the signing came or who signed (并/还 go on within a line only). */
const OPENS_AFTER_TALK = new RegExp(`^[\\s，,、\\u0000]*(?:${OPENING}|${SIGNERS})`);

/**
 * Whether `piece`, opening a line after a line that told a talk, goes on from that talk as a signing (谈话结束后，两位同志
 * 现场签订了… on a line of its own): it opens with when the signing came or with those who signed, as GOES_ON reads.
 */
export function signingGoesOnFromTalk(piece: string): boolean {
  return GOES_ON.test(piece) && !NOT_THE_TALKED_TO.test(piece) && OPENS_AFTER_TALK.test(piece) && !/^[\s，,、\u0000]*(?:并且?|同时|还|顺便|顺带|顺手|一并)/.test(piece);
}

/**
 * 还谈了心, 并进行了廉政谈话: a talk clause going on from the one before, with no one of its own. Round 42 (t42a F11: 「…签订了
 * 责任书，随后开展了集体廉政谈话」 asked 和谁): 会后 / 签订后 / 紧接着 open it too, and the talk may be 集体 (with the same people).
 * Round 43 (fpd, the silent drop's kin): a 集中谈话, a (集体)约谈 or a 廉政提醒 going on from the signing is with those people too.
 * Round 55 (fhe, t57a F2: 「和陈静签了廉政承诺书，还顺便谈了谈心」 asked 和谁 though 「…还谈了心」 was read): 顺便/顺带/顺手/就
 * after 还/也, and the reduplicated 谈了谈心 · 谈谈心, go on from the signing as 还谈了心 does.
 */
const TALK_GOES_ON = /^[\s，,、\u0000]*(?:并且?|同时|还|也|随后|随即|紧接着|接着|然后|又|之后|以后|再|顺便|顺带|会后|签(?:订|署|字|完)(?:责任书|承诺书)?(?:结束|完毕)?(?:后|之后|以后)|(?:签订|签字|签署)?(?:结束|完毕)(?:后|之后|以后))[\s\u0000，,]*(?:又|还|并|也)?[\s\u0000]*(?:顺便|顺带|顺手|就)?[\s\u0000]*(?:分别|逐一|一一|集中|一起|一同|单独)?(?:进行了?|开展了?|组织了?)?[\s\u0000]*(?:集体|个别|一对一|集中)?(?:廉政谈话|谈心谈话|谈了?谈心|谈了?心|谈了?话|谈心|提醒谈话|约谈|廉[政洁]提醒|\u0000)/;

/**
 * The talk records read from `piece` that are missing only their counterpart,
 * given the counterparts of the 责任书 records of the clause just before in the
 * same entry (昨天和赵磊签了承诺书，还谈了心) when the two share a doer; one record
 * per counterpart, shown for a tap. Returns `reports` unchanged otherwise.
 */
export function withCounterpartsOfPledge(reports: ParsedReport[], piece: string, before: ParsedReport[], directory: Directory): ParsedReport[] {
  if (reports.length !== 1 || !TALK_GOES_ON.test(piece)) return reports;
  const talk = reports[0]!;
  const missing = talk.problems.filter((p) => p.code === 'missing_counterpart');
  if (missing.length !== 1 || talk.draft.counterpartIds.length > 0 || (talk.draft.type !== 'talk_integrity' && talk.draft.type !== 'talk_heart')) return reports;
  const pledges = before.filter((r) => r.draft.type === 'pledge_sign' && r.draft.counterpartIds.length > 0);
  if (pledges.length === 0) return reports;
  // 张伟书记与王建国…签订了责任书，签订后逐一进行了廉政谈话 (round 60, fbb; t62a F1: asked 和谁, and a group answer made the
  // talks the clerk's): a talk opening with when-words has no subject of its own, so a third person who signed holds it too.
  const signer = pledges[0]!.draft.actorId;
  const carried = talk.draft.actorId === undefined && signer !== undefined ? signer : undefined;
  if (pledges.some((r) => r.draft.actorId !== signer) || (carried === undefined && signer !== talk.draft.actorId)) return reports;
  const ids = [...new Set(pledges.flatMap((r) => r.draft.counterpartIds))];
  const problems = talk.problems.filter((p) => p.code !== 'missing_counterpart');
  const talker = carried === undefined ? {} : { actorId: carried };
  const remarks = carried === undefined ? talk.remarks : [...talk.remarks, `谈话人为${directory.person(carried)?.name ?? carried}（代为上报）`];
  const reasons = carried === undefined ? (['items'] as const) : (['items', 'third_person'] as const);
  return ids.map((id): ParsedReport => {
    const departmentId = directory.person(id)?.departmentId ?? talk.draft.departmentId;
    return { ...talk, problems, remarks, draft: { ...talk.draft, ...talker, counterpartIds: [id], ...(departmentId ? { departmentId } : {}) }, reasons: [...(talk.reasons ?? []), ...reasons] };
  });
}
