// （二）谈话提醒。 · 二、廉政谈话情况 · 1.学习教育 in a pasted 小结/总结 (round t24, D): a numbered sub-heading names the
// kind of the section under it. Read as a deed it made a record of its own — a talk with no day and no one asked about,
// or, with its section's body on the same line (（三）监督检查。11月10日…抽查), a third check on the body's first day.

import { findKinds } from './parseKind.js';
import { extractTitles } from './parseTraining.js';
import { activityTypeName } from '../activityTypes.js';
import { toSimplified } from './toSimplified.js';
import { breakOrderedLists } from './splitItems.js';

/** A list marker opening a line, as pasted (full- or half-width): （一） (1) 一、 1. 1、 第一、 一是 ①. Group 1 is the marker. */
const MARKER = /^(\s*(?:[(（]\s*(?:[一二三四五六七八九十]{1,2}|\d{1,2})\s*[)）]|[一二三四五六七八九十]{1,2}\s*[、.．]|\d{1,2}\s*[、.．](?:(?!\d)|(?=\d{1,2}月))|第[一二三四五六七八九十]{1,2}\s*[、,，]|[一二三四五六七八九十]{1,2}是|[①-⑳]))\s*/;

/** A list marker right after a full stop or a colon, before the words of its item: （二） 二、 2、 2. (not 1.5 nor 2.3万). */
const FOLDED_MARKER = /(?<=[。；;：:])\s*(?=(?:[(（]\s*(?:[一二三四五六七八九十]{1,2}|\d{1,2})\s*[)）]|[一二三四五六七八九十]{1,2}\s*[、．]|\d{1,2}\s*[、．.](?!\d))\s*[\u4e00-\u9fa5])/g;

/** What ends a heading: a full stop or a colon (or the line's end, a space before its body, or a comma before its body's day). */
const HEADING_END = /^([\u4e00-\u9fa5、]{2,12})\s*(?:[。．.：:]|[,，](?=\s*\d{1,2}月\d{1,2}[日号])|\s+(?=\S)|$)\s*/;

/**
 * A heading's words name plans or problems (二、下一步工作打算 · 三、存在的问题): left as they are, for planSections.
 * A deed said done (了/过) or a person, a day or a title is a sentence, never a heading.
 */
const NOT_A_HEADING = /下一步|打算|计划|安排|思路|设想|问题|不足|了|过|今天|昨天|前天|上周|本周|本月|上月|月|日|号/;

/** A plan section's heading words (下一步工作打算 · 下月计划 · 12月工作安排), not one of deeds done (计划完成情况). */
const PLAN_WORDS = /^(?:下一步|下步|下一?阶段|下(?:个)?月|\d{1,2}月(?:份)?)?(?:工作)?(?:打算|计划|安排|思路|设想)$/;
const DONE_WORDS = /完成|落实|情况|小结|总结/;

/** The marker's style and number: （一） and （1） and 一、 and 1. are separate levels of a 小结. */
function markerOf(marker: string): { style: string; number: string } {
  const style = marker.replace(/[一二三四五六七八九十]{1,2}|\d{1,2}|[①-⑳]/, (n) => (/\d/.test(n) ? 'D' : /[①-⑳]/.test(n) ? 'O' : 'C')).replace(/\s/g, '');
  return { style, number: /[一二三四五六七八九十]{1,2}|\d{1,2}|[①-⑳]/.exec(marker)?.[0] ?? '' };
}

/** A section's name that names no kind (专项检查 · 学习教育 · 制度建设): a heading only with its body on the same line. */
const SECTION_NOUN = /(?:检查|督查|教育|谈话|提醒|学习|监督|建设|管理|落实)$/;

/**
 * A weekday (周一 · 星期三 · 礼拜五) or the sender (我) in the words: 1.周一周部长和我谈心谈话 2.周三… (round 52, fwaa, issue 10:
 * the talk read as a heading over the next item on its line, and dropped without a word) is a sentence, never a heading.
 */
