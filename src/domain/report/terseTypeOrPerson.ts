// 不对，是廉政谈话 · 类型错了，是谈心谈话 · 不对，是和王强: a terse correction of the latest record's type or person.
import type { ActivityTypeCode } from '../activityTypes.js';
import { parseKind } from './parseKind.js';

export type TypeOrPersonCorrection =
  /** The record's type, as a code, and the words that named it. */
  | { kind: 'type'; to: ActivityTypeCode; said: string }
  /** A person put in place of the record's one; `role` when the words say which (和王强: the one talked to). */
  | { kind: 'person'; role?: 'counterpart'; to: string };

/** 不对，… · 错了，… · 不对，应该是…: the opener owns a slip and brings the right value. */
const NOT_RIGHT = /^(?:不对|错了|不是这个|不是这样)[,;。!\s]*(?:应该?是|应为|应当是|其实是|实际是|是)\s*(.+)$/;
/** 类型错了，是谈心谈话 · 活动类型不对，应该是廉政谈话 · 类别写错了，应为警示教育. */
const TYPE_WRONG = /^(?:活动)?(?:类型|类别|种类)(?:写|填|报|记|搞|弄|选)?(?:错了|有误|不对)[,;。!\s]*(?:应该?是|应为|应当是|改为|改成|其实是|是)\s*(.+)$/;
/** What may close such a sentence: 吧 · 才对 · 的 · a full stop. */
const CLOSING = /(?:才对|吧|的|啊|呀)?[。.!！\s]*$/;
/** 和王强 · 与李娟同志 · 跟孙丽谈的: a person, with the word that makes them the one talked to or signed with. */
const WITH_PERSON = /^(和|与|跟|同)?([\u4e00-\u9fa5]{2,4}?)(?:同志)?(?:谈的|签的|谈话|谈心|谈|签)?$/;

/** Characters of counts, days and times that a bare 「不对，是…」 name does not hold. */
const NOT_A_NAME = /[0-9一二三四五六七八九十两几次个人号日天周月年午晚早点半]/;

/**
 * The type or person `text` (normalized) puts right on the latest record, or null. A type is taken only when the rest
 * is nothing but the type's name (「不对，是上周和王强廉政谈话」 is a report again, left to the report); a person only
 * as a short name, resolved by the caller against the directory.
 */
export function terseTypeOrPerson(text: string): TypeOrPersonCorrection | null {
  const typed = TYPE_WRONG.exec(text);
  const m = typed ?? NOT_RIGHT.exec(text);
  if (!m) return null;
  const rest = m[1]!.replace(CLOSING, '');
  const kind = parseKind(rest);
  if (kind.kind) return kind.rest.replace(/\u0000/g, '').trim() === '' ? { kind: 'type', to: kind.kind.code, said: kind.kind.text } : null;
  if (typed) return null;
  const who = WITH_PERSON.exec(rest);
  // 不对，是两次 · 不对，是下午: counts and times of day are no names; without 和 a name must look like one.
  if (!who || (!who[1] && NOT_A_NAME.test(who[2]!))) return null;
  return { kind: 'person', ...(who[1] ? { role: 'counterpart' as const } : {}), to: who[2]! };
}
