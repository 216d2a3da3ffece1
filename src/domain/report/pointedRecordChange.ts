// 「黄书记11月13日查财务科那次其实是专项资金检查，麻烦改一下」「11月13日那次检查应该是专项资金检查」 (round 52, fwd; t54b B-F2:
// read as a new 专项资金检查 beside the 作风纪律检查 it meant, so one check was counted twice and 专项资金检查 showed 完成): a
// record told before, pointed at (那次 · 那条 · 那个) and changed beyond doubt (其实是 · 应该是 · 改成 · 不是…是… · 更正), is a
// correction of that record (correctLatest finds it, or says none was found), never a report of a second deed.
import { namedRecordCorrection } from './namedRecordCorrection.js';

/**
 * 那条应该是谈心谈话 · 那个日期写错了，是3号 · 那次其实是上周五 (round 52, fwd: asked as a new talk): a bare 那条/那个/那次 opening
 * the message, then a change, points at the record just told, as 刚才那条 does; correctLatest reads it as 刚才那条….
 */
export const BARE_POINTER = /^那(?:一)?(?:条|个|次)(?:记录)?(?=[,，\s]*(?:应该?是|其实是|实际是|应为|不是|(?:日期|时间|人数|题目|对象|类型)(?:应该|其实)?(?:是|改成|改为|写错|记错|错了|不对)|(?:写|记|搞|弄|填|报)错了))/;

/**
 * 刚才那条党课不对，是组联部的 · 刚才那条警示片不对，是教就部组织的 · 上一条谈话错了，应该是23号 (round 52, fwff; t55a F5: a
 * second 党课 stored at once, or a 警示教育 titled 《不对》): 刚才那条/那个/上一条 and a kind noun, then 不对/错了/应该是, points
 * at the record just told by its kind; correctLatest reads it as 刚才那条…, so the kind noun is no title and no new deed.
 * Group 0 is the pointer with its kind noun (replaced by 刚才那条); the lookahead is the change word.
 */
export const KIND_POINTER = /^(?:我)?(?:(?:刚才|刚刚)(?:报的|上报的|发的|说的)?的?(?:那一?条|那个|那次)?|上一?条|上一个|那一?条|那个)(?:的)?(?:廉政|廉洁|警示)?(?:党课|警示片|警示教育片?|教育片|片子|谈话|谈心谈话|谈心|学习|集中学习|检查|会议|专题会议?|信息|记录)(?:的?记录)?(?=[,，\s]*(?:(?:也|都)?(?:不对|错了|写错了?|记错了?|搞错了?|填错了?)|应该?是|应为|其实是|实际是|不是))/;

/**
 * Whether `text` changes a record it points back at, beyond doubt (the naming words hold 那次/那条/那个 and the change is
 * said with 其实是/应该是/改成/不是… or after 更正一下). `today` is YYYY-MM-DD in Shanghai.
 */
export function pointedRecordChange(text: string, today: string): boolean {
  if (BARE_POINTER.test(text.trim()) || KIND_POINTER.test(text.trim())) return true;
  const read = namedRecordCorrection(text, today);
  return read !== null && read.firm && read.pointed;
}
