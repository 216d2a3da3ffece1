// 「第2条也是宣文部的」 · 「第2条不对，是11月10日组织的」 · 「(2)部门是宣文部」 · 「第2项改一下，宣文部」 while a 确认 card waits
// (round 53, fkc; t55a F6/A12: 「这条消息没有记录」 or 「没有在通讯录里找到「11月10日」」, only 「第2条部门改成宣文部」 worked): the
// natural ways to say 「item N's field is V」, put in the words cardCorrections already reads.
import type { CardCorrectionContext } from './cardCorrection.js';

const CN = '一二三四五六七八九十';

/** 第2项 · 第二个 · 第3件 · 第1点: an item numbered another way, as 第N条. */
const OTHER_COUNTER = new RegExp(`第([1-9]\\d?|[${CN}])(?:项|个|件|点|行)(?:活动|记录)?`, 'g');
/** (2) · （2） · 2. · 2、 at the start: the card's item number as a list would write it (never 2.15, a date). */
const LEADING_NUMBER = new RegExp(`^\\s*(?:[(（]([1-9]|[${CN}])[)）]|([1-9])[.．、:：](?!\\s*[0-9]))\\s*`);
/** 也是 · 也都是 · 同样是 · 一样是 after an item or a field: said of another record, the value is the same word for this one. */
const ALSO = /(第(?:[1-9]\d?|[一二三四五六七八九十])条|部门|日期|时间|对象|活动人|类型|题目|片名|人数|^)(?:的)?[,，\s]*(?:也都|也|同样|一样|也同样)(?=是|应该是|应为|改成|改为)/g;
/** 11月10日 · 10号 · 上周五 · 昨天 · 前天: a day as a correction says it. */
const DAY = String.raw`(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]?|\d{1,2}[日号]|(?:上|本|这)?(?:周|星期|礼拜)[一二三四五六日天1-7]|昨天|前天|今天|大前天`;
/** 是11月10日组织的 · 是上周五开的: a day with the deed's verb and 的, read as the day. */
const DAY_DONE = new RegExp(`是(${DAY})(?:上午|下午|晚上)?(?:组织|开展|召开|举办|举行|进行|搞|开|看|学|谈|签|上|报送|报)(?:了)?的`, 'g');
/** 是宣文部组织的: a department with the deed's verb and 的; 是办公室组织开展的 (round 54, fjf: two verbs) too. */
const DEPT_DONE = /是([^,，;；。\s是的]{2,10}?)(?:牵头)?(?:组织|开展|召开|举办|举行|牵头|搞)+(?:了)?的/g;
/**
 * Whether `text` says 是<department>组织的 (a department of the directory, never a person: 是王磊部长组织的): the organising
 * department, read before the doer words, which would take the department's head for the doer (round 53, fkcc).
 */
export function saysOrganisingDepartment(text: string, ctx: Pick<CardCorrectionContext, 'departmentId'>): boolean {
  return [...text.matchAll(DEPT_DONE)].some((m) => ctx.departmentId?.(m[1]!) !== undefined);
}

/** 12人参加 · 参加12人 · 共12人: a head count said plainly after an item. */
const COUNT_PLAIN = /^(第(?:[1-9]\d?|[一二三四五六七八九十])条)(?:的)?[,，\s]*(?:人数)?(?:也|也是|是|应该是)?(?:(\d{1,4})人参加|参加(?:了)?(\d{1,4})人|共(\d{1,4})人)$/;
/** 部门都是 · 日期全是 · 时间都改成: one value for every record, as 都是 says it. */
const FIELD_ALL = /^(?:两条|三条|这几条|几条|全部|所有)?(?:的)?(?:部门|日期|时间)(?:都|全都|全)(?:是|改成|改为|应该是|应为)/;
/** 改一下，宣文部 · 改下：11月20日: the change announced, then the value alone (a field word after it already reads). */
const CHANGE_THEN_VALUE = /(改一下|改下|改改|修改一下)[,，:：\s]+(?!是|应该是|应为|(?:谈话)?(?:对象|活动人|日期|时间|类型|类别|人数|参加人数|题目|片名|标题|部门))/;

/**
 * 第2条承诺书是和赵磊签的 · 第1条谈话应该是跟胡军谈的 (round 53, fkaa; t56a F2: read as a new report, its day asked, and the card
 * kept the signing with no one): the item's kind said again after its number, before whom it was with, names the item only.
 */
const ITEM_KIND_THEN_WITH = new RegExp(
  `(第(?:[1-9]\\d?|[${CN}])条)\\s*(?:的)?(?:廉政|廉洁|廉洁从政|党风廉政建设)?(?:承诺书|责任书|谈心谈话|廉政谈话|提醒谈话|谈话|谈心|签订|签字)(?:的)?[,，\\s]*(?=(?:其实|实际上?)?(?:也|都)?(?:是|应该是|应为)?(?:和|跟|与|同)[^,，。\\s]{2,8}?(?:签|谈|进行))`,
);

/**
 * `text` with the natural forms of a card edit put in the forms cardCorrections reads: item numbers written 第N项 · 第N个 ·
 * (N) · N. as 第N条; 第N条承诺书是和X签的 as 第N条是和X签的; 也是 as 是; 是<day>组织的 as 是<day>; 是<department>组织的 as 是<department>的 (the department, not its
 * head as the doer, when `ctx.departmentId` knows the words); 12人参加 after an item as 人数是12人; 部门都是X as 都是X; 改一下，X as
 * 改成X. Undefined when none of these is in the text (nothing to read again).
 */
export function cardEditWords(text: string, ctx: Pick<CardCorrectionContext, 'departmentId'>): string | undefined {
  let t = text.trim();
  // A list of several lines is a report, never one edit.
  if (/\n/.test(t)) return undefined;
  t = t.replace(OTHER_COUNTER, (_m, n: string) => `第${n}条`);
  t = t.replace(LEADING_NUMBER, (_m, a?: string, b?: string) => `第${a ?? b}条`);
  t = t.replace(ITEM_KIND_THEN_WITH, '$1');
  t = t.replace(ALSO, '$1');
  t = t.replace(DAY_DONE, '是$1');
  t = t.replace(DEPT_DONE, (m, words: string) => (ctx.departmentId?.(words) !== undefined ? `是${words}的` : m));
  const count = COUNT_PLAIN.exec(t.replace(/[。.!！]+$/, ''));
  if (count) t = `${count[1]}人数是${count[2] ?? count[3] ?? count[4]}人`;
  t = t.replace(FIELD_ALL, '都是');
  t = t.replace(CHANGE_THEN_VALUE, '改成');
  return t !== text.trim() ? t : undefined;
}
