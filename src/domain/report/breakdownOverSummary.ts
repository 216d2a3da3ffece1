// 张伟书记先后与王建国、刘芳、陈志强、赵敏逐一开展廉政谈话，其中11月16日与王建国、刘芳，11月18日与陈志强、赵敏 (round 33a,
// A08/P4): the 其中 breakdown splits the same talks by day. Read as it stood, the summary's people all took the first day
// too, and 陈志强 and 赵敏 got a second talk on 11-16 that never happened. The breakdown replaces the summary; the same
// for signings and for checks of departments (先后对组联部、康复部、财务科开展了作风检查，其中11月10日对…).
import { parseCounterparts } from './parseCounterparts.js';
import { chineseNumber } from './chineseNumber.js';
import type { PassEnv } from './textPass.js';
import { VAGUE_SPAN } from './vagueSpan.js';

/** 先后 · 分别 · 逐一 · 一一 · 陆续: the summary's items are done one by one, each on its own day. */
const ONE_BY_ONE = '(?:先后|分别|逐一|一一|陆续)';

/** Where a deed starts after the summary's list: its verb (开展了…, 签订了…, 检查…) or the talk itself (谈心谈话). */
const DEED_START = '(?:开展|进行|举行|组织|签订|签署|检查|督查|抽查|巡查|暗访|廉政谈话|谈心谈话|提醒谈话|谈话|谈心)';

/** The kinds a breakdown by day may split: talks, signings, checks. Anything else is left to the readers after. */
const DEED_KIND = /谈话|谈心|签订|签署|责任书|承诺书|检查|督查|抽查|巡查|暗访/;

/** The word opening a breakdown of the summary just said: 其中 · 具体为 · 具体是 (a colon may follow). */
const BREAKDOWN = '(?:其中|具体为|具体是|具体来说|具体)';

/**
 * The summary then its breakdown, in one sentence read after normalizeText (ASCII comma and colon): the lead (who, maybe
 * a span word and one comma: 11月中旬以来,张伟书记), maybe 先后, the place word (与/和/跟/同 a person, 对/到/赴 a place),
 * the list, maybe 逐一, the deed, a comma, 其中 and the items.
 */
const SUMMARY = new RegExp(
  `^((?:[^,:;。!?]{0,14},)?[^,:;。!?]{0,16}?)${ONE_BY_ONE}?(与|和|跟|同|对|到|赴)([^,:;。!?]{2,40}?)${ONE_BY_ONE}?(${DEED_START}[^,:;。!?、]{0,16}?)\\s*,\\s*${BREAKDOWN}\\s*[,:]?\\s*`,
);

/** The comma, 其中 and what follows it at the end of the summary's match: cut to leave the summary alone. */
const BREAKDOWN_TAIL = new RegExp(`\\s*,\\s*${BREAKDOWN}\\s*[,:]?\\s*$`);

/** 与王建国重点谈了… · 和李明主要谈到…: what the talk with one of the summary's people was about. */
const ABOUT_ONE = /^\s*(?:与|和|跟|同)([^:,;。!?]{1,20}?)(?:重点|主要|着重|专门|还)?(?:谈了|谈到|谈及|交流了|就)/;

/** A kind named outright (廉政谈话, 签订, 检查): a 其中 clause naming one tells of another deed, not what a talk was about. */
const DEED_KIND_NAMED = /廉政谈话|谈心谈话|提醒谈话|诫勉|签订|签署|检查|督查|抽查|巡查|暗访/;

/** A day written anywhere in the breakdown. */
const DAY = /\d{1,2}[日号]|[今昨前]天|周[一二三四五六日天]/;

/** One item of the breakdown: its own day, maybe 分别, the place word and whom (the deed may be said again after). */
const ITEM = /^\s*((?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号]|(?:本周|上周)?周[一二三四五六日天])(?:上午|下午|晚上)?\s*,?\s*(?:分别|先后)?(与|和|跟|同|对|到|赴|找)([^:,;。!?]{1,30})$/;

/** The deed said again after an item's people (与王强谈心谈话 · 对财务科开展了检查): cut off, the summary's deed is used. */
const DEED_AGAIN = new RegExp(`${ONE_BY_ONE}?(?:${DEED_START}|廉政|廉洁|集体|任前|提醒|谈)[\\s\\S]*$`);

/** A day word in the lead (11月3日 · 昨天 · 周三): the summary is a deed of its own day, not a summary over the breakdown. */
const OWN_DAY = /\d{1,2}[日号]|[今昨前]天|周[一二三四五六日天]|上午|下午/;

