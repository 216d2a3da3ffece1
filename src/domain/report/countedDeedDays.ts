// 「11月份，张伟书记先后两次主持召开专题会议。11月4日研究部署党风廉政建设工作，11月25日听取纪检工作汇报。」 (round 28
// h28, F2: both meetings on 11-04, their chair asked): a deed said N times by someone, then N clauses each opening with
// its own day, is that deed on each of those days, by that doer. Written out as N sentences of the shape read already.
import { isTalkType } from '../activityTypes.js';
import { withoutRunningTotals } from './campaignSummary.js';
import { findKinds } from './parseKind.js';
import { MEETING_TYPES, kindsRelated } from './parseKindPatterns.js';
import { extractTitles } from './parseTraining.js';
import { VAGUE_SPAN } from './vagueSpan.js';

/** 先后两次 · 分两次 · 两次 · 共3次: how many times, in the lead. Group 1: the number. */
// 组织了两场警示教育，一场是11月6日，另一场是11月20日 (round 48, fte: the second day asked): 场 and 回 count times too.
const COUNT = /(?:先后|分|共|又)?([两二三四五六七八九]|[2-9])(?:次|场|回)/;

/** 两次都是谈心 · 三次均为 · 两场都: a count summing up the deeds already told. */
const SUMMED_UP = /(?:[两二三四五六七八九]|[2-9])(?:次|场|回)(?:都|均|全)/;

/** A clause opening with its own day (11月4日 · 2026年11月4日 · 4日), perhaps with 上午/下午. */
const DAY_OPENING = /^[\s\u0000]*((?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号])(?:[\s\u0000]*(?:上午|下午|晚上))?/;

/**
 * 今天上午 · 昨天 · 前天 · 周一 · 上周三 · 星期五下午: a day told relative to today, opening an instance only after its
 * opener (一次是今天上午): 王强「这周和李娟谈了两次心，一次是周一，一次是今天上午」 (round 49, t52a F1: one day kept, the
 * other named as unmatched). Bare, such a day after a counted lead may be a deed of its own, so it is not taken alone.
 */
const RELATIVE_DAY = String.raw`(?:今天|今日|昨天|昨日|大?前天|(?:上上|上|本|这)?个?(?:周|星期|礼拜)[一二三四五六日天])(?:上午|下午|晚上|早上|中午)?`;
const RELATIVE_OPENING = new RegExp(String.raw`^[\s\u0000]*(${RELATIVE_DAY})`);
/** A bare weekday (周一 · 星期三), read in the week the lead names (上周和李娟谈了两次心 → 上周一). */
const BARE_WEEKDAY = /^(?:周|星期|礼拜)[一二三四五六日天]/;
/** 上周 · 这周 · 本星期 opening the lead: the week its bare weekdays are in. Group 1: the week word. */
const LEAD_WEEK = /^[\s\u0000]*((?:上上|上|本|这)个?(?:周|星期|礼拜))(?![一二三四五六日天])/;
/** 一次是今天上午 · 另一次是周三: an instance opener with a relative day after it. */
const RELATIVE_INSTANCE = new RegExp(String.raw`(?:其中|另|还有|头)?(?:一|第[一二三四五六七八九\d])(?:次|场|回)(?:是|为|在)?[\s\u0000,:]*${RELATIVE_DAY}`);
/** The line tells a day: a written one (11月4日 · 4号), or a relative one opening an instance. */
const hasDay = (line: string) => ANOTHER_DAY.test(line) || RELATIVE_INSTANCE.test(line);
/**
 * A clause opening with a relative day and its deed (上周二学习条例 · 昨天观看…), not said to be one more (又 · 还 · 再 · 也 ·
 * 另): after a counted lead whose every clause is dated, one of its instances (round 65, geb).
 */
/** A deed an item under a counted lead names (学习条例 · 观看… · 讲党课 · 谈心 · 检查): a day with only a place is no item here. */
const ITEM_DEED_WORD = /学习|观看|收看|参观|讲|谈|签|检查|督查|查看|会议|教育/;
const RELATIVE_ITEM = new RegExp(String.raw`^[\s\u0000]*${RELATIVE_DAY}(?![\s\u0000,]*(?:又|还|再|也|另))[\s\u0000]*[\u4e00-\u9fa5《]`);

