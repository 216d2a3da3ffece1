// 「去掉第二条」「删除2」「第3条不要了」「第2条不对」 typed (or tapped) while a 确认 card of several records waits.
import { normalizeText } from './parseNormalize.js';

/** One record of a waiting card named by its number (0-based `index`): to leave it out, or said to be wrong. */
/** `also`: more records left out in the same answer (第5条和第6条删掉), 0-based, each after `index`'s in card order or not. */
export type CardItemChoice = { kind: 'drop'; index: number; also?: number[] } | { kind: 'wrong'; index: number };

const CN: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const NUMBER = '([1-9]\\d?|[一二两三四五六七八九十])';
// 删 alone and 那就 before (第4条删了 · 那就把第4条删掉: round 66, gfi; t69a FB1): the same drop, on a card as on a receipt.
const DROP = '(?:去掉|删除|删掉|删去|去除|拿掉|划掉|撤掉|移除|不要|不记|不用记|删)';
const THEN = '(?:那就|那么|那|就)?[,，]?';
/** 去掉第二条 · 删除2 · 不要第3条 · 请删掉第2条记录吧: the verb first. */
const VERB_FIRST = new RegExp(`^${THEN}(?:请|麻烦)?(?:帮我)?${DROP}(?:掉)?(?:第${NUMBER}(?:条|项)|${NUMBER})(?:记录)?(?:吧|了)?$`);
/** 第2条不要了 · 把第二条删掉 · 第3条不算 · 第2条去掉吧: the record first. */
// 第5条也删掉 (t30f §1.14: not understood): 也/都 before the verb, the record dropped all the same.
const RECORD_FIRST = new RegExp(
  `^${THEN}(?:请|麻烦)?(?:把)?第${NUMBER}(?:条|项)(?:记录)?(?:也|都|请|就|可以)*(?:去掉|删除|删掉|删去|去除|拿掉|划掉|撤掉|移除|不要|不记|不用记|不算|不用|不需要|删)(?:掉|了|吧|啦)*$`,
);
/** 第5条和第6条删掉 · 第5、6条都不要 · 删掉第2条和第4条 (t30f §1.14: only 第5条 dropped): several records numbered. */
const ONE = `第?${NUMBER}(?:条|项)?`;
const SEVERAL = `(${ONE}(?:(?:、|和|与|及|,)${ONE})+)(?:条|项)?(?:记录)?`;
const SEVERAL_AFTER = new RegExp(`^(?:请|麻烦)?(?:把)?${SEVERAL}(?:也|都|请|就|可以)*${DROP}(?:掉|了|吧|啦)*$`);
const SEVERAL_BEFORE = new RegExp(`^(?:请|麻烦)?(?:帮我)?${DROP}(?:掉)?${SEVERAL}(?:吧|了)?$`);
const NUMBERS = new RegExp(NUMBER, 'g');
/** 不用单独记 · 不需要单独记录 · 不用再记了 · 别记: leave it out, said as not to be recorded. */
const NOT_KEPT = '(?:不用|不要|不需要|无需|不必|别)再?(?:单独)?(?:记录?|登记|录入?|列)(?:成|为)?(?:一条|一下|进去|上去)?';
/**
 * 第9条不对，通报案例是谈话的内容，不用单独记 · 第3条多了，删掉吧 · 第2条不用单独记 (round 42, t42b F7 follow-up: only
 * 第9条不要 was read): the record, what is wrong with it or why (no other record numbered), then leave it out.
 */
const WHY_THEN_DROP = new RegExp(
  `^(?:请|麻烦)?(?:把)?第${NUMBER}(?:条|项)(?:记录)?(?<why>[^第]{0,40}?[,，;；])?(?:把)?(?:这个|这条|这一条|它)?(?:也|都|请|就|可以|直接)*(?:${NOT_KEPT}|去掉|删除|删掉|删去|删|拿掉|划掉|撤掉|不要|不算)(?:掉|了|吧|啦|哈)*$`,
);
/**
 * 第2条不要，风险点排查是会上做的 · 第2条去掉，是重复的 · 第2条多了 (t47b F11: 「这条消息没有记录」 while 删除第2条 worked): the
 * record, the verb, then why. The reason must keep to that record: another record numbered, the rest kept (其余确认 is
 * cardKeepChoice's) or a value to change it to (改成…) makes it some other reply.
 */