/**
 * A span word opening the lead (本月 · 11月中旬以来 · 近期, · 全年 · 2026年 · 一年来): said over the items, each of which has its own
 * day, so dropped. 全年 and a year are a year-end account's (round 41, t41a F5: 「全年3月12日与李明…」 was left as the lead).
 */
const SPAN = new RegExp(`^(?:${VAGUE_SPAN}|全年|(?:\\d{4}年(?:度|以来)?|一年来))\\s*,?\\s*`);

/**
 * 4次 · 4人次 · 共4次 closing the summary's deed (开展廉政谈话4次,其中…): the count of the whole summary, which its items
 * spell one by one. Copied onto each item it made every item four talks (round 41, t41a F5: four items read as six talks
 * on one day, two of the days lost).
 */
const SUMMARY_COUNT = /\s*(?:共|合计|累计)?\s*([\d一二两三四五六七八九十]+)\s*(?:次|人次|场|轮)$/;

/** 四位班子成员 · 3名干部 · 三个部室 after the names: how many the list named, not more people. */
const HOW_MANY = /[\d一二两三四五六七八九十]+\s*(?:位|名|个)[^、]{0,8}$/;

/**
 * `text` with each summary followed by its day-by-day breakdown (X先后与A、B、C进行了谈心谈话，其中D1与A、B，D2与C) written as
 * the breakdown's items alone (XD1与A、B进行了谈心谈话,D2与C进行了谈心谈话): the summary names the same deeds, never one
 * more on the first day. People or departments of the summary the breakdown leaves out keep the summary's deed without a
 * day of their own, on a line of their own under 近期, so their day is asked; one the breakdown names that the summary did
 * not is read as the breakdown says (the summary may be short of one), and parseReport names them on the card
 * (namedOnlyInBreakdown). A lead with a day of its
 * own (11月3日先后与…), an item without its own day and partner, or a deed other than a talk, signing or check is left as
 * it is. Reads the text after normalizeText; `env` gives the directory the lists are read against, the sender and today.
 */
export function withBreakdownOverSummary(text: string, env: PassEnv): string {
  if (!/其中|具体/.test(text)) return text;
  return text
    .split(/(?<=[。!?\n])/)
    .map((full) => {
      // 本月谈话情况：11月上旬先后与…，其中… (round 40, t40a F11: the breakdown's people talked to twice): a heading before
      // the summary stays; the summary after it is read as one standing alone.
      const heading = /^[^,:;。!?\n]{1,20}:\s*/.exec(full)?.[0] ?? '';
      const prefix = heading !== '' && !SUMMARY.test(full) && SUMMARY.test(full.slice(heading.length)) ? heading : '';
      const sentence = full.slice(prefix.length);
      const head = SUMMARY.exec(sentence);
      if (!head) return full;
      const [whole, lead, place, list, deed] = head;
      if (!DEED_KIND.test(deed!)) return full;
      const end = /[。!?\n]*$/.exec(sentence)!;
      const body = sentence.slice(whole.length, end.index);
      // 其中与王建国重点谈了分管领域的廉政风险: what one of those talks was about, never a talk of its own.
      const about = ABOUT_ONE.exec(body);
      if (about && !DAY.test(body) && !DEED_KIND_NAMED.test(body)) {
        const said = membersOf(about[1]!, env);
        const all = membersOf(list!, env);
        if (said.length > 0 && said.every((m) => all.includes(m))) return `${prefix}${whole.replace(BREAKDOWN_TAIL, '')}${end[0]}`;
      }
      const items = datedItems(lead!, body);
      if (items === undefined) return full;
      const deedWord = deed!.replace(new RegExp(`^${ONE_BY_ONE}`), '').replace(SUMMARY_COUNT, '');
      const who = lead!.replace(SPAN, '').replace(new RegExp(`${ONE_BY_ONE}$`), '');
      // 党组成员与分管部室负责人开展了廉政谈话，其中11月10日与李明，… (issue 10, cc4): the leaders as a group hold the items
      // each with their own heads (groupOverDayList); spelled here, the group stood before a day and the sender held them all.
      if (/班子成员|党组成员/.test(who) && !env.names.some((n) => who.includes(n))) return full;
      const spelled = items.map((m) => `${m[1]}${m[2]}${m[3]!.replace(DEED_AGAIN, '').trim()}${deedWord}`);
      const said = items.map((m) => m[3]!).join('、');
      const left = membersOf(list!, env).filter((m) => !membersOf(said, env).includes(m));
      const out = `${who}${spelled.join(',')}`;
      if (left.length === 0) return `${prefix}${out}${end[0]}`;
      // Those the breakdown leaves out: the summary's deed on a line of its own after the items, under 近期 (some day not
      // said), so their day is asked. On the items' line a clause of the same kind would take the opening item's day, and
      // before the items a span word would head them (a dayless check was lost so).
      return `${prefix}${out}。\n近期,${who}${place}${left.join('、')}${deedWord}${end[0] || '。'}`;
    })
    .join('');
}

