// 陈志强「…与郑华、冯雪各谈话1次，均为廉政谈话；参加了市残联警示教育大会。」 (round 48, t51b F5: the 警示教育 put on the card as
// his, 「您是参加者，组织者没能确定，暂记在您名下」, counting the unit's meeting a second time and crediting him with holding it):
// a member who only attended (参加 · 出席 · 列席 · 旁听 · 聆听 · 听了) an education or a meeting the unit as a whole (市残联)
// or a body above it (全市 · 市里 · 市纪委 · 省…) held did nothing the duties count (duties.md: a member "attends education";
// the one who held it reports it). Such a clause is no record; it is named in the reply, the member's own deeds kept.
// Near-misses read as before: 组织并参加了… · 带领科室人员参加了… (the sender's own deed), and the 党组's or 机关's study
// attended (attendedUnitStudy: its 书记's on a card, or asked whose). Round 51 (fzc, policy): 宣文部参加了… · 部门全体参加了… (the
// department attending) and the 机关's own conference (参加机关警示教育大会) are no record either.
import type { ParsedReport } from './draft.js';
import { DAY_WORD } from './dayWord.js';
import { findKinds } from './parseKind.js';
import { normalizeText } from './parseNormalize.js';
import { extractTitles } from './parseTraining.js';

/** The attending verb: 参加(了) · 出席 · 列席 · 参会 · 旁听 · 聆听 · 听了 (not 听取, hearing a report). */
const ATTEND = /(?:参加|出席|列席|参会|旁听|聆听|听了)了?/;
/**
 * What may stand before the verb: nobody or 我, and when (a heading before a colon is no subject). 组织并 · 带领… · 宣文部
 * are a subject of the sender's own, read as before.
 */
const ONLY_WHEN =
  /^(?:[\s\d,.:、月日号年]|我|本人|个人|于|在|去|赴|还|也|又|另外|此外|同时|上午|下午|晚上|全天|上旬|中旬|下旬|月初|月中|月底|月末|上半月|下半月|(?:上|本|这)?(?:周|星期)[一二三四五六日天]?|上个?月|本月|这个?月|月份?|近期|近日|日前|前段时间|最近|今天|昨天|前天|(?:和|与|跟|同)[^,;:。]{1,8}?(?:一起|一同|一道))*$/;
/**
 * Who held it, right after the verb (由 allowed): the unit as a whole or a body above it. 市残联 is the demo unit's own short
 * name; 机关/党组 are left to attendedUnitStudy and attendedBody, which name its 书记 or ask.
 */
// 参加机关警示教育大会 · 参加了局机关党风廉政建设工作会议 (round 51 fzc, policy: a department head's list line of it was the
// department's record on a card, while 参加了市残联警示教育大会 recorded nothing): the whole 机关's (or 局's) conference —
// 大会 or 会议 — is the unit's as 市残联's is, attended by everyone, held by no department. A 机关 study or 警示教育 with no
// 大会/会议, or a 专题会议 (the 党组's duty), is still attendedUnitStudy's (whose asked); 机关党委/机关纪委 are bodies attendedBody reads.
const HOLDER = new RegExp(
  '^[\\s\\u0000]*(?:由)?(?:市残联|全市|市里|市级|市纪委|市监委|市委|市直|市政府|省残联|省纪委|省委|全省|省里|上级|中残联|区委|区纪委|县纪委' +
    '|(?:全局|我局|本局|局机关|局里|我会|本会|全体机关|机关)(?!党委|纪委|党支部|党总支|支部|第|各)(?=[^,;。!?，；！？\\n]{0,16}?(?:大会|(?<!专题)会议)))',
);
/** What is attended, in the same clause: an education, a lecture, a meeting. */
const EVENT = /大会|会议|培训|教育|党课|讲座|辅导|报告会|学习/;
/** The sender holding it after all: 组织 · 主持 · 召集 · 主讲 · 讲授 · 作…辅导 (参加并主持 · 出席并讲话 is still attending). */
const HELD = /主持|召集|主讲|讲授|授课|(?<!市残联|[市省区县]纪委|[市省]委|上级|统一)组织(?!的)/;
/** What the attended event held, told in the clause after it with no subject of its own: 观看了… · 会上… · 聆听了…. */
const ITS_CONTENT = /^[\s\u0000]*(?:会上|会议|大会|现场|观看|收看|聆听|听取|学习了|集中学习|并观看|并聆听|并学习)/;

/** Whether `clause` tells only that the sender attended an education or a meeting the unit or a body above held. */
function attendedClause(clause: string): boolean {
  const plain = normalizeText(clause);
  const m = ATTEND.exec(plain);
  if (!m) return false;
  const before = plain.slice(0, m.index).replace(/^.*[:：]/, '').replace(new RegExp(DAY_WORD.source, 'g'), '');
  const collective = COLLECTIVE.exec(before);
  const when = collective && collective[0] !== '' && !LED.test(collective[0]) ? before.slice(0, collective.index) : before;
  if (!ONLY_WHEN.test(when)) return false;
  const after = plain.slice(m.index + m[0].length);
  if (!HOLDER.test(after) || !EVENT.test(after) || HELD.test(plain)) return false;
  // A kind the duties count must be named (参加了市纪委全会 names none, and is answered as before).
  const kinds = findKinds(extractTitles(plain).rest);
  return kinds.length > 0 && kinds.every((k) => ATTENDABLE.has(k.code));
}

