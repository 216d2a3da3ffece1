// 「更正：片名是《警钟长鸣》」「题目写错了，应该是《…》」「不对，是《…》不是《…》」: the title of the latest record put right.
import { LATEST } from './latestCorrection.js';
import { withOneOpening } from './correctionOpening.js';
import { FIELD_CORRECTED_TO, FIELD_WRONG } from './fieldCorrectionWords.js';
import { cardTitleWords } from './cardTitle.js';

/** The title the member says is right (without 《》); empty when it is taken off (去掉题目 · 没有片名 · 题目改成无). */
export interface TitleCorrection {
  kind: 'title';
  to: string;
}

/** 题目 · 片名 · 书名 · 标题 · 名称 · 主题: the field named. */
const FIELD = '(?:(?:党课|讲课|课程|影片|片子|教育片|文件|学习)?的?(?:题目|片名|书名|标题|名称|名字|主题|课题))';
/** 《…》 with nothing but a closing after it, or 「，不是《…》」. */
const TITLE = '《([^《》]{1,40})》(?:[,;\\s]*而?不是《[^《》]{1,40}》)?[。.!\\s]*$';
const FIELD_FIRST = new RegExp(`^${FIELD}${FIELD_WRONG}?[,;。:\\s]*${FIELD_CORRECTED_TO}?\\s*${TITLE}`);
const BARE = new RegExp(`^(?:不对[,;。\\s]*)?${FIELD_CORRECTED_TO}\\s*${TITLE}`);
/** 学的是《…》 · 看的是《…》 · 讲的应该是《…》 (t47a F5: only 题目是《…》 was read): the title said by what was done with it. */
// 学的是新修订的《中国共产党纪律处分条例》 (round 56, fgc; t58b F2: beside a waiting card read as a new report, its day asked):
// an edition word (新修订的 · 修订后的 · 最新版) between 是 and 《》 is part of the naming, not of the title.
const EDITION = '(?:新修订的?|新修改的?|修订后的|修订版的?|新版的?|最新版?的?|最新修订的?)?';
const DONE_WITH = new RegExp(`^(?:不对[,;。\\s]*)?(?:学|学习|看|观看|讲|讲授|播放|放映|学习的内容|内容)的?${FIELD_CORRECTED_TO}\\s*${EDITION}\\s*${TITLE}`);
const NOT_THEN_IS = /^(?:不对[,;。\s]*)?不是《[^《》]{1,40}》[,;\s]*(?:而|应该)?是《([^《》]{1,40})》[。.!\s]*$/;

/**
 * The title correction `text` (normalised) asks of the latest record, or null. A bare 《…》 counts only after 是 or an
 * opening (不对，是《…》); a field word (片名 · 题目) may stand before it.
 */
export function titleCorrection(text: string): TitleCorrection | null {
  const pointed = text.trim().replace(LATEST, '');
  const t = withOneOpening(pointed) ?? pointed;
  const m = FIELD_FIRST.exec(t.replace(/^不对[,;。\s]*/, '')) ?? NOT_THEN_IS.exec(t) ?? BARE.exec(t) ?? DONE_WITH.exec(t.replace(/^不对[,;。\s]*/, ''));
  if (m) return { kind: 'title', to: m[1]!.trim() };
  // 题目改成八项规定精神 (no 《》) · 去掉题目 · 没有片名 · 题目改成无 (t50a F7: 没看懂, a wrong title left standing): the
  // field named first, as on a waiting card.
  // 学习内容是… stays the naming reader's (前天廉政教育的学习内容是《…》 names its record by 的学习).
  const plain = t.replace(/^不对[,;。\s]*/, '');
  const words = /^学习内容/.test(plain) ? undefined : cardTitleWords(plain);
  return words === undefined ? null : { kind: 'title', to: 'removed' in words ? '' : words.to };
}
