// 11月开展谈心谈话2次，其中与赵磊谈心2次（11月9日、11月23日） · 一、开展谈心谈话3次，其中与王强谈心2次（11月6日、11月20日），与
// 李娟谈心1次（11月13日） (round 41, t40b F3): a counted lead of talks with no one named, then its 其中 breakdown by person
// and day. Read as it stood, the lead was one talk more, on the first item's day or asking its day and whom. The lead
// counts the breakdown's talks; the breakdown alone is written, and statedCount notes on the card a breakdown that does not
// add up to the lead (withTalksShortOfCount), never a talk invented for the difference.

/** A talk kind as a lead names it. */
const KIND = '(?:廉政谈话|谈心谈话|提醒谈话|廉洁谈话|谈话|谈心)';
/** A count of talks: 3次 · 三次 · 4人次. */
const COUNT = '(?:[1-9]\\d?|[一二两三四五六七八九十]{1,3})\\s*(?:人次|次)';

/**
 * The lead, read after normalizeText (ASCII comma and colon): what stands before it in its clause (一、 · 11月 · a doer's
 * name — never 与/和/跟 a person, which withBreakdownOverSummary reads), 开展/进行 and the kind, maybe 共, the count, a comma
 * and 其中.
 */
const LEAD = new RegExp(
  `(^|[\\n。;:!?]|[一二三四五六七八九十\\d]+[、.])((?:同志|[^,;。!?\\n:与和跟同])*?)(?:共|累计|共计)?(?:开展|进行|组织)了?(?:共|累计|共计)?(${KIND})(?:共计|共|计)?\\s*${COUNT}\\s*,\\s*其中\\s*[,:]?\\s*`,
  'g',
);

/**
 * 11月份谈心谈话小结:其中我和刘洋谈话2次(11.9、11.23) (round 69, gif): a heading naming the talk kind (…小结 · …情况 ·
 * …开展情况 · …总结) right before 其中 is a lead with no count, read as the counted lead is. Same groups as LEAD.
 */
const HEADING_LEAD = new RegExp(
  `(^|[\\n。;!?])((?:[^,;。!?\\n:与和跟同])*?)(${KIND})(?:工作)?(?:开展)?(?:小结|情况|总结|汇总)(?:\\s*:\\s*|\\s+)其中\\s*[,:]?\\s*`,
  'g',
);

/** 11.9 · 11.23 in an item's brackets: a dotted day, written 11月9日 so that the bracket reads as a written-out one does. */
const DOTTED_DAY = /(?<![\d.])(\d{1,2})\.(\d{1,2})(?![\d.])/;

/** A kind of its own in an item (与王强谈心 · 与李明廉政谈话); a bare 谈话 names none. */
const SPECIFIC = /廉政|廉洁|谈心|提醒/;

/**
 * One item of the breakdown: maybe 我 (the sender, the doer already: 其中我与徐辉谈话1次（10月15日）, round 68, ghb), 与/和/跟/同
 * whom, maybe the kind, its count, then its day(s) in brackets.
 */
const ITEM = new RegExp(
  String.raw`^(?:我|本人)?(与|和|跟|同)([^,;。!?()]{1,16}?)((?:进行了?|开展了?)?(?:廉政谈话|谈心谈话|提醒谈话|廉洁谈话|谈话|谈心)?)\s*((?:[1-9]\d?|[一二两三四五六七八九十]{1,3})\s*(?:人次|次))\s*\(([^()]*(?:\d{1,2}[日号]|${DOTTED_DAY.source})[^()]*)\)$`,
);

/**
 * `text` with each counted lead over a 其中 breakdown of dated items (开展谈心谈话3次,其中与王强谈心2次(11月6日、11月20日),与
 * 李娟谈心1次(11月13日)) written as the breakdown alone, what stood before the lead kept (11月 · 一、 · a doer), and an
 * item that names no kind given the lead's (其中与王强2次(…) → 与王强谈心谈话2次(…)). Unchanged when an item of the breakdown
 * has no day in brackets or no one named, or when the lead names whom (与班子成员开展廉政谈话4人次,其中11月9日与…: another
 * reader's). Pure; never throws.
 */
export function withCountedLeadOverBreakdown(text: string): string {
  if (!text.includes('其中')) return text;
  return text.replace(LEAD, leadOverItems).replace(HEADING_LEAD, leadOverItems).replace(/\u0001(廉政谈话|谈心谈话|提醒谈话|廉洁谈话|谈话|谈心)([^。;!?\n]*)/g, (_w, kind: string, rest: string) =>
    rest.replace(/(^|,)((?:我|本人)?(?:与|和|跟|同))([^,;。!?()]{1,16}?)(\s*(?:[1-9]\d?|[一二两三四五六七八九十]{1,3})\s*(?:人次|次)\s*\()([^()]*\))/g, (_m, sep: string, verb: string, who: string, tail: string, days: string) =>
      `${sep}${verb}${SPECIFIC.test(who) ? who : `${who.replace(/(?:进行了?|开展了?)?谈话$/, '')}${kind}`}${tail}${withDaysWritten(days)}`,
    ),
  );
}

/** The lead (counted, or a heading's) replaced when 其中 opens a breakdown of dated items, marked for the items' rewrite. */
function leadOverItems(whole: string, start: string, before: string, kind: string, offset: number, all: string): string {
  const from = offset + whole.length;
  const end = /[。;!?\n]|$/.exec(all.slice(from))!.index;
  const clauses = all.slice(from, from + end).split(',').map((c) => c.trim());
  // Only the items before any other clause: a breakdown ends where a clause stops being 与X…N次(day).
  const items: RegExpExecArray[] = [];
  for (const clause of clauses) {
    const m = ITEM.exec(clause);
    if (!m) break;
    items.push(m);
  }
  if (items.length === 0) return whole;
  // Nothing to rewrite in the items when each names its kind and writes its days out; an item without one (与王强2次 ·
  // 与何平谈话1次) gets the lead's, and dotted days (11.9、11.23) are written out (round 69, gif: read as untyped talks).
  const rewrite = items.some((m) => !SPECIFIC.test(m[3]!) || new RegExp(DOTTED_DAY.source).test(m[5]!));
  return rewrite ? `${start}${before}\u0001${kind}` : `${start}${before}`;
}

/** A bracket's dotted days (11.9、11.23)) written out (11月9日、11月23日)); other days as they are. */
function withDaysWritten(days: string): string {
  return days.replace(new RegExp(DOTTED_DAY.source, 'g'), '$1月$2日');
}
