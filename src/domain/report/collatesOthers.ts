// 11月26日整理汇总了各部室10月份信息报送情况 (round 21u, 01 and P10): handling papers others handed in is no paper of the
// sender's own — it was stored as the sender's 信息报送.
import { findKinds } from './parseKind.js';
import { extractTitles } from './parseTraining.js';

/** 整理/汇总/统计/收集/催报/梳理 … 报送/上报/提交: the papers are others'. */
const COLLATES = /(?:整理|汇总|统计|收集|催报|梳理|审核|登记)[^,;。!?]{0,14}?(?:报送|提交|上报|上交|报来|交来)/;

/** 各位同志报送的信息整理登记了一下: the papers others handed in, then the collating verb. */
const COLLATED_AFTER = /(?:报送|提交|上报|上交|报来|交来|报上来|交上来|送来)的[^,;。!?]{0,8}?(?:整理|汇总|统计|收集|梳理|登记)/;

// 汇总了各部室的自查报告 · 收齐了各部室的自查报告 · 各部室的自查报告已收齐 (round 34c §1.3: stored at once as the sender's own
// 自查总结): gathering the papers of every department is collating, whether or not 报送 is said.
/** Every department, or the others: whose papers are gathered. */
const OTHERS = '(?:各|全体|所有|其他|其余|分管)(?:部室|部门|科室|单位|处室|党支部|支部|部|科|同志)|各位同志';
/** 汇总/收齐/整理 … 各部室: gathering the papers of every department. */
const GATHERS_OTHERS = new RegExp(`(?:整理|汇总|统计|收集|收齐|收取|梳理|审核|登记|汇集)了?[^,;。!?]{0,3}?(?:${OTHERS})`);
/** 各部室的自查报告已收齐: every department's papers, then gathered. */
const OTHERS_GATHERED = new RegExp(`(?:${OTHERS})[^,;。!?]{0,14}?(?:已经|已|都|均|全部)?(?:收齐|汇总|整理|收集)`);
/**
 * 汇总了本科室的自查报告并报送机关纪委 (round 34c §1.3: refused as collating): one's own department's paper, gathered and
 * handed up, is the department's own paper — the head handed it in.
 */
const OWN_HANDED_UP = /(?:本|我们?|我)(?:科室|部门|处室|单位|中心|科|部|处)(?![^,;。!?]{0,16}?各)[^。!?]{0,16}?(?:报送|上报|提交|上交|交到|交给|报给|送交|报)(?:给|至|到)?[^,;。!?]{0,4}?(?:机关纪委|纪委|纪检|党组|上级)/;

// 王芳和李明一起来汇报了自查情况 (bb1, issue 10: stored as the sender's own 自查总结): others coming to report (汇报/报告/
// 介绍) their papers to the sender is hearing them — the paper is theirs, not the sender's.
/** 来汇报 · 向我汇报 · 给我介绍: someone reports to the sender. */
const REPORTED_TO_ME = /(?:(?:一起|一同|都|分别|先后|专门|过)?来(?:向我|给我|跟我|找我)?|(?:向|给|跟|找)我们?)(?:汇报|报告|介绍|说明|讲)(?:了|一下|了一下)?/;
/** 我来汇报 · 我们一起来汇报: the sender (or the sender's side) is the one who reports. */
const SENDER_SUBJECT = /我|本人/;

/** Reports that are papers someone hands in. */
const PAPER = /^report_/;

/**
 * Whether `line` only collates, counts or chases papers others handed in (各部室信息报送情况, 自查报告): no record of the
 * sender's, named on the card or in the reply instead.
 */
export function collatesOthers(line: string): boolean {
  const rest = extractTitles(line).rest;
  if (OWN_HANDED_UP.test(rest)) return false;
  if (
    !COLLATES.test(rest) && !COLLATED_AFTER.test(rest) && !GATHERS_OTHERS.test(rest) && !OTHERS_GATHERED.test(rest) &&
    !reportedToSender(rest)
  ) return false;
  const kinds = findKinds(rest);
  return kinds.length > 0 && kinds.every((k) => PAPER.test(k.code));
}

/**
 * Whether someone other than the sender reports to the sender (王芳来汇报了…): the clause before the verb has no 我.
 * 11月27日来汇报了自查情况 (round 35a: stored at once as the sender's own 自查总结) names no one before 来汇报: whoever came,
 * it was not the sender, who would have written 向机关纪委汇报了 or 已汇报.
 */
export function reportedToSender(text: string): boolean {
  const m = REPORTED_TO_ME.exec(text);
  if (!m) return false;
  const clause = text.slice(0, m.index).split(/[,;。!?，；]/).pop()!;
  return !SENDER_SUBJECT.test(clause);
}

/**
 * 11月27日财务科来汇报了自查情况 → { who: '财务科', what: '自查情况' }: who reported to the sender (undefined when the line
 * names no one before the verb) and what (the words after it, up to the clause's end; undefined when none). Undefined
 * when no one reports to the sender in `line` (reportedToSender).
 */
export function reportedToSenderWords(line: string): { who?: string; what?: string } | undefined {
  const text = extractTitles(line).rest;
  if (!reportedToSender(text)) return undefined;
  const m = REPORTED_TO_ME.exec(text)!;
  const clause = text.slice(0, m.index).split(/[,;。!?，；]/).pop()!;
  const who = clause.replace(DAY_WORDS, '').replace(/(?:一起|一同|都|分别|先后|专门|也|又)$/, '').trim();
  const what = text.slice(m.index + m[0].length).split(/[,;。!?，；\n]/)[0]!.replace(/^(?:了|一下|了一下)/, '').trim();
  return { ...(who !== '' && who.length <= 12 ? { who } : {}), ...(what !== '' && what.length <= 20 ? { what } : {}) };
}

/** A day or time around the subject: 11月27日 · 昨天 · 上周五 · 27日上午. */
const DAY_WORDS = /\s*(?:\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号]|今天|昨天|前天|(?:上|本|这)个?(?:周|星期)[一二三四五六日天]|上午|下午|晚上)\s*/g;