/** 11月份 · 本月 · 11月 · 近期: words of the month only, before the lead (no day: each day is the clauses'). */
const MONTH_ONLY = /^[\s\u0000]*(?:\d{1,2}月份?|本月|上月|当月|近期|近日|今年以来|\d{1,2}月以来)[\s\u0000]*(?:以来)?[\s\u0000]*[,;]?[\s\u0000]*$/;

/** 本月 · 11月份 opening the lead itself (本月张伟书记两次…): the month the days below are in, dropped with the count. */
// 11月上旬分两次… (round 36b F6): the part of the month goes with it.
const MONTH_WORDS = new RegExp(`^[\\s\\u0000]*${VAGUE_SPAN}[\\s\\u0000,]*`);

/**
 * 本月开展了廉政教育 · 11月组织开展了警示教育 (l3, issue 10: a dateless record beside its one dated instance): a deed
 * summed up over a month with no count, its instances told after it by day.
 */
const SUMMARY_LEAD = /(?:本月|当月|上月|\d{1,2}月份?(?!\d))[^,;:。!?\d]{0,4}?(?:组织开展了?|开展了|组织了)/;

/** 11月 · 11月份 in the lead (not a day's 11月20日): the month its instances are in. Group 1: the month. */
const LEAD_MONTH = /(?<!\d)(\d{1,2})月份?(?!\d)/;
/** The month of a day opening a clause (11月4日). Group 1: the month. */
const DAY_MONTH = /^[\s\u0000]*(?:\d{4}年)?(\d{1,2})月\d{1,2}[日号]/;

/** 一次是 · 其中一次 · 另一场 · 第二次 · 一次在: the instance a dated clause opens with, before its day. */
// 一次在11月6号 · 头一次是 · 另一场是 · 还有一次是 (round 48, fte: the second day asked though written).
// 一次是今天上午 · 一次是周一 (round 49, fwf, t52a F1): a relative day after the opener too.
const INSTANCE_OPENER = new RegExp(String.raw`^([\s\u0000]*)(?:其中|另|还有|头)?(?:一|第[一二三四五六七八九\d])(?:次|场|回)(?:是|为|在)?[\s\u0000,:]*(?=(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号]|${RELATIVE_DAY})`);

/** 每次都是6人参加 · 每次6人 · 均为6人参加 · 各6人: the head count of every instance, said once after the last. */
const EACH_COUNT = /^[\s\u0000]*(?:每次|各次|均|都)(?:都|均)?(?:是|为|有)?[\s\u0000]*((?:\d{1,3}|[一二两三四五六七八九十]{1,3})(?:人|名)(?:同志)?)(?:参加|参与|参会|到会)?[\s\u0000]*[,;:。!?]*$/;

/**
 * 均由本人组织 · 都是我组织的 · 均由我牵头 closing the last day's clauses: said once of every instance (round 48, ftc: only the
 * last day kept it, so the first study of 刘洋's 「开展廉政教育2次：…，均由本人组织」 was read as his head's).
 */
const EACH_OWN = /^[\s\u0000]*(?:以上)?(?:均|都|全部|皆)(?:是|由|系)(?:我|本人)(?!们)(?:亲自|负责)?(?:组织|牵头|主持)(?:的)?[\s\u0000]*[,;:。!?]*$/;

/**
 * 均由黄志刚书记带队 · 都是王建国副理事长带队 closing the last day's clauses (round 60, fbf; t62a F2: each check asked its type):
 * said once of every instance, so the name in it is no doer of one day's clause and the lead still counts the days.
 */
const EACH_LED = /^[\s\u0000]*(?:以上)?(?:均|都|全部|皆)(?:是|系)?由?[\u4e00-\u9fa5]{2,12}?(?:亲自)?(?:带队|率队|牵头)(?:的)?[\s\u0000]*[,;:。!?]*$/;

/** A second day in one day's clauses. */
const ANOTHER_DAY = /\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号]/;

/** 今年以来 · 累计 · 截至 · 全年 · 共计: a running total, not the deeds listed after it. */
const RUNNING_TOTAL = /今年以来|以来|累计|截至|截止|全年|共计|其中/;
/** 今年以来 · 累计 · 截至 · 全年 · 共计: a named doer's count since when, a figure (11月以来 may open a list of its days). */
const TOTAL_LEAD = /今年以来|年初以来|累计|截至|截止|全年|共计/;
/** 邀请市纪委王老师 · 请专家 · 老师: someone from outside did it. */
const GUEST = /邀请|请[^,;。]{0,8}?(?:老师|专家|同志|领导)|老师|专家|教授/;

