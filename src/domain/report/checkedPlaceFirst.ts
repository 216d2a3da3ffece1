// 「检查了财务科的考勤」 · 「查了组联部和财务科的考勤」: the department between the check verb and what was checked is the place.
import type { Directory } from '../organization.js';
import { directoryIndex } from './parseDirectoryIndex.js';
import { oncePer } from './oncePer.js';

/** What a check looks at, right after the department (考勤, 上班纪律, 公车使用情况…). */
const OBJECT = '(?:考勤|在岗|到岗|上班纪律|工作纪律|劳动纪律|作风|公车|公务用车|公务接待|值班|办公用房|八项规定|四风)';
const VERB = '(?:检查|督查|抽查|巡查|暗访|(?<![调审排核到对去])查)(?:了|过)?';

/** VERB, then one or more departments (、/和/及 between), maybe 的, then OBJECT; and VERB + department with no OBJECT. */
const patterns = oncePer((directory: Directory): { spanned: RegExp; bare: RegExp } => {
  const index = directoryIndex(directory);
  const names = [...index.departmentBySurface.keys()].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|') || '(?!)';
  const places = `((?:${names})(?:[、和及与](?:${names}))*)`;
  return { spanned: new RegExp(`(${VERB})${places}(的)?(?=${OBJECT})`, 'g'), bare: new RegExp(`${VERB}${places}(?![、和及与]|的?${OBJECT})`) };
});

/**
 * `text` with 「查了X的考勤」 written 「到X查了考勤」 (e24, issue 10): the kind's words (查了…考勤) spanned the department and
 * hid it, so the check was recorded with no place (「上周二和周四分别查了组联部和财务科的考勤」 lost both departments).
 */
export function withCheckedPlaceFirst(text: string, directory: Directory): string {
  const { spanned, bare } = patterns(directory);
  // 11月6日抽查了康复部考勤，11月13日抽查了维权部: clauses of one shape take the kind said once (kindSaidOnce); kept so.
  if (bare.test(text)) return text;
  return text.replace(spanned, (_all, verb: string, places: string) => `到${places}${verb}`);
}
