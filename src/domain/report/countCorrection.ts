// 「更正：人数是7人」「人数改成7人」「参加的是12个人不是10个」「实到人数应为9人」: the head-count of the latest study or
// meeting put right (round 22 #34: 没看懂, the wrong count left standing).
import { LATEST } from './latestCorrection.js';
import { withOneOpening } from './correctionOpening.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { FIELD_CORRECTED_TO, FIELD_WRONG } from './fieldCorrectionWords.js';

/** The head-count the member says is right (`to`), and the one said to be wrong (`from`) when named. */
export interface CountCorrection {
  kind: 'count';
  to: number;
  from?: number;
}

/** 人数 · 参加人数 · 实到人数 · 参会的人数: the field named. */
const FIELD = '(?:(?:参加|参会|参训|到会|实到|出席|听课|参与)(?:的)?)?(?:人数|人员数)';
/** 7人 · 7名 · 7位 (个 already read as 人). */
const N = '(\\d{1,4})(?:人|名|位)?';
/** ，不是10人 · 而不是10: the wrong number after the right one. */
const NOT_N = `(?:[,;\\s]*而?不是(\\d{1,4})(?:人|名|位)?)?`;
const END = '[。.!\\s]*$';

/** 人数是7人 · 参加人数写错了，应该是7人 · 人数改成7人 · 实到人数应为9人. */
const FIELD_FIRST = new RegExp(`^${FIELD}${FIELD_WRONG}?[,;。\\s]*${FIELD_CORRECTED_TO}\\s*${N}${NOT_N}${END}`);
/**
 * 参加的是12人不是10人 · 到会的有9人，不是8人 · 参加了12人: the attending said, the number after it. 实际到场23人 (t48a F3,
 * 赵敏's 「更正一下，前天党课实际到场23人」) says who came the same way.
 */
// 到了3个人 (round 62, gbd: the brief's 到了 beside 人数/参加人数): 到 with 了 is who came, as 来了 is.
const ATTENDED = new RegExp(`^(?:实际)?(?:参加|参会|到会|到场|实到|出席|来|到(?=了))(?:的|了)?(?:是|有)?${N}${NOT_N}${END}`);
/** 应该是7人参加 · 其实是9人到会: the right number, then the attending. */
const COUNT_ATTENDED = new RegExp(`^(?:应该?是|应为|其实是|实际是|是)${N}(?:参加|参会|到会|出席|参训)(?:了)?${NOT_N}${END}`);
/** 不是10人，是12人 · 是12人不是10人: two numbers of people, the right one with 是. */
const NOT_THEN_IS = /^不是(\d{1,4})(?:人|名|位)[,;\s]*(?:而|应该)?是(\d{1,4})(?:人|名|位)[。.!\s]*$/;
const IS_THEN_NOT = /^(?:应该?是|是)(\d{1,4})(?:人|名|位)[,;\s]*而?不是(\d{1,4})(?:人|名|位)?[。.!\s]*$/;

/**
 * The head-count correction `text` (normalised) asks of the latest record, or null when it is none. The words may point
 * at it (刚才那条…) or open as a correction does (更正： · 不对，…); a bare number of people needs 不是 beside it.
 */
export function countCorrection(text: string): CountCorrection | null {
  const pointed = text.trim().replace(LATEST, '');
  const opened = withOneOpening(pointed) ?? pointed;
  const t = arabicizeNumerals(opened.replace(/^不对[,;。\s]*/, '').replace(/个(?:人)?/g, '人'));
  const m = FIELD_FIRST.exec(t) ?? ATTENDED.exec(t) ?? COUNT_ATTENDED.exec(t);
  if (m) return at(Number(m[1]), m[2]);
  const swapped = NOT_THEN_IS.exec(t);
  if (swapped) return at(Number(swapped[2]), swapped[1]);
  const right = IS_THEN_NOT.exec(t);
  return right ? at(Number(right[1]), right[2]) : null;
}

function at(to: number, from: string | undefined): CountCorrection | null {
  if (!(to > 0)) return null;
  return { kind: 'count', to, ...(from !== undefined ? { from: Number(from) } : {}) };
}

/** 一共5个人 · 共8人 · 总共六个人 · 5人参加 · 6个人参加了 · 参加人数5人 · 实到9人: a head count said plainly, in a clause. */
const PLAIN_COUNT = /^(?:(?:一共|总共|共计|合计|共|实到|到场)(?:有|是)?(\d{1,4})(?:人|名|位)(?:参加|参会|到会|出席)?了?|(\d{1,4})(?:人|名|位)(?:参加|参会|到会|出席)了?|(?:参加|参会|到会|实到|出席)?(?:人数|人员数)(\d{1,4})(?:人|名|位)?)$/;

/**
 * A clause that gives a head count plainly (一共5个人 · 5人参加 · 参加人数5人) as the count correction's own words
 * (人数是5人), or undefined. Round 51 (fzb, t53a F5: 「题目是守住底线，一共5个人」 changed the title and dropped the count):
 * used only for a clause beside another change, where a count said is a change of it; alone, such words stay what they
 * were (a report's count, an answer).
 */
export function plainCountClause(clause: string): string | undefined {
  const t = arabicizeNumerals(clause.trim().replace(/个(?:人)?/g, '人'));
  const m = PLAIN_COUNT.exec(t);
  const n = m ? (m[1] ?? m[2] ?? m[3]) : undefined;
  return n !== undefined && Number(n) > 0 ? `人数是${Number(n)}人` : undefined;
}
