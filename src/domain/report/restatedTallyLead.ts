// 林晓「机关纪委上周工作小结：一、开展提醒谈话2人次，黄志刚书记分别于11月23日、11月25日对王强、何平进行了提醒谈话；…」 (round 61,
// gab; t63a F2: a third talk of no one on the card, asked whom): a counted lead of a kind (开展提醒谈话2人次 · 开展作风纪律检查2次)
// whose next clause tells the same deeds again with their days is no deed of its own — it only counts them. The lead is
// written away (its doer or span kept before the clause that tells the deeds) and its count weighed against what the
// clause lists, a difference told on the card, never trimmed or padded.
import type { ParsedReport } from './draft.js';
import { chineseNumber } from './chineseNumber.js';
import { countDiffers } from './countDiffers.js';

/**
 * The lead at the start of an entry (a line, after ；/。, or a numbering 一、 · 1. · （一）): numbering, what stands before the
 * verb (a span, a doer: 本月 · 黄书记), 开展/进行/组织 and the kind, the count and its measure, a comma. Groups: start,
 * numbering, pre, kind, count, measure.
 */
const LEAD =
  /(^|[\n；;。：:]\s*)((?:[一二三四五六七八九十]{1,2}[、.．]|\d{1,2}[、.．](?!\d)|[（(][一二三四五六七八九十\d]{1,2}[）)])?\s*)([^,，。;；:：\n]{0,12}?)(?:共计|一共|共|累计)?(?:开展|进行|组织|组织开展)了?(?:共)?([\u4e00-\u9fa5]{0,6}?(?:谈话|约谈|检查|督查|抽查))(\d{1,2}|[两二三四五六七八九十]{1,3})\s*(人次|次|场|批次|人)(?:[,，]\s*|[ \u3000]+)([^；;。\n]*)/g;
/** A clause that opens a breakdown or a dated item (其中 · 具体为 · 分别是 · 11月5日 · 5日 · 11.5): no restating sentence. */
const ITEMS_AFTER = /^\s*(?:其中|具体|分别是|分别为|即|包括|(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号]|\d{1,2}[.．]\d{1,2})/;
/** A running total: 今年以来 · 全年 · 年度 · 累计. */
const RUNNING_TOTAL = /今年|以来|全年|年度|累计/;
/** A day in the clause that tells the deeds: 11月23日 · 23日 · 25号. */
const DAY = /\d{1,2}[日号]/g;
/** Whom the clause names, listed after 对/与/和/同 up to the verb (对王强、何平进行了…). */
const LISTED = /(?:对|与|和|同)([^,，。;；]+?)(?:分别|进行|开展|谈)/;

/** A lead written away: as written, its count, and how many deeds the clause after it lists. */
export interface RestatedLead {
  said: string;
  count: number;
  listed: number;
}

/** `text` with every restated counted lead written away, and those leads; undefined when there is none. */
export interface RestatedTally {
  text: string;
  leads: RestatedLead[];
}

/**
 * `text` with each counted lead of a kind whose next clause (to ；/。/a line break) tells deeds of the same kind (the
 * kind's last two characters: 谈话 · 检查) with at least one day written away — numbering and pre (a span, a doer) kept
 * before the clause: 一、开展提醒谈话2人次，黄志刚书记分别于11月23日、… → 一、黄志刚书记分别于11月23日、…; undefined when there
 * is no such lead (a lead with no items after it stays the parser's, asked as before).
 */
export function restatedTallyLead(text: string): RestatedTally | undefined {
  if (!/[次场]/.test(text) || !/开展|进行|组织/.test(text)) return undefined;
  const leads: RestatedLead[] = [];
  // ２人次 · １１月２３日 (full-width digits): read as ASCII ones, as every later reader does.
  const plain = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const written = plain.replace(LEAD, (whole, start: string, numbering: string, pre: string, kind: string, count: string, _measure: string, clause: string) => {
    const core = kind.slice(-2);
    // 开展提醒谈话2人次，主要是… (no day) · 开展谈话2次，检查1次: the clause tells no dated deed of the lead's kind.
    if (!clause.includes(core) || clause.match(DAY) === null) return whole;
    // …开展监督检查2次，其中11月5日… · …3人次，分别是11月9日黄书记与何平、… · …，具体为11月9日与刘洋，… · …2次，11月11日检查康复中心，…:
    // a breakdown or dated items after the lead are the subtotal, leader-list and counted-lead readers', as before.
    if (ITEMS_AFTER.test(clause)) return whole;
    // 今年以来共开展作风纪律检查12次，… · 今年累计开展…: a running total is context beside the deed, never weighed against it.
    if (RUNNING_TOTAL.test(`${pre}${whole}`)) return whole;
    // 开展谈话2人次，分别于11月23日、11月25日和王强、何平进行了廉政谈话 · 开展检查2次，分别于11月5日和11月20日对财务科进行了检查.
    const days = clause.match(DAY)!.length;
    const named = LISTED.exec(clause)?.[1]?.split(/[、,，和及]/).filter((n) => n.trim() !== '').length ?? 0;
    const n = chineseNumber(count) ?? Number(count);
    const said = whole.slice(start.length + numbering.length, whole.length - clause.length).replace(/[,，\s]+$/, '');
    leads.push({ said, count: n, listed: Math.max(days, named) });
    // …进行了检查 after 开展作风纪律检查2次: the clause's bare 检查 is the lead's kind, spelled as the lead spelled it.
    const last = clause.lastIndexOf(core);
    const spelled = clause.includes(kind) ? clause : `${clause.slice(0, last)}${kind}${clause.slice(last + core.length)}`;
    return `${start}${numbering}${pre}${spelled}`;
  });
  return leads.length === 0 ? undefined : { text: written, leads };
}

/**
 * `reports` (the text read without the leads) with a remark on the first record, and 'leftover' (shown for a tap), for each
 * lead whose count is not what its clause lists; null stays null, and nothing is added when the counts agree.
 */
export function withRestatedCountsWeighed(reports: ParsedReport[] | null, tally: RestatedTally): ParsedReport[] | null {
  if (reports === null || reports.length === 0) return reports;
  const off = tally.leads.filter((l) => l.count !== l.listed);
  if (off.length === 0) return reports;
  const remarks = off.map((l) => countDiffers(l.said, l.listed));
  const [first, ...rest] = reports;
  return [{ ...first!, remarks: [...first!.remarks, ...remarks], reasons: [...new Set([...(first!.reasons ?? []), 'leftover' as const])] }, ...rest];
}
