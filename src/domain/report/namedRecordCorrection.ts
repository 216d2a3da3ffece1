// 「和张颖谈心是周三不是周四」「和张颖的谈心日期改成12月2日」「更正一下，前天党课实际到场23人」「党课人数改成23人」 (t48a F3:
// 周三/周四 looked up as names, 没看懂, or 「请在要修改的那一条下点按钮」): a stored record named by its person, type, title or
// day, then the change it takes, said as the corrections of the latest record are said. The naming words (`about`) are
// matched against the member's own records by the caller; this reader only splits them from the change.
import { withoutApology } from './ownedSlip.js';
import { correctionsInWords } from './correctionsInWords.js';
import { parseDay } from './parseDay.js';
import { parseKind } from './parseKind.js';
import { storedChangeWords } from './storedChangeWords.js';
import { normalizeText } from './parseNormalize.js';
import { arabicizeNumerals } from './parseNumerals.js';
import type { CorrectionInWords } from './terseCorrection.js';

/** The changes asked of the record that `about` names. */
export interface NamedRecordCorrection {
  /** 和张颖的谈心 · 前天党课 · 《守住底线》那次党课: the words that say which record. */
  about: string;
  /** Each change as correctionInWords reads it, never terse (the record is named). */
  parts: CorrectionInWords[];
  /**
   * Said as a correction beyond doubt: opened as one (更正一下 · 刚才报错了) or with a word of change (改成 · 不是 · 其实是 ·
   * 应该是). Otherwise (不好意思，前天的党课参加的是23人) the caller takes it as a correction only when a record fits, and
   * leaves it to the report reader when none does, so a late report after an apology is never refused.
   */
  firm: boolean;
  /** The naming words point back at a record told before (那次 · 那条 · 那个; round 52, fwd). */
  pointed: boolean;
  /**
   * The day the member says is wrong (不是12月2日 · 12月2日写错了; round 56, fgb), YYYY-MM-DD, and as written: the record
   * of that day is the one meant when the naming words fit several.
   */
  was?: { date: string; said: string };
}

/**
 * 12月3日谈的 · 11月5日签的 · 周三开的 (round 56, fgb; t58b F5: 「张书记和赵敏是12月3日谈的，不是12月2日」 refused, the value
 * 「12月3日谈的」 looked up as a name): a day said with the deed's verb and 的 after it is that day.
 */
const DAY_DEED = /((?:\d{1,2}月)?\d{1,2}(?:日|号)|(?:周|星期|礼拜)[一二三四五六日天]|昨天|前天|今天|大前天)(?:上午|下午|晚上)?(?:谈|签|开|讲|学|看|查|报|办|做|进行|签订|签署|举行|召开|组织|搞)?的/g;

/** 不是12月2日 · 不是2号谈的: the day said to be wrong, as written. */
const NOT_DAY = /不是([^,;。!\s]{1,10}?)(?:谈|签|开|讲|学|看|查|报|办|做|进行|签订|签署|举行|召开|组织|搞)?的?(?=[,;。!\s]|$)/;
/** 12月2日写错了 · 12月2日不对: the day owned as wrong. */
const SLIPPED_DAY = /(?:^|[,;。\s])(?:日期|时间)?([^,;。!\s是]{1,10}?)(?:这个日期|的日期|这天|那天)?(?:写|填|报|记|搞|弄|打)?(?:错了|有误|不对)/;

/** The day `change` says was wrong (不是12月2日 · 12月2日写错了), when it is a day. */
function wrongDay(change: string, today: string): { date: string; said: string } | undefined {
  for (const re of [NOT_DAY, SLIPPED_DAY]) {
    const said = re.exec(change)?.[1];
    const date = said === undefined ? undefined : parseDay(arabicizeNumerals(said), today).date;
    if (date !== undefined) return { date, said: said! };
  }
  return undefined;
}

/**
 * 不好意思 · 刚才报错了 · 更正一下 · 纠正一下 · 补充更正 · 不对: what may open the message, any number of times. 刚才那条发错了 ·
 * 输错了 (round 56, the merge; t59a F8: the record looked for by the name 「发错了」) own the slip as 报错了 does.
 */
