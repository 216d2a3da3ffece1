// 「…，冯雪部长和我参加，会上陈副理事长与我俩分别进行了廉政谈话。」 (round 39, t38a F9 (a): the talk with 冯雪 dropped, only the
// sender's kept): 我俩 · 我们俩 · 我们两人 · 我们二人 talked to are the sender and the one named with 和我 just before.
import { isTalkType } from '../activityTypes.js';
import type { ParseContext, ParsedReport } from './draft.js';
import { surfaceItems, surnameTitleItems } from './parseCounterpartItems.js';
import { directoryIndex } from './parseDirectoryIndex.js';

/** 与我俩 · 和我们俩 · 跟我们两人 · 同我们二人 · 找我们两个: the sender and one other, turned to together. */
const SENDER_PAIR = /(?:与|和|跟|同|对|找|给|叫|把)[\s\u0000]*(?:我俩|我们俩|咱俩|咱们俩|我们两人|我们二人|我们两个|我们两位|我们2人|咱们两人|咱们二人)/;
/** 冯雪部长和我 · 王强与本人 (the one before it) — not 和我们, which is a group. */
const OTHER_THEN_ME = /(?:和|与|及|、|同|跟)[\s\u0000]*(?:我|本人)(?![们俩])/g;
/** 我和冯雪部长 · 本人与王强 (the one after it). */
const ME_THEN_OTHER = /(?<![自])(?:我|本人)(?![们俩])[\s\u0000]*(?:和|与|同|跟|及)/g;
const CLAUSE_END = /[,;。!?:，；！？：\n]/;
const CLAUSE_MARKS = [',', ';', '。', '!', '?', ':', '，', '；', '！', '？', '：', '\n'];

/** The one person `words` names, the last (`last`) or the first, other than the sender; undefined when none is. */
function personIn(words: string, ctx: ParseContext, last: boolean): string | undefined {
  const index = directoryIndex(ctx.directory);
  const found = [...surfaceItems(words, index), ...surnameTitleItems(words, index)]
    .filter((i) => i.ids.length === 1 && i.ids[0] !== ctx.senderId)
    .sort((a, b) => a.start - b.start);
  const pick = last ? found[found.length - 1] : found[0];
  return pick?.ids[0];
}

/**
 * The directory id of the one `before` (the message's words up to 我俩) names beside the sender, nearest 我俩 first:
 * 冯雪部长和我参加 (the name before 和我 in its clause) or 我和冯雪部长一起参加 (the name after 我和); undefined when none is.
 */
export function senderPartner(before: string, ctx: ParseContext): { id: string; at: number } | undefined {
  let best: { id: string; at: number } | undefined;
  for (const m of before.matchAll(OTHER_THEN_ME)) {
    const head = before.slice(0, m.index);
    const from = Math.max(...CLAUSE_MARKS.map((c) => head.lastIndexOf(c))) + 1;
    const id = personIn(head.slice(from), ctx, true);
    if (id !== undefined && (best === undefined || m.index >= best.at)) best = { id, at: m.index };
  }
  for (const m of before.matchAll(ME_THEN_OTHER)) {
    const tail = before.slice(m.index + m[0].length);
    const end = tail.search(CLAUSE_END);
    const id = personIn(end >= 0 ? tail.slice(0, end) : tail, ctx, false);
    if (id !== undefined && (best === undefined || m.index >= best.at)) best = { id, at: m.index };
  }
  return best;
}

/**
 * `reports` of one piece with a talk or signing of someone else's held with 我俩/我们两人 (`piece` says so) made the sender's
 * and the partner's (senderPartner over `before`, the line's words before the piece, and the piece up to 我俩): one record
 * each, for 确认. With no partner named, the second is asked 「和谁」 beside the sender's. Unchanged when the piece says no
 * 我俩, or a record already names someone other than the sender.
 */
export function withPairedSender(reports: ParsedReport[], before: string, piece: string, ctx: ParseContext): ParsedReport[] {
  const pair = SENDER_PAIR.exec(piece);
  if (!pair) return reports;
  const partner = senderPartner(`${before}${piece.slice(0, pair.index)}`, ctx)?.id;
  const withPair = (r: ParsedReport) =>
    r.draft.type !== undefined &&
    (isTalkType(r.draft.type) || r.draft.type === 'pledge_sign') &&
    r.draft.actorId !== undefined &&
    r.draft.actorId !== ctx.senderId &&
    r.draft.counterpartIds.every((id) => id === ctx.senderId);
  const candidates = reports.filter(withPair);
  if (candidates.length !== 1 || reports.some((r) => !withPair(r) && r.draft.type === candidates[0]!.draft.type && r.draft.counterpartIds.some((id) => id !== ctx.senderId))) return reports;
  const r = candidates[0]!;
  const said = pair[0].replace(/^(?:与|和|跟|同|对|找|给|叫|把)[\s\u0000]*/, '');
  const partnerName = partner !== undefined ? ctx.directory.person(partner)?.name : undefined;
  const remark = partnerName !== undefined ? `「${said}」按您和${partnerName}两人记录` : `「${said}」的另一位没有写明，请说明是谁`;
  const problems = r.problems.filter((p) => p.code !== 'missing_counterpart');
  const senderDept = ctx.directory.person(ctx.senderId)?.departmentId;
  const mine: ParsedReport = {
    ...r,
    draft: { ...r.draft, counterpartIds: [ctx.senderId], ...(senderDept !== undefined ? { departmentId: senderDept } : {}) },
    problems,
    remarks: [...r.remarks, remark],
  };
  const partnerDept = partner !== undefined ? ctx.directory.person(partner)?.departmentId : undefined;
  const { departmentId: _where, ...plain } = r.draft;
  const theirs: ParsedReport = {
    ...r,
    draft: { ...plain, counterpartIds: partner !== undefined ? [partner] : [], ...(partnerDept !== undefined ? { departmentId: partnerDept } : {}) },
    problems: partner !== undefined ? [...problems] : [...problems, { code: 'missing_counterpart' }],
    remarks: [...r.remarks, remark],
  };
  return reports.flatMap((x) => (x === r ? [mine, theirs] : [x]));
}
