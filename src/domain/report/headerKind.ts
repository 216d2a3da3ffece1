// 胡军's pasted 「日期⇥领导⇥签订对象⇥备注 ⏎ 12月1日⇥王建国⇥李明、孙丽⇥」 (round 66, gfb; t68b F6): nothing was read — and
// once the header was, each row became a 谈话 of no type, since a 对象 column was taken for a talk's. A header word that
// only a deed of one kind has (签订对象 · 签订领导 · 主讲人) names the kind of every row whose own cells name none, as a
// table's title line does (titleKind).

/** Header words of a signing: 签订对象 · 签订人 · 责任书签订对象 · 签订领导 · 签订日期 · 签字人. */
const SIGNING_HEADER = /^(?:(?:责任书|承诺书|责任状)?签订(?:对象|人|领导|人员|时间|日期)|签字人|签约(?:对象|人)|被签订人)$/;
/** Header words of a lecture: 主讲人 · 授课人 · 讲课人 · 宣讲人 · 主讲领导 · 党课题目. */
const LECTURE_HEADER = /^(?:主讲人|授课人|讲课人|宣讲人|主讲领导|授课领导|党课题目|党课主题|讲课题目)$/;

/**
 * The kind a table's header words name (`heads`, the header's cells as written): 「签订责任书」 for a signing's words,
 * 「廉政党课」 for a lecture's; undefined when they name none or both. The caller writes it as a row's deed when the row's
 * cells and the title name no type.
 */
export function headerKind(heads: readonly string[]): string | undefined {
  const signing = heads.some((h) => SIGNING_HEADER.test(h));
  const lecture = heads.some((h) => LECTURE_HEADER.test(h));
  if (signing === lecture) return undefined;
  return signing ? '签订责任书' : '廉政党课';
}

/**
 * A 备注 cell naming only the paper signed (承诺书 · 廉洁承诺书 · 责任状 · 家庭助廉承诺书): which paper the row's signing was,
 * never a clause of its own (a third record, a signing with no one). Group 1 the paper.
 */
export const PAPER_NOTE = /^((?:党风廉政建设|廉洁从业|廉洁自律|廉洁|廉政|家庭助廉|个人)?(?:承诺书|责任书|责任状))$/;