const DROP_THEN_WHY = new RegExp(
  `^(?:请|麻烦)?(?:把)?第${NUMBER}(?:条|项)(?:记录)?(?:也|都|请|就|可以|直接)*(?:${NOT_KEPT}|去掉|删除|删掉|删去|拿掉|划掉|撤掉|不要|不算|别记|多了|多余|是多余的|是多的|多出来的|重复了|是重复的|重复的|是多出来的|重复)(?:掉|了|吧|啦|哈)*(?:[,，;；。](?<why>(?:(?!第|其余|其他|其它|剩下|别的|确认|保留|改成|改为|应该|应为).){1,40}))?$`,
);
/**
 * 第3、5、7条不要，谈话都是黄书记谈的，我没和黄书记谈 · 3和5删了 重复了 (round 58, fdc; t60b F3: the card came back, only a
 * bare 删除第3、5、7条 worked): several records, the verb, then why; the reason keeps to them as DROP_THEN_WHY's does.
 */
const SEVERAL_THEN_WHY = new RegExp(
  `^(?:请|麻烦)?(?:把)?${SEVERAL}(?:也|都|请|就|可以|直接)*(?:${NOT_KEPT}|去掉|删除|删掉|删去|删了|拿掉|划掉|撤掉|不要|不算|别记|多了|多余|是多余的|是多的|多出来的|重复了)(?:掉|了|吧|啦|哈)*[,，;；。](?<why>(?!题目|标题|片名|人数|参加人数|日期|时间|对象|活动人|部门|和)(?:(?!第|其余|其他|其它|剩下|别的|确认|保留|改成|改为|应该|应为).){1,40})$`,
);
/** 第3、5、7条是多出来的，不要 · 第3和第5条重复了，删掉: several records, why, then the verb. */
const SEVERAL_WHY_THEN_DROP = new RegExp(
  `^(?:请|麻烦)?(?:把)?${SEVERAL}(?<why>[^第]{0,40}?[,，;；])(?:把)?(?:这几条|这些|这两条|这三条|它们)?(?:也|都|请|就|可以|直接)*(?:${NOT_KEPT}|去掉|删除|删掉|删去|删了|删|拿掉|划掉|撤掉|不要|不算)(?:掉|了|吧|啦|哈)*$`,
);
/**
 * 第1条是合计的不用记 · 第一条是总数不用单独记 · 第一条是汇总 · 1号那条是合计数 (round 62, gbc; t64a G9: not understood, or
 * read as a query): a total line of the pasted list, no deed of its own, left out with or without a verb.
 */
const SUMMARY_ITEM = new RegExp(
  `^(?:请|麻烦)?(?:第${NUMBER}(?:条|项|个)|${NUMBER}号那条)(?:记录)?(?:就|只|其实|本身)?(?:是|只是|就是|属于|算|为)(?:个|一个)?(?:合计|总计|总数|汇总|小计|统计数?|总的(?:数|情况)?|总体情况|加总)(?:数|数字|的|数据|情况|行|而已)*(?:[,，]?(?:也|就|可以|直接)*(?:${NOT_KEPT}|不要|不算|去掉|删掉|删了)(?:掉|了|吧|啦|哈)*)?$`,
);
/**
 * 第2、3条是合计的不用记 · 第2和第3条都是总数 (round 63, gcb; t65a: only 第2条 left): several records said to be totals of the
 * pasted list, left out with or without a verb, as SUMMARY_ITEM's one.
 */