const OPENER =
  /^(?:(?:(?:我)?(?:刚才|刚刚|之前|前面)?(?:的)?(?:那一?(?:条|个|次)(?:记录)?)?(?:报|写|填|记|说|搞|弄|打|发|输)错了|(?:补充)?(?:更正|纠正|订正|修正)(?:一下|下)?|不对|有个地方错了|有一处错了)[:,;。!\s]*)+/;

/**
 * 刚才报的 · 刚刚上报的 · 上面发的 · 之前报的那条 opening the naming words (刚才报的张书记和王建国副理事长的谈话是12月1日，不是11月30日;
 * round 53, fkb; t55b F2: asked the type of a new talk): the record is one the member told before, pointed back at as
 * 那条 points; the words after it name it. 刚才班子成员那条里， (round 56, fgb; t58b B5: refused): the report pointed at by
 * what it held, the record named inside it after.
 */
const TOLD_BEFORE =
  /^(?:我)?(?:(?:刚才|刚刚|上面|前面|之前|早上|上午)(?:上报|报|发|说|填|写|记|登记)的(?:那一?(?:条|次|个))?(?:记录)?|(?:刚才|刚刚|上面|前面)(?:那一?(?:条|个|张)(?:表格|表|记录)?|的?(?:表格|表))(?:里|中|里面)?的?|(?:刚才|刚刚|上面|前面|之前)(?:报的|发的|上报的)?[^,;:。!?\s]{1,8}?那一?(?:条|个|张)(?:记录)?(?:里|中|里面)[,;:\s]*)/;

/**
 * 「…参加人数是7人，我写错了」 (round 53, fkee; t56b F2: stored at once as a new 警示教育 of 7): the slip owned at the end of
 * the message opens it as a correction, as 我写错了 at its start does. Only 写/填/报/记/搞/弄/打/发/输错 (a slip in what was reported).
 */
// 换成王强吧 记错人了 (round 63, gcj; t66a B-F7: a 「可能重复」 card of both): the slip owned as 记错人 · 写错名字 too.
const SLIP_TAIL = /[,;。!\s]*(?:是)?(?:我)?(?:刚才)?(?:写|填|报|记|搞|弄|打|发|输)错(?:人|名字|对象)?了[。!~]*$/;

/**
 * Where the change may begin after the naming words (到了3个人, round 62 gbd: who came, as 实到): a field (日期 · 人数 · 题目 · 对象 · 类型), the count said by who came
 * (实际到场 · 参加的), or the words of a right value (是 · 应该是 · 其实是 · 改成 · 不是). A 的/那次/那条 and a mark may come first.
 */
const CHANGE_START =
  /^[,;:\s]*(?:的|那次|那一次|那条|那一条|那个|这条|这次)?[,;:\s]*(?=日期|时间|人数|参加人数|参会人数|到会人数|实到|实际|到场|到了(?=\d|[一二三四五六七八九十两])|参加的|参会的|到会的|题目|片名|标题|书名|主题|课题|学习内容|内容|学的|看的|对象|活动人|主讲人|类型|类别|是|应该是|应是|应为|其实是|改成|改为|换成|换为|不是|(?:(?:搞|弄|写|填|记|报)错了?|不对|有误)[,;。\s]*(?:应该?是|应为|其实是|实际上?是|是))/;

/** 人数写错了，应该是30人: the field owned as wrong, then its value; read as 人数应该是30人 (a bare 应该是30人 is no count). */
const FIELD_OWNED_WRONG = /^(日期|时间|人数|参加人数|参会人数|题目|片名|标题|对象|活动人|类型)(?:写|填|报|记|搞|弄)?(?:错了?|有误|不对)[,;。\s]*(?=应该?是|应为|是|改成|改为)/;

/** 搞错了， · 写错了 · 有误， before the right value (11月13日那次检查搞错了，应该是专项资金检查; round 52, fwd). */
const SLIP_LEAD = /^(?:(?:搞|弄|写|填|记|报|说)错了?|有误|不对)[,;。\s]*/;

/**
 * 和王强谈的，不是孙丽 · 跟郑华签的 而不是吴静 (round 68, gha; t70b: 「11月18号王建国那次报错了，实际是和王强谈的，不是孙丽」 from
 * 李明 became two NEW talks with 王建国 as a counterpart): the right person said with the deed's connective and verb, then the
 * wrong one — the person alone, so the change reads as 是王强，不是孙丽 does.
 */
