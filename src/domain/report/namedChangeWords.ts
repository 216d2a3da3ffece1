// 「修改11月30日的作风纪律检查，部门改为财务科、办公室、组联部」「11月30日那次检查，除了财务科、办公室，还查了组联部，请补上」
// (round 57, fed; t59b FB2: 「没有找到您上报的「11月30日的作风纪律检查，部门改为…」的记录」, or a new untyped report): a
// STORED record named first, then what it takes. Written again in the shape the correction readers know — the naming
// words, 那次的, then the change (`<about>那次的部门改为…` · `<about>那次的部门加上…`) — so the change after the comma is never
// taken into the words that look the record up, and a department said as also visited is added to it.
import { normalizeText } from './parseNormalize.js';

/** The field labels a change after the naming may open with (部门改为 · 日期应该是 · 人数改成). */
// 地点 · 检查地点 · 地方 (round 58, fdd; t60b F7: 「…地点改为康复中心」 → 「没有找到您上报的…」): where a check was is the
// record's department, read as 部门 (fieldWord).
const FIELD = '(?:所在)?(?:部门|科室|日期|时间|人数|参加人数|题目|片名|标题|对象|类型|活动人|谈话人|议题|(?:检查)?地点|地方)';
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
  const slip = fieldSlipWords(t);
  if (slip !== undefined) return slip;
  const change = CHANGE_AFTER.exec(t);
  // 11月30日那次检查 → 11月30日的检查 (one pointer, so the readers take the day and the kind together); a list said with
  // voice input's spaces (财务科 办公室 组联部) is a list.
  // 更正一下，类型应该是… names no record (a lead-in before a change of the latest): only a day or a kind names one.
  if (change && /\d|[昨前今上本]|那|检查|督查|会|学习|党课|教育|信息|谈|签|警示/.test(change[1]!)) return `${aboutWords(change[1]!)}那次的${fieldWord(change[2]!).replace(/\s+/g, '、')}`;
  const also = ALSO_VISITED.exec(t);
  // 11月30日那次检查…还查了组联部: the departments of the named record with this one added.
  if (also) return `${also[1]!.replace(/的$/, '')}的${also[2]!}那次的部门加上${also[3]!.replace(/\s+/g, '、')}`;
  return undefined;
}

/** 11月30日那次检查 → 11月30日的检查: one pointer, so the readers take the day and the kind together. */
function aboutWords(about: string): string {
  return about.replace(/的$/, '').replace(/(?:那次|那一次|那条|那个)(?=.)/, '的');
}

/**
 * 地点 · 检查地点 · 地方 · 检查单位 → 部门 (a check's place is the department it looked at); 谈话对象 → 对象; 参加人数 ·
 * 到场人数 → 人数; 片名 · 书名 · 名称 → 题目: the field said, as the correction readers label it.
 */
function fieldWord(change: string): string {
  return change
    .replace(/^(?:所在)?(?:检查)?(?:地点|地方|单位)|^(?:检查的?)(?:部门|科室)/, '部门')
    .replace(/^谈话对象/, '对象')
    .replace(/^(?:参加|参会|到场|实到|到会)人数/, '人数')
    .replace(/^(?:片名|书名|名称|课题|主题)/, '题目');
}

/**
 * 刚才报的 · 上周报的 · 昨天那条 · 之前上报的那条里 · 更正一下 · 不好意思: what may come before the record named (round 58, fdd).
 * Only words that point back at a record told, or own a slip; never a deed.
 */
const SLIP_LEAD =
  '^(?:(?:不好意思|抱歉|对不起|更正一下|纠正一下|更正|补充更正)[,;\\s]*)*(?:我)?(?:(?:刚才|刚刚|上周|昨天|前天|前几天|之前|前面|上面|早上|上午|那天)(?:上报|报|发|填|写|记|登记|报送)(?:上去)?的(?:那一?(?:条|次|个))?(?:记录)?(?:里|中)?[,;\\s]*)?';
/** The kind noun or pointer the naming words end with (那次检查 · 的作风纪律检查 · 那次谈话 · 那条). */
const ABOUT_END = '(?:那次|那一次|那条|那个|那场|的)?(?:作风纪律检查|专项资金检查|责任书检查|监督检查|检查|督查|抽查|廉政谈话|谈心谈话|谈话|谈心|廉政教育|警示教育|廉政党课|党课|集中学习|学习|专题会议|分管科室会议|会议|那次|那条|那个|那场)';
/** The field named as wrong (地点写错了 · 对象记错了 · 人数不对 · 部门有误). */
const SLIP_FIELD = '((?:所在)?(?:检查)?(?:地点|地方|部门|科室|单位)|检查的?(?:部门|科室)|(?:谈话)?对象|(?:参加|参会|到场|实到|到会)?人数|题目|片名|书名|标题|名称)';
const OWNED_WRONG = '(?:也)?(?:写|填|报|记|搞|弄|打|输)?(?:错了?|有误|不对)了?';
const RIGHT = '(?:应该?是|应为|应当是|实际是|其实是|是|改为|改成|换成)';
/** <about><field>写错了，是X，不是Y · …不对，不是Y是X · …记错了，应该是X: group 1 about, 2 field, then X / Y. */
const SLIP_RIGHT_FIRST = new RegExp(`${SLIP_LEAD}(.{2,24}?${ABOUT_END})(?:的)?${SLIP_FIELD}${OWNED_WRONG}[,;\\s]*${RIGHT}([^,;\\s]{1,24}?)(?:[,;\\s]*(?:而)?不是([^,;\\s]{1,24}?))?(?:[,;\\s]*(?:麻烦|请)?(?:帮忙|帮我)?(?:改一下|改下|更正一下|修改一下))?$`);
const SLIP_WRONG_FIRST = new RegExp(`${SLIP_LEAD}(.{2,24}?${ABOUT_END})(?:的)?${SLIP_FIELD}${OWNED_WRONG}[,;\\s]*不是([^,;\\s]{1,24}?)[,;\\s]*(?:而)?${RIGHT}([^,;\\s]{1,24}?)(?:[,;\\s]*(?:麻烦|请)?(?:帮忙|帮我)?(?:改一下|改下|更正一下|修改一下))?$`);

/**
 * 「刚才报的11月19日那次检查地点写错了，是康复中心，不是办公室」 (round 58, fdd; t60b F7: 「您「11月19日那次检查地点」的记录里没有
 * 「办公室」」, the field word taken into the naming and the place read as a person): a record named, then a field owned
 * wrong and its right value (and the wrong one), written as `<about>那次的<field>是X，不是Y` (or `<field>改为X`) — the
 * field a reader knows (fieldWord), so the value is read as what the field holds. Undefined for any other shape.
 */
export function fieldSlipWords(text: string): string | undefined {
  const t = normalizeText(text).trim().replace(/[。.!！~～]+$/, '');
  const right = SLIP_RIGHT_FIRST.exec(t);
  const wrong = right ? null : SLIP_WRONG_FIRST.exec(t);
  const m = right ?? wrong;
  if (!m) return undefined;
  const about = m[1]!;
  // The naming words name a record by a day or a kind, never tell a deed (昨天和王强进行了 …).
  if (!/\d|[昨前今上本]|周|星期|号|检查|督查|会|学习|党课|教育|谈/.test(about) || /了|进行|开展|组织|召开/.test(about)) return undefined;
  const [x, y] = right ? [m[3]!, m[4]] : [m[4]!, m[3]];
  const field = fieldWord(m[2]!);
  return `${aboutWords(about)}那次的${field}${y !== undefined ? `是${x}，不是${y}` : `改为${x}`}`;
}
