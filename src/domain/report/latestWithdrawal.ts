// 「刚才那条约谈撤销一下，是林晓约谈的不是我」「刚才那条撤销，报错了」「撤销刚才那条党课，重复了」 (round 53, fkb; t55b FB1: read
// as a new talk 黄志刚–林晓, its day asked, then a card; 「…，报错了」 没看懂): the latest record withdrawn, with the member's
// reason beside it. The reason is said back, never read: its people (林晓) are no counterparts of any record.
import type { ActivityTypeCode } from '../activityTypes.js';
import { toSimplified } from './toSimplified.js';

/** What a withdrawal of the latest record with a reason says. */
export interface LatestWithdrawal {
  /** 约谈 · 党课 · 警示片: the kind the member names the record by, or undefined (刚才那条撤销). */
  noun?: string;
  /** 是林晓约谈的不是我 · 报错了 · 重复了 · 时间还没定: the member's reason, as written. */
  reason: string;
}

/**
 * 上一条 · 刚才那条 · 刚才报的那条 · 刚刚的: the latest record, pointed at (as undo.ts's LATEST, with 报的/发的); 那条 · 那个 alone
 * (round 68, ghi; t71a F5: 「那条不要了，报重了」) point at it too, the reason beside them saying it was just told.
 */
const LATEST = '(?:上一条|上条|上一个|上面(?:那一?条|的)|(?:刚才|刚刚)(?:报的|上报的|发的|记的)?(?:那一?条|那一?次|那个|的)?|那一?条|那个|最后一条|最近一条)(?:记录|上报)?';

/**
 * 约谈 · 廉政党课 · 警示片 · 谈心谈话 · 作风纪律检查 · 信息报送: the kind noun that may follow the pointer. A kind's own leading
 * words (作风纪律 · 专项 · 信息) may come first (round 68, ghi; t71a F5: 「刚才那个作风纪律检查撤回吧，报重了」 was offered for a
 * second 撤销 because only 检查 was read); never a person (和王强的谈话 is changeNamedRecord's, which checks the person).
 */
const NOUN =
  '(?:作风纪律|工作作风|作风|纪律|专项|党风廉政|廉政|廉洁|警示|信息)?(?:约谈|谈话|谈心谈话|谈心|党课|警示教育片?|警示片|教育片|片子|集中学习|学习|专题会议?|会议|检查|督查|信息报送|报送|信息|责任书|承诺书)';

/** 撤销 · 撤回 · 撤了 · 删掉 · 作废 · 不算 · 不要了, with 掉/一下/吧 (撤了吧 · 删掉吧 · 撤回一下: round 68, ghi). */
const WITHDRAW = '(?:请|要|帮我|麻烦)?(?:撤销|撤回|撤掉|撤了|删除|删掉|删了|作废|不算|不要了|不作数)(?:掉|了|吧|一下|下)*';

/** The withdrawal itself, either word order: 刚才那条约谈撤销一下 · 撤销刚才那条党课. Group 1 or 2 is the kind noun. */
const WITHDRAWAL = new RegExp(`^(?:请|麻烦)?(?:${LATEST}(?:的)?(${NOUN})?(?:记录)?${WITHDRAW}|(?:撤销|撤回|删除|删掉|作废)(?:掉|一下)?${LATEST}(?:的)?(${NOUN})?(?:记录)?)$`);

/**
 * A reason for withdrawing: the deed was someone else's (是林晓约谈的 · 不是我 · 别人报过了), told twice (重复了 · 报重了), told wrongly (报错了 ·
 * 搞错了), or not held (还没谈 · 时间还没定 · 取消了). Only these: a replacement (应该是… · 重新报…) is undoThenReport's or
 * correctLatest's, and a whole report after the withdrawal is never set aside as a reason.
 */
const REASON = /^是[\u4e00-\u9fa5]{1,10}的$|不是我|不是本人|报错|搞错|弄错|写错|填错|记错|发错|错了|误报|重复|报重|重了|多报|多记|报过了|已经报过|别人报|还没|没定|未定|待定|没开|没谈|没举行|没有开|没有谈|没有举行|取消了|不用记|不用报|不需要/;

