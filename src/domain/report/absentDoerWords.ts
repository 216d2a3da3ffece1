// 林晓 「12月4日黄书记没去，是我自己去康复部检查的作风纪律」 with the check of 12-04 stored as 黄志刚's, she along (round 59,
// fcc; t61b F6: answered 「看起来这项活动没有进行…」, the stored record left as it was): the doer named 没去 · 没参加 · 没带队
// beside 是我(自己)去… says who did the deed, not that it was not done. This reader only splits the words (the day, the
// person said absent); the bot finds the member's stored record and offers the change of its doer.
import { normalizeText } from './parseNormalize.js';
import { arabicizeNumerals } from './parseNumerals.js';

/** The words of a doer said absent and the member said the one who did it. */
export interface AbsentDoer {
  /** The day as written (12月4日 · 上周二 · 4号), '' when none: the record is then the latest one of that doer. */
  day: string;
  /** The person said absent, as written (黄书记 · 黄志刚同志). */
  absent: string;
}

/** A day said first: 12月4日 · 12.4 · 4号 · 上周二 · 昨天 (digits, as arabicizeNumerals leaves them). */
const DAY = '(?:\\d{4}年)?\\d{1,2}月\\d{1,2}[日号]?|\\d{1,2}[.．/]\\d{1,2}|\\d{1,2}[日号]|(?:上|本|这)?(?:周|星期|礼拜)[一二三四五六日天]|大?前天|昨天|今天';
/** 那天 · 那次检查 · 的作风纪律检查: words after the day that only point at the deed. */
const POINT = '(?:那天|当天|那次|那一次|的)?(?:作风纪律检查|纪律检查|专项检查|检查|督查|抽查|暗访)?(?:的时候|时)?';
/** 刚才那条有误 · 更正一下 · 刚才报错了: a lead-in clause before the words that matter. */
const LEAD_IN = /^(?:刚才|刚刚|之前|上次|前面)?(?:那条|报的|发的|那次)?(?:有误|错了|报错了|写错了|不对|有错)[,，;；\s]*|^(?:更正|纠正|说明)(?:一下)?[:：,，\s]*/;
/** <day><point><name>没去: group 1 the day, group 2 the person. */
const ABSENT = new RegExp(
  `^(${DAY})?${POINT}[,，\\s]*([\\u4e00-\\u9fa5]{2,7}?)(?:同志)?(?:那天|当天|其实|实际上?)?(?:并|也|根本)?(?:没有?|未|没能)(?:去|参加|来|到场|到|带队|参与|出席)(?:成)?(?:检查|督查|暗访)?(?:了)?$`,
);
/** 是我自己去康复部检查的 · 我一个人去的 · 是我带队查的 · 其实是我去的: the member the one who did it. */
const SELF_DID = /^(?:而|但|实际上?|其实)?(?:都)?(?:是)?我(?:自己|一个人|独自|本人)?(?:单独)?(?:去|带队|带人|带|到|参加|检查|查|开展|组织|进行)/;

/**
 * The day and the person `text` says did not go while the member did (12月4日黄书记没去，是我自己去…检查的), or undefined for
 * any other shape: a plain 黄书记没去 (a deed not done, as today), or 是我 naming no deed of the member's. A space of voice
 * input opens the second clause as a comma does.
 */
export function absentDoerWords(text: string): AbsentDoer | undefined {
  if (!/我/.test(text) || !/没|未/.test(text)) return undefined;
  const t = arabicizeNumerals(normalizeText(text)).trim().replace(/[。.!！~～\s]+$/, '').replace(LEAD_IN, '');
  const clauses = t.split(/[,，;；]\s*|\s+(?=(?:而|但|其实|实际)?(?:都)?(?:是)?我)/).map((c) => c.replace(/\s+/g, '')).filter((c) => c !== '');
  if (clauses.length !== 2) return undefined;
  const m = ABSENT.exec(clauses[0]!);
  if (!m || !SELF_DID.test(clauses[1]!)) return undefined;
  const absent = m[2]!.replace(/^(?:那天|当天)/, '');
  return { day: m[1] ?? '', absent };
}
