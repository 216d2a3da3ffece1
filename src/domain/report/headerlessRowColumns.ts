// 胡军「12月3日⇥周涛⇥全体人员⇥签订廉政承诺书」 (round 62, gba; t64a: a signing of the clerk with 周涛 only): a row pasted from
// Excel without its header whose cells are a day, a person, whom (a person, 全体人员, a department) and what (a kind) is a
// row of the columns 日期 · 负责人 · 对象 · 形式, as the same row under that header is read: 周涛 signed with everyone of his
// department, shown on a card as a group always is. A department in the third column is its people (财务科全体人员), or
// 全体人员 when it is the doer's own (whom a head's 全体人员 means). Rows of any other shape (组联部⇥警示教育⇥8: a place, a
// kind, a count) are left to the readers of headerless rows.
import type { Directory } from '../organization.js';

/** A cell that is a day: 12月3日 · 2026年12月3日 · 12.3 · 12/3 · 2026-12-03. */
const DAY_CELL = /^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|\d{1,2}[.．/]\d{1,2}|\d{4}[-./]\d{1,2}[-./]\d{1,2})$/;
/** A cell for everyone of a unit: 全体人员 · 全体党员 · 全体干部职工 · 全体同志 · 全员. */
const ALL_CELL = /^(?:全体(?:人员|党员|干部|干部职工|职工|同志)?|全员|全部人员)$/;
/** A cell naming a group the directory expands (班子成员 · 分管科室负责人 · 各部门负责人), as under a header. */
const GROUP_CELL = /^(?:班子成员|党组成员|领导班子成员|分管(?:科室|部门|部室)负责人|各(?:科室|部门|部室)负责人|(?:科室|部门|部室)负责人)$/;
/** Words of the deed a fourth cell names (the kinds' words, and 签订/谈话 of any wording). */
const DEED_CELL = /谈话|谈心|签订|责任书|承诺书|教育|党课|学习|检查|督查|函询|诫勉/;
/** A deed cell of a talk (廉政谈话 · 谈心谈话 · 提醒谈话). */
const TALK_CELL = /谈话|谈心/;
/** A header row's words: a table with its header is tableAsSentences' own. */
const HEADER_WORD = /日期|时间|负责人|谈话人|对象|形式|内容|事项|人数|序号/;
/** The title after a name in a cell (周涛部长 · 孙科长 is no name cell). */
const TITLE_CELL = /^(?:同志|[\u4e00-\u9fa5]{0,4}?(?:书记|理事长|部长|科长|主任|干事))?$/;

/** `line`'s cells parted by tabs or runs of two or more spaces, trimmed (a single space keeps a cell whole). */
function cellsOf(line: string): string[] {
  return line.split(/\t|[ \u3000]{2,}/).map((c) => c.trim());
}

/** The directory person a cell names (周涛 · 周涛部长), or undefined. */
function personOf(cell: string, directory: Directory): { id: string; departmentId?: string } | undefined {
  const p = directory.org.people.find((x) => cell.startsWith(x.name) && TITLE_CELL.test(cell.slice(x.name.length)));
  return p === undefined ? undefined : { id: p.id, departmentId: p.departmentId ?? undefined };
}

/** The department a cell names, whole (财务科 · 组联部全体人员 → 组联部 and 全体人员), or undefined. */
function departmentOf(cell: string, directory: Directory): { id: string; all: boolean } | undefined {
  for (const d of directory.org.departments) {
    for (const n of [d.name, ...d.aliases]) {
      if (n.length < 2 || !cell.startsWith(n)) continue;
      const rest = cell.slice(n.length);
      if (rest === '' || ALL_CELL.test(rest)) return { id: d.id, all: rest !== '' };
    }
  }
  return undefined;
}

/** The third cell written for the header's 对象 column, or undefined when it is no one (a kind, a count). A talk's own unit
 * keeps its name (办公室全体人员): the table reader asks whom a bare 全体人员 talk was with (round 60, fbe). */