/** Words of a replacement or a change: never a reason (刚才那条撤销，应该是昨天 · …，重新报：…). */
const REPLACEMENT = /应该?是|应为|其实是|实际是|改成|改为|改到|换成|重新|重报|改报|更正为/;

/**
 * The deed put off to a time still to come: 党课改到下周了 · 推迟了 · 改期了 · 延期到下个月 · 改天再谈 · 另行通知 (round 67,
 * ggi; t70a FB4: 「刚才那条撤回吧，党课改到下周了」 was read as a record named by 党课 and offered for a second 撤销, 改到 taken
 * for a replacement) · 下周再上. A reason, as 还没谈 is; 推迟到昨天 (held after all, round 52 fwc) and 改到11月20日 (a day given) are not.
 */
const PUT_OFF = /(?:改期|推迟|延期|顺延|延后|另行通知|改天|下次再|以后再)(?!到?(?:昨天|前天|今天|上周|上个?月|本周|这周|\d|[一二三四五六七八九十]+[月号日]))|(?:改到|挪到|换到|推到|延到|推迟到|延期到)(?:下周|下星期|下礼拜|下个?月|明天|后天|下次|以后|年后|明年)|(?:下周|下星期|下个?月|明天|后天)再(?:上|谈|开|讲|学|看|签|查|搞|办)/g;

/**
 * The withdrawal of the latest record `text` asks with a reason (either before or after it, split by a mark or a
 * space), or null: a bare 撤销 (undo's own), a replacement after it, or no reason word.
 */
export function latestWithdrawal(text: string): LatestWithdrawal | null {
  // 剛才那個談心談話撤回吧，報重了 (round 68, ghi): read in simplified characters, as a report is.
  const t = toSimplified(text).trim().replace(/[。.!！~～]+$/, '');
  const parts = t.split(/[,，;；。!！\s]+/).filter((p) => p.length > 0);
  if (parts.length < 2) return null;
  // The withdrawal first (刚才那条撤销，报错了) or last (报错了，刚才那条撤销一下).
  for (const [at, rest] of [[0, parts.slice(1)], [parts.length - 1, parts.slice(0, -1)]] as const) {
    const m = WITHDRAWAL.exec(parts[at]!);
    if (!m) continue;
    const reason = rest.join('，');
    const putOff = new RegExp(PUT_OFF.source).test(reason);
    if (!(REASON.test(reason) || putOff) || REPLACEMENT.test(reason.replace(PUT_OFF, ''))) return null;
    const noun = m[1] ?? m[2];
    return { ...(noun !== undefined ? { noun } : {}), reason };
  }
  return null;
}

/** The families of record a kind noun may name (谈话: either talk; 会议: any meeting), by type code prefix or code. */
const NOUN_TYPES: [RegExp, (t: ActivityTypeCode) => boolean][] = [
  [/约谈/, (t) => t === 'talk_integrity'],
  [/谈心/, (t) => t === 'talk_heart'],
  [/谈话/, (t) => t.startsWith('talk_')],
  [/党课/, (t) => t === 'edu_lecture'],
  [/警示|片/, (t) => t === 'edu_warning'],
  [/学习/, (t) => t.startsWith('edu_')],
  [/会议?$/, (t) => t.startsWith('meeting_') || t === 'review_analysis'],
  [/检查|督查/, (t) => t.startsWith('inspect_') || t === 'pledge_check'],
  [/信息|报送/, (t) => t === 'report_info'],
  [/责任书|承诺书/, (t) => t.startsWith('pledge_')],
];

/** Whether a record of type `type` is one the kind noun `noun` names (约谈: a 廉政谈话; 谈话: either talk). */
export function nounFitsType(noun: string, type: ActivityTypeCode): boolean {
  const row = NOUN_TYPES.find(([re]) => re.test(noun));
  return row === undefined || row[1](type);
}