const SENTENCE_WORDS = /(?:周|星期|礼拜)[一二三四五六日天]|我/;
/** A title after a surname (王部长 · 周主任 · 李书记): a person named, as a full name is. */
const TITLE_AFTER_SURNAME = /(部长|主任|科长|处长|局长|书记|理事长|同志|组长|委员)/g;

/** Whether `words` name someone of the directory by surname and title (周部长), as 王磊 names 王磊. */
function namesByTitle(words: string, names: readonly string[]): boolean {
  for (const m of words.matchAll(TITLE_AFTER_SURNAME)) {
    const surname = words[m.index - 1];
    if (surname !== undefined && names.some((n) => n.startsWith(surname))) return true;
  }
  return false;
}

function isHeadingWords(words: string, names: readonly string[], bodyAfter: boolean): boolean {
  if (NOT_A_HEADING.test(words) || SENTENCE_WORDS.test(words) || names.some((n) => words.includes(n)) || namesByTitle(words, names)) return false;
  return findKinds(words).length > 0 || (bodyAfter && SECTION_NOUN.test(words));
}

/** The one type a heading names, in words the heading reader takes (…情况：) when it may type the untyped items under it. */
function asTypedHeading(words: string): string | undefined {
  const codes = [...new Set(findKinds(words).map((k) => k.code))];
  if (codes.length !== 1) return undefined;
  // Said as an account (…情况：), as a 小结's section is: a talk heading types the talks under it only so (kindOfHeading).
  return `${/情况$/.test(words) ? words : `${activityTypeName(codes[0]!)}情况`}：`;
}

/**
 * `text` with each numbered sub-heading that names an activity kind taken out of what is read as deeds:
 * - with its section's body on the same line (（三）监督检查。11月10日…抽查), the heading's words go when the body names a
 *   kind of its own; a body naming only a title (（2）警示教育 11月19日…观看《围猎》) keeps them as an inline heading
 *   (警示教育：…), and one naming neither (（二）谈话提醒。11月13日王建国与孙丽谈了话) is left as written, the words typing it;
 * - alone on its line with the body below (not the next item of its own list level), it becomes a heading of one kind
 *   (「作风纪律检查情况：」, which types the untyped items under it as a typed heading does) or, naming several, is left out;
 * - alone on its line before the next item of its level (an empty section), it is left out when that level is one of
 *   sections (another of its lines heads a body); otherwise it is an undated item of a list, read as today.
 * Plan headings (下一步工作打算) and lines with a day, a person or a title are left as they are. `names`: the directory's.
 */
