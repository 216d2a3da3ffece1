// 「刚才那个信息报送是1篇 不是2篇」 (round 66, gfi; t69a FB1: 胡军's stored 「报送廉政信息2篇」 — two records — was answered
// 「没有在通讯录或活动类型里找到「2篇」「1篇」，记录没有改动」): FEWER of a stored deed than stored, said as its count (是1篇不是2篇 ·
// 不是2篇，是1篇 · 多记了1篇 · 报多了一篇 · 其实只有1篇). The mirror of topUpWords (再补1篇), for 篇 · 次 · 份 · 场 · 条 alike;
// the words before the count name the stored record (刚才那个信息报送 → 信息报送), '' when they only point back.
import { withoutApology } from './ownedSlip.js';
import { normalizeText } from './parseNormalize.js';
import { chineseNumber } from './chineseNumber.js';

/** What the member says there are fewer of. */
export interface CountDownWords {
  /** The words naming the stored record (信息报送 · 12月2日的检查), '' when only 刚才/那个 points at it. */
  about: string;
  /** How many there are in all, when said (是1篇). */
  total?: number;
  /** How many fewer, when said (多记了1篇). */
  fewer?: number;
  /** The wrong count said (不是2篇), when said. */
  wrong?: number;
  /** The unit said (篇 · 次 · 份 · 场 · 条 · 个). */
  unit: string;
}

const NUM = '(\\d{1,2}|[一二两三四五六七八九十])';
// 个 before 人 · 名 is a head count (其实是两个人; round 67, gga), never a count of the deed.
const UNIT = '(篇|次|份|场|条|个(?![人名]))';
/** 是1篇 不是2篇 · 应该是1篇，不是2篇 · 只有1篇不是2篇. */
const IS_NOT = new RegExp(`(?:应该是|应该只有|其实是|其实只有|实际是|实际上是|实际只有|只有|就|只|是)${NUM}${UNIT}[,，;；\\s]*(?:而)?(?:不是|没有)${NUM}${UNIT}`);
/** 不是2篇，是1篇 · 不是两篇 只有一篇. */
const NOT_IS = new RegExp(`(?:不是|没有)${NUM}${UNIT}[,，;；\\s]*(?:而是|应该是|其实是|实际是|只有|就|是)${NUM}${UNIT}`);
/** 多记了1篇 · 报多了一篇 · 多算了1次 · 多了一篇 · 记重了一篇. */
const MORE = new RegExp(`(?:多记了?|多报了?|多录了?|多算了?|(?:记|报|算|录)(?:多|重)了|多了|多出(?:来)?了?)${NUM}${UNIT}`);
/** 其实只有1篇 · 实际只报了1篇 (with a pointer back: 刚才那个…): the total alone. */
const ONLY = new RegExp(`(?:其实|实际上?|实际)(?:只有|只报了|只报送了|只写了|只交了|只开展了|只查了|只签了|是)${NUM}${UNIT}`);
/**
 * 信息报送只有1篇 · 廉政信息只报了一篇 (round 67, gga; t69b Part B: a new paper asked its day): a paper's kind alone before
 * 只有, the whole message — the stored papers' total, as 其实只有1篇 is; a day or a doer said before it is a report's.
 */
const PAPER_ONLY = new RegExp(`^(?:刚才|刚刚)?(?:报|报送)?的?(?:那个|那条|这个)?((?:廉政)?(?:信息报送|报送的?(?:廉政)?信息|信息|稿件|稿子|文章))(?:的)?(?:只有|只报了|只报送了|只写了|就|只)${NUM}${UNIT}$`);
/** Words pointing back at what was just stored. */
const POINTED = /^(?:刚才|刚刚|之前|上面|前面)|^(?:那|这)(?:个|条|次|一条)/;
/** A deed told as new (又报送了 · 今天…报送了): a report, not a correction. */
const NEW_DEED = /又(?:报送|报|写|开展|组织|召开|进行|谈|签)|还(?:报送|报|写|开展|组织|召开)了/;

/** 多报了1个人 · 少算了两名: a head count's slip owned, which makes the count after it one of people. */
const HEADS_SLIPPED = /(?:多|少)(?:报|记|算|写|录|填)了?\s*(?:\d{1,4}|[一二两三四五六七八九十]+)\s*个?\s*(?:人|名|位)/;

/**
 * 信息报送那两条重复了 删掉一条 · 刚才那两篇信息报重了，撤销一篇 · 信息报送重复了，删一条 (round 68, gha; t70b: 「现在没有等待确认
 * 的卡片…」): the same deed stored twice, one to go — `about` before it, the number said to go after 删掉/撤销 (one when none).
 */
