// 「…与科长孙丽、副科长王强分别开展廉政谈话，提醒其严格执行财经纪律；随后到办公室与李明主任进行了谈心谈话」 (round 33b, F7 A2:
// the 随后 talk asked its day, though with a comma it carried): 随后/之后/接着/会后 opening a ；-clause says it was done right
// after the clause before, on its day — whatever its kind, unlike the same-kind rule for a bare ；-clause.
import { findKinds } from './parseKind.js';
import { extractTitles } from './parseTraining.js';

/** 随后 · 之后 · 此后 · 接着 · 紧接着 · 会后 · 散会后 · 活动结束后 · 会上 · 会议期间 opening the entry (after spaces and commas). */
// 观影结束后 · 学习结束后 · 谈话结束后 · 观影后 · 课后 (round 37, t37a F9): the end of the deed told before, named by its own
// words, says the same as 会后 does.
// 会上 · 会中 · 会议期间 · 在会上 · 会前 · 会后当天 (round 46, t48a F4: 「昨天中心开展了节前廉洁教育…；会上我还和新任副主任徐辉做了任前
// 廉政谈话」 asked the talk's day): a deed done at (or just before) the gathering told before is on its day, as 会后 is.
const AFTERWARDS = /^[\s\u0000,]*(?:(?:在|于)?(?:会上|会议上|会中|会间|会议期间|会议中|会前|会议开始前)|随后|随即|之后|此后|紧接着|接着|然后|会后|会议结束后|散会后|课后|[\u4e00-\u9fa5]{1,4}?(?:结束|完毕)(?:以后|之后|后)|结束后|(?:观影|观看|学习|谈话|谈完话?|看完|学完|参观)(?:以后|之后|后))/;
/** 谈了话 · 签了承诺书 · 组织学习《…》: a deed said without its kind's full name (its kind read or asked later). */
const DEED = /谈(?:了|过)?(?:一次)?(?:话|心|廉政)|谈了谈|聊了?聊|聊了|签(?:了|订|署)|组织|开展|召开|举办|观看|收看|学习|讲授|检查|督查|抽查/;
/** 之后将每月开展一次廉政谈话 · 随后要组织学习: a plan, which has no day to take. */
// 与各部室主要负责人… (round 37, t37a F1): the 要 of 主要/重要 is part of a noun, no plan.
const PLANNED = /将|准备|计划|拟|打算|(?<![主重纪摘概提简首])要(?![求点件素])/;

/**
 * Whether an entry (one ；-clause, no day of its own) opens with 随后/之后/接着/会后 and names a deed done then: a kind
 * of activity, or a deed in short words (谈了话, 组织学习); never a plan. Such an entry takes the day of the clause before it.
 */
export function deedAfterwards(entry: string): boolean {
  return opensAfterwards(entry) && namesDeedDone(entry);
}

/** Whether `entry` opens with words saying it followed the deed told before (随后 · 会后 · 观影结束后…). */
export function opensAfterwards(entry: string): boolean {
  return AFTERWARDS.test(entry);
}

/** Whether `entry` names a deed done (a kind of activity, or 谈了话 / 组织学习), never a plan. */
function namesDeedDone(entry: string): boolean {
  // …，与何平主任进行了谈心谈话。最后，张伟强调，各部门要确保… (t38a F11: the talk asked its day): what a leader said in a
  // sentence after the deed (要…) is no plan of the deed; only the entry's first sentence tells it.
  const words = extractTitles(entry).rest.split(/[。!?！？]/)[0]!;
  if (PLANNED.test(words)) return false;
  return findKinds(words).length > 0 || DEED.test(words);
}
