// 「本月我和陈志强分别与分管部门负责人进行了廉政谈话：11月10日与周涛，11月17日与吴静」 (round 33a, from 王建国): the group
// after several doers is the list that follows it, and each talk of the list is held by one of the doers. Read as it stood,
// 陈志强 became one talked to, or each doer was given the whole group. Which doer held which talk is not written: the
// directory tells it when exactly one of them supervises that person's department; otherwise it is asked between the two.
import type { Directory } from '../organization.js';
import { PLACEHOLDER_LEADER } from './placeholderLeaderAsked.js';
import type { PassEnv } from './textPass.js';
import { VAGUE_SPAN } from './vagueSpan.js';

/** The span word a heading's lead may open with (本月, 近期): each item has its own day, or the span is asked. */
const SPAN = new RegExp(`^${VAGUE_SPAN}\\s*`);

/** Doers of a heading, two or more: the sender (我/本人) and the people named before the group's own partner word. */
export interface HeadingDoers {
  /** Directory ids, in the order written (at least two). */
  ids: string[];
  /** The heading's span word (本月…), kept for items written without a day of their own. */
  span: string;
  directory: Directory;
}

/**
 * The leaders as a group standing alone before the partner word (maybe after a span word, with 分别/各自/先后 after):
 * 班子成员 · 各位班子成员 · 党组成员 · 领导班子成员. Names after it (班子成员王建国、刘芳) are read as names instead.
 */
const LEADERS_GROUP = /^(?:本月|本周|上周|上月|近期|近日|这个月|这周|今年|本季度|\d{1,2}月(?:份)?)?(?:以来|中旬|上旬|下旬)?\s*(?:各位|全体|各)?(?:党组|领导)?(?:班子成员|党组成员)(?:们)?(?:分别|各自|先后|逐一|一一)?$/;

/** Before the group: 「我和X分别与」 · 「X、Y分别与」 · 「X和Y分别同」… — the words up to the last partner word. */
const PARTNER_LAST = /^(.*)(?:与|跟|同|和)(?=[^与跟同和]*$)/;

/**
 * The two doers of a group heading whose lead and group (as groupOverDayList's HEADING splits them: 「本月我」 and
 * 「陈志强分别与分管部门负责人」, or 「本月王建国、陈志强分别」 and 「分管部门负责人」) name two or more people before the
 * group's partner word (张伟书记、王建国副理事长、刘芳副理事长分别与…: three, issue 10), with 分别/各自 said or the group their
 * 分管 heads; or every leader of the directory for the leaders as a group (班子成员/党组成员, 分别 said or not: cc4).
 * Undefined for one doer, or named doers with neither 分别 nor 分管 (a joint talk is no list of each's).
 */
export function doersBefore(lead: string, group: string, env: PassEnv): HeadingDoers | undefined {
  const whole = `${lead}与${group}`;
  const before = PARTNER_LAST.exec(whole)?.[1];
  if (before === undefined) return undefined;
  // 班子成员与分管科室负责人开展了廉政谈话：11月10日与李明，… (issue 10, cc4): the leaders as a group are each a doer, 分别 said
  // or not — read as one doer, every leader was given each listed head, or the sender held them all.
  if (LEADERS_GROUP.test(before)) {
    const ids = env.directory.withRole('leader').map((p) => p.id);
    return ids.length >= 2 ? { ids, span: SPAN.exec(lead)?.[0]?.trim() ?? '', directory: env.directory } : undefined;
  }
  // Without 分别 two doers may have held one talk together; not with 分管 heads, each doer's own (王建国、刘芳与分管科室负责人…).
  if (!/分别|各自|分管/.test(whole)) return undefined;
  const named = env.names.map((n) => ({ n, at: before.indexOf(n) })).filter((x) => x.at >= 0);
  const self = /(?:^|[^自])(?:我|本人)/.exec(before);
  const found = [...named.map((x) => ({ at: x.at, id: env.directory.org.people.find((p) => p.name === x.n)!.id })), ...(self ? [{ at: self.index, id: env.senderId }] : [])];
  const ids = [...new Set(found.sort((a, b) => a.at - b.at).map((x) => x.id))];
  if (ids.length < 2) return undefined;
  return { ids, span: SPAN.exec(lead)?.[0]?.trim() ?? '', directory: env.directory };
}

/** The deed said again at an item's end: 进行了廉政谈话, 签订了责任书, 谈心谈话. */
const DEED_AGAIN = /(?:(?:进行|开展|签订|举行)了?[\u4e00-\u9fa5]{0,12}?(?:谈话|谈心|责任书|承诺书)|(?:廉政|谈心|提醒|集体)?谈话|谈心)$/;

