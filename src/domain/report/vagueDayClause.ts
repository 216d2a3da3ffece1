// 上周和王磊谈了心，今天再和何平谈了 · 前段时间和郑华谈过心，今天和冯雪也谈了 · 月初和王磊签了责任书，今天和何平签了 (round 25b,
// §9: the first deed stored on the second's day, or dropped; f2: 11月18日…，月底/近日/最近又与杨帆… put on 11-18): a clause naming only a vague time (上周, 前段时间, 月初, 之前…) is
// a deed of its own, whose day is asked; it never takes the day another clause names.
import { parseDay } from './parseDay.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { extractTitles } from './parseTraining.js';

/** 上周 · 上个月 · 前段时间 · 前阵子 · 月初 · 之前 · 此前 · 早些时候 · 上半年 · 前些天 · 前几天 · 年初: when, without the day. */
const VAGUE = /(?:上上|上|本|这)个?(?:周|星期|礼拜|月)(?![一二三四五六日天\d])|上个?月|前段时间|前一段时间|前阵子|前一阵子?|前些(?:天|日子|时候)|前几天|早些时候|月初|月中|上旬|中旬|年初|上半年|之前|此前|以前|先前|早前/;

/**
 * 月底 · 下旬 · 近日 · 日前 · 近期 · 最近 · 前不久 · 这几天 opening a clause (f2: 11月18日…，月底/近日/最近又与杨帆… put on
 * 11-18, the day of the clause before). Only at the opening: 通报了近期典型案例 and 部署年底…工作 name no time of the deed; 月底前
 * is a deadline.
 */
const VAGUE_OPENING = /^[\s\u0000,，;；。:：]*(?:\d{1,2}月)?(?:(?:月|年)(?:底|末)|下旬|近日|日前|近期|最近|前不久|不久前|近一?段时间|这(?:几|些)天|近几天|近来)(?!前)/;

/**
 * 11月开展廉洁文化进机关活动 · 宣文部11月份组织… (round 33a, P3: put on 11-20, the day of the clause after it): a month named
 * as the time of the deed whose verb follows it, with no day. Not a lead of a paragraph (11月份，黄志刚带队，分两次…: its days
 * follow), a heading (11月作风纪律检查台账), a deadline or a span's end (截至11月 · 到11月底).
 */
const MONTH_ONLY = /(?<![\d年至到止截])\d{1,2}月份?[\s\u0000]*(?:又|还|也|先后|集中|共|在|于)?(?:开展|组织|召开|举办|举行|进行|学习|观看|参观|签订|与|和|同|跟|对|到|赴|深入)/;

/**
 * 11月份，陈志强、赵敏两位副理事长分别到分管部门讲授廉政党课，12月2日刘芳副理事长也… (round 36a F11: 12-02 given to the
 * November lectures, then a false duplicate): a month set off by a comma before a clause's subject and deed is that deed's
 * time as much as 11月份组织… is. A counted lead (11月份，黄志刚带队，分两次…) heads its dated deeds instead (leadsDatedDeeds).
 */
const MONTH_LEAD = /^[\s\u0000,;。]*(?<![\d年至到止截])\d{1,2}月份?[\s\u0000]*,[^,;。:!?]{0,20}?(?:开展|组织|召开|举办|举行|进行|学习|观看|参观|签订|讲授|讲了|上了|与|和|同|跟|对|到|赴|深入|给|为)/;
const COUNTED_LEAD = /(?:分|先后|共|前后)[两二三四五六七八九十\d]次/;

/** 研究部署12月中旬的警示教育 after a meeting (t31c: a 警示教育 of its own, asked its day): a topic's time is not the deed's. */
const TOPIC_OPENING = /^[\s\u0000,，;；。:：]*(?:专题)?(?:研究|部署|传达|安排|谋划)/;

/**
 * Whether `clause` names a vague time and no day (上周和王磊谈了心 · 之前和王建国谈过): a time of its own, which the clause
 * keeps (its day asked). `today` is YYYY-MM-DD in Shanghai. 上周三 and 11月初 with a day are days, not vague; 11月 alone is.
 */
export function namesVagueDayOnly(clause: string, today: string): boolean {
  const { rest } = extractTitles(clause);
  if (TOPIC_OPENING.test(rest)) return false;
  const arabic = arabicizeNumerals(rest);
  const monthLead = MONTH_LEAD.test(arabic) && !COUNTED_LEAD.test(arabic);
  return (VAGUE.test(rest) || VAGUE_OPENING.test(rest) || MONTH_ONLY.test(arabic) || monthLead) && parseDay(arabicizeNumerals(rest), today).date === undefined;
}
