// 张伟书记11月份廉政谈话情况：⏎1. 11月4日 与王建国副理事长⏎2. 11月6日 与刘芳副理事长 from 王芳, a 科员 (round 68, ghh, t71a F1:
// the first item asked 是谁的 and the others stored as the clerk's own — a 科员 holding 廉政谈话 with 副理事长). A heading that
// names its kind (廉政谈话情况 · 谈心谈话开展情况) was read for its kind only; the person it opens with, whose account it is, was
// read from untyped headings alone (张伟书记11月份工作情况：). A typed heading opening with one person (after list marks and
// posts: 党组书记张伟同志…) names whose the subjectless items under it are as well.
// 与张伟书记谈话情况： · 和黄书记谈心情况： name the one talked with, never whose the items are: a connective before the name
// leaves the heading as it was read.
import { surnameOf } from './parseDirectoryIndex.js';
import { headingPerson } from './headingPerson.js';
import type { ParseContext } from './draft.js';

/**
 * What may stand before the person: list marks, brackets, 关于, the heading's period (11月份 · 上月), and the unit's and post's
 * words (市残联党组书记 · 机关纪委书记).
 */
const BEFORE_PERSON = /^[\s\d一二三四五六七八九十、.．()（）【\[]*(?:关于)?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?|本月|上月|上个月|本周|上周|近期|近日)?[\s,，]*(?:[\u4e00-\u9fa5]{0,8}?(?:书记|理事长|主任|部长|科长|干事|委员))?\s*$/;
/** A connective or verb: the person after it is the one talked with or visited, not the one whose account it is. */
const CONNECTIVE = /[与和跟同找对向给陪随听]/;
/** The person in brackets closing the heading: name (or surname and title), post or 同志, the bracket, the colon. */
const BRACKETED_AFTER = /^[\u4e00-\u9fa5]{1,4}?(?:副?(?:书记|理事长|主任|科长|部长)|干事)?(?:同志)?\s*[)）]\s*[:：]?\s*$/;
/** A title called after a surname (张书记 · 王副理事长). */
const CALLED_BY = '副?(?:书记|理事长|主任|科长|部长|干事)';

/**
 * The person (directory id) a heading line that names a kind opens with — 「张伟书记11月份廉政谈话情况：」 →
 * 张伟's id, as does 「11月份廉政谈话情况（张伟书记）：」 — or undefined when it names none, several, the sender, or someone
 * after a connective (与张伟书记谈话情况：).
 * `line` is the heading line (the caller knows it heads the items: it ends with a colon and names a kind).
 */
export function typedHeadingPerson(line: string, ctx: ParseContext): string | undefined {
  const id = headingPerson(line, ctx);
  if (id === undefined) return undefined;
  const person = ctx.directory.person(id);
  if (!person) return undefined;
  let at = line.indexOf(person.name);
  if (at < 0) at = line.search(new RegExp(`${surnameOf(person.name)}${CALLED_BY}`));
  if (at < 0) return undefined;
  const before = line.slice(0, at);
  // 11月份廉政谈话情况（张伟书记）： names whose account it is in brackets before the colon.
  if (/[(（]\s*$/.test(before) && !CONNECTIVE.test(before.slice(-3)) && BRACKETED_AFTER.test(line.slice(at))) return id;
  return BEFORE_PERSON.test(before) && !CONNECTIVE.test(before) ? id : undefined;
}
