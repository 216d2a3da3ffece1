// 王芳「本月警示教育2次，其中12月2日组织观看警示教育片《警钟》，参加8人；12.4赵敏书记为宣文部讲授廉政党课」 · 李娟「本月我科共开展廉政
// 教育2次，其中12月1日学习《条例》，12.3观看警示教育片」 · 王芳「本月以来，机关纪委共开展提醒谈话3次，其中12月1日黄志刚书记对王强进行提醒
// 谈话，12月2日对李娟进行函询，12月4日林晓对杨帆进行提醒谈话」 (round 62, gba; t64a: the lead became a record of its own with its day
// asked, the second study's doer was asked among six leaders, 黄志刚 was read as one talked with): a counted lead of a kind
// (with or without 开展/组织) over items that each open with their own day and name their own deed is no deed of its own. It
// only counts them: the items are written as sentences of their own, each keeping what it says — its own kind (a 党课 under a
// 警示教育 lead stays a 党课), its own subject, carried to the next item that opens with 对/与/和 and names none — and the
// sender's unit the lead names (我科 · 本部门 · 部里) before an item the unit held (学习 · 观看 · 参观). Whether the count and the
// items agree is told on the card (countedLeadMismatch), never trimmed or padded.
// Steps aside (older readers answer right) when the lead names a person (countedTalkLeadDoer), when an item names no deed of
// its own (the counted-deed readers give it the lead's kind), and when a lead with its verb heads items of its own kind
// only, with no subject and no unit.
import { findKinds } from './parseKind.js';
import { chineseNumber } from './chineseNumber.js';

/**
 * The lead at a line's start: what it counts (a span, a unit or body, maybe 开展/组织, the kind; 本月以来， before it allowed),
 * the count and its measure, then 其中 after a comma or a colon (with 分别是/具体为 after it). Groups: head, count, measure.
 */
const LEAD =
  /^((?:[^,，。;；:：\n]{1,8}以来[,，]\s*)?[^,，。;；:：\n]{2,20}?)(?:共计|共|计)?\s*([两二三四五六七八九十]|[1-9]\d?)\s*(人次|次|场|回|项|期)\s*(?:[,，]\s*其中\s*[:：]?|[:：]\s*(?:其中|分别是|分别为|具体是|具体为)?\s*[:：]?|[,，]\s*(?:分别是|分别为|具体是|具体为)\s*[:：]?)\s*/;
/** Words of a kind the lead must hold (the kinds' own words, and those a tally says: 提醒谈话 · 教育 · 谈话). */
const KIND_WORD = /谈话|谈心|教育|党课|检查|督查|学习|责任书|承诺书/;
/** The lead's own verb: a lead with it and items of its kind only is the counted-deed readers'. */
const LEAD_VERB = /开展|组织|进行|召开|举办/;
/** A day in the lead: the lead is an item itself (11月3日开展…2次), not a count over items. */
const LEAD_DAY = /\d{1,2}[日号]|\d{1,2}[.．]\d{1,2}|[今昨前]天|周[一二三四五六日天]/;
/** An item's opener before its day: 一是 · 其中一次 · 第二次是 · 1. · （1）. */
const ITEM_OPENER = /^(?:(?:其中|另)?(?:一|第[一二三四五六七八九\d])(?:次|场)(?:是|为)?|[一二三四五六七八九]是|\d[.、．]|[(（]\d[)）])\s*/;
/** A day opening an item: 11月5日 · 2026年11月5日 · 11.5 · 5日 · 上周三 · 昨天. */
const ITEM_DAY = /^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|\d{1,2}[.．]\d{1,2}(?![\d.．])|\d{1,2}[日号]|(?:上上|上|本|这)?(?:周|星期|礼拜)[一二三四五六日天]|[今昨前]天)[,，\s]*/;
/** An item's own deed when no kind is named in it (a study, a film, a visit, a signing, a 函询); a bare 谈话 is the lead's kind. */
const ITEM_DEED = /学习|观看|参观|签订|签了|函询|诫勉|讲授|党课|检查|督查/;
/** An item opening with whom its deed was with, naming no doer: the subject before it is carried to it. */
const WITH_WHOM = /^(?:对|与|和|跟|同)/;
/** Deeds a unit holds (a study, a film, a visit): the lead's unit goes before them. */
const HELD = /^(?:组织|集中)?(?:学习|观看|参观|收看|开展)/;
/** The sender's own unit as a lead says it. */
const UNIT = /我们(?:部门|科室|中心|部|科|室)|我(?:科|部|室|中心)|本(?:部门|科室|中心|科|部)|部里|科里|室里|(?<=^[^,，]{0,6})中心(?!组)/;
/** The title after a leader's name (黄志刚书记 · 王建国副理事长). */
const TITLE = /^(?:同志|[\u4e00-\u9fa5]{0,4}?(?:书记|理事长|部长|科长|主任|干事|组长))?/;
/** A surname and a title (黄书记 · 王副理事长 · 孙科长): someone named by title, the doer of what follows. */
const SURNAME_TITLE = /^([\u4e00-\u9fa5])(?:副)?(?:书记|理事长|部长|科长|主任)/;

/** A surname and a title inside a lead (本月赵书记共…). Groups: the surname. */
const TITLED_IN_LEAD = /([\u4e00-\u9fa5])(?:副)?(?:书记|理事长|部长|科长|主任)/;