/** One item of the list: maybe its own day, then 与/和/跟/同/找 and one person (or the person alone). */
const ITEM = /^\s*((?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号]|(?:本周|上周)?周[一二三四五六日天](?:上午|下午)?)?\s*(?:[,，]\s*)?(?:分别)?(?:与|和|跟|同|找)?([\u4e00-\u9fa5]{2,4}?)(?:同志|部长|科长|主任)?\s*$/;

/** An item naming its doer: its day, the doer's name (maybe with a title), then the partner word and the rest. */
const OWN_DOER = /^((?:\d{4}年)?\d{1,2}月\d{1,2}[日号]\s*,?|\d{1,2}[日号]\s*,?)?\s*([\u4e00-\u9fa5]{2,3}?)(?:同志|书记|副理事长|理事长|部长|科长|主任)?((?:与|和|跟|同|找)[\u4e00-\u9fa5]{2,8})$/;

/** 李明（11月3日）: the person, then their day in brackets. */
const DAY_AFTER = /^(?:与|和|跟|同)?([\u4e00-\u9fa5]{2,4}?)(?:同志|部长|科长|主任)?\s*[(（]\s*((?:\d{1,2}月)?\d{1,2}[日号])\s*[)）]$/;

/** 王建国11月10日与李明: the doer, then the day, then the partner word. */
const DOER_FIRST = /^([\u4e00-\u9fa5]{2,3}?)(?:同志|书记|副理事长|理事长)?((?:\d{4}年)?\d{1,2}月\d{1,2}[日号])\s*((?:与|和|跟|同|找)[\u4e00-\u9fa5]{2,8})$/;

/**
 * An item in the order the list reader takes (day, maybe doer, partner word, person): 李明（11月3日） as 11月3日与李明, and
 * 王建国11月10日与李明 as 11月10日王建国与李明 (issue 10, cc4: read as written, every leader signed with every person, or
 * the second doer was taken for one talked to). Any other item is returned as it is.
 */
function reordered(item: string): string {
  const after = DAY_AFTER.exec(item);
  if (after) return `${after[2]}与${after[1]}`;
  const first = DOER_FIRST.exec(item);
  return first ? `${first[2]}${first[1]}${first[3]}` : item;
}

/**
 * The list `body` (after the heading's colon) written as one sentence per talk, 「D<doer>与A进行了<deed>」: the doer is the
 * one of `doers` who supervises A's department, or 「X或Y」 (asked, see eitherDoer) when two doers are left to choose
 * from (two written and neither or both supervise A, or two of several do), or 「某领导」 (asked whose) when of three or
 * more doers none or more than two supervise A. Items without a day of their own take the heading's span word (so it is
 * asked). Undefined when an item is no day and one person of the directory, or the list has fewer than two items. `end`
 * is the sentence's closing mark.
 */
export function byEachDoer(doers: HeadingDoers, body: string, deed: string, end: string): string | undefined {
  const { directory } = doers;
  const parts = body.split(/[,;、]/).filter((p) => p.trim() !== '');
  if (parts.length < 2) return undefined;
  const nameOf = (id: string) => directory.person(id)?.name ?? id;
  const signing = deed.startsWith('签订');
  const deedWord = signing ? deed.replace(/^签订了?/, '签订了') : `进行了${deed}`;
  const items: string[] = [];
  for (const part of parts) {
    // 11月17日与何平签订了责任书: the deed said again (or written back by withElidedDeed) is no part of the name.
    let trimmed = reordered(part.trim().replace(DEED_AGAIN, ''));
    // 11月10日王建国与李明 (issue 10, cc4): an item naming its own doer keeps them, whoever supervises whom — read without,
    // the doer was taken for one more person talked to.
    const own = OWN_DOER.exec(trimmed);
    const ownDoer = own ? directory.org.people.find((p) => p.name === own[2]) : undefined;
    if (own && ownDoer) trimmed = `${own[1] ?? ''}${own[3]}`;
    const m = ITEM.exec(trimmed);
    const person = m ? directory.org.people.find((p) => p.name === m[2]) : undefined;
    if (!m || !person) return undefined;
    const dept = person.departmentId ? directory.department(person.departmentId) : undefined;
    const holders = doers.ids.filter((id) => dept?.supervisorId === id);
    const between = holders.length === 2 ? holders : doers.ids.length === 2 ? doers.ids : undefined;
    // Of three or more doers, none (or more than two) supervises that person: which one held it is not ours to pick, and
    // eitherDoer asks between two only; 「某领导」 is read as a doer unknown, so whose it was is asked.
    const doer = ownDoer ? ownDoer.name : holders.length === 1 ? nameOf(holders[0]!) : between ? between.map(nameOf).join('或') : PLACEHOLDER_LEADER;
    items.push(`${m[1] ?? doers.span}${doer}与${person.name}${deedWord}`);
  }
  return `${items.join('。')}${end || '。'}`;
}
