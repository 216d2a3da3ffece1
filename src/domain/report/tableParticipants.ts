// A 台账 row's 参加人员 cell (王强 · 全科6人 · 孙丽、李娟) and a 内容 cell's 「（对象：张颖）」: who the deed was with, or how
// many took part (round 19, fault 5: the 负责人/参加人员 table read as the sender's, the talk paired with the doer).
import type { Directory } from '../organization.js';
import { findKinds } from './parseKind.js';
import { extractTitles } from './parseTraining.js';

/** Types done with a person (a talk, a pledge signed): a named 参加人员 is their counterpart, not a head count. */
const WITH_PERSON = /^(?:talk_|pledge_)/;

/** 「（对象：张颖）」「(谈话对象:张颖)」 inside a 内容 cell; 「谈心谈话（与王磊）」 (round 21, K4) too. */
const OBJECT_NOTE = /[（(]\s*(?:(?:谈话)?对象\s*[:：]|与|和|同|跟)\s*([^）)]+)[）)]/;

/** What a row's 参加人员 cell adds to the sentence: a counterpart, or a head count. */
export interface Participants {
  counterpart: string;
  count: string;
}

/**
 * What `cell` (a 参加人员 column) says for a row whose deed is `deed`: names of the directory are the counterparts of a talk
 * or a pledge, and otherwise counted (孙丽、李娟 → 2); a number in it (全科6人, 6人, 6) is the head count. Anything else
 * is left to the sentence as written, never dropped.
 */
export function participantsOf(cell: string, deed: string, directory: Directory): Participants {
  const digits = /(\d+)\s*(?:人|名)?/.exec(cell);
  if (digits) return { counterpart: '', count: digits[1]! };
  const names = new Set(directory.org.people.map((p) => p.name));
  const listed = cell.split(/[、,，\s]+/).map((n) => n.replace(/同志$/, '')).filter((n) => n !== '');
  if (listed.length > 0 && listed.every((n) => names.has(n))) {
    const kinds = findKinds(extractTitles(deed).rest);
    const withPerson = kinds.length === 0 || kinds.every((k) => WITH_PERSON.test(k.code));
    return withPerson ? { counterpart: listed.join('、'), count: '' } : { counterpart: '', count: String(listed.length) };
  }
  return { counterpart: '', count: '' };
}

/** A 内容 cell without its 「（对象：张颖）」, and the person that note names (or ''). */
export function objectInContent(cell: string): { deed: string; counterpart: string } {
  const m = OBJECT_NOTE.exec(cell);
  return m ? { deed: cell.replace(m[0], '').trim(), counterpart: m[1]!.trim() } : { deed: cell, counterpart: '' };
}
