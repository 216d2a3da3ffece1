// 机关纪委对康复中心开展专项检查。 · 纪检组对财务科报销情况进行了检查 (round 35a, issue 10: no time word at all, refused as no
// report, while 近日，…开展专项检查 was asked its day): a check of a place told as carried out is a deed done, its day asked.
import { extractTitles } from './parseTraining.js';

/** 对康复中心…开展专项检查 · 对财务科报销情况进行了检查: 对 + the place or matter checked + 开展/进行 + the check. */
const CHECKED_PLACE = /对[^,;。，；]{2,16}?(?:开展|进行)了?[^,;。，；]{0,6}?(?:检查|督查|抽查|暗访|巡查)/;
/**
 * Words of a check not told done: a time ahead or a wish (将 · 要 · 拟 · 计划 · 下周), a time that may look ahead (近期 ·
 * 最近 · 本周), a question (什么时候 · 吗 · ？), a request or a duty (请 · 需 · 应 · 负责 · 牵头).
 */
const NOT_TOLD_DONE =
  /将|要|拟|计划|准备|打算|安排|部署|近期|最近|即将|下[周月步]|明[天日年]|后天|本周|这周|本月|年底|月底|[?？吗呢]|什么时候|何时|哪天|几号|是否|有没有|请|需|应|必须|务必|负责|牵头|如何|怎么/;

/**
 * Whether `text` (one message or entry) tells of a check of a place carried out (对…开展/进行(了)…检查) and says nothing of
 * a time ahead, a question or a request: a deed done whose day the member did not give. Titles are taken out first.
 */
export function checkToldWithoutDay(text: string): boolean {
  const { rest } = extractTitles(text);
  return CHECKED_PLACE.test(rest) && !NOT_TOLD_DONE.test(rest);
}
