// 序号 部门 日期 类型 谈话人—对象⏎1 财务科 11月4日 廉政谈话 孙丽—王强⏎2 孙丽—李娟 (round 22u C2, #13): a table whose one column
// holds who talked with whom, joined by —/－/-/→/与. No header word was known, so every row became the sender's talks
// with both people, and the merged row (its day and type cells blank) was lost. Each row is rewritten as the sentence
// it stands for, a row with only a pair taking the day and type of the row above (Excel's merged cells).
import type { Directory } from '../organization.js';
import { findKinds } from './parseKind.js';

/** A header cell naming the pair column, the doer first: 谈话人—对象 · 谈话人-谈话对象 · 谈话人→被谈话人 · 谈话人与对象. */
const PAIR_HEADER = /^(?:谈话人|谈话领导|谈话者)\s*(?:—+|－|-|→|->|与|和|~|～)\s*(?:谈话对象|对象|被谈话人)$/;

/** A cell holding a pair: 孙丽—王强 · 孙丽-王强、李娟 · 孙丽→王强. */
const PAIR = /^([\u4e00-\u9fa5]{2,4})\s*(?:—+|－|-|→|->|与|~|～)\s*([\u4e00-\u9fa5]{2,4}(?:[、，,][\u4e00-\u9fa5]{2,4})*)$/;

const DAY = /^(?:(?:\d{4}[.\-/年])?\d{1,2}[.\-/月]\d{1,2}[日号]?)$/;

/** A pasted table's cells: tabs when there are any, else spaces (single ones when white space was folded before the bot, which keeps it since round 37). */
const cellsOf = (line: string): string[] => line.trim().split(line.includes('\t') ? /\t/ : /[ \u3000]+/).map((c) => c.trim());

/**
 * `text` with a table whose header has a 谈话人—对象 column written as one sentence per row (11月4日，孙丽与王强进行了廉政谈话。),
 * its header and the title line right above it (no day of its own) dropped as tableRows drops them; unchanged when the
 * text has no such header or a row's pair names someone not in the directory.
 */
export function withPairColumn(text: string, directory: Directory): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => cellsOf(l).some((c) => PAIR_HEADER.test(c)));
  const names = directory.hasName;
  if (at < 0) return lines.map((l) => pairLine(l, names) ?? l).join('\n');
  let day = '';
  let kind = '';
  const rows: string[] = [];
  for (const line of lines.slice(at + 1)) {
    const cells = cellsOf(line).filter((c) => c !== '');
    const pairs = cells.map((c) => PAIR.exec(c)).filter((m): m is RegExpExecArray => m !== null);
    if (pairs.length !== 1) {
      rows.push(line);
      continue;
    }
    const [, doer, others] = pairs[0]!;
    const counterparts = others!.split(/[、，,]/);
    if (!names(doer!) || !counterparts.every((n) => names(n))) return text;
    // A row's own day and type, or, on a merged row whose cells are blank, the row above's.
    day = cells.find((c) => DAY.test(c)) ?? day;
    kind = cells.find((c) => !PAIR.test(c) && findKinds(c).length > 0) ?? kind;
    rows.push(`${day ? `${day}，` : ''}${doer}与${counterparts.join('、')}进行了${kind || '谈话'}。`);
  }
  const title = at > 0 && !/\d{1,2}\s*[月.\-/]\s*\d{1,2}/.test(lines[at - 1]!) ? at - 1 : at;
  return [...lines.slice(0, title), ...rows].join('\n');
}

/** A pair joined by a dash or an arrow only (与 joins people in any sentence). */
// 王建国—李明、孙丽（廉政谈话） (round 46, frh: a clerk's month summary of talks, one leader a line, was read as the clerk's
// talks with the leader and each head): the one before the dash talks with each after it.
const DASHED_PAIR = /^([\u4e00-\u9fa5]{2,4})\s*(?:—+|－|-|→|->)\s*([\u4e00-\u9fa5]{2,4}(?:、[\u4e00-\u9fa5]{2,4})*)$/;

/**
 * A list line with no header (1. 孙丽—王强，11月4日，廉政谈话 · 11月4日 孙丽—王强 廉政谈话) as its sentence, when it holds one
 * dashed pair of people in the directory and otherwise only a day and a type; undefined for any other line.
 */
function pairLine(line: string, names: (name: string) => boolean): string | undefined {
  const [number] = /^\s*(?:\d{1,2}\s*[.、．)）](?!\d)|[①-⑩])?\s*/.exec(line)!;
  // 王建国—李明（廉政谈话，11月3日）: the type and day in brackets are cells too.
  const cells = line.slice(number.length).trim().replace(/[；;。]$/, '').split(/[\s，,；;｜|（）()]+/).filter((c) => c !== '');
  const pairs = cells.map((c) => DASHED_PAIR.exec(c)).filter((m): m is RegExpExecArray => m !== null);
  if (pairs.length !== 1 || !names(pairs[0]![1]!) || !pairs[0]![2]!.split('、').every((n) => names(n))) return undefined;
  const rest = cells.filter((c) => !DASHED_PAIR.test(c));
  const day = rest.find((c) => DAY.test(c));
  const kind = rest.find((c) => c.length <= 8 && findKinds(c).length > 0);
  if (rest.some((c) => c !== day && c !== kind)) return undefined;
  return `${number.trim()}${day ? `${day}，` : ''}${pairs[0]![1]}与${pairs[0]![2]}进行了${kind ?? '谈话'}。`;
}