/** The doer an item's words open with (黄志刚书记 · 黄书记 · 林晓), or undefined when it opens otherwise. */
function subjectOf(body: string, names: readonly string[]): string | undefined {
  const named = names.find((n) => body.startsWith(n));
  if (named !== undefined) return named + TITLE.exec(body.slice(named.length))![0];
  const titled = SURNAME_TITLE.exec(body);
  return titled !== null && names.some((n) => n.startsWith(titled[1]!)) ? titled[0] : undefined;
}

/** What a counted lead over self-standing items says, for the card: as countedLeadOverItems's CountedLead. */
export interface LeadOverItems {
  said: string;
  count: number;
  people: boolean;
  items: number;
  /** The kinds the lead's words name (type codes), for telling items of another kind on the card. */
  kinds: string[];
}

interface ReadLead {
  lead: LeadOverItems;
  head: string;
  items: string[];
}

/** `line`'s lead and its items when `line` is the shape (see the file's head), else undefined. */
function readLead(line: string, names: readonly string[]): ReadLead | undefined {
  const lead = LEAD.exec(line);
  if (!lead) return undefined;
  const head = lead[1]!.trim();
  if (!KIND_WORD.test(head) || LEAD_DAY.test(head) || names.some((n) => head.includes(n))) return undefined;
  // 本月赵书记共谈心谈话3次：… (a doer by title: countedTalkLeadDoer's).
  const titled = TITLED_IN_LEAD.exec(head);
  if (titled !== null && names.some((n) => n.startsWith(titled[1]!))) return undefined;
  const parts = line.slice(lead[0].length).split(/[,，;；。]/).map((p) => p.trim()).filter((p) => p !== '');
  const items: string[] = [];
  for (const part of parts) {
    const opened = part.replace(ITEM_OPENER, '');
    if (ITEM_DAY.test(opened) && opened.replace(ITEM_DAY, '').length >= 2) items.push(opened);
    else if (items.length === 0) return undefined;
    else items[items.length - 1] += `，${part}`;
  }
  // 其中 heads a breakdown even of one item (本月警示教育2次，其中11月2日…): the count is weighed on the card.
  const least = lead[0].includes('其中') ? 1 : 2;
  if (items.length < least || !items.every((i) => ITEM_DEED.test(i) || findKinds(i).length > 0)) return undefined;
  const kinds = findKinds(head).map((k) => k.code as string);
  const subjectSaid = items.some((i) => subjectOf(i.replace(ITEM_DAY, ''), names) !== undefined);
  // A lead with its verb is the older readers' (countedDeedDays · subtotalOverItems), who read its closings and day lists,
  // unless an item names its own doer (黄志刚书记对王强…，12月2日对李娟…: the doer carried, never the one talked with).
  // Talks whose items name their doers are this reader's; otherwise a lead over items of its own kind only (a 廉政教育 lead
  // covers every education) is the older readers' too, with or without its verb: only items of another kind are read here.
  const talkDoers = subjectSaid && /谈话|谈心/.test(head);
  const covers = (c: string) => kinds.includes(c) || (kinds.includes('edu_integrity') && c.startsWith('edu_'));
  const otherKind = items.some((i) => findKinds(i).some((k) => !covers(k.code as string)));
  if (!talkDoers && (LEAD_VERB.test(head) || !otherKind)) return undefined;
  const count = chineseNumber(lead[2]!) ?? Number(lead[2]);
  return { lead: { said: lead[0].replace(/[,，:：\s]*(?:其中|分别是|分别为|具体是|具体为)?[,，:：\s]*$/, ''), count, people: lead[3] === '人次', items: items.length, kinds }, head, items };
}

/**
 * The counted lead over self-standing dated items on `text`'s first line holding one (本月警示教育2次，其中…), for the card;
 * undefined when none. `names`: the directory's names (a lead naming someone is another reader's).
 */
export function leadOverDatedItemsOf(text: string, names: readonly string[]): LeadOverItems | undefined {
  if (!text.includes('次') && !text.includes('场') && !text.includes('回') && !text.includes('项') && !text.includes('期')) return undefined;
  for (const line of text.split('\n')) {
    const read = readLead(line.trim(), names);
    if (read !== undefined) return read.lead;
  }
  return undefined;
}

/**
 * `text` with each line opening with a counted lead over items that each open with their own day and deed written as the
 * items alone, one sentence each (ended by 。): an item opening with 对/与/和 and naming no doer takes the subject the item
 * before named (黄志刚书记), and an item the unit held (学习 · 观看) the unit the lead names (我科). Unchanged otherwise.
 */
export function withLeadOverDatedItems(text: string, names: readonly string[]): string {
  if (!text.includes('次') && !text.includes('场') && !text.includes('回') && !text.includes('项') && !text.includes('期')) return text;
  return text
    .split('\n')
    .map((line) => {
      const read = readLead(line.trim(), names);
      if (read === undefined) return line;
      const unit = UNIT.exec(read.head)?.[0];
      let subject: string | undefined;
      const sentences = read.items.map((item) => {
        const day = ITEM_DAY.exec(item)![0];
        const body = item.slice(day.length);
        const named = subjectOf(body, names);
        if (named !== undefined) {
          subject = named;
          return item;
        }
        if (subject !== undefined && WITH_WHOM.test(body)) return `${day}${subject}${body}`;
        // 11.4赵敏书记…讲授廉政党课；11月6日组织观看… (a leader's item before it): the unit's, as the first, not the leader's.
        const held = unit ?? (subject !== undefined ? '本部门' : undefined);
        if (held !== undefined && HELD.test(body)) return `${day}${held}${body}`;
        return item;
      });
      return `${sentences.join('。')}。`;
    })
    .join('\n');
}