/**
 * The department or all its people as the subject, right before the verb (round 51 fzc, policy): 部门全体 · 宣文部全体党员 ·
 * 我部人员 · 中心全体职工 — a department attending the unit's conference holds it no more than its head alone does (it was a
 * record of the department's on a card, while 参加了市残联警示教育大会 recorded nothing).
 */
const COLLECTIVE = /(?:我们|本|我|全)?(?:[\u4e00-\u9fa5]{0,5}?(?:部门|科室|部|科|室|中心))?(?:全体(?:党员|人员|同志|干部职工|干部|职工)?|人员|党员|同志|职工)?(?:都|均|也|一起|一同|集中)?$/;
/** Those leading or organising the department's people there (带领部门人员参加 · 组织科室人员参加): the sender's own deed. */
const LED = /带|率|组织|安排|动员|召集/;

/** A question about the message itself: 算不算 · 算…吗 · 是否 · ？. */
const ASKS = /算不算|算[^,，。;；]{0,12}(?:吗|么)|是否|[?？]/;

/** The kinds one may only attend. */
const ATTENDABLE: ReadonlySet<string> = new Set(['edu_integrity', 'edu_warning', 'edu_lecture', 'meeting_special', 'meeting_dept', 'review_analysis']);

/** A message read without the clauses of events attended elsewhere, and those clauses for the remark. */
export interface AttendedElsewhere {
  /** The message without those clauses (a day written before the verb kept for the clauses after); empty when nothing else was said. */
  text: string;
  /** The clauses as written, from the attending verb (trimmed of their ending mark), for the remark or the reply. */
  clauses: string[];
}

/**
 * The clauses of `text` telling only that the sender attended an education or a meeting the unit as a whole (市残联) or a
 * body above it held (参加了市残联警示教育大会 · 出席了全市党风廉政建设工作会议 · 听了市纪委的廉政党课), with the clauses after
 * them that only tell what it held (，观看了…); the text left without them. Undefined when there is none. A clause is cut at
 * ，；。！？ and line ends.
 */
export function attendedElsewhere(text: string): AttendedElsewhere | undefined {
  // 参加市里组织的廉政知识测试算不算廉政教育 (a question whether it counts): asked, as before, never answered as not recorded.
  if (ASKS.test(text)) return undefined;
  const parts = text.split(/(?<=[，,；;。！!？?\n])/);
  const out: string[] = [];
  const clauses: string[] = [];
  let inAttended = false;
  /** The day written before an attending verb, kept for a clause after it in the same sentence only. */
  let day: string | undefined;
  for (const part of parts) {
    if (inAttended && ITS_CONTENT.test(part) && findKinds(part).every((k) => ATTENDABLE.has(k.code))) {
      clauses[clauses.length - 1] += `，${part.replace(/[，,；;。！!？?\n]+$/, '').trim()}`;
      if (/[；;。！!？?\n]$/.test(part)) (inAttended = false), (day = undefined);
      continue;
    }
    if (inAttended && day !== undefined) out.push(day);
    inAttended = false;
    day = undefined;
    if (!attendedClause(part)) {
      out.push(part);
      continue;
    }
    const at = ATTEND.exec(part)!.index;
    const head = part.slice(0, at);
    clauses.push(part.slice(at).replace(/[，,；;。！!？?\n]+$/, '').trim());
    inAttended = !/[；;。！!？?\n]$/.test(part);
    // 11月13日参加了…，下午与郑华谈话: the day stays for the clause after it in the same sentence.
    if (inAttended && DAY_WORD.test(normalizeText(head))) day = `${head.replace(/[\s，,]+$/, '')}，`;
    else if (/\n$/.test(part)) out.push('\n');
  }
  if (clauses.length === 0) return undefined;
  const left = out
    .join('')
    .replace(/[，,；;]\s*$/, '')
    .replace(/^[\s，,；;。]*(?:还|另外|同时|并)?/, '')
    .trim();
  // Only a heading, a day or a bare count left (11月份个人落实一岗双责情况： · 11月13日，): nothing else was said.
  // 1.11月12日组织学习《条例》；2.11月24日参加机关警示教育大会 (round 51 fzc): a study named by its title (学习《条例》) names no
  // kind word, and was lost with the attended line.
  return { text: findKinds(left).length === 0 && !/谈|签|检查|查|学习|观看|《/.test(left) ? '' : left, clauses };
}

/** The sentence naming `clauses` as not recorded: said on the card beside the other deeds, or alone as the reply. */
export function attendedElsewhereRemark(clauses: readonly string[]): string {
  return `「${clauses.join('」「')}」是参加市残联或上级统一组织的活动，不记在您名下，未记录；如需补记，请由组织部门报送`;
}

/** `reports` read without the attended clauses, the first saying they were not recorded and why. */
export function withAttendedElsewhereNoted(reports: ParsedReport[] | null, attended: AttendedElsewhere): ParsedReport[] | null {
  if (reports === null || reports.length === 0) return reports;
  const [first, ...others] = reports;
  return [{ ...first!, remarks: [...first!.remarks, attendedElsewhereRemark(attended.clauses)] }, ...others];
}
