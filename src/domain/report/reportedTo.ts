// 吴静「11月27日向刘芳副理事长书面报告了康复部下半年全面从严治党工作情况」 (round 46, t48b F3: asked whose, 刘芳 offered
// first, though the sender heads 康复部): the leader a paper is reported to (向X报告/汇报) received it; they are no one who may
// have done it, so they are never offered as its doer.
import type { Directory } from '../organization.js';

/** After the name: titles, then the paper reported within the clause (书面报告了 · 作了…汇报 · 汇报了). */
const REPORTED_AFTER = String.raw`(?:同志)?(?:副?(?:书记|理事长|主任|部长|科长))?(?:同志)?[^,;。!?，；！？\n]{0,10}?(?:报告|汇报|呈报|报送)`;
/** Before the name: 向/给, maybe 分管领导 or a unit's title before it (向分管领导刘芳副理事长 · 向机关纪委书记黄志刚). */
const TO_BEFORE = String.raw`(?:向|给)(?:分管(?:领导|副理事长)?|[\u4e00-\u9fa5]{0,6}?(?:书记|理事长|领导))?`;

/** The directory people `text` names as those a paper was reported to (向刘芳副理事长书面报告了… · 给黄书记汇报了…). */
export function reportedToIds(text: string, directory: Directory): string[] {
  return directory.org.people
    .filter((p) => new RegExp(`${TO_BEFORE}(?:${p.name}|${p.name[0]}(?:副?(?:书记|理事长|主任|部长|科长)))${REPORTED_AFTER}`).test(text))
    .map((p) => p.id);
}
