// 市残联党组召开会议，听取了…党风廉政建设责任制落实情况的汇报，张伟书记主持会议 (round 20u, L07: 「未记录」): the chair
// named after the meeting is read as in 「张伟书记主持召开党组会议，听取…」, which is that leader's 专题会议.

/** Who chaired, said in a clause of its own after the meeting: 张伟书记主持会议 · 刘芳副理事长主持 · 会议由张伟书记主持. */
const CHAIR_CLAUSE = /,\s*(?:会议|本次会议)?由?([\u4e00-\u9fa5]{2,3}(?:同志)?(?:书记|副?理事长|副?主任|副?部长|副?科长)?(?:同志)?)主持(?:了)?(?:会议|本次会议)?(?:并讲话)?(?=[,;。]|$)/;
/** The body and the meeting it held: 市残联党组召开会议 · 党组召开了专题会议. */
const BODY_HELD = /((?:市残联)?(?:党组|机关党委|党委|党支部|支部|[\u4e00-\u9fa5]{1,5}(?:部|科|室|中心)))召开了?([^,;。]{0,14}?会议?)/;
/** The meeting was about integrity work, so its chair's 专题会议 (or the question) follows. */
const ON_INTEGRITY = /党风廉政|廉政|从严治党|廉洁|作风/;

/**
 * `text` with each sentence of the shape 「…党组召开会议，…，张伟书记主持（会议）」 rewritten as 「张伟书记主持召开党组会议，…」,
 * so the chair is the doer whatever the order of the clauses; other sentences unchanged.
 */
export function chairFirst(text: string): string {
  return text.replace(/[^。!?\n]+/g, (sentence) => {
    const chair = CHAIR_CLAUSE.exec(sentence);
    const held = BODY_HELD.exec(sentence);
    if (!chair || !held || held.index > chair.index || !ON_INTEGRITY.test(sentence)) return sentence;
    const withoutChair = sentence.slice(0, chair.index) + sentence.slice(chair.index + chair[0].length);
    return withoutChair.replace(BODY_HELD, `${chair[1]}主持召开${held[1]}${held[2]}`);
  });
}