const DUPLICATED = new RegExp(
  `^(.{0,16}?)(?:的)?(?:那|这)?(?:${NUM}(?:条|篇|次|个|份))?(?:记录)?(?:是)?(?:重复了|重复|重了|(?:报|记|发|录)重了|报了两(?:次|遍)|一样的?)(?:的)?[,，;；\\s]*(?:请|麻烦|帮我)?(?:删掉|删除|删去|删了|删|撤销|撤回|撤掉|去掉)(?:掉)?(?:其中)?(?:的)?${NUM}?(篇|次|份|条|个)?(?:吧|一下)?$`,
);

/** 1 · 一 · 两 · 十 (NUM's matches: always a number). */
function numberOf(w: string): number {
  return /^\d+$/.test(w) ? Number(w) : chineseNumber(w)!;
}

/** The fewer-than-stored count `text` says, or undefined (no such clause, or a new deed told). */
export function countDownWords(text: string): CountDownWords | undefined {
  const t = withoutApology(normalizeText(text).trim())
    .replace(/[。.!！~～]+$/, '')
    .replace(/\s+(?=(?:\d{1,2}|[一二两三四五六七八九十])(?:篇|次|份|场|条|个))/g, '');
  const twice = NEW_DEED.test(t) ? null : DUPLICATED.exec(t);
  // 报重复了，麻烦删除一下 (no count either side) is the named record's 撤销, asked as before (dropNamedRecord): one found, one offered.
  if (twice && (twice[2] !== undefined || twice[3] !== undefined || twice[4] !== undefined)) {
    const about = twice[1]!.replace(/^(?:刚才|刚刚|之前|上面|前面)(?:报|记|发|上报|报送)?的?/, '').replace(/(?:那|这)(?:一)?(?:个|条|次)?$/, '').replace(/(?:那|这)?(?:两|二|三|[23])(?:条|篇|次|个|份)/, '').trim();
    return { about, fewer: twice[3] !== undefined ? numberOf(twice[3]) : 1, unit: twice[4] ?? '条' };
  }
  // 刚才那条撤销，多报了一次: a withdrawal with its reason is undo's (the whole record), not a count.
  if (NEW_DEED.test(t) || /撤销|撤回|删/.test(t)) return undefined;
  // 多报了1个人，实际是6个 (round 67, ggj): people over-counted, the 6 a head count (looseFieldWords'), never 6 of the deed.
  if (HEADS_SLIPPED.test(t)) return undefined;
  // 人数报错了，不是8个是9个 (round 68, gha; t70b: 「台账里只有 1 个…」): the 人数 named makes every count in it one of people.
  if (/人数|人员数/.test(t)) return undefined;
  const isNot = IS_NOT.exec(t);
  const notIs = isNot ? null : NOT_IS.exec(t);
  const more = isNot || notIs ? null : MORE.exec(t);
  const only = isNot || notIs || more ? null : ONLY.exec(t);
  const m = isNot ?? notIs ?? more ?? only;
  const paper = m ? null : PAPER_ONLY.exec(t);
  if (paper) return { about: paper[1]!, total: numberOf(paper[2]!), unit: paper[3]! };
  if (!m) return undefined;
  const before = t.slice(0, m.index);
  // 其实只有1篇 alone names nothing: only with a pointer back or a record named before it.
  if (only && !POINTED.test(before) && before.replace(/[,，\s]/g, '') === '') return undefined;
  const about = before
    .replace(/^(?:刚才|刚刚|之前|上面|前面)(?:报|记|发|上报|报送)?的?/, '')
    .replace(/^(?:那|这)(?:一)?(?:个|条|次|篇)(?:记录)?/, '')
    .replace(/(?:那|这)一?(?:条|篇|次|个)(?:记录)?/g, '')
    .replace(/(?:的|是|其实|实际上?|应该|记录|[,，\s])+$/, '')
    .trim();
  // 我们科是1次不是2次 … a clause of something else before it (a day, a person, a report) is read by ownRecordsNamed.
  if (isNot) return { about, total: numberOf(isNot[1]!), wrong: numberOf(isNot[3]!), unit: isNot[2]! };
  if (notIs) return { about, total: numberOf(notIs[3]!), wrong: numberOf(notIs[1]!), unit: notIs[4]! };
  if (more) return { about, fewer: numberOf(more[1]!), unit: more[2]! };
  return { about, total: numberOf(only![1]!), unit: only![2]! };
}
