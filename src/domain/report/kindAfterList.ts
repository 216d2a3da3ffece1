// 黄志刚「本月检查3次：11月4日（康复部）、11月11日（维权部）、11月25日（教育就业部），均为作风纪律检查，均由本人带队，林晓参加。」
// (round 38, t37c F2: one check on 11-04, the other two days asked and then all three put at 康复部): a counted list whose kind
// is said only after its items (均为/都是/均系/以上均属…) reads as the same list with the kind in its head
// (本月作风纪律检查3次：…), which the list readers (dayDepartmentPairs, the talk lists) already read one deed per item.
// Items written place first (康复部（11月4日） · 李明（11月4日）) are turned day first, the shape those readers know.
// 黄志刚「督查了3个部门，办公室11.10、宣文部11.17、维权部11.24，都是查的考勤和值班」 (round 42, t41b F6: only 11-10 kept, the
// other days named unmatched): a lead counting the places checked (督查了/检查了/抽查了/走访了N个部门·科室) over place+day items
// (办公室11.10 · 办公室（11月10日） · 11.10办公室 · 10号办公室), its kind said after them as the object checked (都是查的考勤和值班
// · 均为检查专项资金) or as a kind (均为作风纪律检查), is the same counted list: 作风纪律检查3次：11.10（办公室）、….

import { activityTypeName } from '../activityTypes.js';
import { parseDay } from './parseDay.js';
import { chineseNumber } from './chineseNumber.js';
import { findKinds } from './parseKind.js';

/** A counted head: words before the deed, the deed word of no kind yet, the count, then the colon. */
const HEAD = /([^，,；;。：:！!？?\n]*?)(检查|督查|抽查|巡查|暗访|谈话|谈心|约谈)(\s*了?\s*(?:共|总共|一共|共计)?\s*(?:[一二三四五六七八九十两]+|\d+)\s*(?:次|场|轮))\s*([：:])/g;

/**
 * The kind said after the items: a separator, 以上/上述 perhaps, 均/都/全部… + 为/是/系/属, the kind's words (a check or a
 * talk of some kind, 活动 perhaps), then a separator or the end. Group 1: the kind's words.
 */
const KIND_AFTER = /[，,；;。]\s*(?:(?:以上|上述)(?:检查|督查|谈话|活动)?(?:均|都|全部|全都|皆|一律)?|(?:检查|督查|谈话)?(?:均|都|全部|全都|皆|一律))(?:为|是|系|属于?)\s*([\u4e00-\u9fa5]{0,10}?(?:检查|督查|抽查|巡查|暗访|谈话|谈心|约谈))(?:活动)?(?=\s*(?:[，,；;。！!]|$))/;

/** A day as a list item writes it: 11月4日 · 4日 · 4号. */
const DAY = /(?:\d{1,2}月)?\d{1,2}[日号]/g;

/** One item written place or person first: the place or name, then its day in brackets. */
const PLACE_FIRST = /^([\u4e00-\u9fa5]{2,10})\s*[（(]\s*((?:\d{1,2}月)?\d{1,2}[日号])\s*[）)]$/;

/** The deed words of one family: a check's kind never goes on a talk's list, nor the other way. */
const CHECKS = /检查|督查|抽查|巡查|暗访/;

/**
 * `text` (as written or normalised) with each counted list whose kind is said after its items written with the kind in its
 * head, the after-words gone (本月检查3次：11月4日（康复部）、…，均为作风纪律检查 → 本月作风纪律检查3次：11月4日（康复部）、…),
 * and its place-first items (康复部（11月4日）) written day first. A head that names a kind of its own keeps it (a different
 * kind after the items leaves the text as it was); a list of fewer than two days is left.
 */
export function withKindAfterList(text: string, today: string): string {
  return text
    .split('\n')
    .map((line) => withKindAfterListLine(line, today))
    .join('\n');
}

