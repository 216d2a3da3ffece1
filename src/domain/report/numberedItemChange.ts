// 「作风纪律检查，第2条是11月21日」 · 「第4条调研报告其实是上周三报的」 · 「作风纪律检查，第2条删掉」 sent when no card or question
// waits (round 57, fec; fgc's left-alone of round 56: stored at once as an 11-21 check and as a 调研报告, or 「这条消息没有记录」
// saying nothing of 第2条): 第N条 and a change or a drop speak of a list the member thinks is on the screen. With none
// waiting there is no such list: it is no report, and the member is told so (numberedItemChangeReply).
import { normalizeText } from './parseNormalize.js';
import { chineseNumber } from './chineseNumber.js';
import { cardItemChoice } from './cardItemChoice.js';

/** 删除第2条 · 去掉第3条 · 请删掉…: the verb before the record, an undo's words. */
const VERB_FIRST = /^(?:请|麻烦)?(?:帮我)?(?:去掉|删除|删掉|删去|去除|拿掉|划掉|撤掉|移除|不要|不记|不用记|撤销|撤回)/;

/** A kind noun between 第N条 and the change (第4条调研报告其实是…): it names the item, it is no deed. */
const KIND_NOUN = '(?:廉政|廉洁|谈心|警示|专项|作风纪律|作风|专题|分管科室)?(?:谈话|谈心|调研报告|报告|信息|信息报送|党课|学习|教育|警示片|检查|会议|承诺书|责任书|自查)?';
/** A day as a change's value: 11月21日 · 21号 · 上周三 · 昨天. */
const DAY = '(?:\\d{1,2}月\\d{1,2}[日号]?|\\d{1,2}[日号]|(?:上|这|本)?周[一二三四五六日天]|上星期[一二三四五六日天]|昨天|前天|今天)';
/** The change after 第N条 (and its kind noun): a day, a field set, a drop, or the item owned wrong. */
const CHANGE = new RegExp(
  `^(?:的)?${KIND_NOUN}(?:的)?[,，\\s]*(?:(?:不对|错了|写错了|有误)[,，\\s]*)?(?:` +
    // 是11月21日 · 其实是上周三报的 · 应该是21号谈的
    `(?:其实|实际上?|应该|应)?(?:是|为|改成|改为|改到)\\s*${DAY}\\s*(?:报的|报送的|交的|谈的|签的|开的|查的|检查的|组织的|进行的|搞的|看的|学的|讲的|召开的|举办的|的)?` +
    // 承诺书是冯部长和我签的 · 其实是王磊和杨帆谈的 (the deed's two sides said again)
    `|(?:(?:应该|其实|实际上?)?(?:是|为))?[^,，;；。\\s\\d]{1,8}?(?:和|跟|与|找)(?:我|本人|[^,，;；。\\s\\d]{2,8}?)(?:一起)?(?:签订?的|签署的|谈的|谈话的)` +
    // 不要题目和参加人数，报送的是2篇信息 · 去掉题目 (t59a F3's words)
    `|(?:不要|去掉|删掉|删除|没有)(?:题目|标题|片名|参加人数|人数)(?:(?:和|、|及|也没有)(?:参加)?(?:题目|标题|人数))?(?:[,，\\s]*(?:报送的?|一共|共)?(?:是)?[0-9两二三四五]篇(?:信息)?)?` +
    // 删掉 · 不要了 · 去掉 · 不用记 · 作废
    // 第2条不要，那是上个月已经报过的: a drop with its reason after it (no other item named in the reason).
    `|(?:删掉|删除|删了|不要了?|去掉|去掉吧|不用记了?|不算|作废|重复了)(?:[,，\\s]+[^第\\d]{1,20})?` +
    // 日期改成… · 人数是12人 · 对象是王磊 · 题目删掉
    `|(?:的)?(?:日期|时间|人数|参加人数|对象|活动人|谈话人|题目|片名|部门|类型)(?:写错了|错了|不对)?[,，\\s]*(?:应该?是|应为|改为|改成|是|为|删掉|去掉|不要)[^,，;；。]{0,20}` +
    `)\\s*(?:吧|啊|呀|哦|了)?$`,
);
/** 信息报送那两条 · 学习那条 · 谈话那一条 at the start: items named by their kind (itemByKindWord's words). */
const KIND_ITEMS = /^(?:信息报送|报送信息|廉政信息|信息|学习|谈话|谈心谈话|廉政谈话|警示教育|警示片|党课|会议|检查|承诺书|责任书|调研报告)(?:那|这)(?:两|三|几|一)?条(?:都)?/;
/** 作风纪律检查， · 是作风纪律检查。 · 另外 before 第N条: an answer or a joint, nothing of a deed. */
const BEFORE = /^(?:(?:不对|错了|更正|修改)[,，:：\s]*)?(?:(?:是|就是)?[^\d第,，。;；\s]{2,10}?(?:检查|谈话|教育|会议|党课|报送|报告)(?:吧)?[,，。;；!！\s]+)?(?:另外|还有|然后|再就是|对了|哦|不好意思)?[,，\s]*$/;

/**
 * The 1-based item number `text` speaks of when, on one line, it names 第N条 and only changes or drops it (after, at
 * most, a kind said first: 作风纪律检查，第2条是11月21日); undefined for anything else — a numbered list (第一条：11月6日与
 * 陈志强进行廉政谈话 tells a deed), several items, or no 第N条.
 */
export function numberedItemChange(text: string): number | undefined {
  const t = normalizeText(text).trim().replace(/[。.!！~～]+$/, '');
  if (/\n/.test(t)) return undefined;
  // 第1、3、5条多了，都是黄书记谈的 · 把第1、3、5条去掉，… · 3和5不要了，谈话人是黄书记 (round 58, fdc: with nothing waiting,
  // asked the type of a talk with 黄志刚): what a waiting card reads as leaving records out speaks of a list too. Only the
  // record first: 删除第2条 (the verb first) stays undoNumbered's and undo's, as it always was.
  const drop = cardItemChoice(t);
  if (drop?.kind === 'drop' && !VERB_FIRST.test(t)) return drop.index + 1;
  // 信息报送那两条 · 学习那条 · 第2、3条 (t59a F3's words, sent with nothing waiting): put as 第N条, the change read alike.
  const kindNamed = t.replace(KIND_ITEMS, '第1条');
  if (kindNamed !== t) return numberedItemChange(kindNamed) === undefined ? undefined : 1;
  const all = [...t.matchAll(/第(\d{1,2}|[一二两三四五六七八九十])(?:(?:、|,|，|和)(?:\d{1,2}|[一二三四五六七八九十]))*(?:条|项)(?:记录)?/g)];
  if (all.length !== 1) return undefined;
  const m = all[0]!;
  if (!BEFORE.test(t.slice(0, m.index))) return undefined;
  const rest = t.slice(m.index! + m[0].length).replace(/^[,，:：\s]+(?=[^0-9一二三四五六七八九十])/, '');
  // 第2条 承诺书 是 冯部长 跟我 签的: voice input's spaces are no clause breaks here.
  if (!CHANGE.test(rest.trim()) && !CHANGE.test(rest.replace(/\s+/g, ''))) return undefined;
  const n = chineseNumber(m[1]!) ?? Number(m[1]);
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}
