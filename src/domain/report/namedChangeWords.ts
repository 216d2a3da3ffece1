// 「修改11月30日的作风纪律检查，部门改为财务科、办公室、组联部」「11月30日那次检查，除了财务科、办公室，还查了组联部，请补上」
// (round 57, fed; t59b FB2: 「没有找到您上报的「11月30日的作风纪律检查，部门改为…」的记录」, or a new untyped report): a
// STORED record named first, then what it takes. Written again in the shape the correction readers know — the naming
// words, 那次的, then the change (`<about>那次的部门改为…` · `<about>那次的部门加上…`) — so the change after the comma is never
// taken into the words that look the record up, and a department said as also visited is added to it.
import { normalizeText } from './parseNormalize.js';

/** The field labels a change after the naming may open with (部门改为 · 日期应该是 · 人数改成). */
const FIELD = '(?:所在)?(?:部门|科室|日期|时间|人数|参加人数|题目|片名|标题|对象|类型|活动人|谈话人|议题)';
const CHANGE_VERB = '(?:改为|改成|换成|应该?是|应为|只有|调整为|更正为|变更为)';
/** 修改 · 更正 · 请修改一下: the verb before the naming words. */
const OPEN = '^(?:请|麻烦)?(?:帮我)?(?:修改|更正|改)(?:一下)?[:：]?';
/** 修改<about>，<field>改为<value>: group 1 the naming words, group 2 the change. */
const CHANGE_AFTER = new RegExp(`${OPEN}(?!一下|[,;\\s])(.{2,20}?)(?:那条|那次|那个)?(?:的)?(?:记录)?[,;\\s]+(${FIELD}${CHANGE_VERB}.+)$`);

/** A kind noun a check or a gathering is named by. */
const KIND = '(?:作风纪律检查|专项资金检查|责任书检查|监督检查|检查|督查|抽查|廉政教育|警示教育|廉政党课|党课|集中学习|学习|专题会议|分管科室会议|会议)';
/** The stored record named: 11月30日那次检查 · 11月30日的检查 · 11月30日那次作风纪律检查. Group 1 the day or words, 2 the kind. */
const NAMED = `^(.{2,12}?)(?:那次|那一次|那条|那个|的)(?:的)?(${KIND})(?:的?记录)?`;
/** 除了财务科、办公室 · 除财务科外: the departments already on the record, said before the one added. */
const BESIDES = '(?:[,;\\s]*除(?:了)?[^,;]{2,30}?(?:以外|之外|外)?)?';
/** 还查了 · 也去了 · 另外还有 · 还包括: a department said as also visited. */
const ALSO = '[,;\\s]*(?:另外|其实)?(?:还|也|同时还?|另外还?)(?:查了|检查了|查过|去了|到了|有|包括|抽查了|督查了)';
/** 请补上 · 帮我加上 · 补一下 · 漏了: the ask after it. */
const ASK = '(?:[,;\\s]*(?:请|麻烦|帮我|帮忙)?(?:补上|加上|补充上?|补一下|加一下|添上|补进去|加进去|添加上?|漏了|漏记了|没记上|忘了写|也记上)(?:吧|一下|哈)?)?';
const ALSO_VISITED = new RegExp(`${NAMED}${BESIDES}${ALSO}([^,;]{2,30}?)${ASK}$`);

/**
 * `text` written as `<about>那次的<change>` when it names a stored record and then changes a field of it or adds a
 * department, or undefined (a message of another shape, left to the readers as it is). Only the words are rewritten:
 * whether a record of the member's fits is for the caller (the correction readers look it up).
 */
export function namedChangeWords(text: string): string | undefined {
  const t = normalizeText(text).trim().replace(/[。.!！~～]+$/, '');
  const change = CHANGE_AFTER.exec(t);
  // 11月30日那次检查 → 11月30日的检查 (one pointer, so the readers take the day and the kind together); a list said with
  // voice input's spaces (财务科 办公室 组联部) is a list.
  // 更正一下，类型应该是… names no record (a lead-in before a change of the latest): only a day or a kind names one.
  if (change && /\d|[昨前今上本]|那|检查|督查|会|学习|党课|教育|信息|谈|签|警示/.test(change[1]!)) return `${change[1]!.replace(/的$/, '').replace(/(?:那次|那一次|那条|那个)(?=.)/, '的')}那次的${change[2]!.replace(/\s+/g, '、')}`;
  const also = ALSO_VISITED.exec(t);
  // 11月30日那次检查…还查了组联部: the departments of the named record with this one added.
  if (also) return `${also[1]!.replace(/的$/, '')}的${also[2]!}那次的部门加上${also[3]!.replace(/\s+/g, '、')}`;
  return undefined;
}
