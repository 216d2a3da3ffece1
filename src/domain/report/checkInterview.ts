// 林晓｜11月18日到康复中心开展作风纪律检查，约谈了被检查科室负责人 (round 45, fre kind 2, r44's left-alone list: a 廉政谈话
// with 何平 recorded beside the check, from a group the message never named) · …检查，约谈了相关负责人 (a talk with no one,
// asked 和谁): calling in the side checked, by its post only, to hear the findings is part of the check. Such a bare 约谈,
// after a check told in the same message, is no talk: taken out and said on the card. A 约谈 of someone named (约谈了孙丽,
// a 廉政谈话 by the catalogue) and a talk the message names as one (与被检查部门负责人进行了廉政谈话) stay talks.
import { isCheckType } from '../activityTypes.js';
import type { ParsedReport } from './draft.js';
import { NOTE_MAX } from './parseNote.js';

/** The clauses taken out, for the card. */
export interface CheckInterview {
  text: string;
  /** The bare 约谈 clauses taken out. */
  clauses: string[];
  /** The reminders of people by count only taken out (REMINDED_BY_COUNT); absent or empty when none. */
  reminders?: string[];
  /** The follow-ups of someone named taken out (NAMED_FOLLOW_UP), kept in the check's note; absent or empty when none. */
  followUps?: string[];
}

/** A check told before: 开展作风纪律检查 · 检查了 · 专项检查 · 督查. */
const CHECK_TOLD = /检查|督查|抽查|巡查|暗访/;
/** A talk of a kind the clause names: then it is a talk, never only part of the check. */
const TALK_KIND = /廉政|廉洁|提醒|谈心|诫勉|函询|警示|谈话/;
/**
 * 约谈了被检查科室负责人 · 并约谈该部门负责人孙丽 · 检查结束后约谈了相关负责人 · 约谈了冯雪部长: the words before 约谈, then
 * the side checked by its post (group 1), and who is named (group 2, after the post or alone).
 */
const INTERVIEW = /^(?:并|随后|之后|事后|同时|当场|现场|检查(?:结束)?后|最后|还)*(?:对)?约谈了?((?:被检查|被查|所查|该|相关|有关|其)(?:科室|部门|单位|部室)?的?(?:主要)?(?:负责人|负责同志|一把手))?([^,，;；。!！?？]{0,12}?)$/;

/**
 * 何平｜11月12日检查了康复中心的考勤，现场提醒了2个迟到的同志 (round 51, fzbb; from fzf: only the check, stored at once, the
 * reminder left as the check's note and never said) · …，对3名迟到的同志进行了提醒 · …考勤 提醒了两个迟到的 (dropped with no
 * word): a reminder, after a check, of people the clause names by a count only, with no talk named (…进行了提醒谈话 is a
 * talk, asked 和谁). Said on the receipt or card as not recorded as a talk, never left silent. Group 1: the count.
 */
const COUNT = '(?:\\d+|[一二两三四五六七八九十几]{1,3})\\s*(?:个|名|位)';
const REMINDED_BY_COUNT = new RegExp(
  `^\\s*(?:并|随后|之后|同时|当场|现场|当即|检查(?:结束)?后|还|也|及时)*\\s*` +
    `(?:(?:提醒|叮嘱|告诫)了?\\s*(?:对)?${COUNT}[^,，;；。!！?？\\s]{0,10}?(?:同志|人员|职工|干部|人|的)?` +
    `|对\\s*${COUNT}[^,，;；。!！?？\\s]{0,10}?(?:同志|人员|职工|干部|人)(?:当场|现场)?(?:进行了?|作了?|做了?|给予了?)(?:口头)?提醒(?:教育)?)$`,
);

/**
 * 黄志刚「…检查，检查中发现值班记录不全，当场提醒了杨帆同志」 · 「…，已向王磊部长反馈」 (round 52, fwbb: the doer of the check
 * asked, 杨帆 lost; 王磊 dropped without a word): a reminder of one person named, with no talk named (提醒谈话 stays a talk), or
 * the findings passed on to someone named (向王磊部长反馈), after a check, is what the check did: the sender's check, the clause
 * kept whole in its note. A name is two or three characters, perhaps with 同志 or a post.
 */