function withKindAfterListLine(written: string, today: string): string {
  const line = withPlaceDayItemsAsList(withUncountedPairList(written, today), today);
  HEAD.lastIndex = 0;
  const head = HEAD.exec(line);
  if (!head) return withCountedPlacesLine(line, today);
  const [, before, word, count, colon] = head;
  const bodyStart = head.index + head[0].length;
  const rest = line.slice(bodyStart);
  const after = KIND_AFTER.exec(rest);
  // The items are what comes before the kind said after them, or the sentence the head opens.
  const listEnd = after ? after.index : rest.search(/[。！!？?]|$/);
  const list = rest.slice(0, listEnd);
  if ((list.match(DAY) ?? []).length < 2) return line;
  const dayFirst = withDayFirstItems(list);
  if (!after) return dayFirst === list ? line : line.slice(0, bodyStart) + dayFirst + rest.slice(listEnd);
  const kind = after[1]!;
  const kindCodes = findKinds(kind).map((k) => k.code);
  if (kindCodes.length !== 1 || CHECKS.test(kind) !== CHECKS.test(word!)) return line;
  const headCodes = findKinds(before! + word!).map((k) => k.code);
  if (headCodes.length > 0 && headCodes[0] !== kindCodes[0]) return line;
  const newHead = headCodes.length > 0 ? `${before}${word}${count}${colon}` : `${before}${kind}${count}${colon}`;
  return line.slice(0, head.index) + newHead + dayFirst + rest.slice(listEnd + after[0].length);
}

/** `list` with every item of the shape 「place（day）」 written 「day（place）」, when all of its items have it; else as it is. */
function withDayFirstItems(list: string): string {
  const items = list.split(/([、，,；;])/);
  const parts = items.filter((_, i) => i % 2 === 0).map((p) => PLACE_FIRST.exec(p.trim()));
  if (parts.length < 2 || parts.some((m) => m === null)) return list;
  return items.map((p, i) => (i % 2 === 0 ? `${parts[i / 2]![2]}（${parts[i / 2]![1]}）` : p)).join('');
}

/**
 * A lead counting the places checked: words before it, the check verb (督查/检查/抽查/巡查/暗访/走访/查 · 了/过), the count of
 * places (3个部门 · 两个科室), a separator, perhaps 分别是/包括. Groups: before, verb, count.
 */
const PLACES_HEAD =
  /([^，,；;。：:！!？?\n]*?)(督查|检查|抽查|巡查|暗访|走访|查)(?:了|过)?\s*(?:共|总共|一共|共计)?\s*([一二三四五六七八九十两]|\d{1,2})\s*个\s*(?:部门|科室|部室|处室|单位|地方|科|部)\s*(?:[：:，,]\s*(?:分别(?:是|为)|包括|即|有)?|分别(?:是|为)|包括)\s*[：:]?\s*/;

/** A day as a place+day item writes it: 11月10日 · 11月10 · 10日 · 10号 · 11.10 · 11/10. */
const ITEM_DAY = String.raw`(?:\d{1,2}月\d{1,2}[日号]?|\d{1,2}[日号]|\d{1,2}[.．/]\d{1,2}(?![.．/\d])[日号]?)`;
/** One place+day item: the place, then its day (in brackets or not); or the day, then the place (in brackets or not). */
const PLACE_THEN_DAY = new RegExp(`^([\u4e00-\u9fa5]{2,10}?)\\s*(?:[（(]\\s*(${ITEM_DAY})\\s*[）)]|(${ITEM_DAY}))$`);
const DAY_THEN_PLACE = new RegExp(`^(${ITEM_DAY})\\s*(?:[（(]\\s*([\u4e00-\u9fa5]{2,10})\\s*[）)]|(?:对|到|去|查|在)?\\s*([\u4e00-\u9fa5]{2,10}))$`);

/**
 * The object checked, said after the items for all of them: 都是查的考勤和值班 · 均为检查专项资金 · 查的都是考勤 · 检查内容均为….
 * Group 1 or 2: the object's words.
 */
const OBJECT_AFTER =
  /[，,；;。]\s*(?:(?:以上|上述)?(?:均|都|全部|全都)(?:是|为)?\s*(?:检查|督查|抽查|查)(?:的|了)?\s*([\u4e00-\u9fa5、]{1,14}?)|(?:检?查的|检查内容|督查内容)(?:均|都|全部)(?:是|为)\s*([\u4e00-\u9fa5、]{1,14}?))(?:情况)?(?=\s*(?:[，,；;。！!]|$))/;

