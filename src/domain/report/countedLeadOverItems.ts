// 「部里这周学了两次：周一学的八项规定实施细则，周三看了警示片《零容忍》，都是我组织的，刘洋参加」 (t47a F1: the first study took
// the film's type and title and its day was asked; 部里 was lost from both): a counted lead that names no kind of its own
// (学了两次 · 开展了三次活动 · 搞了两场学习 · 组织了2次学习 · 召开了两次会议 · 谈了三个人), then its items each with its own day and
// deed, is no deed of its own: it only heads and counts them. Written as the items alone, each taking what the lead said
// of them all — its unit (部里 · 中心 · 我们科: the sender's department) and its week (上周 + 周一 = 上周一) — and the
// closing 都是我组织的 · 均由我主持 (the sender, every item's doer already) dropped. Whether the count matches the items is
// told on the card (countedLeadMismatch), never trimmed or padded.
import { findKinds } from './parseKind.js';
import { chineseNumber } from './chineseNumber.js';

/** A count of times or people: 两 · 三 · 2 · 十. */
const NUMBER = '[两二三四五六七八九十]|[2-9]|1[0-9]';
/**
 * The lead, at the start of a line: what stands before the verb (a span, a unit: 部里这周 · 中心本月 · 上周部门集中), the verb
 * (学了 · 开展了 · 搞了 · 组织了 · 召开了 · 开了 · 谈了 · 签了), the count and its measure (次 · 场 · 回 · 个人 · 位同志), what was
 * counted (学习 · 活动 · 会议), then a colon or a comma with 分别是/一次是 after it. Groups: pre, verb, count, measure, noun.
 */
const LEAD = new RegExp(
  `^([^,，。;；:：\\n]{0,16}?)(?:共|一共|先后|总共)?((?:集中)?学习了|学了|开展了|搞了|组织了|组织开展了|召开了|开了|进行了|举办了|谈了|签了)(?:共|一共)?(${NUMBER})\\s*(次|场|回|个人|位同志|名同志|人)([^,，。;；:：\\n]{0,8}?)\\s*(?:[:：]\\s*(?:分别是|分别为|具体是|具体为)?|[,，]\\s*(?=分别是|分别为|具体是|具体为|一次是|其中一次)|[ ]+(?=一次是|其中一次))\\s*(?:分别是|分别为|具体是|具体为)?\\s*[:：]?\\s*`,
);

/** An item's own opener before its day: 一次是 · 另一次是 · 其中一次 · 第二次是 · 一是 · 二是. */
const ITEM_OPENER = /^(?:其中|另)?(?:一|第[一二三四五六七八九\d])次(?:是|为)?|^[一二三四五六七八九]是/;
/** A day opening an item: 11月5日 · 5日 · 上周三 · 周一 · 星期二 · 昨天. */
const ITEM_DAY = /^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号]|(?:上上|上|本|这)?(?:周|星期|礼拜)[一二三四五六日天]|[今昨前]天)/;
/** 都是我组织的 · 均由我主持 · 都是本人组织: every item the sender's, as they are already. */
const ALL_MINE = /^(?:这两次|两次|几次)?(?:都|均|全)(?:是|由)?(?:我|本人)(?:来|亲自)?(?:组织|主持|牵头|带领|安排|负责)(?:的|开展的)?$/;
/** 都是…/均由… said of every item (other than ALL_MINE and ALL_HELD_BY): shared by each item, as its own words. */
const ALL_SOMEONE = /^(?:都|均|全)(?:是|由)/;
/**
 * 都是吴部长主持的 · 均由孙丽科长主持 · 都是王建国副理事长带队 (round 50 fxb, left alone: the lead stayed a third, untyped record
 * and only the last item took the doer, or the trailer became its title): another's holding every item, said in words
 * withLeaderInTrailer and the doer readers read once it closes the items as a sentence of its own.
 */
const ALL_HELD_BY = /^(?:都|均|全)(?:是|由)[\u4e00-\u9fa5]{1,10}?(?:主持|组织|带队|率队|牵头|负责|召集|安排)(?:召开|开展)?(?:的)?$/;
/** The sender's own unit as a lead says it. */
const UNIT = /我们(?:部门|科室|中心|部|科|室)|本(?:部门|科室|中心)|部里|科里|室里|中心(?!组)|部门|科室/;
/** The week the lead names (上周 · 这周 · 本周 · 上个星期). */
const WEEK = /(上上|上|本|这)个?(?:周|星期|礼拜)(?![一二三四五六日天])/;
/** Words of a kind in the lead (本月主持召开了两次专题会议： · 开展廉政谈话3次：): the readers of that kind read it. */
const KIND_WORD = /专题|党课|廉政|廉洁|警示|谈心|谈话|检查|督查|自查|签订|责任书|承诺书|分管|述廉|信息|调研/;
/** An item's own deed when no kind is named yet (学了《条例》 · 组织学习… · 观看…): a study, a film, a signing, a talk. */
const ITEM_DEED = /学|看|传达|研读|签|谈|召开|参观/;
/** A talk item: the unit is no part of it. */
const TALK = /谈/;

/** What a counted lead says, for countedLeadMismatch: the lead as written, its count, whether it counts people, its items. */
export interface CountedLead {
  said: string;
  count: number;
  people: boolean;
  items: number;
}

interface LeadItems {
  lead: RegExpExecArray;
  items: string[];
  tail: string[];
  /** The trailer naming another as every item's holder (均由孙丽科长主持), written after the items as its own sentence. */
  closing?: string;
}