/**
 * The names of the people or departments `words` names, as the report reads them for the sender: names written out are
 * taken as written (四位班子成员 after them only counts them); a group word alone (分管部门负责人) is expanded.
 */
function membersOf(words: string, env: PassEnv): string[] {
  const now = new Date(`${env.today}T12:00:00+08:00`);
  const read = parseCounterparts(words.replace(HOW_MANY, ''), { now, directory: env.directory, senderId: env.senderId, mentions: [] });
  return read.counterparts.map((c) =>
    c.departmentId !== undefined ? (env.directory.department(c.departmentId)?.name ?? '') : (env.directory.person(c.id)?.name ?? ''),
  ).filter((n) => n !== '');
}

/** The breakdown's items, each with its own day and partner, or undefined when the lead has a day of its own or a part is no such item. */
function datedItems(lead: string, body: string): RegExpExecArray[] | undefined {
  if (OWN_DAY.test(lead)) return undefined;
  const items = body.split(/[,;]/).map((p) => ITEM.exec(p));
  return items.every((m) => m !== null) ? (items as RegExpExecArray[]) : undefined;
}

/**
 * Each sentence of `text` (read after normalizeText) that withBreakdownOverSummary rewrites: the summary's match (`head`:
 * 1 the lead, 3 the list, 4 the deed) and its dated items. `pastHeading`: a heading before the summary (本月谈话情况：) is
 * read past, as withBreakdownOverSummary does.
 */
function* summariesWithItems(text: string, pastHeading: boolean): Generator<{ head: RegExpExecArray; items: RegExpExecArray[] }> {
  for (const full of text.split(/(?<=[。!?\n])/)) {
    const heading = pastHeading ? (/^[^,:;。!?\n]{1,20}:\s*/.exec(full)?.[0] ?? '') : '';
    const sentence = heading !== '' && !SUMMARY.test(full) ? full.slice(heading.length) : full;
    const head = SUMMARY.exec(sentence);
    if (!head || !DEED_KIND.test(head[4]!)) continue;
    const end = /[。!?\n]*$/.exec(sentence)!;
    const items = datedItems(head[1]!, sentence.slice(head[0].length, end.index));
    if (items !== undefined) yield { head, items };
  }
}

/**
 * The people or departments a 其中 breakdown by day names that its summary did not (先后与李明、孙丽…，其中11月5日与李明、
 * 孙丽、王强 → 王强), over every sentence of `text` (read after normalizeText) that withBreakdownOverSummary rewrites. The
 * breakdown is read as it says; the reader notes these on the card, since the summary may be short of one or the
 * breakdown may have a slip.
 */
export function namedOnlyInBreakdown(text: string, env: PassEnv): string[] {
  if (!/其中|具体/.test(text)) return [];
  const beyond: string[] = [];
  for (const { head, items } of summariesWithItems(text, false)) {
    const summary = membersOf(head[3]!, env);
    if (summary.length === 0) continue;
    const said = membersOf(items.map((m) => m[3]!.replace(DEED_AGAIN, '')).join('、'), env);
    beyond.push(...said.filter((m) => !summary.includes(m) && !beyond.includes(m)));
  }
  return beyond;
}

/**
 * The summaries whose own count (开展廉政谈话3次 · 3人次) is short of the deeds their 其中 breakdown spells, over every
 * sentence of `text` (read after normalizeText) that withBreakdownOverSummary rewrites: `said` the summary's count,
 * `spelled` the deeds the items make (one per partner). The items are recorded as written; the reader names the
 * difference on the card, for the member to check which one has the slip (round 41, t41a F5). A count beyond the items
 * is statedCount's: the rest are asked.
 */
export function summaryCountsBeyondItems(text: string, env: PassEnv): { said: number; spelled: number }[] {
  if (!/其中|具体/.test(text)) return [];
  const found: { said: number; spelled: number }[] = [];
  for (const { head, items } of summariesWithItems(text, true)) {
    const count = SUMMARY_COUNT.exec(head[4]!);
    if (!count) continue;
    const said = /^\d+$/.test(count[1]!) ? Number(count[1]) : chineseNumber(count[1]!);
    if (said === undefined) continue;
    const spelled = items.reduce((n, m) => n + Math.max(1, membersOf(m[3]!.replace(DEED_AGAIN, ''), env).length), 0);
    if (spelled > said) found.push({ said, spelled });
  }
  return found;
}
