// 「第2条日期是12月2日」「第2条日期错了，应该是12月2日」「修改第2条日期为12月2日」 right after a receipt listed 1., 2. (round 40,
// t39b F12: 没看懂, or read as a new report of no activity): the bot had numbered the records itself, and 撤销第2条 was already
// read by that number. A correction of one field addressed by the receipt's number is the correction 刚才那条… would be, of
// that record.
import { normalizeText } from './parseNormalize.js';
import { numberOf } from './undoNumberedWords.js';
import { correctionInWords, type CorrectionInWords } from './terseCorrection.js';
import { parseDay } from './parseDay.js';
import { arabicizeNumerals } from './parseNumerals.js';


/** 修改第2条日期为… · 把第二项的日期改成… · 第2条日期错了，… · 上面第3条时间是…: the record's number, then the rest. */
const NUMBERED = /^(?:请|麻烦)?(?:帮我)?(?:把|将)?(?:修改|更正|改一下)?(?:刚才|上面|回执)?(?:的|里的|中的)?第(\d{1,2}|[一二两三四五六七八九十])(?:条|项|个)(?:记录)?(?:的)?[，,]?(.+)$/;

/**
 * 其实是和王强谈的 不是孙丽 · 应该是跟王强签的，不是孙丽 · 是和王强谈的不是和孙丽 (round 65, gei; t68a B5): the filler words
 * (其实 · 确实 · 应该 · 好像) before 是, the right person, then the one denied.
 */
const TALKED_WITH_NOT = /^(?:其实|确实|实际上?|应该|好像)*是(?:和|跟|与|同)([\u4e00-\u9fa5]{2,4}?)(?:同志)?(?:谈|签|聊)的?(?:话)?[,;\s]*(?:而)?不是(?:和|跟|与|同)?([\u4e00-\u9fa5]{2,4}?)(?:同志)?(?:谈|签|聊)?的?$/;

/** A correction of record `n` (1-based, the receipt's numbering) and what it changes; never terse (it names its record). */
export interface NumberedCorrection {
  n: number;
  correction: CorrectionInWords;
}

/**
 * Reads 第2条日期是12月2日 · 第2条日期错了，应该是12月2日 · 修改第2条日期为12月2日 · 第二条不是王强，是李娟 on `today`
 * (YYYY-MM-DD) as record 2's correction, read as 刚才那条… would be. Undefined for anything else: 撤销第2条
 * (undoNumberedWords), 第2条不要, a number 0, or a rest no correction reads.
 */
export function numberedCorrection(text: string, today: string): NumberedCorrection | undefined {
  const t = normalizeText(text).trim().replace(/[\s。.!！~～]+$/g, '');
  const m = NUMBERED.exec(t);
  if (!m) return undefined;
  // The receipt's number as 撤销第N条 reads it (3 · 三 · 十).
  const n = numberOf(m[1]!);
  if (!Number.isInteger(n) || n < 1) return undefined;
  const rest = m[2]!.replace(/^(?:的)/, '');
  if (/^(?:撤销|撤回|删除|删掉|作废|不要|不算|不用记)/.test(rest)) return undefined;
  // 日期是12月2日 · 时间为12月2日: said as 日期改为…, which the latest record's reader takes; so are 对象是李明 · 类型是谈心谈话 ·
  // 人数是7人 · 题目是《…》 (round 40, the coordinator's rows: 没看懂) as 对象改为… and the rest.
  const said = rest
    .replace(/^(日期|时间)(?:应该?是|应为|是|为)/, '日期改为')
    .replace(/^(日期|时间)(?:改成|改到|改为)/, '日期改为')
    .replace(/^(类型|对象|谈话对象|活动人|谈话人|题目|片名|人数|参加人数)(?:写?错了[，,]?)?(?:应该?是|应该?为|是|为|改成|换成)/, (_w, field: string) => `${field}改为`);
  // 人错了，是孙丽 · 应该是谈心谈话 read as their terse forms say them (不对，是谈心谈话), the record named by its number.
  // 第3条其实是和王强谈的 不是孙丽 (round 65, gei; t68a B5: read as the word 孙丽 → 「和王强谈的」 of a record named 「其实」): the
  // person talked to (or signed with) restated beside the one on the record, as 第3条对象改为王强 reads.
  const talkedWith = TALKED_WITH_NOT.exec(rest);
  if (talkedWith && talkedWith[1] !== talkedWith[2]) return { n, correction: { kind: 'person', role: 'counterpart', to: talkedWith[1]!, terse: false } };
  const found = correctionInWords(`刚才那条${said}`, today) ?? correctionInWords(said, today) ?? correctionInWords(said.replace(/^(?:类型)?应该?是/, '不对，是'), today);
  if (found) return { n, correction: { ...found, terse: false } };
  // 第2条日期是12月8日 on the 4th (a day to come): understood, and refused by the caller with the day said, never 没看懂.
  const day = /^日期改为(.+)$/.exec(said) ?? /^(?:应该?是|应该?为|改为|改成)(.+)$/.exec(said);
  const when = day ? parseDay(arabicizeNumerals(day[1]!), today) : undefined;
  return when?.date !== undefined && when.date > today && /^[\s\u0000。.]*$/.test(when.rest) ? { n, correction: { kind: 'day', date: when.date, said: day![1]!, terse: false } } : undefined;
}
