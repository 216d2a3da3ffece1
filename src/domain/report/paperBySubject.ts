// 宣文部王部长11月24日报送了廉政信息一篇 (round 20 #7: asked whose, though the head is named as the one who sent it).
import type { ActivityTypeCode } from '../activityTypes.js';
import type { Directory } from '../organization.js';
import { ADDRESS_TITLES, surnameOf } from './parseDirectoryIndex.js';
import { belongsTo } from './departmentQualifier.js';

/** Papers a person hands in; the one who opens the clause and hands it in is its doer. */
const PAPERS = new Set<ActivityTypeCode>(['report_info', 'report_self', 'report_duty', 'report_research']);
const HANDED = '(?:报送|上报|提交|递交|上交|交了|报了)';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The one of `unused` (people named by no record) who opens a clause, perhaps after their department, with their name
 * or surname and title, and then hands in the paper (报送/上报/提交…) before any 我: the lone paper record's doer.
 * Undefined when no such one person (the bot then asks whose it is).
 */
export function paperBySubject(text: string, type: ActivityTypeCode | undefined, unused: string[], directory: Directory): string | undefined {
  if (type === undefined || !PAPERS.has(type) || unused.length !== 1) return undefined;
  const person = directory.person(unused[0]!);
  if (!person) return undefined;
  // Only their own department may stand before them: 宣文部周涛部长 names no 周涛 of 组联部 (issue #10), so it is asked.
  const surfaces = directory.org.departments.filter((d) => belongsTo(person, d)).flatMap((d) => [d.name, ...d.aliases]).map(escape).join('|');
  const titles = ADDRESS_TITLES.join('|');
  const name = `(?:${escape(person.name)}|${escape(surnameOf(person.name))}副?(?:${titles}))(?:副?(?:${titles}))?(?:同志)?`;
  const subject = new RegExp(`(?:^|[,，;；。!！?？:：\\s])(?:${surfaces})?${name}[^,，;；。!！?？我]{0,14}?${HANDED}`);
  return subject.test(text) ? person.id : undefined;
}