const WITH_PERSON_DONE = /^(?:和|跟|与|同)\s?([\u4e00-\u9fa5]{2,4}?)\s?(?:谈|签|谈话|谈心|签订|签署)?的(?=[,;\s]*而?不是)/;

/** 其实是 · 实际是 · 应该是 before a value (其实是13号): read as the bare value is. */
const RIGHT_LEAD = /^(?:其实|实际上?|应该|应当|应)?是/;

/** 改成李娟 · 换成李娟: a change to a value with no field word before it. */
const BARE_CHANGE_TO = /^(?:改成|改为|换成|换为)/;

/** 吧 · 就行 · 就好 closing a change (换成李娟吧): the member's ease, never the value. */
const HEDGE_END = /(?<=^(?:改成|改为|换成|换为)[^,;。\s]{1,12}?)(?:吧|就行了?|就好|就可以了?)$/;

/** Without an opening, the change itself must say that something is put right (改成 · 不是 · 应该是 · 错了). */
const CHANGE_WORD = /改成|改为|换成|不是|其实是|应该?是|应为|错了|有误|不对/;

/** A day moved or a plan changed (原定周四的谈话改到周五): news of the deed, never a correction of a record. */
const POSTPONED = /原定|原计划|原来定|本来定|计划|推迟|延期|改期|改到|挪到|顺延|提前到|推到/;

/**
 * 讲了 · 组织 · 开展了 · 进行的: a deed told. Without an opening (更正一下 · 刚才报错了) the naming words must not tell one:
 * 「不好意思，昨天组织观看了警示片，实际到场23人」 and 「昨天和王强进行的是谈心谈话，不是廉政谈话」 are reports.
 */
const DEED = /了|组织|开展|召开|举办|观看|进行/;

/**
 * 麻烦改一下 · 请帮忙更正 · 帮我改下吧，谢谢 after the change (round 52, fwd; t54b B-F2: the change 「专项资金检查，麻烦改一下」
 * read no type, and the message became a second check): the member asking for the change, no part of its value.
 */
const REQUEST_TAIL = /(?:[,;。!\s]*(?:麻烦|请|劳驾)?(?:您|你)?(?:帮忙|帮我|帮着)?(?:给)?(?:改|修改|更正|纠正|调整)(?:一下|下)?(?:吧|哈|啊|呀|哦)?|[,;。!\s]*(?:谢谢|多谢|辛苦了?)(?:了|啦|哈|啊)?)+[。.!！~～]*$/;

/**
 * 那次 · 那条 · 那个 · 那回 · 那场: words pointing back at a record already told (黄书记11月13日查财务科那次 · 11月13日那次检查 ·
 * 那个谈心); with a day, a kind or an activity's noun they name it (round 52, fwd).
 */
const POINTER = /那(?:一)?(?:次|条|个|回|场|篇|份)/;

/** 检查 · 会 · 学习 · 党课 · 签 · 信息: an activity's noun beside a pointer (财务科那次检查) names a record whatever its kind. */
// 学条例那条 · 学准则那次 (round 62, gbd; t64a G10: 没看懂): a study named by what was studied, 学 before it.
const ACTIVITY_NOUN = /查|会|学习|学(?!校|生|院)|教育|党课|警示|签|责任书|承诺书|信息|调研|谈/;

/**
 * 把11月20日那条改成廉政谈话，日期改成21日 (round 59, fcc; t61a F7: 「改成廉政谈话」 taken into the naming words, the day alone
 * changed and the kind dropped silently): 把<record>改成<a kind> is its 类型, said so for the readers.
 */
const BA_KIND = /^把(.{2,14}?(?:那条|那次|那个|那一条|的)(?:记录)?)改(成|为)(?=(?:廉政|谈心|警示|专题|作风|专项|分管|述责|签订)[\u4e00-\u9fa5]{0,8}(?:[,;，；]|$))/;

/** 孙杰那条 · 孙杰的那条 · 冯部长那次: 2–3 characters (a name, or a surname and a post) then a pointer; no day, pronoun or 这/那. */
const PERSON_POINTED = /^(?!他|她|这|那|上|下|前|昨|今|明|本|刚|之)[\u4e00-\u9fa5]{2,3}(?:副理事长|理事长|书记|部长|科长|副科长|主任|副主任|干事|同志)?(?:的)?那一?(?:条|次|个)$/;

