// 组织赵磊等同志到法院旁听庭审, sent by 赵磊: the sender is one of those taken along, so the deed is their department's.
import type { ParseContext } from './draft.js';

/**
 * `text` with 「组织<the sender>等同志」 read as 「组织部门同志」 (round 20u L15: the 科员 who was taken stored as the doer), so
 * the department's head is its doer, as for 组织部门同志学习…. Unchanged when the sender heads their department or has
 * none: then they may well have taken the others themself.
 */
export function withSenderAmongTaken(text: string, ctx: ParseContext): string {
  const sender = ctx.directory.person(ctx.senderId);
  const dept = sender?.departmentId ? ctx.directory.department(sender.departmentId) : undefined;
  if (!sender || !dept || dept.headId === ctx.senderId) return text;
  const taken = new RegExp(`(组织了?|带领|安排)${sender.name}(?:同志)?(?:等|和其他)[\\d一二两三四五六七八九十几]*(?:名|位)?(?:同志|人员|党员|干部|人)`, 'g');
  return text.replace(taken, '组织部门同志');
}
