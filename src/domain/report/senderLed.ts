// 「上周五带部门同志去法院旁听了庭审」 from a head: the sender led their people there, so the deed is the sender's.
import { DAY_WORD } from './dayWord.js';

/**
 * A clause opening (after its day, and 我) with 带/带领/带着/率/率领 and then the people taken along (部门同志 · 科室人员 ·
 * 全体党员 · 中心干部职工): the one who led them, the sender, did it.
 */
const LED = new RegExp(
  `(?:^|[,;。\\n，；])\\s*(?:${DAY_WORD.source})?\\s*(?:上午|下午)?\\s*(?:我|本人)?\\s*(?:又)?(?:带领?|带着|率领?|领着)[\\u4e00-\\u9fa5]{0,8}?(?:同志|同事|人员|干部|党员|职工|员工)`,
);

/**
 * Whether `text` says the sender led their people to the deed (round 34a, F4: a 警示教育 the sender led her staff to was
 * asked whose, 陈副理事长 of another clause among the choices). Someone named before 带 (陈副理事长带部门同志…) is not this.
 */
export function saysSenderLed(text: string): boolean {
  return LED.test(text);
}
