// …，王建国同志请假没有参加 (round 28, n28: the whole report read as a denial, 没看懂): someone absent from a deed reported.
import type { Directory } from '../organization.js';
import { NOT_DONE_FOR, peopleNamed } from './notDoneFor.js';

/**
 * 没有参加 · 没能出席 · 未到会 · 缺席 · 请假 · 出差 · 休假 (ending the message or its line): a person's absence, however
 * worded, and 没来 · 没到 ending the clause (胡军休假没来 · 赵磊那天没来; round 51, fze kind 1: asked who held the study). 没有 made the whole message a denial; 未参加 is what NOT_DONE_FOR reads as a deed not done for whoever the clause
 * names. 「…，应到3人实到2人，王强同志出差」 (t40b F14: 王强 offered first as the study's doer) names the one away.
 */
const ABSENT = /(?:没有?|没能|未能|未)(?:参加|参会|出席|到会|到场|参与)|缺席|(?<=[\u4e00-\u9fa5])(?:没有?|未)(?:来|到)(?=[了。.!！\s]*$)|(?<=请假|出差|休假|外出|病假|事假|因病|生病|住院|借调)(?=[了。.!！\s]*$)/;

/** 部分同志 · 2名同志 · 其余人员 · 个别党员: people absent, not named. */
const UNNAMED_PEOPLE = /同志|人员|党员|干部|职工|[\d一二两三四五六七八九十]+(?:名|人|位)/;

/** A clause of the message: up to (not into) the next ，；。 or line break. */
const CLAUSE = /[^,，;；。\n]+/g;

/**
 * `text` with each clause that names someone of the directory as absent (王建国同志请假没有参加 · 王强缺席 · 孙丽请假)
 * written with 未参加 (王建国同志请假未参加), the shape notDoneFor takes out of every record and names on the card; `text`
 * unchanged when no clause does. A clause naming no one (部分同志请假没有参加), naming a type (`typeWords`: 没有参加廉政
 * 谈话 is a denial of that deed), or already read as not done (因公未参加) is left as it is.
 */
export function withAbsenceSaidPlainly(text: string, directory: Directory, typeWords: (clause: string) => boolean): string {
  return text.replace(CLAUSE, (clause, at: number) => {
    const m = ABSENT.exec(clause);
    // 李娟请假了，改天再谈 · 孙丽出差了，还没谈 (deedFellThrough, BECAUSE): a bare 请假 before anything else is why a deed
    // fell through or waits, no absence; only the last clause of the message or of its line says who was away.
    if (m && m[0] === '' && !/^[ \t。.!！]*(?:\n|$)/.test(text.slice(at + clause.length))) return clause;
    // Away (出差, 休假…) or 请假 at the end of a line that is not the last: only while the one away is named nowhere else
    // (…张颖出差了。⏎11月26日与张颖谈心谈话 keeps the talk with 张颖), since the absence is taken out of every record.
    if (m && m[0] === '' && (!/^[\s。.!！]*$/.test(text.slice(at + clause.length)) || !/请假[了。.!！\s]*$/.test(clause))) {
      const elsewhere = text.slice(0, at) + text.slice(at + clause.length);
      if (peopleNamed(clause, directory).some((id) => elsewhere.includes(directory.org.people.find((p) => p.id === id)!.name))) return clause;
    }
    if (!m || NOT_DONE_FOR.test(clause) || typeWords(clause)) return clause;
    if (peopleNamed(clause, directory).length === 0 && !UNNAMED_PEOPLE.test(clause.slice(0, m.index))) return clause;
    return `${clause.slice(0, m.index)}未参加${clause.slice(m.index + m[0].length)}`;
  });
}