/** The lead of `line` and its items (each its clauses), or undefined when `line` is not the shape. */
function leadItems(line: string, names: readonly string[]): LeadItems | undefined {
  const lead = LEAD.exec(line);
  if (!lead) return undefined;
  const [said, pre] = lead as unknown as [string, string];
  // A lead naming a kind (本月开展廉政教育3次：) or someone (张伟书记本月开了两次会：) is read by the readers of those.
  if (findKinds(said).length > 0 || KIND_WORD.test(said) || names.some((n) => pre.includes(n))) return undefined;
  // 2次学习 一次是11月5日…，一次是11月19日… (round 50 fxb, left alone: the spaced lead became a third, untyped record): voice
  // input leaves a space for the comma before an item's opener, the lead's and the items' alike.
  const clauses = line.slice(said.length).split(/(?<=[,，;；。])|[ ]+(?=(?:其中|另)?一次是|(?:都|均|全)(?:是|由))/).map((c) => c.trim()).filter((c) => c.length > 0);
  const items: string[] = [];
  const tail: string[] = [];
  let closing: string | undefined;
  // 一次是5号，学的廉洁自律准则，一次是19号，看了警示教育片 (round 51 fzf: the first study took the film's type, the second's day
  // was asked): an opener with its day alone before a comma is that day's item, its deed in the clause after.
  let dayAlone = '';
  for (const clause of clauses) {
    const bare = dayAlone + clause.replace(/[,，;；。]$/, '');
    dayAlone = '';
    if (closing === undefined) {
      const day = bare.replace(ITEM_OPENER, '');
      if (ITEM_DAY.test(day) && day.replace(ITEM_DAY, '').trim() === '' && day !== bare) {
        dayAlone = day;
        continue;
      }
    }
    // 都是吴部长主持的 全部门参加: the words after the trailer said of every item too, the trailer's own sentence.
    if (closing !== undefined) {
      closing += `，${bare}`;
      continue;
    }
    const [trailer, ...after] = bare.split(/[ ]+/);
    const opened = bare.replace(ITEM_OPENER, '');
    if (ITEM_DAY.test(opened) && opened.replace(ITEM_DAY, '').length >= 2 && (findKinds(opened).length > 0 || ITEM_DEED.test(opened))) items.push(opened);
    else if (items.length === 0) return undefined;
    else if (ALL_MINE.test(trailer!)) tail.push('', ...after);
    else if (ALL_HELD_BY.test(trailer!) && !/(?:我|本人)/.test(trailer!)) closing = [trailer, ...after].join('，');
    // 都是在三楼会议室开的 (round 50: the lead was left a third, untyped record): said of every item, whoever held them.
    else if (ALL_SOMEONE.test(bare)) tail.push('', bare);
    // 都是我组织的，刘洋参加: what follows the words said of every item is said of every item too.
    else if (tail.length > 0) tail.push(bare);
    else items[items.length - 1] += `，${bare}`;
  }
  const shared = tail.filter((t) => t !== '');
  return items.length >= 2 ? { lead, items: items.map((i) => [i, ...shared].join('，')), tail, closing } : undefined;
}

/**
 * The words for the sender's own unit a lead says (部里 · 中心 · 我们科), '' when none; a bare 部门/科室 is written 本部门/本科室,
 * which reads as the sender's wherever it stands (部门 alone only in some places: 部门集中学习).
 */
export function leadUnitWords(lead: string): string {
  const said = UNIT.exec(lead)?.[0] ?? '';
  return said === '部门' || said === '科室' ? `本${said}` : said;
}

/** The counted lead of `text`'s first line holding one, for the card (countedLeadMismatch); undefined when none. */
export function countedLeadOf(text: string, names: readonly string[]): CountedLead | undefined {
  for (const line of text.split('\n')) {
    const read = leadItems(line.trim(), names);
    if (read === undefined) continue;
    const count = chineseNumber(read.lead[3]!) ?? Number(read.lead[3]);
    return { said: read.lead[0].replace(/[:：,，\s]+$/, '').replace(/(?:分别是|分别为|具体是|具体为)$/, ''), count, people: /人|同志/.test(read.lead[4]!), items: read.items.length };
  }
  return undefined;
}

/**
 * `text` with each line opening with a counted lead of no kind over dated items (部里这周学了两次：周一学的…，周三看了…，都是我
 * 组织的) written as its items alone, parted by ；, each with the lead's unit after its day and the lead's week joined to a
 * bare weekday (上周 + 周一 → 上周一); a closing 都是我组织的 dropped. Unchanged otherwise.
 */
export function withCountedLeadOverItems(text: string, names: readonly string[]): string {
  return text
    .split('\n')
    .map((line) => {
      const read = leadItems(line.trim(), names);
      if (read === undefined) return line;
      const pre = read.lead[1]!;
      const unit = leadUnitWords(pre);
      const week = WEEK.exec(pre)?.[1];
      const items = read.items.map((item) => {
        const day = ITEM_DAY.exec(item)![0];
        // 这周开了两次会 一次是周二… (round 50 fxb rows, read on a Monday): the spaced head was never joined to its weekdays and
        // the bare weekday reads as the last one passed; kept so for the spaced shape (this week's only), as before this pass read it.
        const bare = /[ ]$/.test(read.lead[0]) && (week === '这' || week === '本');
        const spelled = week !== undefined && !bare && /^(?:周|星期|礼拜)/.test(day) ? `${week === '这' ? '本' : week}${day}` : day;
        const body = item.slice(day.length).replace(/^[,，\s]+/, '');
        return `${spelled}${TALK.test(body) ? '' : unit}${body}`;
      });
      return `${items.join('；')}。${read.closing === undefined ? '' : `${read.closing}。`}`;
    })
    .join('\n');
}