const SEVERAL_SUMMARY = new RegExp(
  `^(?:请|麻烦)?${SEVERAL}(?:都|也|就|只|其实|本身)*(?:是|只是|就是|属于|算|为)(?:个|一个)?(?:合计|总计|总数|汇总|小计|统计数?|总的(?:数|情况)?|总体情况|加总|重复的?)(?:数|数字|的|数据|情况|行|而已)*(?:[,，]?(?:也|都|就|可以|直接)*(?:${NOT_KEPT}|不要|不算|去掉|删掉|删了)(?:掉|了|吧|啦|哈)*)?$`,
);
/** 第2条第3条 (no mark between, as typed or dictated): two records named one after the other. */
const RUN_ON = new RegExp(`(?<=第${NUMBER}(?:条|项))\\s*(?=第${NUMBER}(?:条|项))`, 'g');
/** 第2-3条 · 第2到第4条 · 2～3条 · 第二至三条: a range of records, written as every number in it. */
const RANGE = new RegExp(`第?${NUMBER}(?:条|项)?(?:-|－|—|~|～|到|至)第?${NUMBER}(条|项)`, 'g');
/** 后两条 · 最后两条 · 后面2条 · 前两条: the last (or first) few records of a card of `size`. */
const ENDS = new RegExp(`(最后|后面的?|后|最前|前面的?|前)${NUMBER}(条|项)`);

/**
 * `t` (normalised, no spaces) with several records written as a list 第2、3条: 第2条第3条 run on, a range 第2-3条, and
 * 后两条 · 前两条 of a card of `size` records (left as written when the size is not known or the count does not fit).
 */
function severalWritten(t: string, size?: number): string {
  let out = t.includes('第') ? t.replace(RUN_ON, '、') : t;
  out = out.replace(RANGE, (m, a: string, b: string, unit: string) => {
    const [from, to] = [toNumber(a), toNumber(b)];
    return to > from && to - from < 10 ? `第${Array.from({ length: to - from + 1 }, (_, k) => from + k).join('、')}${unit}` : m;
  });
  const ends = size !== undefined ? ENDS.exec(out) : null;
  if (ends && size !== undefined) {
    const n = toNumber(ends[2]!);
    if (n >= 2 && n <= size) {
      const first = ends[1]!.includes('后') ? size - n + 1 : 1;
      out = out.replace(ends[0], `第${Array.from({ length: n }, (_, k) => first + k).join('、')}${ends[3]}`);
    }
  }
  return out;
}

/** 回头再报 · 以后再说 · 过后补报 after a drop (round 65, gei; t68a B7: 「最后两条先不用记 回头再报」 not understood). */
const LATER = /[,，;；\s]*(?:回头|以后|之后|过后|改天|下次)(?:再|再来)?(?:报|上报|补报|补|说|记)(?:吧|哈|啦)?[。.!！\s]*$/;
/** 先 · 暂时 · 暂且 before 不用记/不要 (round 65, gei; t68a B7). */
const FOR_NOW = /(?<=(?:条|项))(?:先|暂时|暂且|就先|也先)(?=不用记|不记|不要|不算|不用|删|去掉)/;

/** `t` without the fillers that put the records off (先 … 回头再报): the drop is the same. */
function withoutLaterFillers(t: string): string {
  const later = t.replace(LATER, '');
  return later === t && !FOR_NOW.test(t) ? t : later.replace(FOR_NOW, '');
}

/** 第2条不对 · 第二条有误 · 修改第3条 · 改一下第2条: that record is wrong, what to change not said yet. */
const WRONG = new RegExp(`^(?:第${NUMBER}(?:条|项)(?:记录)?(?:不对|有误|错了|有问题|不准确|写错了|记错了|要改|需要修改|需要改)|(?:修改|更正|改一下|改)第${NUMBER}(?:条|项)(?:记录)?)$`);

const toNumber = (s: string): number => CN[s] ?? Number(s);

/**
 * Reads a reply to a waiting 确认 card that picks ONE of its records by number (1-based as on the card): to drop it
 * (`drop`: 去掉第二条 · 删除2 · 第3条不要了 · 第5条也删掉; 第5条和第6条删掉 drops both, the others in `also`) or saying it is wrong without saying how (`wrong`: 第2条不对 · 修改第3条).
 * 第2条第3条 · 第2-3条 are read as 第2、3条; given the card's `size`, 后两条 · 前两条 too (round 63, gcb).
 * Returns the 0-based index, which may lie beyond the card (the caller says so), or undefined when the text is not
 * such a reply (a change with its value, 第3条日期是11月21日, is cardCorrection's).
 */
