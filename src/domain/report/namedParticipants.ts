// 「…周三看了警示片《零容忍》，都是我组织的，刘洋参加」 (t47a F1 remarks: 刘洋 on neither study record, the card silent): the
// people a study or film names as taking part (刘洋参加 · 刘洋、陈静也参加了) are kept in its note, never dropped.
// 陈静 赵磊也在 · 陈静、赵磊都在 · 刘洋也来了 (round 51, fza; t53a F2: 赵磊 lost, 陈静 made the doer) say the same: they were there.
import { namesKey } from './directoryNames.js';

/**
 * `posts` (round 52, fwa; left alone by round 51: 「…分管部门党风廉政建设工作会议，郑华部长、冯雪部长参加」 kept no one): at a
 * meeting, the heads who took part are named with their posts; the post is left out of the note as with 也在.
 *
 * The clause naming who took part (刘洋参加 · 刘洋、陈静一起参加了 · 杨帆同志参加), written as 「刘洋参加」 for the note; undefined when
 * `rest` has no clause of directory names (`names`) and 参加 alone. A clause set apart by a space counts (…警示教育片 王强 李娟
 * 都参加了, round 49 fvd: the names were the film's title).
 */
export function namedParticipants(rest: string, names: readonly string[], posts = false): string | undefined {
  const pattern = clausePattern(names, posts);
  if (pattern === undefined) return undefined;
  const clause = pattern.exec(rest);
  const who = clause?.[1] ?? clause?.[2];
  if (who === undefined) return undefined;
  // 王磊部长和何平主任参加 (round 52, fwbb: the note 「王磊和何平参加」): the names as a list, whatever joined them (、 · 和 · 与 ·
  // 及 · spaces), so a name holding 和 stays whole.
  const said = [...who.matchAll(namesPattern(names))].map((m) => m[0]).filter((n) => n !== '');
  return `${said.length > 0 ? said.join('、') : who.replace(new RegExp(`同志|${POST}`, 'g'), '').replace(/\s+/g, '、')}参加`;
}

/** The directory's names as one global pattern, longest first (built once per set of names, as clausePattern is). */
const namePatterns = new Map<string, RegExp>();
function namesPattern(names: readonly string[]): RegExp {
  const key = namesKey(names);
  const known = namePatterns.get(key);
  if (known !== undefined) return known;
  if (namePatterns.size >= 16) namePatterns.clear();
  const made = new RegExp(names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length).join('|'), 'g');
  namePatterns.set(key, made);
  return made;
}

/**
 * A post a name said to have been there may carry (郑华部长 冯雪部长都在, round 51 fza), left out of the note as 同志 is. Only
 * with 也在/都在/也来了: 「，赵敏书记参加」 stays no note, as before (a leader attending is the card's word, noteFragments).
 */
const POST = '(?:副理事长|理事长|书记|部长|科长|副主任|主任)';

/**
 * The clause's pattern for these names, built once per set of names (issue 14, r47: escaping, sorting and compiling the
 * directory's 1,000 names for every study read was the parser's second largest own cost); undefined for no names. Not
 * global: `exec` keeps no state. Group 1 the names that 参加, group 2 those that were there (也在 · 都在 · 也来了).
 */
const patterns = new Map<string, RegExp | undefined>();
function clausePattern(names: readonly string[], posts: boolean): RegExp | undefined {
  const key = `${posts ? '+' : '-'}${namesKey(names)}`;
  if (patterns.has(key)) return patterns.get(key);
  // A few sets at most (a reloaded config, a day's directory for a leaver): never grows with the messages.
  if (patterns.size >= 16) patterns.clear();
  const name = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length).join('|');
  const titled = posts ? `(?:同志|${POST})?` : '(?:同志)?';
  const took = `((?:${name})${titled}(?:(?:[、和及与]|\\s+)(?:${name})${titled})*)(?:也|一起|一同|都)?(?:参加|参与${posts ? '|出席|列席' : ''})了?`;
  const there = `((?:${name})(?:同志|${POST})?(?:(?:[、和及与]|\\s+)(?:${name})(?:同志|${POST})?)*)(?:也|都|还)(?:在场|在|来了|到了)`;
  const made = name === '' ? undefined : new RegExp(`(?:^|[,，;；。\\s])\\s*(?:${took}|${there})(?=[,，;；。!！]|\\s*$)`);
  patterns.set(key, made);
  return made;
}
