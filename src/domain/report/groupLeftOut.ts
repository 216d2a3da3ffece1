// 「集体谈话漏了陈静和赵磊」「上周五那次集体谈话 少了孙杰」「和科室负责人签责任书那次还漏了冯雪」 (round 61, gae; t63b Part B:
// 没看懂, or a new talk asked its type): people left out of a stored group — a talk or signing told once with several — named
// after 漏了/少了/忘了加. Read here into the words that name the group and the names; the caller finds the member's stored
// group and offers one record per person, like the group's, on a 确认 card.
import { normalizeText } from './parseNormalize.js';

/** What a group's people left out says. */
export interface GroupLeftOut {
  /** The words that name the group (集体谈话 · 上周五那次集体谈话), pointers kept. */
  words: string;
  /** The names as written (陈静 · 赵磊部长), in order. */
  names: string[];
}

/** The cheap gate: a word of leaving out. */
const GATE = /漏|少了|落了|忘|没加|没写|没算/;

/** <group words> 漏了/少了/忘了加 <names> (了/两个人). */
const LEFT_OUT =
  /^(.{2,24}?)(?:里|中|里面)?[,;\s]*(?:还|也)?(?:漏了|漏掉了|漏记了|漏写了|少了|少记了|落了|忘了加|忘记加|忘了写|没加上?|没写上?|没算上?)(?:上)?[,;:\s]*([\u4e00-\u9fa5、,和与及跟同\s]{2,30}?)(?:两个人|两人|[两二三四五]位|几个人|两个|这两个)?(?:了|的)?$/;

/** The group is pointed at (那次 · 那条), or is a 集体 deed, or was told before (刚才 · 上次). */
const GROUP_NAMED = /那一?[次条个回]|集体|刚才|刚刚|上次|之前|前面/;
/** A deed told (进行了 · 谈了): a report, not a stored group put right. */
const DEED = /进行了|开展了|召开了|组织了|举行了|谈了|签了|签订了/;
/** The kinds of pairs (a talk, a signing): a group of them is a record per person. */
const PAIR_KIND = /谈话|谈心|约谈|责任书|承诺书|签/;

/**
 * Reads people left out of a stored group, or undefined when `text` is no such sentence: no group named (集体 · 那次),
 * no talk or signing named, a deed told (今天和王强谈了，漏了李娟 is a report), or no names after the verb.
 * `text` as typed (normalised here).
 */
export function groupLeftOut(text: string): GroupLeftOut | undefined {
  if (!GATE.test(text)) return undefined;
  const t = normalizeText(text).trim().replace(/[。.!！~～]+$/, '');
  const m = LEFT_OUT.exec(t);
  if (!m) return undefined;
  const words = m[1]!.replace(/[,;\s]+$/, '');
  if (!GROUP_NAMED.test(words) || !PAIR_KIND.test(words) || DEED.test(words) || /《/.test(t)) return undefined;
  const names = m[2]!.split(/[、,和与及跟同\s]+/).filter((n) => n !== '');
  if (names.length === 0 || names.some((n) => n.length < 2 || n.length > 6)) return undefined;
  return { words, names };
}
