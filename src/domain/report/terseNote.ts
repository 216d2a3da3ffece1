// 部门学习 12.2 条例 8人 · 警示片 蜕变 12.3 9人 · 警示教育 12.2 围猎 15人 (round 44 fqe, coordinator's probe on the landed
// build: 没看懂, while 12/2 部门学习《条例》8人 read): a 台账-like line typed on a phone — a deed word, a day, a title without
// 《》 and a count, in any order, parted by spaces only. The day between the deed and its title, or a title after a deed
// word the bare-title reader does not take (警示教育 围猎), left the line unread or its title lost. Written here as the
// prose it stands for (day first, the title in 《》 after the deed word), and the reading shown on a card: the title is a guess.
import type { Directory } from '../organization.js';
import type { ParsedReport } from './draft.js';
import { directoryNames } from './directoryNames.js';

/** A day as a 台账 cell writes it: 12.2 · 12/2 · 12月2日 · 昨天 · 上周三. */
const DAY = /^(?:\d{1,2}[./]\d{1,2}|\d{1,2}月\d{1,2}[日号]?|今天|昨天|前天|(?:本|上)?周[一二三四五六日天])$/;
/** A head count: 8人 · 共8人 · 参加8人 · 8人参加. */
const COUNT = /^(?:共|参加|参会)?\d{1,3}人(?:参加|参会)?$/;
/**
 * A deed cell, whole: 部门学习 · 集中学习 · 警示片 · 观看警示片 · 警示教育 · 廉政党课 · 党课 — a study, a film or a lecture, the
 * deeds a title goes with. Talks have none (谈心 刘洋 12.3 already reads), and a cell of other words is no 台账 cell.
 */
const DEED = /^(?:部门|科室|集中|集体|专题|支部|党支部|全体|组织)?(?:学习|廉政学习|党纪学习|警示片|警示教育片?|观看警示(?:教育)?片|看警示片|观看|廉政教育|纪律教育|廉政党课|讲党课|党课)$/;
/** A title cell: Chinese words only (条例 · 蜕变 · 守住底线 · 中国共产党纪律处分条例). */
const TITLE = /^[\u4e00-\u9fa5·]{2,16}$/;
/** What no title holds: a post (张书记), a weekday (礼拜一), a unit (中心), a 与/和 of a person, a relay (让我报). */
const NO_TITLE = /书记|主任|部长|科长|理事长|局长|同志|礼拜|星期|周[一二三四五六日天]|上午|下午|中心|部门|科室|[与和跟让报查谈]/;
/** Words that make the line a question, a plan or a sentence, never a 台账 line. */
const NOT_A_NOTE = /[，。；：,;:！？!?、]|吗|呢|没有|还没|计划|准备|打算|多少|几次|情况/;
/**
 * `text` as prose when it is one 台账-like line of cells parted by spaces — exactly one day, one deed word, one title
 * without 《》, at most one count and people named — written `day deed《title》 count people`; undefined otherwise (a
 * sentence, a line with 《》 or no title, several lines, a question).
 */
export function terseNoteAsProse(text: string, directory: Directory): string | undefined {
  const line = text.trim();
  if (line.includes('\n') || /《|》/.test(line) || NOT_A_NOTE.test(line)) return undefined;
  const cells = line.split(/[ \t\u3000]+/);
  if (cells.length < 3 || cells.length > 6) return undefined;
  const names = directoryNames(directory);
  const places = directory.org.departments.flatMap((d) => [d.name, ...d.aliases]);
  const days: string[] = [];
  const counts: string[] = [];
  const deeds: string[] = [];
  const people: string[] = [];
  const titles: string[] = [];
  for (const cell of cells) {
    if (DAY.test(cell)) days.push(cell);
    else if (COUNT.test(cell)) counts.push(cell);
    else if (names.some((n) => cell.startsWith(n))) people.push(cell);
    else if (DEED.test(cell)) deeds.push(cell);
    // 昨天 教育就业部 查作风 · 11.27 與徐輝副主任 廉政談話: a department, a person or a deed of another kind in a cell is
    // no note of a title; those lines are read as they always were.
    else if (TITLE.test(cell) && !NO_TITLE.test(cell) && !places.some((p) => cell.includes(p)) && !names.some((n) => cell.includes(n))) titles.push(cell);
    else return undefined;
  }
  if (days.length !== 1 || deeds.length !== 1 || titles.length !== 1 || counts.length > 1) return undefined;
  return `${days[0]} ${deeds[0]}《${titles[0]}》${counts.length > 0 ? ` ${counts[0]}` : ''}${people.length > 0 ? ` ${people.join(' ')}` : ''}`;
}

/** `reports` read from a terse note's prose, each shown on a card: its title (and so perhaps its type) was guessed. */
export function withTerseNoteCard(reports: ParsedReport[] | null): ParsedReport[] | null {
  if (reports === null) return null;
  return reports.map((r) => ({ ...r, reasons: [...(r.reasons ?? []), 'terse_note'] }));
}
