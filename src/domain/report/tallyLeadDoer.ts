// 林晓「黄书记本月共开展谈话3次，其中廉政谈话2次、谈心谈话1次」 (round 59, fcb; fda's left-alone: 林晓's talk with 黄志刚 and a
// 谈心谈话 of 林晓's on the card): the person before a tally split by type (X本月共开展谈话N次，其中…) is who held every talk it
// counts, never someone talked to, and the sender who reports it is no counterpart either: whom is asked for each.
import { isTalkType } from '../activityTypes.js';
import type { ParseContext, ParsedReport } from './draft.js';
import { parseCounterparts } from './parseCounterparts.js';

/** A span of time before or after the person: 本月 · 上周 · 11月份 · 今年以来. */
const SPAN = '(?:本月|上月|上个月|这个月|本周|上周|这周|本季度|今年以来|今年|\\d{1,2}月份?|\\d{1,2}月以来)?';
/**
 * The lead of a tally split by type, after normalizeText (ASCII commas): a heading before a colon (11月份组联部廉政工作小结：,
 * round 67, ggb; t69b A), a span, the person (2–8 characters, a name or
 * surname with a title: 黄书记 · 张伟书记 · 王副理事长), a span, 共, 开展/进行, a kind of talk, a count, a comma and 其中.
 * Group 1 the span before, 2 the person, 3 everything after the person.
 */
const LEAD = new RegExp(
  `^((?:[^:\\n]{2,30}:)?\\s*${SPAN}\\s*)([\\u4e00-\\u9fa5]{2,8}?)(?:同志)?(\\s*${SPAN}\\s*(?:共计|一共|共|累计)?\\s*(?:开展|进行|组织)了?(?:各类)?(?:廉政谈话|谈心谈话|提醒谈话|谈话|谈心)\\s*(?:\\d{1,2}|[两二三四五六七八九十]{1,3})\\s*(?:人次|次|人)\\s*,\\s*其中)`,
);

/** A unit's name (办公室 · 财务科 · 组联部 · 康复中心), never a person's. */
const UNIT = /(?:部|科|室|中心|处|办)$/;

/** The tally's text with its lead's person taken out, and who that person is. */
export interface TallyLeadDoer {
  text: string;
  doerId: string;
}

/**
 * The person (a directory id) who leads a tally split by type in `text` (after normalizeText), and `text` without them
 * (本月共开展谈话3次，其中…), so the tally is read as if the sender had written it of no one; undefined when there is no
 * such lead, or its words are not one person (我们 · 机关纪委 · two names), or the person is the sender (their own tally
 * is read as before).
 */
export function tallyLeadDoer(text: string, ctx: ParseContext): TallyLeadDoer | undefined {
  if (!text.includes('其中') || !text.includes('谈')) return undefined;
  const m = LEAD.exec(text);
  // 一年来与王磊开展谈心谈话2次，其中… counts talks WITH 王磊: a lead holding 与/和/跟/同/对/找 names whom, never the doer.
  if (!m || /^(?:我|我们|本人|咱们|部门|科室|机关|全体)/.test(m[2]!) || /[与和跟同对找]/.test(m[2]!)) return undefined;
  // 本月办公室共开展谈心谈话2人次，其中… (round 67, ggd): the unit that counted is no person — read as its head (李明) it made
  // 胡军's unit tally 李明's talks; a unit's tally is pairedTallyLead's, whose doer is asked.
  if (UNIT.test(m[2]!) || ctx.directory.org.departments.some((d) => [d.name, ...(d.aliases ?? [])].includes(m[2]!))) return undefined;
  const found = parseCounterparts(m[2]!, { ...ctx, senderId: '' });
  const ids = found.counterparts.map((c) => c.id);
  if (ids.length !== 1 || ids[0] === ctx.senderId || found.problems.length > 0) return undefined;
  return { text: `${m[1]}${m[3]}${text.slice(m[0].length)}`, doerId: ids[0]! };
}

/**
 * `reports` (the tally read without its lead's person) with that person (`doerId`) the doer of every talk of no doer of
 * its own, taken off the talk's counterparts, the sender too (whom is asked), and marked as reported for someone else
 * (third_person, 谈话人为X（代为上报） once). Records that are no talk are left as they are, unless the tally was read as that
 * person's (`readAsDoer`, tallyReadAs): then one of no doer is theirs.
 */
export function withTallyLeadDoer(reports: ParsedReport[] | null, lead: TallyLeadDoer, ctx: ParseContext, readAsDoer = false): ParsedReport[] | null {
  if (reports === null) return reports;
  const name = ctx.directory.person(lead.doerId)?.name ?? lead.doerId;
  let said = false;
  // 周涛部长共开展谈话3次，其中廉政谈话1次（11月12日，对象张颖）… from 张颖 (round 67, ggb; t69b A: every talk asked 和谁): the
  // sender named by name as the one talked to is that talk's counterpart, never taken off as a reading of the sender's own.
  const senderName = ctx.directory.person(ctx.senderId)?.name;
  const senderNamed = senderName !== undefined && lead.text.includes(senderName);
  return reports.map((r) => {
    // Read as the lead's person's (tallyReadAs): a deed of no doer beside the talks (组织观看警示教育片1次) is theirs too.
    if (r.draft.type !== undefined && !isTalkType(r.draft.type)) return readAsDoer && r.draft.actorId === undefined ? { ...r, draft: { ...r.draft, actorId: lead.doerId }, reasons: [...new Set([...(r.reasons ?? []), 'third_person' as const])] } : r;
    if (r.draft.actorId !== undefined && r.draft.actorId !== ctx.senderId) return r;
    const counterpartIds = r.draft.counterpartIds.filter((id) => id !== lead.doerId && (senderNamed || id !== ctx.senderId));
    // The sender named as the one talked to was asked who talked (parseSegment's namedSelf): the lead's person did.
    const told = senderNamed ? r.problems.filter((p) => p.code !== 'missing_actor') : r.problems;
    const problems = counterpartIds.length === 0 && !told.some((p) => p.code === 'missing_counterpart') ? [...told, { code: 'missing_counterpart' as const }] : told;
    const remark = `谈话人为${name}（代为上报）`;
    const remarks = said || r.remarks.includes(remark) ? r.remarks : [...r.remarks, remark];
    said = true;
    return { ...r, draft: { ...r.draft, actorId: lead.doerId, counterpartIds }, problems, remarks, reasons: [...new Set([...(r.reasons ?? []), 'third_person' as const])] };
  });
}

/**
 * The context to read a tally's text (`lead.text`) in: the lead's person's own when the sender is named in it as one talked
 * to and no 我/本人 is written (周涛部长…其中…（11月19日、11月25日，对象分别为王芳、胡军） from 胡军, round 67, ggb: read as
 * 胡军's, his own name was no one and 王芳 took both days), so every name is read as someone talked to; `ctx` otherwise.
 */
export function tallyReadAs(lead: TallyLeadDoer, ctx: ParseContext): ParseContext {
  const senderName = ctx.directory.person(ctx.senderId)?.name;
  const named = senderName !== undefined && lead.text.includes(senderName) && !/我|本人/.test(lead.text);
  return named ? { ...ctx, senderId: lead.doerId } : ctx;
}
