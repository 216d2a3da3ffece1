// Voice input puts a space where a comma goes (round 49, fve kind 1): 「今天和王强进行了廉政谈话 李娟请假了 下周再谈」 stored a
// talk with 李娟 at once, as did 「…签了承诺书 胡军休假 等他回来再签」 and 「…廉政谈话 赵磊下周谈」; 「…谈了廉政谈话 孙丽那边还没
// 来得及」 and 「…谈了心 本来还要和刘洋谈 他没来」 dropped the talk that was held. With commas the absence readers
// (absenceClause, absentFromGroup, the plan clauses) leave the one away out; without, the clause was glued to the deed's.

/** Titles that may follow a name (李娟科员 is rare; 孙丽科长 is not). */
const TITLE = '(?:同志|书记|理事长|副理事长|主任|副主任|部长|副部长|科长|副科长)?';
/** 那边 · 这边 · 的话 between the one named and what kept them. */
// 赵磊那天没来 (round 51, fze kind 1: the count before it lost): the day the one named was away.
const SIDE = '(?:那边|那里|这边|的话|那天|当天|那次)?';
/**
 * Why someone was not there, or their deed put off or not yet done: 请假 · 出差 · 休假 · 没来 · 下周(再)谈 · 回来补签 · 还没
 * (来得及) · 尚未. What follows a name here is never the rest of the deed before it.
 */
const KEPT_AWAY =
  // 陈志强缺席 · 何平开会去了 (round 63, gcc: 「…谈了廉政谈话 陈志强缺席」 made 陈志强 the only one talked to, at once).
  '(?:因(?:病|事|公))?(?:请假|出差|休假|外出|生病|病了|住院|不在|没来|没在|在外|下乡|借调|休产假|休年假|缺席|没参加|未参加|开会去了|开会了|在开会)' +
  '|(?:下周|下星期|下个?月|改天|过几天|回头|回来|以后|月底前?|年底前?|明天|后天)[^\\s,，;；。]{0,3}?(?:再|补|另)?(?:谈|签|约|聊)' +
  '|还没有?|尚未|暂未|还未|没来得及';

/**
 * A space before a clause that says a deed was put off or fell through and names no deed done (孙杰那次推迟了 · 那次谈心改期了 ·
 * 和孙丽的下次再谈 · 原定和孙丽的谈话取消了 · 没谈成; round 51, fze kind 2): 「今天和王强谈了心 孙杰那次推迟了」 was no report at
 * all (the whole line read as not held), 「…谈了廉政谈话 和孙丽的下次再谈」 stored a talk with 孙丽 at once. With a comma the
 * plan and not-held readers leave that clause out and keep the talk held. The clause ends at the next space or stop.
 */
const PUT_OFF_SPACED =
  /(?<=[\u4e00-\u9fa5》”])[ \u3000]+(?=[^\s,，;；。]{0,14}?(?:改期|推迟|延期|顺延|取消了|被取消|没[谈签开]成|未[谈签开]成|下次再|改天再|以后再|另约|另行安排)[^\s,，;；。]{0,6}(?:[\s,，;；。!！]|$))(?![^\s,，;；。]{0,14}?(?:到|至)(?:今天|昨天|前天|上周|本周|\d))/g;

/**
 * 「今天和王磊谈了廉政谈话 他也在准备材料」 (round 63, gcc: no report at all, the talk lost to the 准备 of the clause after it):
 * a space before 他/她 (也/还) 在 · 正在 opens a clause of its own about that person, as a comma would.
 */
const PRONOUN_BUSY_SPACED = /(?<=[\u4e00-\u9fa5》”])[ \u3000]+(?=[他她](?:也|还|都)?(?:在|正在)[\u4e00-\u9fa5])/g;

/**
 * `text` with a space before a clause that names someone (`names`: the directory's full names; or 他/她) as away, put off
 * or not yet done written as a comma (…廉政谈话 李娟请假了 → …廉政谈话,李娟请假了), and likewise a space before
 * 本来/原本/原计划 (a deed meant but not done). A space inside the deed (和孙丽 王强) or before anything else is left.
 */
export function withSpacedAbsence(text: string, names: readonly string[]): string {
  if (!/[ \u3000]/.test(text)) return text;
  // Only the names the text writes: a large directory's every name in one pattern costs for nothing.
  const written = names.filter((n) => n.length > 0 && text.includes(n)).sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const name = `(?:${[...written, '[他她]'].join('|')})`;
  const spaced = new RegExp(`(?<=[\\u4e00-\\u9fa5》”])[ \\u3000]+(?=(?:${name}${TITLE}${SIDE}(?:也|都)?(?:${KEPT_AWAY}))|本来|原本|原计划|原定|原先)`, 'g');
  return text.replace(spaced, ',').replace(PUT_OFF_SPACED, ',').replace(PRONOUN_BUSY_SPACED, ',');
}
