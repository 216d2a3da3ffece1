// 「…周三看了警示片《零容忍》，都是我组织的，刘洋参加」 (t47a F1 remarks: 刘洋 on neither study record, the card silent): the
// people a study or film names as taking part (刘洋参加 · 刘洋、陈静也参加了) are kept in its note, never dropped.
import { namesKey } from './directoryNames.js';

/**
 * The clause naming who took part (刘洋参加 · 刘洋、陈静一起参加了 · 杨帆同志参加), written as 「刘洋参加」 for the note; undefined when
 * `rest` has no clause of directory names (`names`) and 参加 alone. A clause set apart by a space counts (…警示教育片 王强 李娟
 * 都参加了, round 49 fvd: the names were the film's title).
 */
export function namedParticipants(rest: string, names: readonly string[]): string | undefined {
  const pattern = clausePattern(names);
  if (pattern === undefined) return undefined;
  const clause = pattern.exec(rest);
  return clause ? `${clause[1]!.replace(/同志/g, '').replace(/\s+/g, '、')}参加` : undefined;
}

/**
 * The clause's pattern for these names, built once per set of names (issue 14, r47: escaping, sorting and compiling the
 * directory's 1,000 names for every study read was the parser's second largest own cost); undefined for no names. Not
 * global: `exec` keeps no state.
 */
const patterns = new Map<string, RegExp | undefined>();
function clausePattern(names: readonly string[]): RegExp | undefined {
  const key = namesKey(names);
  if (patterns.has(key)) return patterns.get(key);
  // A few sets at most (a reloaded config, a day's directory for a leaver): never grows with the messages.
  if (patterns.size >= 16) patterns.clear();
  const name = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length).join('|');
  const made = name === '' ? undefined : new RegExp(`(?:^|[,，;；。\\s])\\s*((?:${name})(?:同志)?(?:(?:[、和及与]|\\s+)(?:${name})(?:同志)?)*)(?:也|一起|一同|都)?(?:参加|参与)了?(?=[,，;；。!！]|\\s*$)`);
  patterns.set(key, made);
  return made;
}
