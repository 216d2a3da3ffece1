// 陈志强「上周一分别和郑华、冯雪进行了廉政谈话，周五又到维权部参加了他们的专题会议」 (t49a F3: two more talks with 郑华 and
// 冯雪 on 11-27 on the card, the meeting only named as unmatched): 他们的 after a visit to a department is that
// department's — the meeting's owner, never the people named before as ones talked to again.

/** 到/去/在/赴 a department (…部 · …科 · …室 · …中心), then 参加/出席/列席/旁听, then 他们的 / 她们的 (部门的…). */
const THEIRS = /((?:到|去|在|赴)[^,;。!?\n]{0,12}?(?:部|科|室|中心)[^,;。!?\n]{0,8}?(?:参加|出席|列席|旁听|观摩)(?:了)?)(?:他们|她们)(?:部门|科室|中心|单位)?的/g;

/** `text` with the 他们的 of a department just visited taken out (到维权部参加了他们的专题会议 → 到维权部参加了专题会议). */
export function withoutTheirsAfterVisit(text: string): string {
  return text.replace(THEIRS, '$1');
}
