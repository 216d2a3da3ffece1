// 王副理市长昨天和孙科长谈话 廉正谈话 (round 57, fea; t59a F6: a talk of 李明, the sender, with 孙丽 on a card): voice input and
// pinyin keyboards write a leader's title with one character of another sound or shape (副理市长 · 副里事长 · 付理事长 · 副理事
// with 长 lost · 书纪 · 部常 · 科常 · 主仼). After a surname of the directory such a slip is that title, so 王副理市长 is read as
// 王副理事长 is (王建国, the one 王 who is a 副理事长; a surname that more or no people of that title have is asked, as the
// title written right is). A slip not after a surname (理市长 in a unit's name, 书纪 alone) stays as written.
import type { Directory } from '../organization.js';
import { oncePer } from './oncePer.js';

/** [slip, title]: each slip of one character of a title, the title it stands for. Longest first (副理市长 before 理市长). */
const SLIPS: ReadonlyArray<[string, string]> = [
  ['副理市长', '副理事长'], ['副里事长', '副理事长'], ['副理是长', '副理事长'], ['副理式长', '副理事长'], ['付理事长', '副理事长'],
  ['副理仕长', '副理事长'], ['副李事长', '副理事长'],
  ['理市长', '理事长'], ['里事长', '理事长'], ['理是长', '理事长'],
  ['付书记', '副书记'], ['付部长', '副部长'], ['付科长', '副科长'], ['付主任', '副主任'],
  ['书纪', '书记'], ['书计', '书记'], ['部常', '部长'], ['科常', '科长'], ['主仼', '主任'], ['主认', '主任'],
];

/** The directory's surnames and full names, one alternation (longest first), built once per directory. */
const namedOf = oncePer((directory: Directory): string => {
  const names = directory.org.people.map((p) => p.name);
  const surnames = [...new Set(names.map((n) => n[0]!))];
  return [...names, ...surnames].sort((a, b) => b.length - a.length).join('|');
});

/**
 * `text` with each title slip (SLIPS) written after a directory surname or name set right: 王副理市长 → 王副理事长, 张书纪 →
 * 张书记, 周部常 → 周部长; 副理事 with 长 lost (王副理事昨天…) → 副理事长 (not before 长/長: 副理事長 is traditional, and right).
 * `text` itself when none is found.
 */
export function withTitleSlip(text: string, directory: Directory): string {
  if (!/[副付理里李书部科主]/.test(text)) return text;
  const named = namedOf(directory);
  let out = text;
  for (const [slip, title] of SLIPS) {
    if (!out.includes(slip)) continue;
    out = out.replace(new RegExp(`(?<=(?:^|[^\\u4e00-\\u9fa5]|[们的和与跟同及、对找让由请给是天日号午上晚])(?:${named}))${slip}`, 'g'), title);
  }
  // 王副理事昨天… : 长 dropped by voice input; only after a surname or name, never 副理事长/副理事長 itself.
  return out.replace(new RegExp(`(?<=(?:^|[^\\u4e00-\\u9fa5]|[们的和与跟同及、对找让由请给是天日号午上晚])(?:${named}))副理事(?![长長会])`, 'g'), '副理事长');
}