/** 与王磊 · 找李明 · 和郑华、冯雪: the lead names whom the talks were with. */
const TURNS_TO = /[与和跟同找对](?!志)[\u4e00-\u9fa5]/;

const NUMBER: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The clauses of a line, each with its break (`,` `;` `:` `。`). */
const CLAUSE = /[^,;:。!?]+[,;:。!?]*/g;

const kindsOf = (words: string) => findKinds(extractTitles(words).rest).map((k) => k.code);

/** One line read as N sentences, or undefined when it is not the shape. */
function spelled(line: string, names: readonly string[]): string | undefined {
  const clauses = line.match(CLAUSE) ?? [];
  // 本月主持召开了两次专题会议：11月4日…，11月25日… (round 45, frb: the second meeting's day asked though written): the count
  // inside the deed's words (召开了两次专题会议) hid its kind, so the kind is read with the count taken out.
  const kindsOfLead = (c: string) => { const k = kindsOf(c); return k.length > 0 ? k : kindsOf(c.replace(COUNT, '')); };
  const counted = clauses.findIndex((c) => COUNT.test(extractTitles(c).rest) && kindsOfLead(c).length > 0);
  // With no count, a month's summary (本月开展了廉政教育) leads its dated instances as 一次 would (one record each).
  const k = counted >= 0 ? counted : clauses.findIndex((c) => SUMMARY_LEAD.test(c) && !ANOTHER_DAY.test(c) && kindsOf(c).length > 0);
  if (k < 0) return undefined;
  const lead = clauses[k]!;
  // 昨天和陈静谈了心 前天也谈了一次 两次都是谈心 (round 48, fte: four records, two asked 和谁): 两次都是/均为 sums up the deeds
  // told before it, it counts no new ones.
  if (SUMMED_UP.test(lead)) return undefined;
  const kinds = kindsOfLead(lead);
  const count = counted >= 0 ? COUNT.exec(extractTitles(lead).rest) : null;
  if (count === null && (!hasDay(line) || kinds.every(isTalkType))) return undefined;
  const times = count === null ? 0 : NUMBER[count[1]!] ?? Number(count[1]);
  // 郑华「本月我部共开展廉政教育2次 上周二学习条例 上周四观看警示教育片」 (round 65, geb; the lead left a record of its own, its
  // day asked, the film's doer asked among six leaders): a counted lead whose every clause after it opens with its day, one of
  // them told relative to today, lists its instances as written days do; a bare 今天又… after a lead stays a deed of its own.
  const after0 = clauses.slice(k + 1);
  // A lead of its own week (上周督查了两次考勤：周二宣文部、周四…) pairs bare weekdays with places: dayTargetPairs' shape, not this.
  const relativeItems = count !== null && after0.length > 0 && !LEAD_WEEK.test(lead) && after0.every((c) => (RELATIVE_ITEM.test(c) && ITEM_DEED_WORD.test(c)) || DAY_OPENING.test(c)) && after0.some((c) => RELATIVE_ITEM.test(c));
  const dayed = hasDay(line) || relativeItems;
  // A lead naming no doer is the sender's: only with days after it (本月开展了两次作风纪律检查，11月4日检查办公室，11月18日
  // 检查财务科, h28/g28: each day's check was asked its type); with none, its count is asked as days already are.
  const doerNamed = names.some((n) => lead.includes(n));
  if ((!doerNamed && !dayed) || DAY_OPENING.test(lead) || !clauses.slice(0, k).every((c) => MONTH_ONLY.test(c))) return undefined;
  // The sender's lead is no running total (今年以来共…12次，11月27日…1次 names one deed of twelve) and the days after it
  // name no one (11月5日张伟书记讲了一次 · 邀请市纪委王老师讲了一次: each day's own doer, read as written).
  const ledClosing = clauses.length > k + 2 && EACH_LED.test(clauses.at(-1)!);
  const told = ledClosing ? clauses.slice(k + 1, -1) : clauses.slice(k + 1);
  if (!doerNamed && (RUNNING_TOTAL.test(clauses.slice(0, k + 1).join('')) || told.some((c) => names.some((n) => c.includes(n)) || GUEST.test(c)))) return undefined;
  // 今年以来，陈志强副理事长共开展谈心谈话7次(，11月20日与冯雪…) (t31c): a named doer's running total is a figure, not N
  // deeds. With no day it is left to the totals reply. With fewer days than a total the totals reader takes (共…7次, not
  // 先后三次): only the dated deeds, the total kept in front as a sentence of its own for that reader to take out and name;
  // 先后三次 and two days still give the third its own line, its day asked.
  const totalled = doerNamed && TOTAL_LEAD.test(clauses.slice(0, k + 1).join(''));
  if (totalled && !dayed) return undefined;
  const totalRead = totalled && withoutRunningTotals(line) !== line;
  // 刘芳副理事长先后两次为…讲授廉政党课。 and no day anywhere: each time is a record, its day asked (one was read before).
  // 陈志强副理事长共开展谈心谈话7次 (issue 10: seven records, each the sender's talk with 陈志强): talks counted with no one
  // named are one record whose days (and people) are asked, the count kept (withStatedCount), never N guesses.
  if (!dayed && kinds.every(isTalkType) && !TURNS_TO.test(lead)) return undefined;
  if (!dayed) {
    const told = [lead.replace(COUNT, '').replace(MONTH_WORDS, ''), ...clauses.slice(k + 1)].join('');
    return Array.from({ length: times }, () => told).join('\n');
  }
  const groups: string[][] = [];
  // 每次都是6人参加 after the last instance is every instance's count: taken off here and given to each below.
  const after = clauses.slice(k + 1).map((c) => c.replace(INSTANCE_OPENER, '$1'));
  /** The day a clause opens with: a written one, or a relative one right after an instance opener (一次是今天上午). */
  const openers = clauses.slice(k + 1).map((c, i) => DAY_OPENING.exec(after[i]!)?.[0] ?? (INSTANCE_OPENER.test(c) || relativeItems ? RELATIVE_OPENING.exec(after[i]!)?.[0] : undefined));
  const opening = (c: string) => openers[after.indexOf(c)];
  const each = after.length > 1 ? EACH_COUNT.exec(after.at(-1)!) : null;
  const ownClosing = !each && after.length > 1 && (EACH_OWN.test(after.at(-1)!) || ledClosing) ? after.at(-1)!.replace(/[,;:。!?\s]+$/, '') : undefined;
  /** The groups opening right after a ；: a deed of its own, told after the lead's items. */
  const afterStop = new Set<number>();
  for (const c of each || ownClosing !== undefined ? after.slice(0, -1) : after) {
    if (opening(c) !== undefined) {
      if (groups.length > 0 && /;\s*$/.test(groups.at(-1)!.at(-1)!)) afterStop.add(groups.length);
      groups.push([c]);
    } else if (groups.length > 0) groups.at(-1)!.push(c);
    else return undefined;
  }
  // …先后两次主持召开专题会议，11月4日…，11月25日…；11月27日组织…观看了警示教育片 (round 36b F6's kind): the count is met
  // before the ；, so the day after it is another deed (a shorter span, without it, is read instead).
  if (count !== null && groups.length > times && afterStop.has(times)) return undefined;
  // 11月6日、11月20日各一次 names its days in one clause: read as written already.
  if (groups.length === 0 || groups.some((g) => ANOTHER_DAY.test(g.join('').replace(DAY_OPENING, '')))) return undefined;
  // 10月开展了廉洁文化进机关活动，11月20日组织观看… (round 33a, fault 1b's kind: the October deed lost into November's): a day
  // of another month than the lead's is no instance of it, so the lead is a deed of its own, asked its day.
  const leadMonth = LEAD_MONTH.exec(clauses.slice(0, k + 1).join(''))?.[1];
  if (leadMonth !== undefined && groups.some((g) => { const m = DAY_MONTH.exec(g[0]!)?.[1]; return m !== undefined && Number(m) !== Number(leadMonth); })) return undefined;
  // A day's clauses naming a deed of another kind (…，11月25日观看警示片) tell another deed: not this shape. What a meeting
  // did (传达学习…, 研究部署…) is that meeting, whatever kind its words name.
  const meeting = kinds.some((kind) => MEETING_TYPES.has(kind));
  if (!meeting && groups.some((g) => kindsOf(g.join('')).some((code) => !kinds.some((kind) => kindsRelated(code, kind))))) return undefined;
  const deed = lead.replace(COUNT, '').replace(MONTH_WORDS, '').replace(/[,;:。!?\s]+$/, '').replace(/共(?=开展|主持|召开|组织|进行|讲授|签订)/, '');
  const end = /[。!?]\s*$/.exec(clauses.at(-1)!)?.[0] ?? '';
  const eachCount = each ? `,${each[1]}参加` : ownClosing !== undefined ? `,${ownClosing.trim()}` : '';
  // 先后两次 and one day written: the other is the same deed on a line of its own, its day asked, never the day given.
  const undated = Array.from({ length: totalRead ? 0 : Math.max(0, times - groups.length) }, () => `\n${deed}${end}`);
  // 上周和李娟谈了两次心，一次是周一… (round 49, fwf): a bare weekday is in the lead's week, written on it.
  const week = LEAD_WEEK.exec(lead)?.[1];
  const dated = groups.map((g) => {
    const words = g.join('').replace(/[,;:。!?\s]+$/, '');
    const day = opening(g[0]!)!;
    const rest = words.slice(day.length).replace(/^[\s\u0000,]+/, '');
    const told = week !== undefined && BARE_WEEKDAY.test(day.trim()) ? `${week}${day.trim()}` : day.trim();
    return `${told},${deed}${rest ? `,${rest}` : ''}${eachCount}`;
  });
  const total = totalRead && groups.length < times ? `${clauses.slice(0, k + 1).join('').replace(/[,;:\s]+$/, '')}。` : '';
  return `${total}${dated.join(';')}${end}${undated.join('')}`;
}

