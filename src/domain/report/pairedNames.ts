// 11.27 王建国 李明 谈心谈话 · 11月20日王建国、李明廉政谈话 (round 29b, K4): a clerk's telegraphic line names the two who
// talked or signed side by side, with no 和/与. The card showed two talks of the clerk's own, one with the leader; the
// pair is the superior's talk with the one below (as 王建国与李明 reads), and a pair of peers is left as it was.
import type { Directory } from '../organization.js';
import { guardedAlternation } from './guardedAlternation.js';
import { findKinds } from './parseKind.js';
import { oncePer } from './oncePer.js';

/** A title after a name (王建国副理事长, 李明主任). */
const TITLE = '(?:同志|书记|副?理事长|副?主任|副?部长|副?科长)?';

/** Words that already say who was with whom, or that the two are a list of counterparts. */
const JOINED = /和|与|跟|同|找|对|给|为|分别|逐一|各自|我|参加|出席|列席|陪同/;

/** A row's kind cell ending right before the pair, parted from it by spaces: …廉政谈话 · …谈心谈话 · …签订责任书 . */
const KIND_CELL_BEFORE = /(?:谈话|谈心|签订[\u4e00-\u9fa5]{0,10}?(?:责任书|承诺书)|签责)\s+$/;

/** A table's header, a tab, or a numbered row of space-parted cells. */
const TABLE = /\t|序号|谈话人|谈话对象|(?:^|\n)\s*\d{1,3}\s+\S+\s+\S+/;

/** A day cell opening a row: 11月3日 · 11.3 · 2026-11-03. */
const ROW_DAY = /^\s*(?:\d{4}[.\-/年])?\d{1,2}[.\-/月]\d{1,2}[日号]?\t/;

/**
 * Rows pasted from Excel with no header, each opening with its day (11月3日⇥王建国⇥李明⇥廉政谈话, round 46, frh: the clerk was
 * made the talker with both): every line with a tab opens with a day, so no header names the columns and the row reads
 * as the same row parted by spaces does.
 */
function headerlessDayRows(text: string): boolean {
  const rows = text.split('\n').filter((l) => l.includes('\t'));
  return rows.length > 0 && rows.every((l) => ROW_DAY.test(l)) && !/序号|谈话人|谈话对象/.test(text);
}

/** Whether `upperId` is directly above `lowerId`: the secretary over a leader, a leader over a head they supervise, a head over their staff. */
function above(directory: Directory, upperId: string, lowerId: string): boolean {
  const upper = directory.person(upperId);
  const lower = directory.person(lowerId);
  if (!upper || !lower) return false;
  if (upper.roles.includes('secretary') && lower.roles.includes('leader')) return true;
  const dept = directory.department(lower.departmentId ?? '');
  if (!dept) return false;
  if (dept.headId === lowerId) return dept.supervisorId === upperId;
  return dept.headId === upperId;
}

/** The pattern per directory, compiled once (issue 14: compiled per message, 1,000 names twice each time). */
/**
 * Two names side by side, each a guarded alternation (issue 14, p31: the plain one, twice, compiled to 1.14 MiB of
 * machine code at 1,000 people, the bot thread's largest regexp at idle; guarded 0.17). Guarded, a name that is the
 * start of another (李明 · 李明明) gives way to the longer, as in every other names pattern, where the plain
 * alternation took whichever came first in the directory.
 */
const pairPattern = oncePer((_directoryPeople: object, people: readonly { name: string }[]): RegExp => {
  const names = guardedAlternation(people.map((p) => p.name));
  return new RegExp(`(${names})${TITLE}(?:[ \\t]+|、)(${names})${TITLE}`);
});

/** What may follow a name in its cell: a title, 等5人. */
const CELL_SUFFIX = new RegExp(`${TITLE}(?:等\\d{1,2}人)?$`);

/** A row opening with its day cell: 11月23日 · 11.23 · 2026-11-23, then spaces or a tab. */
const DAY_CELL = /^\s*(?:\d{4}[.\-/年])?\d{1,2}[.\-/月]\d{1,2}[日号]?(?=[ \t])/;

/**
 * `line` with its second name cell moved right after the first when only department and kind cells part them:
 * 11.23 王建国 办公室 谈心谈话 李明 → 11.23 王建国 李明 办公室 谈心谈话 (round 46, frh: a clerk's ledger row with the
 * talker's department or the kind between the two names made the clerk the talker with both). Other lines as they are.
 */