export function withoutSectionHeadings(text: string, names: readonly string[]): string {
  // 談話提醒 reads as 谈话提醒: the text is simplified here as it is before every later reading (normalizeText).
  // 工作。一是强化纪律教育。11月10日… pasted as one paragraph (round 29 t29f A6: the heading a second 廉政教育 on the body's
  // day): a 一是/二是 after a full stop opens a numbered item as a new line would.
  // …情况：一、学习教育。11月8日…。二、谈心谈话。支部书记何平与…（round 32, M2: the heading a talk of no one beside the real
  // one): a numbered marker after a full stop or the heading's colon opens an item too, as on a line of its own.
  // 一、谈心谈话 11月3日与李娟谈心谈话 二、警示教育 11月5日… · （一）廉政谈话：…（二）警示教育：… · 1.谈心谈话 2.上周三…
  // (round 54, fjb, issue 10: the second section's heading read inside the first's body, a film on its day, the film once more
  // under it; or an item naming only its type taken for a heading over the next item on its line, and dropped): the next
  // marker of a run (1, 2, 3 … in order, as the item splitter reads them) opens a line of its own here too, so each section
  // or item is read on its own line: a heading with its body, or a bare item before the next one.
  const lines = breakOrderedLists(
    toSimplified(text.replace(/\\n/g, '\n'))
      .replace(/(?<=[。；;])\s*(?=[一二三四五六七八九十]是)/g, '\n')
      .replace(FOLDED_MARKER, '\n')
      .replace(/（\s*([一二三四五六七八九十]{1,2}|\d{1,2})\s*）/g, '($1)'),
  ).split('\n');
  const marked = lines.map((l) => MARKER.exec(l));
  /** Line `i` stands alone over a body: the next non-empty line is no item of its own list level. */
  const overBody = (i: number): boolean => {
    const nextIndex = lines.findIndex((l, j) => j > i && l.trim() !== '');
    const next = nextIndex < 0 ? undefined : marked[nextIndex];
    return nextIndex >= 0 && (next === null || next === undefined || markerOf(next[1]!).style !== markerOf(marked[i]![1]!).style);
  };
  type Reading = { kind: 'body'; line: string } | { kind: 'over' | 'bare'; words: string; style: string } | undefined;
  const readings: Reading[] = lines.map((line, i) => {
    const m = marked[i];
    if (!m) return undefined;
    const after = line.slice(m[0].length);
    const head = HEADING_END.exec(after);
    const body = head ? after.slice(head[0].length) : '';
    // （三）下一步打算。12月开展警示教育。 (folded, round 32 M2's kin: the plan asked its day): a plan heading before its body
    // on the same line heads it as 下一步打算：… does, so its items stay plans.
    if (head && body.trim() !== '' && PLAN_WORDS.test(head[1]!) && !DONE_WORDS.test(head[1]!) && /[。．.]\s*$/.test(after.slice(0, head[0].length).trim())) {
      return { kind: 'body', line: `${m[1]}${head[1]!}：${body}` };
    }
    // 一、学习教育⏎11月8日组织… (round 32, M2: 「第1条没有读出可记录的活动」): a section noun alone over its body heads it too.
    if (!head || /《|“/.test(head[1]!) || !isHeadingWords(head[1]!, names, body.trim() !== '' || overBody(i))) return undefined;
    const style = markerOf(m[1]!).style;
    if (body.trim() !== '') {
      const { titles, rest } = extractTitles(body);
      if (findKinds(rest).length > 0) return { kind: 'body', line: `${m[1]}${body}` };
      // （2）警示教育  11月19日组织观看《围猎》: a body naming only a title takes the heading's kind, as an inline heading's.
      return titles.length > 0 && findKinds(head[1]!).length > 0 ? { kind: 'body', line: `${m[1]}${head[1]!}：${body}` } : undefined;
    }
    // Alone on its line: over a body below it, or (bare) right before the next item of its own list level or at the end.
    const nextIndex = lines.findIndex((l, j) => j > i && l.trim() !== '');
    const next = nextIndex < 0 ? undefined : marked[nextIndex];
    const bare = nextIndex < 0 || (next !== null && next !== undefined && markerOf(next[1]!).style === style);
    return { kind: bare ? 'bare' : 'over', words: head[1]!, style };
  });
  // 1. 廉政谈话⏎2. 11月6日… is a list whose first item is undated: a bare line is a heading only in a list of sections,
  // a level where some other line is a heading over its body (（一）学习教育。11月6日…⏎（二）谈话提醒。⏎（三）…).
  const sectionStyles = new Set(readings.flatMap((r, i) => (r?.kind === 'body' ? [markerOf(marked[i]![1]!).style] : r?.kind === 'over' ? [r.style] : [])));
  let changed = false;
  const out = lines.map((line, i) => {
    const r = readings[i];
    if (r === undefined || (r.kind === 'bare' && !sectionStyles.has(r.style))) return line;
    changed = true;
    if (r.kind === 'body') return r.line;
    // 一、谈心谈话 二、警示教育 11月5日组织观看… (round 55, fhb, issue 10: the empty section left out, the talk it names dropped
    // without a word): a section naming one kind with nothing under it is read as the bare item it is, that deed asked its day
    // (and whom), as 1.谈心谈话 2.… is; one naming several kinds or only a section noun (学习教育) names no one deed: left out.
    // A heading over its body types the untyped items under it.
    if (r.kind === 'bare') return new Set(findKinds(r.words).map((k) => k.code)).size === 1 ? line : '';
    return asTypedHeading(r.words) ?? '';
  });
  return changed ? out.join('\n') : text;
}
