// 「上周报了一篇信息 题目 康复部开展廉政提醒」 (round 49, fve kind 4: the title's words read as a 廉政谈话 of 吴静's, the paper
// asked its day): 题目 opening a clause with only a space after it, voice-typed, says the title as 题目：does.

/** 题目 / 标题 / 讲题 at a clause's start, then a space only, then words. */
const SPACED_LEAD = /(?<=^|[\s,，;；。])(题目|标题|讲题)[ \u3000]+(?=[\u4e00-\u9fa5《“])/g;

/** `text` with a clause's 题目 followed by a space written 题目：(题目 康复部开展… → 题目：康复部开展…); unchanged otherwise. */
export function withSpacedTitleLead(text: string): string {
  return text.replace(SPACED_LEAD, '$1：');
}
