// 向分管领导王建国副理事长汇报了… (t48b F3): the one a paper or account is given to is named after 向, posts between.

/** 向 · 向分管领导 · 向党组成员: what stands before a name that makes it the one addressed, up to the name (方向 · 导向 · 面向… are no 向). */
const ADDRESSED = /(?<![方导面倾走意指去动转偏趋取])向[\u4e00-\u9fa5、\s\u0000]{0,10}$/;

/**
 * Whether the words before a name (`before`, the clause up to it) make that person the one reported or handed to (向…),
 * not the clause's subject: 「11月27日吴静同志向分管领导刘芳副理事长报告了…」 reads 刘芳 as the one told, the post words
 * 分管领导 notwithstanding. Without this the post words made 刘芳 (or 王建国) open the clause as its doer (t48b F3).
 */
export function addressedBefore(before: string): boolean {
  return ADDRESSED.test(before);
}
