// 康复部12月上旬工作：1.12月1日… · 财务科12月上旬党风廉政建设台帐⏎序号 日期 内容… read on 12-04 (round 37, t36c F4 and t36b
// F1: the card said 「开头一行是计划安排，未记录」): a heading titling an account of work names the period it covers, which may not
// be over yet (12月上旬 on 12-04), and is never a deed still to come.
import { planHeading } from './planSection.js';

/** What an account's title ends with: …工作 · …台账/台帐 · …小结/总结 · …汇报/报告 · …情况 · …工作记录 (round 39, t38b F10) · …开展了以下工作. */
const ACCOUNT_END = /(?:工作|台账|台帐|小结|总结|汇报|报告|情况|动态|简报|纪实|统计|清单|补报|记录)(?:如下)?$/;
/** A deed told as still to be done (开展廉政教育工作 · 组织…): a sentence, not a title; 开展了 · 开展的 · 开展情况 are a title's. */
// 12月下旬向党组书面报告全年廉政风险情况 (round 50, fxd, t52b F4's kind): a report to the 党组 still to make, not a title.
const DEED_AHEAD = /(?:开展|组织|召开|举办|举行|进行|观看|签订|报送)(?![了过的]|情况)|向党组[^,;。!?]{0,6}?(?:报告|汇报)(?![了过的])|将|拟|准备|计划于/;
/** An address opening the line (各位领导： · 尊敬的…：), no words of the heading's own. */
const ADDRESS = /^\s*(?:各位领导|尊敬的[^:]{1,10}|[^:]{1,6}(?:书记|主任|部长|科长|理事长)(?:您好)?)\s*:/;

/**
 * Whether `line` (normalized: ASCII colons and commas) is the title of an account of work done — a short line of no
 * sentence marks, ending in a colon or 如下 or not, whose words end as a title does (…工作 · …台帐 · …小结 · …情况),
 * naming no plans (…工作安排 · 下一步打算 · 本周安排 keep theirs, planHeading) and no deed still to do. Its period words
 * (12月上旬 · 本月 · 第四季度) date the account, so it is never read as a plan.
 */
export function headsAccount(line: string): boolean {
  const words = line
    .replace(ADDRESS, '')
    .replace(/[\s:]+$/, '')
    .replace(/\s*[(（][^()（）]{1,24}[)）]$/, '')
    .trim();
  if (words.length < 2 || words.length > 40 || /[,;。!?:]/.test(words)) return false;
  return ACCOUNT_END.test(words) && !planHeading(words) && !DEED_AHEAD.test(words.replace(/开展了以下工作$|以下工作$/, ''));
}

// 宣文部11月工作台帐；11月5日… · …台账，11月5日… (round 38): a ； or ， after the title parts it from a first item opening with its day.
/** A title and its colon (or ；/， before a day) opening a line with more words after it (group 2: up to the mark). */
// Only a title ending as a ledger does (…台账 · …工作记录 · …小结 · …补录): …检查专项资金使用情况，11月20日与孙丽签订… is a sentence.
const TITLE_BEFORE_ITEMS = /(^|\n)(\s*[^:;,\n]{2,44}(?::|(?<=台账|台帐|记录|小结|补录|补报)[;,](?=\s*(?:\d{4}年)?\d{1,2}月\d{1,2}[日号])))[^\S\n]*(?=\S)/g;

/**
 * `text` (normalized) with a line break after an account's title and its colon that opens a line with the items after it
 * (a ；/， there made a colon):
 * 「财务科12月上旬党风廉政建设台帐：12月1日组织…；12月2日…」 → the title on a line of its own, so its period words date the
 * account and make no item a plan (round 38, t37c F13). A line whose words before the colon are no account title (时间：
 * 11月24日 · 今天：与王强谈心 · 各位领导：) is left as it is.
 */
export function breakAfterAccountTitle(text: string): string {
  return text.replace(TITLE_BEFORE_ITEMS, (whole, start: string, title: string) =>
    headsAccount(title.replace(/[;,]$/, ':')) ? `${start}${title.replace(/[;,]$/, ':')}\n` : whole,
  );
}
