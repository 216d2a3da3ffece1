// 12月1日为机关全体党员讲授专题廉政党课…，张伟书记出席 (round 38, t37c F11: the lecture and the talk after it given to 张伟): a
// leader who only sat at the lecture (出席 · 到场 · 参加 · 列席 · 听课) in a clause of their own is present, not the one who gave it.
import type { ActorParse } from './parseActor.js';
import { blank } from './parseCounterpartItems.js';

/** After the one named: a title, then only being there (出席并讲话 too), and the clause ends. 出席并讲授… is giving it. */
const PRESENT_ONLY =
  /^(?:同志)?(?:[\u4e00-\u9fa5]{0,4}?(?:书记|理事长|主任|科长|部长|局长|主席))?(?:同志)?[\s\u0000]*(?:也|亲自|亲临|全程|专门|特意)?(?:(?:出席|到场|到会|参加|列席|听课|旁听|莅临|观摩)了?){1,2}(?:会议|党课|活动|指导)?(?:并(?:讲话|致辞|作了?讲话|作了?点评|点评|指导|提出要求|听课))?[\s\u0000]*(?:[,;。!?]|$)/;
/** Before the one named, within its clause: nothing, or 会上/现场 (在 a place at most). */
const CLAUSE_OF_THEIR_OWN = /(?:^|[,;。!?:])[\s\u0000]*(?:会上|课上|现场|当天|同时)?[\s\u0000]*$/;
/**
 * A clause with no subject that gives the lecture (day and type masked): 为机关全体党员讲授… · 给大家上了一堂… · 讲授… · 主讲….
 * 上了… alone may be sitting in one, so only after 为/给/向 an audience.
 */
const SUBJECTLESS_LECTURE =
  /(?:^|[,;。!?:])[\s\u0000]*(?:于|在[^,;。!?\u0000]{1,10}?)?[\s\u0000]*(?:(?:为|给|向)[^,;。!?]{1,16}?(?:讲授|主讲|授课|宣讲|讲了?|上了?一?[堂次节]?)|(?:专题)?(?:讲授|主讲|授课|宣讲))/;

/**
 * `read` (parseActor's reading of a lecture's `rest`, day and type masked) without its doer when that doer only sat at it in a
 * clause of their own and another clause gives the lecture with no subject: the sender gave it (or, for one who gives no
 * lectures, whoDidIt asks whose). The one present is masked, so they are no leftover and no one talked with after. Undefined
 * when the reading stands: no doer, a doer who gave it (出席并讲授 · 张书记讲授…), or no subjectless lecture clause.
 */
export function presentAtLecture(read: ActorParse, rest: string): ActorParse | undefined {
  if (!read.actorId || read.text === undefined) return undefined;
  const at = rest.indexOf(read.text);
  if (at < 0 || !CLAUSE_OF_THEIR_OWN.test(rest.slice(0, at)) || !PRESENT_ONLY.test(rest.slice(at + read.text.length))) return undefined;
  if (!SUBJECTLESS_LECTURE.test(rest)) return undefined;
  const { actorId: _present, text: _words, ...others } = read;
  return { ...others, rest: blank(read.rest, at, at + read.text.length) };
}