function whomCell(cell: string, doerDepartment: string | undefined, directory: Directory, talk = false): string | undefined {
  if (ALL_CELL.test(cell) || GROUP_CELL.test(cell)) return cell;
  // One person or people (11月3日⇥李明⇥王建国⇥廉政谈话): the older reader of such rows weighs who outranks whom.
  if (cell.split(/[、,，]/).every((c) => personOf(c.trim(), directory) !== undefined)) return undefined;
  const d = departmentOf(cell, directory);
  if (d === undefined) return undefined;
  return d.id === doerDepartment && !talk ? '全体人员' : `${directory.department(d.id)!.name}全体人员`;
}

/** A trailing cell that is a head count (15 · 15人 · 6名): the 人数 column (round 62, gbh; t65a F3: the 15 left unused). */
const COUNT_CELL = /^\d{1,3}\s*(?:人|名)?$/;
/** A leading cell that is a row number (1 · 2), before the day: the 序号 column, which says nothing of the deed. */
const INDEX_CELL = /^\d{1,2}$/;

/**
 * `text` with the header 日期⇥负责人⇥对象⇥形式 put over it when every line of it is a headerless row of a day, a person, whom
 * (a person or people joined by 、, 全体人员, a group, a department) and a deed, parted by tabs or runs of spaces; the rows are then
 * written with tabs. `text` itself otherwise (a header already, another shape, one cell too many or few).
 *
 * Round 62 (gbh; t65a F3: 「11.30⇥何平⇥康复中心全体人员⇥廉政党课⇥15⏎12.1⇥何平⇥徐辉⇥谈心谈话⏎12月3日⇥徐辉⇥孙杰⇥谈心谈话」 from
 * 孙杰 asked who lectured, left 15 unused and read row 3 as 孙杰's talk with 徐辉): a row may open with a 序号 and close with a
 * head count (人数), and a row of person to person is read under the same header — 徐辉 the 谈话人, 孙杰 the one talked to,
 * even when he is the sender — whenever another row of the paste is of this reader's shape, a row has a count, or the 对象
 * cell is the sender (`senderId`); a lone row of two other people is still the older reader's, which weighs who outranks whom.
 */
export function withHeaderlessRowColumns(text: string, directory: Directory, senderId?: string): string {
  if (!text.includes('\t') && !/[ \u3000]{2}/.test(text)) return text;
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length === 0 || lines.length > 60) return text;
  const rows: Array<{ cells: string[]; ownShape: boolean }> = [];
  for (const line of lines) {
    let cells = cellsOf(line.trim());
    if (cells.length >= 5 && INDEX_CELL.test(cells[0]!) && DAY_CELL.test(cells[1]!)) cells = cells.slice(1);
    if (cells.length < 4 || cells.length > 5 || HEADER_WORD.test(cells[0]!)) return text;
    // 11月16日⇥廉政谈话⇥李明⇥办公室全体⇥2 (round 64, gdd: from 胡军 read as his talk with 李明): the deed may stand second,
    // before the person, as 日期⇥形式⇥负责人⇥对象 sheets order it; read in this reader's order.
    if (DEED_CELL.test(cells[1]!) && !DEED_CELL.test(cells[3]!) && personOf(cells[2]!, directory) !== undefined) cells = [cells[0]!, cells[2]!, cells[3]!, cells[1]!, ...cells.slice(4)];
    const [day, doer, whom, deed, count] = cells as [string, string, string, string, string | undefined];
    const person = personOf(doer, directory);
    if (!DAY_CELL.test(day) || person === undefined || !DEED_CELL.test(deed)) return text;
    if (count !== undefined && !COUNT_CELL.test(count)) return text;
    const written = whomCell(whom, person.departmentId, directory, TALK_CELL.test(deed));
    const people = whom.split(/[、,，]/).map((c) => personOf(c.trim(), directory));
    const toPeople = written === undefined && people.every((p) => p !== undefined);
    if (written === undefined && !toPeople) return text;
    const toSender = toPeople && people.some((p) => p!.id === senderId);
    rows.push({ cells: [day, doer, written ?? whom, deed, count ?? ''], ownShape: written !== undefined || count !== undefined || toSender });
  }
  if (!rows.some((r) => r.ownShape)) return text;
  const counted = rows.some((r) => r.cells[4] !== '');
  const header = counted ? '日期\t负责人\t对象\t形式\t人数' : '日期\t负责人\t对象\t形式';
  return [header, ...rows.map((r) => (counted ? r.cells : r.cells.slice(0, 4)).join('\t'))].join('\n');
}
