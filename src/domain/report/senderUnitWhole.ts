// Round 69 (gib; t71c): 陈静「本月初全体党员签订了廉洁从业承诺书，共14人」 asked 和谁签订的 beside its day, and her answer 「全体党员
// 都签了，14人」 was no answer: 全体党员 opening a signing with no unit before it named no one the reader could take. From a member
// of a department (a head or its staff, no 党组/纪检 role), everyone of 全体 is their unit's, as 「部门全体党员签订…」 already
// reads: the head's one signing with the count on a card (a staff member's report), or the head's own. 赵敏's 组织全体党员签订
// (a leader of no unit) and 黄志刚's (the 机关's 纪委) stay as they were.
import type { Directory } from '../organization.js';

/** 全体党员 · 全体干部职工 · 全体人员 opening a clause (after a day or a mark), then a signing: group 1 the group words. */
const WHOLE_SIGNING = /(?<=^|[,，;；。\n\s:：日号初底天月旬0-9一二三四五六])(全体(?:的)?(?:党员|干部职工|干部|职工|人员|同志|工作人员|员工))(?=[\s]*(?:都|均|已|已经)?[\s]*(?:签订|签署|签了|签))/g;

/** What may stand before the group in its clause: its time only (digits, 月日号, 本月初, 上周三, 昨天, 前几天, one space). */
const TIME_ONLY = /^(?:[0-9０-９.月日号份初中底旬上下本这个周星期一二三四五六日天昨前今近期最几些]|[ ](?! ))*$/;

/**
 * `text` with a 全体… group that opens a signing clause (本月初全体党员签订了…) written as 部门全体… when the sender
 * (`senderId`) belongs to a department of `directory` and holds no role (党组, 纪检); otherwise `text` unchanged.
 */
export function withSenderUnitWhole(text: string, directory: Directory, senderId: string): string {
  const sender = directory.person(senderId);
  if (sender?.departmentId === undefined || sender.roles.some((r) => r !== 'member' && r !== 'dept_head')) return text;
  // Only a clause that opens with its time (11月3日 · 本月初 · 上周三), never after a unit or a person (组联部昨天全体人员 ·
  // a table row 11月3日⇥周涛⇥全体人员): those name whose 全体 it is already.
  return text.replace(WHOLE_SIGNING, (group: string, _g: string, at: number) => (TIME_ONLY.test(text.slice(0, at).split(/[,，;；。\n]/).at(-1)!) ? `部门${group}` : group));
}

/** An answer that is the group: 全体党员 · 全体党员都签了，14人 · 全体人员 共5人 (group 1 the group words). */
const WHOLE_ANSWER = /^[\s]*(全体(?:的)?(?:党员|干部职工|干部|职工|人员|同志|工作人员|员工))(?=[\s,，]*(?:都|均|已|已经)?[\s]*(?:签订|签署|签了|签|谈了|谈过|$|[,，。\s]|共|一共|[0-9一二两三四五六七八九十]))/;

/**
 * `answer` to 和谁签订的 / 和谁谈的 that opens with a 全体… group (全体党员都签了，14人) written as 部门全体…, when `doerId`
 * (the record's doer, else the sender) belongs to a department and holds no role, as withSenderUnitWhole reads the
 * message; otherwise `answer` unchanged.
 */
export function withAnswerUnitWhole(answer: string, directory: Directory, doerId: string): string {
  const doer = directory.person(doerId);
  if (doer?.departmentId === undefined || doer.roles.some((r) => r !== 'member' && r !== 'dept_head')) return answer;
  return answer.replace(WHOLE_ANSWER, (all, group: string) => all.replace(group, `部门${group}`));
}
