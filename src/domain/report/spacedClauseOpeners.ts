// Voice input and phones put a space where a comma goes (round 47, t50a F2–F5: read right with the commas, wrong without):
// 「…随后和孙丽 王强分别进行了廉政谈话」 made 王强 the talk's doer; 「到财务科 检查了专项资金…」 asked who led the sender's own
// check; 「观看了警示片 我也参加了」 titled the film 《我也》; 「谈了话 让我注意廉洁自律 还签了…承诺书」 lost the talk to the
// signing. A space before a word that can only open a clause (还 · 随后 · 让我 · 我也 · 检查了 …) is that comma, and a space
// between two directory names after 和/与/跟 is a list's 、.

import { insideTitle } from './insideTitle.js';
import { LATER_DAY_SOURCE } from './nextDaySpelled.js';

/**
 * Words that open a clause and never go on a word before them across a space. 共/参加 only before a count (round 48, ftd:
 * 「题目是以案为鉴 守牢底线 共18人参加」 titled 《以案为鉴 守牢底线 共18人参加》, the count lost).
 */
// 昨天和陈静谈了心 前天也谈了一次 (round 48, fte: the 前天 talk lost): a day with 也/又/再 after it opens the deed again.
// 「检查了作风纪律 顺便和何平主任谈了话 提醒他…」 (t52a F2: the talk lost, its 提醒 put on the check's note): 顺便 · 顺带 ·
// 顺手 · 捎带 open a second deed said in passing, as a comma before them does.
// 王部长 昨天 跟我 谈了 话 谈完 我 签了 承诺书 (round 59, fca; fde's left-alone: the talk dropped into the signing): 谈完
// opens the clause after the talk, as 然后 does.
// 上周一和王磊进行了廉政谈话 第二天又组织宣文部观看了… (round 49, t51a F3's kind b: the film put on the talk's day): a day
// counted from the one before (次日 · 第二天 · 隔天 · 两天后) opens a clause of its own, with or without 又.
const OPENER = `(?:${LATER_DAY_SOURCE}|(?:大?前天|昨天|今天|(?:上|这|本)?(?:周|星期)[一二三四五六日天]|\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}[日号])(?:上午|下午|晚上)?(?:又|也|再)|还|又|并且?|顺便|顺带|顺手|捎带|随后|然后|接着|之后|同时|另外|谈完(?:话)?(?:后|之后|以后)?|让我|让他|让她|要求(?:他|她|其|我|大家)|提醒(?:他|她|其|我|大家)|主要(?:是|提醒|讲|谈|聊|强调)|重点(?:提醒|强调)|一共|共计|总共|共(?=[\\d一二三四五六七八九十两几])|参[加会](?=(?:人数)?[为是:：]?[\\d一二三四五六七八九十两几])|我也|我们也|大家都|会上|会后|检查了|开展了|进行了|组织了|观看了|学习了|签了|签订了)`;
/**
 * A space after a Chinese character (or 》 ”) and before an opener, outside a title. Not after a day (…责任书执行情况
 * 11月25日 检查了: the day of the deed that follows, fse's object-first check).
 */
const SPACED_OPENER = new RegExp(`(?<=[\\u4e00-\\u9fa5》”])(?<![日号天午上晚])[ ]+(?=${OPENER})`, 'g');

/**
 * 周一全体学习了纪律处分条例 周三组织观看警示教育片 (round 50, fxe kind 4: a head's weekly round-up voice-typed, the film put
 * on 周一 and 「周三」 left unmatched; with a comma it was read right): a weekday or a near day (昨天 · 前天 · 今天, 上午/下午
 * after it) after a space, with words after it, opens the next deed — when the clause before it already tells a deed
 * (DEED_SAID), so 和孙丽 周三谈了心 (the day inside its own deed) is left alone.
 */
