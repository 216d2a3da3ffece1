// A 台账 row's 参加人员 cell (王强 · 全科6人 · 孙丽、李娟) and a 内容 cell's 「（对象：张颖）」: who the deed was with, or how
// many took part (round 19, fault 5: the 负责人/参加人员 table read as the sender's, the talk paired with the doer).
import type { Directory } from '../organization.js';
import { findKinds } from './parseKind.js';
import { extractTitles } from './parseTraining.js';

/** Types done with a person (a talk, a pledge signed): a named 参加人员 is their counterpart, not a head count. */
const WITH_PERSON = /^(?:talk_|pledge_)/;

/** Checks: those listed beside one are its inspectors. */
const CHECK = /^inspect_|^pledge_check$/;

/** Words of a deed done together (集中学习 · 观看 · 党课 · 开会): those listed took part in it, no one was talked with. */
const TOGETHER = /学习|教育|党课|警示|观看|宣讲|讲座|培训|辅导|会议|开会|参观/;

/** 「（对象：张颖）」「(谈话对象:张颖)」 inside a 内容 cell; 「谈心谈话（与王磊）」 (round 21, K4) too. */
const OBJECT_NOTE = /[（(]\s*(?:(?:谈话)?对象\s*[:：]|与|和|同|跟)\s*([^）)]+)[）)]/;

/** What a row's 参加人员 cell adds to the sentence: a counterpart, a head count, or the whole of a unit (全体党员). */
export interface Participants {
  counterpart: string;
  count: string;
  /** The unit's whole as written, 参加 left off (全体 · 全体党员 · 全科 · 办公室全体人员), or ''; the row says 「，全体党员参加」. */
  whole?: string;
}

/**
 * A 参加人员 cell naming a unit's whole (全体 · 全体党员 · 全科 · 全员 · 本科室全体人员 · 办公室全体): round 59, fcd (t61b F1: the
 * cell was dropped without a word, the study stored with no one taking part); written as prose says it, read as 全体参加 is.
 */
const WHOLE_CELL = /^((?:本|我)?[\u4e00-\u9fa5]{0,5}?(?:科室|部门|科|部|室|中心|机关|单位)?的?(?:全体|全科|全部|全员|所有)(?:在职)?(?:党员干部|党员|干部职工|干部|职工|工作人员|人员|同志)?)(?:均|都)?(?:参加|参与|参会|参学)?$/;

/** The unit's whole a cell names (全体党员参加 → 全体党员 · 全科 → 全科), 参加 left off; undefined for any other cell. */
export function wholeOfUnit(cell: string): string | undefined {
  return WHOLE_CELL.exec(cell.trim())?.[1];
}

/**
 * What `cell` (a 参加人员 column) says for a row whose deed is `deed`: names of the directory are the counterparts of a talk
 * or a pledge, and otherwise counted (孙丽、李娟 → 2); a number in it (全科6人, 6人, 6) is the head count. Anything else
 * is left to the sentence as written, never dropped. `named` is the row's text that already names people — its doer cell
 * and its deed cell (李明主任与胡军谈心谈话): a person written there is never a counterpart again, so the doer is never
 * their own counterpart (round 39, t38b F1: 参加人员 李明、胡军 beside that deed made two talks, each asked whose).
 */
export function participantsOf(cell: string, deed: string, directory: Directory, named = ''): Participants {
  const digits = /(\d+)\s*(?:人|名)?/.exec(cell);
  if (digits) return { counterpart: '', count: digits[1]! };
  const whole = wholeOfUnit(cell);
  if (whole !== undefined) return { counterpart: '', count: '', whole };
  const names = directory.hasName;
  const listed = cell.split(/[、,，\s]+/).map((n) => n.replace(/同志$/, '')).filter((n) => n !== '');
  if (listed.length > 0 && listed.every((n) => names(n))) {
    const kinds = findKinds(extractTitles(deed).rest);
    // 对康复部开展作风纪律检查⇥黄志刚⇥林晓、王强 (round 39 merge: the check got 「2人参加」): those listed on a check went along
    // with its leader; a check has no head count and no one talked with.
    if (kinds.length > 0 && kinds.every((k) => CHECK.test(k.code))) return { counterpart: '', count: '' };
    // 集中学习《…》 names no type the kind reader knows, yet is a study: its people are counted, never talked with (round 39).
    const withPerson = kinds.length === 0 ? !TOGETHER.test(deed) : kinds.every((k) => WITH_PERSON.test(k.code));
    return withPerson ? { counterpart: listed.filter((n) => !named.includes(n)).join('、'), count: '' } : { counterpart: '', count: String(listed.length) };
  }
  return { counterpart: '', count: '' };
}

/**
 * A 内容 cell that is nothing but whom the row's deed was with: 与刘洋 · 和赵磊同志 · 与王强、李娟 (round 41, t40a F1: the
 * cell was dropped and the talk asked 「和谁谈的？」). A cell with a deed after the names (与刘洋谈心) is read as prose.
 */
const WITH_CELL = /^(?:与|和|同|跟)\s*([\u4e00-\u9fa5]{2,4}?(?:同志)?(?:[、，,和及][\u4e00-\u9fa5]{2,4}?(?:同志)?)*)$/;

/** A 内容 cell without its 「（对象：张颖）」, and the person that note names (or ''); a cell of 与刘洋 alone is that person. */
export function objectInContent(cell: string): { deed: string; counterpart: string } {
  const alone = WITH_CELL.exec(cell.trim());
  if (alone) return { deed: '', counterpart: alone[1]!.replace(/同志/g, '').replace(/[，,和及]/g, '、') };
  const m = OBJECT_NOTE.exec(cell);
  return m ? { deed: cell.replace(m[0], '').trim(), counterpart: m[1]!.trim() } : { deed: cell, counterpart: '' };
}
