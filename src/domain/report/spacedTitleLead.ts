// 「上周报了一篇信息 题目 康复部开展廉政提醒」 (round 49, fve kind 4: the title's words read as a 廉政谈话 of 吴静's, the paper
// asked its day): 题目 opening a clause with only a space after it, voice-typed, says the title as 题目：does.

// 「讲了一堂廉政党课 题目 以严的基调正风肃纪 来了三十五个人左右」 (round 50, fxe kind 1: 《以严的基调正风肃纪 来了三十五个人左右》,
// the head count lost): written 题目：the title ran to the end. Before words it is written 题目是 with its space kept, so the
// spoken-title reader (withSpokenTitleLead) ends the title at a head count or a clause, as it does for 题目是 said aloud.

/** Another field's label then a space (主讲人 李明 · 听课人数 9 · 记录 胡军): the message is a row of labelled fields. */
const FIELD_ROW = /(?:^|\s)(?:主讲人|授课人|谈话人|谈话对象|主持人|听课人数|参加人数|参会人数|参训人数|记录人|记录|地点)\s/;
/** 题目 / 标题 / 讲题 at a clause's start, then a space only, then 《 or “. */
const SPACED_LEAD_QUOTED = /(?<=^|[\s,，;；。])(题目|标题|讲题)[ \u3000]+(?=[《“])/g;
/** 题目 / 标题 / 讲题 at a clause's start, then a space only, then words. */
const SPACED_LEAD_WORDS = /(?<=^|[\s,，;；。])(题目|标题|讲题)[ \u3000]+(?=[\u4e00-\u9fa5])/g;

/**
 * `text` with a clause's 题目 followed by a space written as said: 题目 《…》 → 题目：《…》, 题目 康复部开展… → 题目是 康复部开展…
 * (the space kept for withSpokenTitleLead to read where the title ends); unchanged otherwise.
 */
export function withSpacedTitleLead(text: string): string {
  // 11.26 下午 … 主讲人 李明 题目 守住廉洁底线 听课人数 9 记录 胡军 (f24's row): a row of labelled fields, read by
  // withOneLineFields, whose 题目 is one field among them, ended by the next label.
  if (FIELD_ROW.test(text)) return text.replace(SPACED_LEAD_QUOTED, '$1：').replace(SPACED_LEAD_WORDS, '$1：');
  return text.replace(SPACED_LEAD_QUOTED, '$1：').replace(SPACED_LEAD_WORDS, '$1是 ');
}