// 报送廉政信息3篇 11月4日黄书记带队检查了财务科 (round 56, fgd; fhb's left-alone: the check dropped, three papers put on
// 11-04 with the check's department and doer asked): a written day (11月4日 · 4号) after a space opens its own deed the same
// way, when a word follows it at once (廉政谈话 11月5日 与王强 — the day spaced off its words — is left to the readers of a
// kind then its day).
const SPACED_DAY = /(?<=[\u4e00-\u9fa5》”])[ ]+(?=(?:大?前天|昨天|今天|(?:上|这|本)?(?:周|星期|礼拜)[一二三四五六日天]|\d{1,2}月\d{1,2}[日号])(?:上午|下午|晚上)?[\u4e00-\u9fa5])/g;
/** The clause before the day tells a deed done: a 了/过, or an activity's word. */
const DEED_SAID = /了|过|学习|观看|谈心|谈话|会议|教育|检查|党课|承诺书|责任书|信息|报告|研判|自查|督查|暗访/;

/**
 * 宣文部上周五开了支部会 杨帆讲了一堂廉政党课 (t53a F3: the lecturer asked although written; with a comma 杨帆 was read): a
 * person named after a space who 讲了/讲授了/主讲了/上了 opens the lesson's clause, when the clause before already tells a deed.
 */
function withSpacedLecturer(text: string, names: readonly string[]): string {
  const written = names.filter((n) => n.length > 1 && text.includes(n)).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (written.length === 0 || !text.includes(' ')) return text;
  const lecturer = new RegExp(
    `(?<=[\\u4e00-\\u9fa5》”])[ ]+(?=(?:${written.join('|')})(?:同志|书记|部长|科长|主任)?(?:给[^\\s,，;；。]{1,6})?(?:讲了|讲授了|主讲了|上了|作了一堂|做了一堂))`,
    'g',
  );
  return text.replace(lecturer, (gap, at: number, all: string) => {
    const clause = all.slice(0, at).split(/[,，;；。!?\n]/).pop() ?? '';
    return DEED_SAID.test(clause) && !insideTitle(all.slice(0, at), all.slice(at)) ? ',' : gap;
  });
}

/**
 * 和孙丽 王强: a list of `names` after 和/与/跟/同 with a space before its next name. Global, used only by `replace`, which
 * starts from 0; built once per names array (the parser's is one per directory: directoryNames).
 */
const listPatterns = new WeakMap<readonly string[], RegExp>();

function listPattern(names: readonly string[]): RegExp {
  const known = listPatterns.get(names);
  if (known) return known;
  const name = `(?:${[...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
  const list = new RegExp(`((?:和|与|跟|同)${name}(?:、${name})*)[ ]+(?=${name}(?![\\u4e00-\\u9fa5]{0,1}(?:说|讲|告诉)))`, 'g');
  listPatterns.set(names, list);
  return list;
}

/**
 * 孙科长 前天 跟我 谈了谈心 昨天 我 签了 承诺书 (round 58, fde: 「昨天我,签了承诺书」, the signing put on the talk's day): 我 alone
 * as the clause's subject, right before 签了/签订了, is who signed; the space between them is written away, no comma.
 */
function ownSigning(text: string, at: number, gap: string): boolean {
  return /(?:^|[\s,，;；。]|天|日|号)我$/.test(text.slice(0, at)) && /^签/.test(text.slice(at + gap.length));
}

/**
 * `text` with a space before a clause opener written as a comma (到财务科 检查了… → 到财务科,检查了…; a day opening the next
 * deed too: SPACED_DAY), and the spaces of a
 * list of `names` (the directory's full names) after 和/与/跟/同 written as 、 (和孙丽 王强 → 和孙丽、王强). Spaces inside
 * 《》/“” or a said title (题目是…, up to a clause opener) and every other space are left as they are.
 */
export function withSpacedClauseOpeners(text: string, names: readonly string[]): string {
  let out = text.replace(SPACED_OPENER, (gap, at: number) => (ownSigning(text, at, gap) ? '' : insideTitle(text.slice(0, at), text.slice(at)) ? gap : ','));
  out = out.replace(SPACED_DAY, (gap, at: number, all: string) => {
    const clause = all.slice(0, at).split(/[,，;；。!?\n]/).pop() ?? '';
    return DEED_SAID.test(clause) && !insideTitle(all.slice(0, at), all.slice(at)) ? ',' : gap;
  });
  out = withSpacedLecturer(out, names);
  // The list's pattern needs a space: without one it cannot match (r49 fvg: it was built from the 1,000 names per message).
  if (names.length === 0 || !out.includes(' ')) return out;
  const list = listPattern(names);
  for (let before = ''; before !== out; ) {
    before = out;
    out = out.replace(list, '$1、');
  }
  return out;
}
