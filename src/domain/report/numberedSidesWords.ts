// 「第2条是周涛部长和组联部全体人员签的」 after a receipt listing numbered records (round 62, gbb; t64a G8: refused, 同一个人):
// record N of the latest report told again with both sides — who did it and with whom (a group word allowed) — and the verb
// of its kind (签 · 谈). Read as that record's doer and people; the caller resolves the names and groups.

const NUMBER = '第([1-9]|[一二三四五六七八九])(?:条|项|个)';
const SHAPE = new RegExp(
  `^${NUMBER}(?:记录)?(?:不对|错了|有误|有问题)?[,;:\\s]*(?:应该|其实|实际上?)?是([\\u4e00-\\u9fa5]{2,8}?)(?:同志)?(?:和|跟|与|同)([\\u4e00-\\u9fa5、,\\s]{2,24}?)(?:一起)?(签|谈|签订|签署)(?:的|了)?(?:责任书|承诺书|廉政承诺书)?(?:[,;\\s]*(?:不是我|我没签|我没谈|我只是报的))?[。.!！\\s]*$`,
);
const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** What numberedSidesWords reads. */
export interface NumberedSidesWords {
  /** The record's number on the receipt (1-based). */
  n: number;
  /** The doer as written (周涛部长). */
  doer: string;
  /** With whom, as written (组联部全体人员 · 王强、李娟). */
  people: string;
  /** The deed's verb: a signing or a talk. */
  verb: 'sign' | 'talk';
}

/** The sides `text` (normalised) gives record N, or undefined. The doer never 我/他/她 (第2条是我和王强谈的 is another reader's). */
export function numberedSidesWords(text: string): NumberedSidesWords | undefined {
  const t = text.trim();
  if (!t.startsWith('第')) return undefined;
  const m = SHAPE.exec(t);
  if (!m || /^(?:我|本人|他|她)/.test(m[2]!)) return undefined;
  return { n: DIGITS[m[1]!] ?? Number(m[1]), doer: m[2]!, people: m[3]!.trim(), verb: m[4]!.startsWith('签') ? 'sign' : 'talk' };
}