/**
 * `text` (normalised) with each line of the shape 「<doer>先后两次<deed>。<day>…，<day>…」 written out as one sentence per
 * day, `;` between: 「11月4日,张伟书记主持召开专题会议,研究部署…;11月25日,张伟书记主持召开专题会议,听取…」. The lead must
 * name a person of the directory and a type; a 11月份 before it is dropped (the days say when). Fewer days than its
 * count (none at all included) leave the other times as the deed on lines of their own, their days asked; more days
 * than its count give one record a day, as written. Unchanged otherwise.
 */
export function withCountedDeedDays(text: string, names: readonly string[]): string {
  return text
    .split('\n')
    .map((line) => {
      // 机关纪委11月监督检查小结：11月上旬分两次开展…，5号查了…，9号查了…；11月20日约谈了… (round 36a-b F6: the lead kept
      // undated and 9号's check folded into it): a heading before the lead and dated deeds of other kinds after its days
      // (parted by ：and ；) are no part of it, so spans of those parts are tried too, the whole line first as before.
      const sentences = line.match(/[^。!?;:]+[。!?;:]*/g) ?? [line];
      // The lead and its days may be one sentence (…两次…，11月6日…) or two (…两次…。11月4日…).
      for (let i = 0; i < sentences.length; i++) {
        for (let j = sentences.length; j > i; j--) {
          // A part of the line is tried only when it holds the lead's days and does not end in a ：heading what follows
          // (王建国副理事长本月督查了两次：10号财务科、18号办公室 is read whole, by dayDepartmentPairs).
          const sentenceEnd = (k: number) => k === 0 || k === sentences.length || /[。!?]\s*$/.test(sentences[k - 1]!);
          // 本月纪检监督情况：开展作风纪律检查2次，其中… (round 60, fbf; t62a F2: the checks asked their type): a heading of no day
          // ending in ：before the lead heads it, as a sentence before it does.
          const headed = (k: number) => k > 0 && /:\s*$/.test(sentences[k - 1]!) && !ANOTHER_DAY.test(sentences[k - 1]!) && !COUNT.test(sentences[k - 1]!);
          if (!((sentenceEnd(i) || headed(i)) && sentenceEnd(j)) && (/:\s*$/.test(sentences[j - 1]!) || !ANOTHER_DAY.test(sentences.slice(i, j).join('')))) continue;
          const out = spelled(sentences.slice(i, j).join(''), names);
          // The sentences after it are no part of the times counted (a day there must not date them): a line of their own.
          // A ；-clause after it has a day of its own and stays on the line, under the heading the line may open with.
          const apart = j < sentences.length ? (/;\s*$/.test(sentences[j - 1]!) ? [';'] : ['\n']) : [];
          // …陈志强副理事长与我廉政谈话。共开展警示教育2次：10月22日… (round 37, t37b F2: 陈志强 made the first film's doer): a
          // lead of no doer after a sentence is the sender's; its days go on a line of their own, where no subject carries.
          const own = i > 0 && !names.some((n) => sentences.slice(i, j).join('').includes(n)) ? ['\n'] : [];
          if (out !== undefined) return [...sentences.slice(0, i), ...own, out, ...apart, ...sentences.slice(j)].join('');
        }
      }
      return line;
    })
    .join('\n');
}