const CHECK_CODES = new Set(['inspect_style', 'inspect_funds', 'pledge_check']);

/** The one check kind of an object checked (考勤和值班 → 作风纪律检查), or undefined. */
function checkKindOfObject(object: string): string | undefined {
  for (const words of [`检查${object}`, `检查${object}情况`]) {
    const codes = [...new Set(findKinds(words).map((k) => k.code))];
    if (codes.length === 1 && CHECK_CODES.has(codes[0]!)) return activityTypeName(codes[0]! as Parameters<typeof activityTypeName>[0]);
  }
  return undefined;
}

/**
 * `line` with a lead counting the places checked over place+day items written as a counted check list (督查了3个部门，办公室11.10、
 * 宣文部11.17，都是查的考勤 → 作风纪律检查3次：11.10（办公室）、11.17（宣文部）), the kind said after them in its head; with no kind
 * said, the check verb heads it (督查3次：…, its kind asked as the list readers ask it), but a 走访 (a visit) only with a check kind
 * said. Items that are not all place+day, or fewer than two, leave the line as it is.
 */
function withCountedPlacesLine(line: string, today: string): string {
  const read = countedPlaces(line);
  if (!read) return line;
  const { head, before, verb, count, rest, listEnd, after, pairs, kind } = read;
  const headWords = kind ?? (verb === '查' ? '检查' : verb);
  // 10号 · 17日 with no month of their own (the list readers read only the first): the month of the item before, or of the
  // most recent such day.
  let month: string | undefined;
  const days = pairs.map(({ day }) => {
    const own = /^(\d{1,2})月|^(\d{1,2})[.．/]/.exec(day);
    if (own) month = own[1] ?? own[2];
    const bare = /^(\d{1,2})[日号]$/.exec(day);
    if (!bare) return day;
    month ??= parseDay(`${bare[1]}号`, today).date?.slice(5, 7).replace(/^0/, '');
    return month ? `${month}月${bare[1]}日` : day;
  });
  const list = pairs.map((p, i) => `${days[i]}（${p.place}）`).join('、');
  return `${line.slice(0, head.index)}${before}${headWords}${count}次：${list}${rest.slice(listEnd + (after ? after[0].length : 0))}`;
}

interface CountedPlaces {
  head: RegExpExecArray;
  before: string;
  verb: string;
  /** The count as written (3 · 两). */
  count: string;
  rest: string;
  listEnd: number;
  after: RegExpExecArray | undefined;
  pairs: { place: string; day: string }[];
  /** The check kind said after the items, as words findKinds reads; undefined when none is said. */
  kind: string | undefined;
}

/** The counted-places lead of `line` and its place+day items (see withCountedPlacesLine), or undefined when it has none. */
function countedPlaces(line: string): CountedPlaces | undefined {
  const head = PLACES_HEAD.exec(line);
  if (!head) return undefined;
  const [, before, verb, count] = head;
  const bodyStart = head.index + head[0].length;
  const rest = line.slice(bodyStart);
  const kindAfter = KIND_AFTER.exec(rest);
  const objectAfter = OBJECT_AFTER.exec(rest);
  const after = [kindAfter, objectAfter].filter((m): m is RegExpExecArray => m !== null).sort((a, b) => a.index - b.index)[0];
  const listEnd = after ? after.index : rest.search(/[。；;！!？?]|$/);
  const items = rest.slice(0, listEnd).replace(/等$/, '').split(/[、，,]/).map((i) => i.trim());
  if (items.length < 2) return undefined;
  const pairs = items.map((item) => {
    const p = PLACE_THEN_DAY.exec(item);
    if (p) return { place: p[1]!, day: (p[2] ?? p[3])! };
    const d = DAY_THEN_PLACE.exec(item);
    return d ? { place: (d[2] ?? d[3])!, day: d[1]! } : undefined;
  });
  if (pairs.some((p) => p === undefined)) return undefined;
  let kind: string | undefined;
  if (after === kindAfter && after) {
    const codes = findKinds(after[1]!).map((k) => k.code);
    kind = codes.length === 1 && CHECK_CODES.has(codes[0]!) ? after[1]! : undefined;
  } else if (after) kind = checkKindOfObject((after[1] ?? after[2])!);
  if (after && kind === undefined) return undefined;
  if (kind === undefined && verb === '走访') return undefined;
  return { head, before: before!, verb: verb!, count: count!, rest, listEnd, after, pairs: pairs as { place: string; day: string }[], kind };
}

