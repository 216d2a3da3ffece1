// 黄志刚带队，分两次开展明查暗访。11月12日…，11月24日… · 11月份，黄志刚书记牵头开展作风纪律专项检查，11月4日…，11月18日…
// (round 27 F1, rounds 28 g28/h28/t28): an undated lead over two or more deeds that open with their own days heads them, as
// a heading with a colon does; it is no further deed asked its day. One rule and one set of words for both places
// dayPerSentence meets a lead: the first clauses of a sentence, and a whole first sentence before dated ones.
import { findKinds } from './parseKind.js';
import { extractTitles } from './parseTraining.js';
import { sentenceDay } from './sentenceDay.js';

/** 分两次 · 先后三次 · 共4次 · 两次: the count of the deeds a lead heads (its prefix and its numerals, written once). */
const COUNT_PREFIX = '(?:分|先后|共|前后)';
/** A counted lead (分两次 · 先后三次 · 共十次): it heads the dated deeds after it however many of them follow. */
const COUNTED = new RegExp(`${COUNT_PREFIX}[两二三四五六七八九十\\d]次`);
/**
 * 活动 · 系列 · (分)两次 · 多次 · 分批 · 多轮: a lead that heads the deeds after it (开展廉洁文化系列活动) rather than telling
 * one. A bare 两次/多次 counts here, not as a counted lead: without 分/先后/共 it may be one deed's detail.
 */
const HEADLINE = new RegExp(`活动|系列|${COUNT_PREFIX}?[两二三四五六几多\\d]次|分批|多轮`);
/** 扎实开展节前廉政提醒工作 · 认真落实…: a lead naming a line of work, which the dated deeds after it carry out. */
const WORK_LEAD = /(?:开展|落实|推进|抓好|做好)[^。!?;]{0,16}工作[。!?\s]*$/;

/** 先后 · 分别 · 逐一 · 陆续 in a lead: the deeds it names were done one by one, each told after it with its own day. */
const ONE_BY_ONE = /先后|分别|逐一|一一|陆续/;

/** What dayPerSentence knows of the words after a lead, on its line. */
export interface DatedAfter {
  /** How many clauses after the lead open with their own day. */
  dated: number;
  /** The sentences after the lead on its line (joined: the clauses from the first dated one), whose kinds the lead may only sum up. */
  sentences: readonly string[];
  /** The lead's titled doer (党组书记张伟 · 赵敏同志), if it names one. */
  doer: string | undefined;
  /**
   * The lead is the first clauses of the sentence the dated clauses are in (…专项检查，11月4日…). A comma makes it one
   * sentence of one doer, so a titled doer is what marks it a lead; a lead ended by a full stop must say it sums up
   * (a count, a line of work, a headline, or only the kinds told after it): 王建国到财务科检查专项资金。11月20日，与孙丽
   * 签订… is its own deed, asked its day.
   */
  joined: boolean;
}

/**
 * Whether the undated `lead` (normalised text) heads the dated deeds after it, given what follows it on its line (`after`) and `today`
 * (YYYY-MM-DD): it names no day and tells a kind of the catalogue, and (joined) a titled doer tells it over two or more dated
 * clauses, or (a sentence) it counts them, or over two or more dated clauses it names a line of work, a headline or only
 * kinds they tell.
 */
export function leadsDatedDeeds(lead: string, today: string, after: DatedAfter): boolean {
  const kinds = findKinds(extractTitles(lead).rest);
  if (kinds.length === 0 || sentenceDay(lead, today) !== undefined) return false;
  const told = new Set(after.sentences.flatMap((s) => findKinds(extractTitles(s).rest).map((k) => k.code)));
  // 王建国副理事长到财务科检查专项资金…，11月20日与孙丽签订…，11月25日与王强开展廉政谈话 (f2): dated clauses telling kinds
  // the lead does not are deeds beside it, not its items; the lead is a deed of its own (its day asked).
  // 上个月先后到教育就业部、维权部开展廉政谈话，11月12日与郑华部长谈，11月19日与冯雪部长谈 (round 40, t39b F1: the lead
  // asked its day beside two untyped talks): a sender's lead of no titled doer that says its deeds were done one by one
  // (先后 · 分别 · 逐一) sums up the dated clauses after it as a titled doer's does.
  if (after.joined) return after.dated >= 2 && (after.doer !== undefined || ONE_BY_ONE.test(lead)) && [...told].every((code) => kinds.some((k) => k.code === code));
  if (COUNTED.test(lead)) return true;
  if (after.dated < 2) return false;
  if (WORK_LEAD.test(lead) || HEADLINE.test(lead)) return true;
  return kinds.every((k) => told.has(k.code));
}

/** Whether `lead` reads as a headline over deeds (…系列活动 · 分两次 · 分批), not one deed of its own. */
export function isHeadline(lead: string): boolean {
  return HEADLINE.test(lead);
}
