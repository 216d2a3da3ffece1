// The one question for every dateless item of a message that said only its month (round 69, gic; t71c: 王芳's 11月份小结 of four
// talks and a 警示教育 was asked five times, one item at a time): the items numbered as the card numbers them, one answer for all.
import { activityTypeName } from '../domain/activityTypes.js';
import type { PendingItem } from '../domain/report/followUp.js';
import { itemNumber } from '../domain/report/datelessListed.js';
import type { BotDeps } from './botDeps.js';

/** 2026-11-23 → 11月23日. */
const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/**
 * 「王建国与李明的谈心谈话」 · 「您的警示教育（32人参加）」 · 「警示教育（32人参加）」 (whose still asked): one listed item by its doer, its people, its kind and what is known
 * of a study (title, head count). `senderId` is the member asked: a record of no other doer is theirs (您的).
 */
export function listedItemName(deps: BotDeps, item: PendingItem, senderId?: string): string {
  const doer = item.draft.actorId !== undefined && item.draft.actorId !== senderId ? deps.directory.person(item.draft.actorId)?.name : undefined;
  const people = item.draft.counterpartIds.map((id) => deps.directory.person(id)?.name ?? '').filter((n) => n !== '');
  const kind = item.draft.type ? activityTypeName(item.draft.type) : '活动';
  const known = [item.draft.title ? `《${item.draft.title}》` : '', item.draft.attendees !== undefined ? `${item.draft.attendees}人参加` : ''].filter((k) => k !== '');
  // Whose it is still to be asked (round 69, gia's organiser question): neither 您的 nor a head's name, only the deed.
  const asked = doer === undefined && item.problems.some((p) => p.code === 'missing_actor' || p.code === 'ambiguous_actor');
  const whose = asked ? '' : (doer ?? (people.length > 0 ? '您' : '您的'));
  const withWhom = people.length > 0 ? `与${people.join('、')}的` : '';
  const lead = whose === '您的' ? whose : whose === '' ? withWhom : `${whose}${withWhom || '的'}`;
  return `${lead}${kind}${known.length > 0 ? `（${known.join('，')}）` : ''}`;
}

/**
 * 「消息说的是11月（11月1日—11月30日），这 4 项还没有具体日期：1. … 2. …请一次回复每项的日期…」: the question over `listed`
 * (indexes into `items`, from datelessListed), each item under the number 第N条 the card shows, with an example answer made
 * of those numbers and a day inside the span.
 */
export function listedDaysQuestion(deps: BotDeps, items: readonly PendingItem[], listed: readonly number[], span: { said: string; from: string; to: string }, senderId?: string): string {
  const lines = listed.map((i) => `${itemNumber(items, i)}. ${listedItemName(deps, items[i]!, senderId)}`);
  const numbers = listed.map((i) => itemNumber(items, i));
  const day = (k: number) => monthDay(`${span.from.slice(0, 8)}${String(Math.min(Number(span.to.slice(8, 10)), 10 + 5 * k)).padStart(2, '0')}`);
  const example =
    numbers.length > 2
      ? `${numbers.slice(0, -1).join('、')}是${day(0)}，${numbers.at(-1)}是${day(1)}`
      : `${numbers[0]}是${day(0)}，${numbers[1]}是${day(1)}`;
  return (
    `消息说的是${span.said}（${monthDay(span.from)}—${monthDay(span.to)}），这 ${listed.length} 项还没有具体日期：\n${lines.join('\n')}\n` +
    `请一次回复每项的日期，如「${example}」；都是同一天的回复「都是${day(0)}」，也可以按顺序列出每一项的日期。`
  );
}
