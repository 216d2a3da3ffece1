// 报送廉政信息一篇 残联开展警示教育月活动 · 报送信息1篇 内容是我会召开专题会议… (round 47, t50c F1: the paper's subject read as
// a second deed, a 警示教育 or a 专题会议 whose day or chair was then asked — answering would store a deed that never
// happened): what a paper is about, written right after its count with no 题目是, is its title, as 「题目是…」 has long been.

/** 信息一篇 · 廉政信息1篇: a paper counted, where a subject may follow (a 简报 is no 信息报送 of its own: left). */
// 报送了一篇廉政信息 内容是… (round 48, t50c F5: the count before the paper, the subject a second deed): counted either side.
const PAPER = '(?:[一1](?:篇|条|份)(?:廉政|廉洁|党风廉政建设)?信息|(?:廉政|廉洁|党风廉政建设)?信息[一二两三1-3]?(?:篇|条|份))';
/** Words that open the subject of a paper: the unit or the body that did what it tells of, or 内容是/主题是. */
// 信息1篇，关于我会开展… · 信息一篇 宣文部开展廉洁文化进机关活动 (round 48, t50c F5: read as a second deed): a subject opening
// with 关于, or with a unit (…部/科/室/中心) and what it did (开展/召开/组织/举办), is the paper's too.
const SUBJECT_OPENER = '(?:内容是|内容为|主题是|主题为|讲的是|写的是)|(?=(?:市残联|残联|我会|我局|我部|我单位|本单位|机关|全市|全区|市直|我市)[\\u4e00-\\u9fa5])|(?=关于[\\u4e00-\\u9fa5])|(?!标题|题目|题为|名为|篇名)(?=[\\u4e00-\\u9fa5]{1,6}?(?:部|科|室|中心|支部)(?:开展|召开|组织|举办|举行)(?!了)[\\u4e00-\\u9fa5])';
/** A subject: one clause of words, no day in it, not a connective's next deed. */
const SUBJECT = '(?!另外|还|并|同时|又|也|随后|然后)([^\\s,，;；。:：!?！？《》]{6,30})';
const PAPER_SUBJECT = new RegExp(`(${PAPER})(?:[ \\t]+|[,，:：])(?:${SUBJECT_OPENER})${SUBJECT}`, 'g');
/**
 * 报送了财务科廉政风险点排查情况，一份信息 · 报送了中心廉政风险点排查情况的信息 · …情况信息一篇 (round 53, fkf; t55a F2: read as a
 * 自查总结, the subject lost): the subject said first, right after the sending verb, then the paper it went as: group 1 the
 * verb, 2 the subject (ending 情况 only: 党风廉政建设工作信息 · 全面从严治党工作信息 · 机关纪委工作信息 are 信息 of the usual
 * kind, no subject — round 53, fkff), 3 the paper, which keeps its count: written as 报送了一份信息,题目是《…》.
 */
const SUBJECT_THEN_PAPER = /((?:报送|上报|上交|呈报|报了|提交)了?)([^\s,，;；。:：!?！？《》\u0000]{4,28}?情况)(?:[,，]\s*|的)?((?:[一1]\s*(?:篇|条|份))?(?:廉政|廉洁)?信息(?:[一1]\s*(?:篇|条|份))?)(?![\u4e00-\u9fa5])/g;

/**
 * 向机关纪委报送了财务科廉政风险防控工作 · …防控情况 · 报送了财务科廉政风险防控材料 (round 54, fjee; issue 10: no report at
 * all): a clean-governance paper handed in, named only by its subject ending 工作/情况/材料 at the clause's end: group 1 the
 * verb, 2 the subject, written as 报送了廉政材料,题目是《…》 so all three endings are titled alike (and the
 * kind pattern of such papers, parseKindPatterns, still finds the 材料 sent once the title is masked). Not one sent to the 党组 (a 向党组报告),
 * nor one that says 自查/排查 (a 自查总结, read as before), nor one others sent (催报/督报), nor a 信息 (廉政信息材料 · …情况，一篇信息:
 * SUBJECT_THEN_PAPER's, or the 信息 said outright).
 */
const SUBJECT_SENT = /(?<!(?:向|给|报)党组[^,，;；。!?！？\n]{0,6}?|[催督])((?:报送|上报|上交|呈报|提交)了?)\s*(?![^,，;；。!?！？\n]{0,28}?(?:自查|排查|查找|梳理))(?![^\s,，;；。:：!?！？《》\u0000]{0,28}?信息)([^\s,，;；。:：!?！？《》\u0000]{0,12}?(?:党风廉政|廉政|廉洁|从严治党|纪检|作风)[^\s,，;；。:：!?！？《》\u0000]{0,12}?(?:工作|情况|材料))(?![\u4e00-\u9fa5《])(?![^。;；!?！？\n]{0,8}?信息)/g;

/** A day or a time in a clause: then it tells of a deed of its own, not of a paper. */
const DAY_WORD = /\d{1,2}[月日号.]|[昨今前明]天|[上本这下]周|周[一二三四五六日天]|星期|上午|下午|月初|月底/;

/** 4人参加 · 共12人 · 参加人数6: people who came, said after the clause. */
const HEAD_COUNT_AFTER = /\d+\s*(?:人|名)|人数/;

/**
 * `text` with the subject written after a counted paper turned into its title: 信息一篇 残联开展警示教育月活动 →
 * 信息一篇,题目是《残联开展警示教育月活动》. A clause with a day in it, or one opening with 另外/还/并…, is left as it is.
 */
export function withPaperSubjectTitled(text: string): string {
  return text.replace(SUBJECT_SENT, (whole, sent: string, subject: string) => (DAY_WORD.test(subject) ? whole : `${sent}廉政材料,题目是《${subject}》`)).replace(SUBJECT_THEN_PAPER, (whole, sent: string, subject: string, paper: string) => (DAY_WORD.test(subject) ? whole : `${sent}${paper},题目是《${subject}》`)).replace(PAPER_SUBJECT, (whole, paper: string, subject: string, at: number, all: string) => {
    // 信息一篇 宣文部开展了廉政教育 4人参加 (round 48): a head count after it in the sentence tells of a deed, not a paper.
    const after = all.slice(at + whole.length).split(/[。！？!?\n；;]/)[0]!;
    return DAY_WORD.test(subject) || HEAD_COUNT_AFTER.test(after) ? whole : `${paper},题目是《${subject}》`;
  });
}
