// 孙丽 (财务科科长): 「昨天配合办公室对本科室报销凭证进行了检查」 · 「11月24日，配合机关纪委开展财务专项检查，黄志刚书记带队。」
// (round 41, t40b F13 / t40a F2: the first placed at 办公室 with 孙丽 the doer, the second not read at all): a check the
// sender's unit underwent is at the sender's department — named as 本科室/我科/我们部门 after 对, or, when the sender only
// assisted (配合/协助) someone else's check and names no place, the unit that hosted it.
import type { ParseContext, ReportDraft } from './draft.js';

/** 对本科室 · 对我科 · 对我们部门 · 对部里: the sender's own unit as the place checked. */
const OWN_UNIT_CHECKED = /对[\s\u0000]*(?:本(?:科室|部门|科|部|室|中心|单位)|我们(?:科室|部门|科|部|室|中心)|我(?:科|部|室)(?![长任分])|(?:科|部|室)里(?!面))/;
/** 查看了部门廉政风险防控台账 · 查阅了科室报销凭证 (round 41, t40b F10): the papers of the sender's own unit looked through. */
const OWN_UNIT_PAPERS = /(?:查看|查阅|翻阅|调阅)了?[\s\u0000]*(?:本|我们|我)?(?:部门|科室|科里|部里)(?:的)?[^,;。!?，；！？\n]{0,10}?(?:台账|档案|账目|凭证|账簿)/;
/**
 * 对中心药房 · 到中心财务室 (round 42, t41a F9: 何主任和我…對中心藥房進行了專項檢查 placed nowhere): a part of the 中心 the
 * sender belongs to, named by 中心 alone (a room: …房/室/库/处); 理论学习中心组 is no such part, nor 中心康复科室 (a loose
 * department name, asked which).
 */
const OWN_CENTRE_PART = /(?:对|到|赴|去|深入|前往)[\s\u0000]*(?:本|我们)?中心(?!组)(?=(?:(?![科部])[\u4e00-\u9fa5]){1,3}?(?:房|室|库|处))/;
/** 配合机关纪委 · 协助办公室 · 配合黄书记: the sender helped with someone else's check. */
const ASSISTED = /(?:配合|协助)(?:了)?[\s\u0000]*[\u4e00-\u9fa5]/;
/** A place named for the check: 对/到/赴/深入 … */
const PLACE_WORD = /(?:对|到|赴|深入|前往|去)[\s\u0000]*[\u4e00-\u9fa5]/;

/**
 * The sender's department as the place of a check told in `rest` (one clause group, day and type masked) that names none
 * of its own by a directory name: {departmentId} when 对 + the sender's own unit word (对本科室…) or its papers looked
 * through (查看了部门…台账), or when the sender
 * assisted (配合/协助) and no place follows 对/到; `{}` otherwise, or for a sender of no department, a leader or an
 * inspector (whose 配合 is no hosting).
 */
export function assistedCheckPlace(rest: string, ctx: ParseContext): Pick<ReportDraft, 'departmentId'> {
  const sender = ctx.directory.person(ctx.senderId);
  if (!sender?.departmentId || sender.roles.some((r) => r === 'secretary' || r === 'leader' || r === 'inspector')) return {};
  if (OWN_UNIT_CHECKED.test(rest) || OWN_UNIT_PAPERS.test(rest)) return { departmentId: sender.departmentId };
  if (OWN_CENTRE_PART.test(rest) && /中心/.test(ctx.directory.department(sender.departmentId)?.name ?? '')) return { departmentId: sender.departmentId };
  const assisted = ASSISTED.exec(rest);
  if (assisted && !PLACE_WORD.test(rest.slice(assisted.index + assisted[0].length))) return { departmentId: sender.departmentId };
  return {};
}
