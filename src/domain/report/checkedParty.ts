// 机关纪委对财务科…开展了专项检查…已当场反馈孙丽科长并要求限期整改 from the 机关纪委书记 (round 44, t46b F3: asked 「是谁带队检查的？」
// offering 孙丽, the head checked): the one a check's findings were fed back to, pointed out to, or who explained to the
// checkers is the side checked, never its doer nor a candidate for it.

/** Just before the name: the findings turned to them (反馈给 · 向…指出 · 约谈了被检查科室负责人 · 责成). */
const TOLD_BEFORE = /(?:反馈(?:给|至)?|通报给|告知|交办给|移交给|责成|督促|要求|约谈(?:了)?|被检查(?:科室|部门|单位|部室)?(?:的)?(?:主要)?负责人)[\s\u0000]*$/;
/** 向孙丽科长指出 · 向被检查科室负责人反馈: 向 before the name, a verb of telling the findings after it. */
const TO_BEFORE = /向[\s\u0000]*(?:被检查(?:科室|部门|单位|部室)?(?:的)?(?:主要)?负责人)?[\s\u0000]*$/;
/** After the name (its title between): 指出/反馈/提出/交办 when 向 stood before it. */
const TOLD_AFTER = /^(?:同志)?[\u4e00-\u9fa5]{0,4}?(?:书记|理事长|主任|科长|部长|局长)?(?:同志)?(?:当面|当场|现场|逐一|一一)?(?:指出|反馈|提出|交办|通报|点明)/;
/** After the name: they answered for the side checked (作了说明 · 进行了解释 · 签字确认 · 表示立即整改). */
const ANSWERED_AFTER = /^(?:同志)?[\u4e00-\u9fa5]{0,4}?(?:书记|理事长|主任|科长|部长|局长)?(?:同志)?(?:当场|现场|就[^,;。!?\n]{1,16}?)?(?:作了|做了|进行了|作出了|作)?(?:情况)?(?:说明|解释|签字确认|表态|表示(?:立即|马上|将|会)?(?:整改|落实))/;

/**
 * Whether the person named at [start, end) of `text` (a check's report) stands as the side checked: the findings fed back
 * or pointed out to them (反馈孙丽科长 · 向孙丽科长指出 · 约谈了被检查科室负责人李明), or they explained for it (孙丽科长作了说明).
 */
export function namedAsChecked(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  const after = text.slice(end);
  return TOLD_BEFORE.test(before) || (TO_BEFORE.test(before) && TOLD_AFTER.test(after)) || ANSWERED_AFTER.test(after);
}