/** 康复中心那次 · 财务科的那条 · 教就部那个: a unit's name (科 · 部 · 室 · 中心 ending it), then a pointer back, and nothing after. */
const UNIT_POINTED = /^(?!这|那)[\u4e00-\u9fa5]{1,6}(?:科|部|室|中心)(?:的)?那一?(?:次|条|个)$/;

/** A question about a record (党课人数是多少), never a change of it. */
const QUESTION = /[?？]|多少|几个|几人|几位|是不是|吗|呢$/;

/** Whether `words` name a record: a type (or a bare 谈话), a person talked with (和张颖), a title, or a day with 那次/那条/的. */
export function namesRecord(words: string, today: string): boolean {
  // The value comes after 是: naming words never hold it (昨天是和胡军谈的，不 | 是王芳 names nothing).
  if (/^(?:应该|其实|刚才|刚刚|上一条|上条|那条|这条)|是|不$/.test(words)) return false;
  // A bare 谈话 (昨天那次谈话) names a talk of either kind, as 修改/撤销 of a named record reads it.
  if (parseKind(words).kind || /谈话|谈心/.test(words)) return true;
  // 跟 周滔 那次 (round 62, gbd): voice input's space after the connective, kept where the name is none the directory joins.
  if (/(?:和|跟|与|同)\s?[\u4e00-\u9fa5]{2,4}/.test(words) || /《[^《》]+》/.test(words)) return true;
  // 孙杰那条 · 冯部长那次 (round 60, fbc; t62b G7: 「孙杰那条日期错了 是周五不是周四」 没看懂): a person and a pointer back, the
  // one talked with or the doer; the caller finds whether such a record of the member's is stored.
  if (PERSON_POINTED.test(words)) return true;
  const day = parseDay(arabicizeNumerals(words), today);
  if (day.date !== undefined && /(?:那次|那条|那一条|那个|的)$/.test(words)) return true;
  // 11月30日的检查 · 11月30日那次检查 (round 57, fed; t59b FB2: namedChangeWords's <about>那次的部门加上…): a day, then the
  // kind noun of a check or a gathering after 的 or a pointer, names the record of that day.
  if (day.date !== undefined && /(?:的|那次|那一次|那条|那个)(?:[\u4e00-\u9fa5]{0,6})(?:检查|督查|抽查|会议|学习|党课|教育|信息)$/.test(words)) return true;
  // 康复中心那次 · 财务科的那条 (round 68, gha; t70b: 「康复中心那次日期报错了，实际是上周五」 未记录): a unit's name, then a pointer,
  // names the record held there; the caller finds whether one of the member's is (a unit of no such record: none found, said).
  if (UNIT_POINTED.test(words)) return true;
  // 11月13日那次检查 · 财务科那次检查 · 黄书记11月13日查财务科那次 (round 52, fwd): pointed at, with its day or its noun.
  return POINTER.test(words) && (day.date !== undefined || ACTIVITY_NOUN.test(words));
}

/**
 * The change `text` asks of a record it names (和张颖谈心是周三不是周四 · 和张颖的谈心日期改成12月2日 · 更正一下，前天党课实际到场23人),
 * or null: when no naming words come before a change, when the change is not one correctionsInWords reads, when a day
 * is moved (原定…改到…), when it is a question (党课人数是多少), or when nothing opens it as a correction (更正一下 · 刚才报错了) and the naming words
 * tell a deed or the change says no 改成/不是/应该是 (「前天党课实际到场23人」 alone may be a report; an apology counts as
 * that word). `today` is YYYY-MM-DD in Shanghai.
 */
