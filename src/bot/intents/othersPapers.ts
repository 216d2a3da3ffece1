// 11月26日整理汇总了各部室10月份信息报送情况 alone (n22, leftover of round 21u #3): collating others' papers records nothing,
// and the query took it for a completion question (「没有完全听懂」); the member is told plainly why nothing was recorded.
import { collatesOthers, reportedToSenderWords } from '../../domain/report/collatesOthers.js';
import { onlyOthersCountedPapers, othersCountedPapers } from '../../domain/report/othersCountedPapers.js';
import { findKinds } from '../../domain/report/parseKind.js';
import { normalizeText } from '../../domain/report/parseNormalize.js';
import { selfCheckHeardWords } from '../../domain/report/paperHeard.js';
import { urgesOthers } from '../../domain/report/urgesOthers.js';
import { defineIntent } from '../intent.js';
import { stillWaiting } from '../stillWaiting.js';
import { reportIn } from './report.js';

/** 帮我汇总一下各部室信息报送情况 asks the bot to collate: a request or a question, left to the query. */
const ASKS = /帮我|帮忙|请|给我|麻烦|能否|能不能|可以|是否|[?？吗呢]/;

/** 汇总了 · 已整理 · 11月26日整理…: said done, not asked for. */
const DONE = /了|已经?|过|\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号]|今天|昨天|前天|上周|本周|周[一二三四五六日天]/;

/** Handling papers: collating, counting, chasing. */
const HANDLES = /整理|汇总|统计|收集|梳理|登记|催报|催交|催收/;
/** Whose the papers are: 各部室 · 各科室 · 大家 · 其他同志. */
const OTHERS = /各(?:部室|科室|部门|单位|支部|中心)|大家|各位|其他同志/;
/** A paper named without its kind's full name: 廉政信息 · 材料 · 稿件. */
const PAPER_WORD = /信息|材料|报告|稿件/;

/**
 * 催报了各部室11月份的廉政信息 · 把各部室报上来的信息汇总了一下: others' papers handled, said with words the kind readers
 * do not take for a kind (信息 alone is no 信息报送); no kind but papers' in the line.
 */
function handlesOthersPapers(line: string): boolean {
  const kinds = findKinds(line);
  return HANDLES.test(line) && OTHERS.test(line) && PAPER_WORD.test(line) && kinds.every((k) => k.code.startsWith('report_'));
}

type Said = 'collated' | 'urged' | { units: string[] } | { reported: { who?: string; what?: string } } | { heard: { who?: string; what: string } };

/** Whether every line of the message only collates or chases papers others hand in, and no record is read from it. */
function onlyOthersPapers(text: string): Said | undefined {
  const lines = normalizeText(text).split('\n').map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length === 0 || ASKS.test(text)) return undefined;
  // 各部室本月报送信息2篇 (round 38): every department's papers counted, N each or N in all; asked, the count being its done.
  if (lines.every(onlyOthersCountedPapers)) return { units: lines.map((l) => othersCountedPapers(l)!) };
  if (!DONE.test(text)) return undefined;
  // 11月27日来汇报了自查情况 (round 36: answered as 「整理、汇总、统计他人报送的材料」, which the member never said): someone
  // reported to the sender; said so, and whose the paper is.
  const heard = lines.length === 1 && collatesOthers(lines[0]!) ? reportedToSenderWords(lines[0]!) : undefined;
  if (heard) return { reported: heard };
  // 王建国副理事长11月27日听取了财务科自查情况汇报 (round 37, ffg's leftover: once a 自查总结 of the listener): a 自查 report
  // heard is the reporter's paper; said so, never the generic 「没有读出…活动」 that lists 自查 to resend.
  const selfCheck = lines.length === 1 ? selfCheckHeardWords(lines[0]!) : undefined;
  if (selfCheck) return { heard: selfCheck };
  if (lines.every((l) => collatesOthers(l) || (handlesOthersPapers(l) && !/催/.test(l)))) return 'collated';
  if (lines.every((l) => collatesOthers(l) || urgesOthers(l) || handlesOthersPapers(l))) return 'urged';
  return undefined;
}

