// 「王磊和杨帆是今天上午谈的，不是昨天」 typed on a waiting card (round 62, gbc; t64a G4: read as a new report, 王磊 the doer of a
// talk with 杨帆, its kind asked beside the card). Several people of the card, and the day their records really were on.
import { withDate, type PendingItem } from './followUp.js';
import { parseDay } from './parseDay.js';

/** What the reader needs: today (YYYY-MM-DD, Shanghai), and the people a run of names says. */
export interface PeopleOwnDayContext {
  today: string;
  /** Everyone a run of names says (王磊和杨帆 · 王磊、杨帆), in order; undefined when any word names no one. */
  peopleIn(words: string): string[] | undefined;
  personName(id: string): string;
}

/** The card's records with the change made, and the change in a few words. */
export interface PeopleOwnDay {
  items: PendingItem[];
  what: string;
}

/** 谈的 · 签的 · 谈话的 · 进行的 · 的: the deed's verb after the day. */
const VERB = '(?:谈的|谈话的|签的|签订的|进行的|开展的|的)?';
/** 两人 · 她们 · 那两条 · 的: words between the people and the day. */
const BETWEEN = '(?:同志)?(?:两人|两个人|二人|三人|几个人?|他们|她们|他俩|她俩)?(?:的|那两条|那几条|那条|那两次|那次|这两条|这两个)?(?:都|也|其实|实际上?)?';
/** 王磊和杨帆是今天上午谈的(，)不是昨天 · 王磊、杨帆改成12月5日 · 王磊杨帆应该是上周三的: the people (1), the day (2), a denial. */
const PEOPLE_DAY = new RegExp(`^(?:和|与|跟)?(.{2,24}?)${BETWEEN}(?:应该是|应该在|应为|改为|改成|改到|是在|是|在)(.{1,14}?)${VERB}(?:(?:而|并)?不是.{1,10}?${VERB})?$`);
/** 王磊和杨帆不是昨天是今天 · 王磊和杨帆不是昨天，是今天上午谈的: the denial first; the people (1), the day (2). */
const PEOPLE_NOT_DAY = new RegExp(`^(?:和|与|跟)?(.{2,24}?)${BETWEEN}不是.{1,10}?${VERB}(?:而|应该)?是(.{1,14}?)${VERB}$`);

/** A day said alone (今天上午 · 12月5日 · 上周三) against `today`, or undefined when the words hold more than a day. */
function dayOnly(words: string, today: string): string | undefined {
  const read = parseDay(words, today);
  return read.date !== undefined && read.rest.replace(/[\s\u0000]/g, '') === '' ? read.date : undefined;
}

/**
 * Reads `clause` (one clause of a card edit, or two joined, normalised and numerals arabic) as the day of the named people's
 * records and applies it to `items`: each record that has one of them as its doer or a person talked to takes the day.
 * Undefined when the words are no such change, a name is no one's, someone named is on no record of the card, or every record
 * would change (then it is the card's own day, cardCorrections' to read).
 */
export function peopleOwnDay(clause: string, items: readonly PendingItem[], ctx: PeopleOwnDayContext): PeopleOwnDay | undefined {
  const t = clause.replace(/[,，\s]+/g, '');
  const m = PEOPLE_NOT_DAY.exec(t) ?? PEOPLE_DAY.exec(t);
  if (!m) return undefined;
  const day = dayOnly(m[2]!, ctx.today);
  const people = day !== undefined ? ctx.peopleIn(m[1]!) : undefined;
  if (day === undefined || people === undefined || people.length === 0) return undefined;
  const on = (i: PendingItem, id: string) => i.draft.actorId === id || i.draft.counterpartIds.includes(id);
  if (people.some((id) => !items.some((i) => on(i, id)))) return undefined;
  const at = items.flatMap((i, n) => (people.some((id) => on(i, id)) ? [n] : []));
  if (at.length === items.length && items.length > 1 && people.length < 2) return undefined;
  const next = items.map((i, n) => (at.includes(n) ? { ...i, draft: withDate(i.draft, day, ctx.today), problems: i.problems.filter((p) => p.code !== 'missing_date') } : i));
  return { items: next, what: `和${people.map((id) => ctx.personName(id)).join('、')}的日期改为${day}` };
}