const PERSON = '[\\u4e00-\\u9fa5]{2,3}?(?:同志|副理事长|理事长|书记|部长|科长|副科长|副主任|主任)?';
const NAMED_FOLLOW_UP = new RegExp(
  `^\\s*(?:并|随后|之后|同时|当场|现场|当即|检查(?:结束)?后|还|也|及时|已经|已)*\\s*` +
    `(?:(?:口头)?(?:提醒|叮嘱)了?${PERSON}|(?:向|给|跟)${PERSON}(?:作了?|做了?|进行了?)?(?:反馈|通报|交换意见)了?(?:情况|问题|检查情况|检查结果)?)$`,
);

/** Where a clause ends: a stop, or a space before a reminder (…考勤 提醒了两个迟到的, a space written for the comma). */
const CLAUSE_BREAK = /(?<=[,，;；。!！?？\n])|(?<=[\u4e00-\u9fa5])(?=\s+(?:并|同时|当场|现场|当即)?(?:提醒|对\s*(?:\d+|[一二两三四五六七八九十几]{1,3})\s*(?:个|名|位)))/;

/**
 * `text` without each clause of a bare 约谈 (INTERVIEW, no kind of talk named in it) of the side a check told before it in
 * the same message checked, by their post and no name, and those clauses; undefined when there is none.
 */
export function withoutCheckInterview(text: string): CheckInterview | undefined {
  if (!/约谈|提醒|叮嘱|告诫|反馈|通报|交换意见/.test(text) || !CHECK_TOLD.test(text)) return undefined;
  const clauses = text.split(CLAUSE_BREAK);
  const taken: string[] = [];
  const reminders: string[] = [];
  const followUps: string[] = [];
  const kept = clauses.filter((clause, i) => {
    const body = clause.replace(/[,，;；。!！?？\s]+$/, '');
    const before = clauses.slice(0, i).join('');
    if (i === 0 || !CHECK_TOLD.test(before)) return true;
    if (REMINDED_BY_COUNT.test(body)) {
      reminders.push(body.trim());
      return false;
    }
    // A 台账's cells (tabs, lines: 「已当场提醒	黄志刚」, the 带队 column after it) are no clause of a chat message.
    if (NAMED_FOLLOW_UP.test(body) && !/[\t\n]/.test(body) && !/(?:大家|全体|各位|同志们|相关|有关)/.test(body)) {
      followUps.push(body.trim());
      return false;
    }
    if (TALK_KIND.test(body)) return true;
    const m = INTERVIEW.exec(body);
    if (!m) return true;
    // 约谈了孙丽 · 约谈了被检查科室负责人孙丽: someone named is a 廉政谈话 (the catalogue files 约谈 under it; rounds 27b/36
    // rows), read as before; only the side checked by its post alone is part of the check.
    const [, post, named] = m;
    if (post === undefined || named !== '') return true;
    taken.push(body);
    return false;
  });
  if (taken.length === 0 && reminders.length === 0 && followUps.length === 0) return undefined;
  return { text: kept.join('').replace(/[,，;；\s]+$/, ''), clauses: taken, reminders, followUps };
}

/** `reports` with the card's note of the clauses taken out, on each check (the first record when none is one). */
export function withCheckInterviewNoted(reports: ParsedReport[] | null, apart: CheckInterview): ParsedReport[] | null {
  if (reports === null || reports.length === 0) return reports;
  const remarks = [
    ...(apart.clauses.length > 0 ? [`「${apart.clauses.join('」「')}」按这次检查的一部分记录，未另记为廉政谈话；如确是一次廉政谈话，请写明谈话对象另发一条`] : []),
    // The reminder of people by count (round 51, fzbb): who they were is not said, so no talk is recorded; said so.
    ...((apart.reminders ?? []).length > 0 ? [`「${apart.reminders!.join('」「')}」没有写被提醒人的姓名，按这次检查的一部分记录，未另记为提醒谈话；如要记为提醒谈话，请写明谈话对象另发一条`] : []),
  ];
  const checks = reports.some((r) => r.draft.type !== undefined && isCheckType(r.draft.type));
  // The follow-ups of someone named (round 52, fwbb) go into the check's note, after its findings, never dropped.
  const said = (apart.followUps ?? []).join('，');
  const noted = (note: string | undefined): string | undefined => (said === '' ? note : note === undefined ? said : note.includes(said) ? note : `${note}，${said}`.slice(0, NOTE_MAX));
  return reports.map((r, i) => ((checks ? r.draft.type !== undefined && isCheckType(r.draft.type) : i === 0) ? { ...r, draft: { ...r.draft, note: noted(r.draft.note) }, remarks: [...r.remarks, ...remarks] } : r));
}