function nameCellsTogether(line: string, directory: Directory): string {
  if (!DAY_CELL.test(line)) return line;
  const gap = line.includes('\t') ? '\t' : ' ';
  const cells = line.trim().split(/[ \t]+/);
  const names = directory.hasName;
  // One pattern for every cell, the name looked up after its title (issue 14: no pattern per name at 1,000 people).
  const named = (cell: string) => names(cell.replace(CELL_SUFFIX, ''));
  const at = cells.map((c, i) => (named(c) ? i : -1)).filter((i) => i >= 0);
  if (at.length !== 2 || at[1]! - at[0]! < 2) return line;
  const units = new Set(directory.org.departments.flatMap((d) => [d.name, ...d.aliases]));
  const between = cells.slice(at[0]! + 1, at[1]!);
  if (!between.every((c) => units.has(c) || (c.length <= 8 && findKinds(c).length > 0))) return line;
  const moved = [...cells.slice(0, at[0]! + 1), cells[at[1]!]!, ...between, ...cells.slice(at[1]! + 1)];
  return `${line.match(/^\s*/)![0]}${moved.join(gap)}`;
}

/**
 * `text` with each clause's two directory names set side by side (by 、 or spaces) before a talk or a signing
 * (谈/签) written as 「上级与下级」 when one is directly above the other and neither is the sender; `text` itself
 * otherwise. A clause that joins or addresses people itself (和/与/找/分别/我…) is left alone.
 */
export function withPairedNames(text: string, directory: Directory, senderId: string): string {
  if (!/谈|签/.test(text)) return text;
  // The pair is parted by spaces or 、: without either the pattern cannot match, so it is not run (nor compiled, issue 14,
  // p31: the warm-up's talk paid its machine code).
  if (!/ |、|\t/.test(text)) return text;
  // A pasted table (序号 谈话人 谈话对象…, tab- or space-parted rows 1 刘芳 周涛 11月9日) is read by its columns later.
  if (TABLE.test(text) && !headerlessDayRows(text)) return text;
  const people = directory.org.people.filter((p) => p.name.length >= 2);
  const pair = pairPattern(directory.org.people, people);
  return text
    .split('\n')
    .map((line) => nameCellsTogether(line, directory))
    .join('\n')
    .split(/(?<=[,，。；;\n])/)
    .map((clause) => {
      const m = pair.exec(clause);
      if (!m) return clause;
      const after = clause.slice(m.index + m[0].length);
      const before = clause.slice(0, m.index);
      // 2026年11月12日 廉政谈话 张伟 王建国 · 11.13 谈心谈话 吴静 刘洋 康复部 (round 45, frg: the kind cell before the pair
      // made the clerk who pasted the row the talker, with both as the ones talked to, on a card): the kind may come first.
      // Only cells parted by spaces: 廉政谈话 李明、孙丽 may list the sender's own two.
      const kindFirst = !/谈|签/.test(after) && KIND_CELL_BEFORE.test(before) && !m[0].includes('、');
      if (!(/谈|签/.test(after) || kindFirst) || JOINED.test(before + (kindFirst ? after : after.replace(/[谈签].*$/s, '')))) return clause;
      const a = people.find((p) => p.name === m[1])!;
      const b = people.find((p) => p.name === m[2])!;
      const [upper, lower] = above(directory, a.id, b.id) ? [a, b] : above(directory, b.id, a.id) ? [b, a] : [undefined, undefined];
      // 12.3  王磊  谈心谈话  杨帆 from 杨帆 (round 47, fsf: the clerk's own talk with her head, 杨帆>王磊 on the card): a ledger
      // row naming the sender with the one directly above them, by spaces or tabs only, is that superior's talk with the
      // sender, as 「王磊与杨帆谈心谈话」 reads; the sender as the upper one, or listed with 、, is left as it was.
      const senderBelow = lower?.id === senderId && !m[0].includes('、');
      if ((a.id === senderId || b.id === senderId) && !senderBelow) return clause;
      if (!upper || !lower) return clause;
      return `${before}${upper.name}与${lower.name}${/^[ \t]/.test(after) ? after : ` ${after}`}`;
    })
    .join('');
}