/**
 * The reply to every department's papers counted with no breakdown (各部室本月报送信息2篇): nothing recorded, since the
 * papers are each department head's and the count may be each one's or all of theirs; the member is asked to say which.
 */
function unitsPapersReply(clauses: string[]): string[] {
  return [
    `${clauses.map((c) => `「${c}」`).join('、')}讲的是各部室报送的信息，没有记录：信息报送记在各部室负责人名下（每个部室每月至少1篇），不记在您名下。`,
    '是每个部室各报送了这些篇数，还是各部室合计？请写明哪个部室、哪天、几篇再发一次，例如「宣文部11月12日报送信息1篇，康复部11月19日报送信息2篇」；也可以由各部室负责人自己上报。',
    '如果您本人（本部门）也报送了信息，请写明哪天报送、几篇。',
  ];
}

/** The reply to a 自查 report heard (by the sender or a leader): the paper is the reporter's, hearing it no record. */
function selfCheckHeardReply(heard: { who?: string; what: string }): string[] {
  const who = heard.who ?? '汇报的科室';
  return [
    `这条消息讲的是听取了${heard.who ?? ''}${heard.what}汇报，没有记录。`,
    `自查记在做自查的科室（或个人）名下，请由${who}（或其科室负责人）自己上报，例如「11月20日完成了本科室廉政风险点自查」。听取汇报清风不单独记录，也不算听汇报的人自己的自查。`,
    '如果听汇报时还做了别的活动（如谈话、检查），请写明哪天做的再发一次。',
  ];
}

/**
 * The reply to someone's report heard by the sender: it records nothing, the paper is the reporter's to report, and
 * hearing it is no deed of the sender's own.
 */
function heardReply(heard: { who?: string; what?: string }): string[] {
  const what = heard.what ?? '材料';
  const self = /自查/.test(what);
  const example = self ? '「11月20日完成了本科室廉政风险点自查」' : '「11月20日报送了一篇廉政信息」';
  return [
    `这条消息讲的是${heard.who ?? '别人'}来向您汇报了${what}，没有记录。`,
    `${self ? '自查' : '材料'}记在做这件事的科室（或个人）名下，请由${heard.who ?? '汇报人'}（或其科室负责人）自己上报，例如${example}。听取汇报清风不单独记录，也不是您本人的${self ? '自查' : '报送'}，所以没有记在您名下。`,
    `如果您本人也做了${self ? '自查' : '报送'}，请写明哪天做的再发一次。`,
  ];
}

export const othersPapers = defineIntent<Said>({
  name: 'othersPapers',
  match: (ctx) => {
    if (!ctx.sender) return null;
    const said = onlyOthersPapers(ctx.lines);
    return said !== undefined && (reportIn(ctx) ?? []).length === 0 ? said : null;
  },
  async handle(ctx, said) {
    if (typeof said === 'object' && 'units' in said) {
      await ctx.reply([...unitsPapersReply(said.units), ...stillWaiting(ctx.dialog)].join('\n'));
      return;
    }
    if (typeof said === 'object' && 'heard' in said) {
      await ctx.reply([...selfCheckHeardReply(said.heard), ...stillWaiting(ctx.dialog)].join('\n'));
      return;
    }
    if (typeof said === 'object') {
      await ctx.reply([...heardReply(said.reported), ...stillWaiting(ctx.dialog)].join('\n'));
      return;
    }
    const what = said === 'collated' ? '整理、汇总、统计他人报送的材料' : '催报、督促他人报送材料';
    await ctx.reply(
      [
        `这条消息讲的是${what}，清风不单独记录，也没有记在您名下。`,
        '各部室的信息报送、自查报告等，请由报送人（或其科室负责人）自己上报，例如「11月20日报送了一篇廉政信息」。',
        '如果您本人也报送了材料，请写明哪天报送的再发一次。',
        ...stillWaiting(ctx.dialog),
      ].join('\n'),
    );
  },
});