export function namedRecordCorrection(text: string, today: string): NamedRecordCorrection | null {
  // 我报成廉政谈话了 · 周涛自己说的 · 王强那条改成廉政谈话 · 人数漏写了，一共5人 (round 61, gae): put as this reader reads them.
  const whole = storedChangeWords(normalizeText(text).trim().replace(BA_KIND, '$1类型改$2'));
  const t0 = withoutApology(whole).replace(/[。.!！~～]+$/, '').replace(REQUEST_TAIL, '');
  const apologized = t0.length < whole.replace(/[。.!！~～]+$/, '').length;
  if (POSTPONED.test(t0) || QUESTION.test(t0)) return null;
  const tail = SLIP_TAIL.exec(t0);
  const t = tail && tail.index > 0 ? t0.slice(0, tail.index) : t0;
  const slipAtEnd = tail !== null && tail.index > 0;
  const opened = OPENER.exec(t);
  const afterOpener = opened ? t.slice(opened[0].length) : t;
  const told = TOLD_BEFORE.exec(afterOpener);
  const opener = opened ?? told ?? (slipAtEnd ? tail : null);
  const rest = told ? afterOpener.slice(told[0].length) : afterOpener;
  for (let i = 2; i < rest.length - 1; i++) {
    const start = CHANGE_START.exec(rest.slice(i));
    if (!start) continue;
    const about = rest.slice(0, i).replace(/[,;:\s]+$/, '');
    const change = rest.slice(i + start[0].length);
    // Naming words are one phrase: 「…胡军、王芳分别谈心谈话，王芳那个其实是廉政谈话」 is a report that puts its own part right.
    // 刚才那条会议参加人数写错了 (round 53, fkee; t56b F4): pointed back at, an activity's noun (会议 · 检查) names it.
    if (/[,;。]/.test(about) || !(namesRecord(about, today) || (told !== null && ACTIVITY_NOUN.test(about)))) continue;
    // Without an opening, words that tell a deed (昨天和王强进行的是谈心谈话，不是廉政谈话) are a report, not a naming.
    // 那个谈心是上周五的 (round 52, fwd: asked 和谁 as a new talk): words pointing back (那个 · 那次) name a record as an
    // opening would, though not beyond doubt: the caller takes it as a correction only when a record of the member's fits.
    // 刚才报错了，和张书记和王建国的谈话是12月1日 (round 53, fkb): an opening owning a slip in a record just made (报错 · 写错 ·
    // 填错 · 记错) points back as 刚才报的 does; 刚才说错了 may own a slip of speech, and the round-45 rows read it as a report.
    const pointed = told !== null || (opened !== null && /(?:刚才|刚刚|之前|前面)(?:的)?(?:那一?(?:条|个|次)(?:记录)?)?(?:报|写|填|记)错/.test(opened[0])) || POINTER.test(about + start[0]);
    if (!opener && (DEED.test(about) || !(CHANGE_WORD.test(change) || apologized || pointed))) return null;
    // Read as a lead-in and the change would be (更正,…): correctionsInWords takes one or more changes of one record.
    // 其实是13号 · 搞错了，应该是专项资金检查 (round 52, fwd): the word of change or the slip owned before a value is no part of it.
    // 和王强那条换成李娟吧 (round 63, gca; gbb's left-alone: 没看懂): a closing 吧 asks nothing, no part of the value.
    const owned = change.replace(FIELD_OWNED_WRONG, '$1').replace(DAY_DEED, '$1').replace(HEDGE_END, '');
    // 和王强那条改成李娟 (round 62, gbb; gae's left-alone: 没看懂): a bare 改成/换成 before a value no field names reads as 应该是.
    const read =
      correctionsInWords(`更正,${owned}`, today) ??
      correctionsInWords(`更正,${owned.replace(SLIP_LEAD, '').replace(RIGHT_LEAD, '')}`, today) ??
      (BARE_CHANGE_TO.test(owned) ? correctionsInWords(`更正,应该是${owned.replace(BARE_CHANGE_TO, '')}`, today) : null) ??
      (WITH_PERSON_DONE.test(owned.replace(SLIP_LEAD, '').replace(RIGHT_LEAD, ''))
        ? correctionsInWords(`更正,应该是${owned.replace(SLIP_LEAD, '').replace(RIGHT_LEAD, '').replace(WITH_PERSON_DONE, '$1')}`, today)
        : null);
    // 那个谈心是上周五的 · 那次谈话是3号的: opened by the pointer, the words can only be about a record told before.
    const firm = opener !== null || CHANGE_WORD.test(change) || /^那(?:一)?(?:次|条|个|回|场)/.test(about);
    const was = read?.parts.length === 1 && read.parts[0]!.kind === 'day' ? wrongDay(change, today) : undefined;
    if (read) return { about, parts: read.parts.map((p) => ({ ...p, terse: false })), firm, pointed, ...(was ? { was } : {}) };
  }
  return null;
}