export function cardItemChoice(text: string, size?: number): CardItemChoice | undefined {
  // 第1 3 5条 不要 (voice input): a pause between two numbers parts them, as 、 does.
  const said = severalWritten(withoutLaterFillers(normalizeText(text).trim()), size).replace(/[\s。.!！~]+$/g, '').replace(/(?<=第?[1-9]\d?)\s+(?=[1-9]\d?(?:\s|、|和|条|项))/g, '、');
  const joined = choiceOf(said.replace(/\s+/g, ''));
  if (joined !== undefined) return joined;
  // 第2条不要 那是信息的标题 · 第2条不对 删了 (t50c F2: 「没能把这条回复读成…答案」 while 删除第2条 worked): a space between
  // words typed (or dictated) stands for the comma before the reason; only tried when the words run together read nothing.
  const spaced = said.replace(/(?<=[\u4e00-\u9fa5])\s+(?=[\u4e00-\u9fa5])/g, '，').replace(/\s+/g, '');
  const byPause = spaced !== said.replace(/\s+/g, '') ? choiceOf(spaced) : undefined;
  if (byPause !== undefined) return byPause;
  // 第1、3、5条 不要 了 都是 黄书记 谈的 (round 58, fdc): several records dictated apart from their drop verb, and a particle
  // (了 · 吧) from its verb, are no clause ends; only a drop of several is read so (第4条 人数 删掉 吧 is a correction's).
  const unpaused = spaced
    .replace(/，(?=[了吧啊哈啦](?:，|$))/g, '')
    .replace(/(?<=[、和]第?(?:[1-9]\d?|[一二两三四五六七八九十])[条项])，(?=(?:也|都)?(?:不要|删|去掉|不算|多了|重复了))/, '');
  const several = unpaused !== spaced ? choiceOf(unpaused) : undefined;
  return several?.kind === 'drop' && several.also !== undefined ? several : undefined;
}

/** cardItemChoice of `t` (normalised, no spaces). */
function choiceOf(t: string): CardItemChoice | undefined {
  // With no reason said, only 单独 makes it this shape: a bare 第2条别记了 is the question's own drop (askedItemDrop's words).
  const why = WHY_THEN_DROP.exec(t);
  // The same for the verb first: a bare 第2条别记了 · 第2条不要 stays askedItemDrop's (its wording while a question waits);
  // only a reason, or a verb of its own (多了 · 多余 · 重复了), makes it this shape. 第2条是重复的 alone (round 69, gid; t71c: the
  // card came back) says its own why as 重复了 does.
  const dropWhy = DROP_THEN_WHY.exec(t);
  const drop = VERB_FIRST.exec(t) ?? RECORD_FIRST.exec(t) ?? SUMMARY_ITEM.exec(t) ?? (why && (why.groups?.why || /单独/.test(t)) ? why : null) ?? (dropWhy && (dropWhy.groups?.why || /多了|多余|是多的|多出来的|重复/.test(t)) ? dropWhy : null);
  if (drop) return { kind: 'drop', index: toNumber((drop[1] ?? drop[2])!) - 1 };
  const several = SEVERAL_AFTER.exec(t) ?? SEVERAL_BEFORE.exec(t) ?? SEVERAL_THEN_WHY.exec(t) ?? SEVERAL_WHY_THEN_DROP.exec(t) ?? SEVERAL_SUMMARY.exec(t);
  if (several) {
    // Only numbers written with 第/条 or alone count: 第5条和第6条 → 5, 6.
    const [first, ...rest] = [...new Set([...several[1]!.matchAll(NUMBERS)].map((m) => toNumber(m[1]!) - 1))];
    return rest.length > 0 ? { kind: 'drop', index: first!, also: rest } : { kind: 'drop', index: first! };
  }
  const wrong = WRONG.exec(t);
  if (wrong) return { kind: 'wrong', index: toNumber((wrong[1] ?? wrong[2])!) - 1 };
  return undefined;
}

/** 全部重新发送 · 重新发送 · 全部重发: the whole card given up, the member sends the message again (the old 修改). */
export const RESEND_WORDS = /^(?:全部|整条|都)?(?:重新发送|重新发|重发|重新上报|重报)(?:一遍|一次)?[。.!！]*$/;