/**
 * 督查了3个部门，办公室11.10、宣文部11.17，… (round 42): the count of places a counted-places lead says and the items it lists,
 * when the two differ (the records follow the items; the card says so), else undefined. `text` as written or normalised.
 */
export function countedPlacesApart(text: string): { said: number; listed: number } | undefined {
  for (const line of text.split('\n')) {
    const read = countedPlaces(line);
    if (!read) continue;
    const said = /^\d+$/.test(read.count) ? Number(read.count) : chineseNumber(read.count);
    if (said !== undefined && said !== read.pairs.length) return { said, listed: read.pairs.length };
  }
  return undefined;
}

/**
 * A counted check and its items in brackets or after a colon, each place then day (检查3次（办公室11.6、康复部11.13、维权部11.27）
 * · 督查3次：办公室11/6、…) or day then place. Groups: the head up to its count, the opening bracket or colon.
 */
const BRACKETED_HEAD = /((?:检查|督查|抽查|巡查|暗访)\s*了?\s*(?:共|总共|一共|共计)?\s*(?:[一二三四五六七八九十两]+|\d+)\s*(?:次|场|轮))\s*([（(：:])/;
/** 黄书记带队 closing such a list, said of none of its items alone (均由 not written). Group 1: the leader's words. */
const BARE_LED = /([，,；;\s]\s*)(?!(?:均|都|全部|以上|上述))([\u4e00-\u9fa5]{2,6}?(?:带队|率队))(?=\s*(?:[，,；;。！!]|$))/;

/** A department's name as a check list's place ends (办公室 · 组联部 · 康复中心 · 财务科): never a person or a title. */
const PLACE_END = /(?:部|科|室|中心|站|所|办)$/;

/** One place+day item in brackets, either way round: 11月9日（康复中心） · 康复中心（11月9日）. */
const BRACKETED_PAIR = String.raw`(?:${ITEM_DAY}\s*[（(]\s*[\u4e00-\u9fa5]{2,10}\s*[）)]|[\u4e00-\u9fa5]{2,10}?\s*[（(]\s*${ITEM_DAY}\s*[）)])`;

/** Two or more bracketed place+day items, opening the line or after a colon or comma. Groups: the opening, the items. */
const UNCOUNTED_LIST = new RegExp(`(^|[：:，,]\\s*)(${BRACKETED_PAIR}(?:\\s*[、，,]\\s*${BRACKETED_PAIR})+)`);

/**
 * A check of no count over place+day items in brackets: the check word with its kind before it, perhaps a count, then the
 * bracket. Groups: the words up to the check word, the count as written or undefined, the items.
 */
const CHECK_OVER_BRACKET = /((?:检查|督查|抽查|巡查|暗访))(\s*了?\s*(?:共|总共|一共|共计)?\s*(?:[一二三四五六七八九十两]+|\d+)\s*(?:次|场|轮))?\s*[（(]\s*([^（()）]+?)\s*[）)]/;

/** `pairs` (place, day as written) written as a colon list's items, day first with its month: 11月6日（办公室）、…. */
function dayFirstList(pairs: { place: string; day: string }[], today: string): string {
  let month: string | undefined;
  return pairs
    .map((p) => {
      const own = /^(\d{1,2})(?:月|[.．/])(\d{1,2})/.exec(p.day);
      if (own) {
        month = own[1];
        return `${own[1]}月${Number(own[2])}日（${p.place}）`;
      }
      const bare = /^(\d{1,2})/.exec(p.day)![1]!;
      month ??= parseDay(`${bare}号`, today).date?.slice(5, 7).replace(/^0/, '');
      return month ? `${month}月${Number(bare)}日（${p.place}）` : `${bare}日（${p.place}）`;
    })
    .join('、');
}

/** The items of a place+day list (、 or commas between), each read either way round, or undefined when one is not a department's. */
function placeDayPairs(items: string): { place: string; day: string }[] | undefined {
  const pairs = items.split(/[、，,]/).map((i) => i.trim()).map((item) => {
    const p = PLACE_THEN_DAY.exec(item);
    if (p) return { place: p[1]!, day: (p[2] ?? p[3])! };
    const d = DAY_THEN_PLACE.exec(item);
    return d ? { place: (d[2] ?? d[3])!, day: d[1]! } : undefined;
  });
  if (pairs.length < 2 || pairs.some((p) => p === undefined || !PLACE_END.test(p.place))) return undefined;
  return pairs as { place: string; day: string }[];
}

/**
 * 黄志刚「11月份检查情况：11月9日（康复中心）、11月23日（组联部），均为作风纪律检查，均由本人带队，林晓参加。」 (round 55, fhc;
 * t57b F2: a card of the first check only, 11月23日 named unmatched; with 「检查2次：」 both were read): `line` with a list of
 * checks that says no count written as the counted list the readers know — the kind said after the items (均为/都是…) or in
 * the words before them (作风纪律检查情况：…), each item day first (作风纪律检查2次：11月9日（康复中心）、11月23日（组联部），…);
 * and a check over items in brackets, day or place first, counted or not (作风纪律检查（11.6办公室、11.13康复部） · 检查2次（11.6
 * 办公室、…）) written the same way. Items that are not all a department and a day, fewer than two, or no check kind said
 * leave the line as it is. `today` (YYYY-MM-DD) gives a bare day (9号) its month.
 */
function withUncountedPairList(line: string, today: string): string {
  // A counted list the readers below already know (检查3次（办公室11.6、…） · 督查了3个部门：…) and sub-kinds counted under a
  // count (其中作风纪律检查2次（…），专项资金检查1次（…）) are left to them.
  if (withPlaceDayItemsAsList(line, today) !== line || countedPlaces(line) !== undefined || /其中/.test(line)) return line;
  const bracket = CHECK_OVER_BRACKET.exec(line);
  if (bracket) {
    const pairs = placeDayPairs(bracket[3]!);
    if (pairs) {
      const count = bracket[2] ? bracket[2].replace(/^\s*了?\s*/, '') : `${pairs.length}次`;
      const after = ledByAll(line.slice(bracket.index + bracket[0].length));
      return `${line.slice(0, bracket.index)}${bracket[1]}${count}：${dayFirstList(pairs, today)}${after !== '' && !/^[，,；;。！!]/.test(after) ? '，' : ''}${after}`;
    }
  }
  HEAD.lastIndex = 0;
  if (HEAD.test(line)) return line;
  const run = UNCOUNTED_LIST.exec(line);
  if (!run) return line;
  const pairs = placeDayPairs(run[2]!);
  if (!pairs) return line;
  const start = run.index + run[1]!.length;
  const rest = line.slice(start + run[2]!.length);
  const before = line.slice(0, start);
  const after = KIND_AFTER.exec(rest);
  const checkKind = (words: string) => {
    const codes = [...new Set(findKinds(words).map((k) => k.code))];
    return codes.length === 1 && CHECK_CODES.has(codes[0]!) ? codes[0]! : undefined;
  };
  // The kind said right after the items (，均为作风纪律检查), else in the words before them (作风纪律检查情况：).
  if (after && after.index === 0 && checkKind(after[1]!)) {
    return `${before}${after[1]}${pairs.length}次：${dayFirstList(pairs, today)}${ledByAll(rest.slice(after[0].length))}`;
  }
  const headKind = checkKind(before);
  if (!headKind || !CHECKS.test(before)) return line;
  return `${before}${activityTypeName(headKind as Parameters<typeof activityTypeName>[0])}${pairs.length}次：${dayFirstList(pairs, today)}${ledByAll(rest)}`;
}

/** The words after a check list with a bare 「X带队」 closing it written 「均由X带队」: every listed check is X's (as withPlaceDayItemsAsList). */
function ledByAll(after: string): string {
  return after.replace(BARE_LED, (_, sep: string, led: string) => `${sep}均由${led}`);
}

/**
 * 林晓「11月检查情况统计：检查3次（办公室11.6、康复部11.13、维权部11.27），均为作风纪律检查，黄书记带队」 (round 54, fjc; t56b F1: read
 * as a completion query, nothing recorded): `line` with a counted check over place+day items in brackets (or after a colon)
 * written as the colon list the readers below know, each item day first with its month (检查3次：11月6日（办公室）、…), and a bare
 * 「X带队」 closing it written 「均由X带队」 (every listed check is X's, as 均由 says; before, the last item only was). Days are
 * 11.6 · 11/6 · 11月6日 · 6日/6号 (the month of the item before, or of the day read). Fewer than two items, or any item
 * that is not a place then a day, leave the line as it is.
 */
function withPlaceDayItemsAsList(line: string, today: string): string {
  const head = BRACKETED_HEAD.exec(line);
  if (!head) return line;
  const start = head.index + head[0].length;
  const bracketed = /[（(]/.test(head[2]!);
  const end = bracketed ? line.slice(start).search(/[）)]/) : line.slice(start).search(/[。！!？?；;]|[，,]\s*(?:均|都|全部|以上|上述)|$/);
  if (end < 0) return line;
  // Items parted by 、 or a comma, or by spaces only (办公室11.6 康复部11.13, voice input).
  const items = line.slice(start, start + end).split(/[、，,；;]|\s+(?=[\u4e00-\u9fa5\d])/).map((p) => p.trim()).filter((p) => p !== '');
  const pairs = items.map((p) => {
    const placeFirst = PLACE_THEN_DAY.exec(p);
    // Day-first items (10号财务科 · （11月5日办公室）) are read already (dayDepartmentPairs, bracketedDayPlaces), the doer a
    // head names kept (王建国副理事长本月督查了两次：10号财务科、…): left to them.
    return placeFirst ? { place: placeFirst[1]!, day: placeFirst[2] ?? placeFirst[3]! } : undefined;
  });
  if (pairs.length < 2 || pairs.some((p) => p === undefined || !/(?:部|科|室|中心|站|所|办)$/.test(p.place))) return line;
  let month: string | undefined;
  const list = pairs.map((p) => {
    const own = /^(\d{1,2})(?:月|[.．/])(\d{1,2})/.exec(p!.day);
    if (own) {
      month = own[1];
      return `${own[1]}月${Number(own[2])}日（${p!.place}）`;
    }
    const bare = /^(\d{1,2})/.exec(p!.day)![1]!;
    month ??= parseDay(`${bare}号`, today).date?.slice(5, 7).replace(/^0/, '');
    return month ? `${month}月${Number(bare)}日（${p!.place}）` : `${bare}日（${p!.place}）`;
  });
  // ）均为作风纪律检查 黄书记带队 (spaces for commas): the words after the list as clauses of their own.
  const after = line.slice(start + end + (bracketed ? 1 : 0)).replace(/^(?=[\u4e00-\u9fa5])/, '，').replace(/(?<=[\u4e00-\u9fa5])\s+(?=[\u4e00-\u9fa5])/g, '，');
  const tail = after.replace(BARE_LED, (_, sep: string, led: string) => `${sep}均由${led}`);
  return `${line.slice(0, head.index)}${head[1]}：${list.join('、')}${tail}`;
}

/**
 * `text` (the message as written) with a bare 「X带队」 closing a counted check's place+day list (withPlaceDayItemsAsList)
 * written 「均由X带队」, for the readers of the closing clause (ledInTrailer), which read the message as written; `text` itself
 * when no line holds such a list.
 */
export function withListLedAsAll(text: string, today: string): string {
  return text
    .split('\n')
    .map((line) => {
      // A check list of no count (round 55, fhc): its closing 「X带队」 is every item's too.
      if (withUncountedPairList(line, today) !== line) return ledByAll(line);
      const listed = withPlaceDayItemsAsList(line, today);
      if (listed === line) return line;
      const head = BRACKETED_HEAD.exec(line)!;
      const rest = line.slice(head.index + head[0].length);
      const close = rest.search(/[）)]/);
      const from = head.index + head[0].length + Math.max(close, 0);
      return line.slice(0, from) + line.slice(from).replace(BARE_LED, (_, sep: string, led: string) => `${sep}均由${led}`);
    })
    .join('\n');
}
