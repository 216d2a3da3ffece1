// 「王建国副理事长12月2日和王强那次是谈心谈话，我报成廉政谈话了」「和周涛那次不是谈心 是廉政谈话 周涛自己说的」「王强那条改成廉政谈话」
// 「上周三财务科那个分管科室会议，参加人数漏写了，一共5人」 (round 61, gae; t63a/t63b Part B: each read as a new report, or not
// understood): a stored record named, then its change, said with words the named-record reader (namedRecordCorrection) did
// not take — a slip owned after the change (我报成廉政谈话了), who said so (周涛自己说的), a relay before it (王书记说), 改成
// before a kind, a head-count left out (人数漏写了，一共5人). Each is put the way that reader reads it; nothing else changes.

/**
 * 我报成廉政谈话了 · 我写成了廉政谈话 · 当时误报为廉政谈话 · 报成廉政谈话了: the slip owned after the change, no part of its value.
 * Without 我/误/错 only 报成/写成/填成 …了 (a bare 记成谈心谈话 may be the change itself).
 */
const SLIP_AS_TAIL =
  /[,;。\s]+(?:是)?(?:(?:(?:我|当时|之前|刚才)+(?:误|错)?|误|错)(?:报|写|记|填|登记|录|报送)(?:错)?(?:成|为|作)(?:了)?[\u4e00-\u9fa5]{2,10}?(?:了|的)?|(?:报|写|填)(?:错)?成(?:了)?[\u4e00-\u9fa5]{2,10}?了)$/;

/** 周涛自己说的 · 他本人确认的 · 王书记说的: who said the change is right, a remark beside it (…张书记讲的 is a lecturer: kept). */
const SOURCE_TAIL = /[,;。\s]+(?:是|这是)?(?:[\u4e00-\u9fa5]{1,7}?)(?:自己|本人|亲口|刚)?(?:说|确认|告诉我)的(?:了|哈|啊)?$/;

/**
 * 王书记说 · 张书记刚才说 · 周部长告诉我 opening the message: whose word the change is. Only a title after the name (a bare 他说
 * may open a report's quote); the relayed corrections of who did the deed (relayedCorrection) are read before this.
 */
const RELAY_LEAD = /^[\u4e00-\u9fa5]{1,3}(?:副理事长|理事长|书记|部长|科长|主任|干事)(?:刚才|刚刚)?(?:说|讲|告诉我|让我改|让改)[,;:\s]*/;

/** Kind words the value of a type change may start with (a day or a person after 改成 is another reader's). */
const KIND_START = '(?=廉政|廉洁|谈心|提醒谈话|约谈|警示|专题|分管|作风|专项|述责|述职|签订|签|责任书|承诺书|自查|调研|信息|党课|廉政党课|集体)';

/** 王强那条改成廉政谈话 · 和周涛那次要改为谈心谈话: 改成 after a pointer, then a kind, is the record's 类型改成. */
const KIND_CHANGE = new RegExp(`(那一?条|那一?次|那个|那回|的记录|那条记录|那次谈话|那个谈话)[,;\\s]*(?:要|请|麻烦|应该?|需要)?(?:改成|改为|换成|记成|记为|改一下[,\\s]*改成)\\s*${KIND_START}`);

/**
 * 改成谈心谈话 · 第2条改为廉政谈话 alone, after a 「找到 N 条记录」 card (t63a Part B: 没看懂): the kind the record takes, as
 * 类型改成… and 第2条应该是… are read.
 */
const BARE_KIND_CHANGE = new RegExp(`^(?:(?:那就|那|就|请|麻烦|帮我)?(?:要)?(?:改成|改为|换成)|(第(?:[1-9]\\d?|[一二三四五六七八九十])条)(?:要|请)?(?:改成|改为|换成))\\s*${KIND_START}`);

/**
 * 参加人数漏写了，一共5人 · 漏写了参加人数 共5个人 · 人数没填 实到5人: the head-count left out, then said; read as 参加人数应该是5人 (a slip owned: beyond doubt).
 */
const COUNT_LEFT_OUT =
  /(?:(?:参加|参会|到会)?人数(?:漏写了?|没写|没有写|漏了|忘写了?|忘了写|没填|没有填|漏填了?)|(?:漏写了?|没写|忘写了?|忘了写|没填|漏填了?)(?:参加|参会|到会)?人数)(?:了)?[,;。\s]*(?:一共|共|总共|合计|实际|实到|应该是)?(?:是|有)?(\d{1,4}|[一二三四五六七八九十两]{1,3})(?:个)?(?:人|名|位)/;

/** The cheap gate: a pointer back at a record, a head-count left out, or 改成 alone. */
const GATE = /那一?[条次个回]|的记录|人数|改[成为]|换成/;

/**
 * `text` (normalised: ASCII punctuation) with the words above put the way namedRecordCorrection reads them, or `text`
 * itself when none is there. Pure; never adds a value the member did not say.
 */
export function storedChangeWords(text: string): string {
  if (!GATE.test(text)) return text;
  // 那就改成谈心谈话吧 · 王强那条改成廉政谈话哈: a particle after the kind is no part of it.
  let t = text.replace(/[。.!！~～]+$/, '').replace(/(?<=谈话|谈心|教育|会议|党课|检查|[0-9一二三四五六七八九十]人)(?:吧|哈|啊|呀|哦)$/, '');
  const relay = RELAY_LEAD.exec(t);
  if (relay && /那一?[条次个回]/.test(t.slice(relay[0].length))) t = t.slice(relay[0].length);
  // Either tail, in either order (…是廉政谈话 周涛自己说的，我报成谈心了).
  // The slip owned stays owned, as the reader's own tail says it (我报错了): it makes the change beyond doubt.
  let slipped = false;
  for (let i = 0; i < 2; i++) {
    t = t.replace(SOURCE_TAIL, '');
    const kept = t.replace(SLIP_AS_TAIL, '');
    slipped ||= kept !== t;
    t = kept;
  }
  if (slipped) t += ',我报错了';
  t = t.replace(KIND_CHANGE, '$1类型改成').replace(BARE_KIND_CHANGE, (_, nth: string | undefined) => (nth ? `${nth}应该是` : '类型改成'));
  t = t.replace(COUNT_LEFT_OUT, '参加人数应该是$1人');
  return t;
}
