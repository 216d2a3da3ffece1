// 何主任和我昨天對中心藥房進行了專項檢查 · 到中心财务室检查 (round 42, t41a F9: the place lost, or put at 财务科): a room named
// after its unit (康复中心财务室 · 中心财务室 from a member of the 中心) is a part of that unit, not the department whose
// word the room shares.
import type { ParseContext } from './draft.js';

/**
 * `ids` (departments listed in `text`, in order) with each one named only as a room of another glued before it
 * (康复中心财务室: 财务科 dropped), and one glued after a bare 中心 written by a member of a 中心 (中心财务室) taken as
 * the sender's 中心. Unchanged when no department is named so.
 */
export function withoutRooms(ids: string[], text: string, ctx: ParseContext): string[] {
  const surfaces = (id: string) => {
    const d = ctx.directory.department(id);
    return d ? [d.name, ...(d.aliases ?? [])] : [];
  };
  const own = ctx.directory.person(ctx.senderId)?.departmentId;
  const centre = own !== undefined && /中心/.test(ctx.directory.department(own)?.name ?? '') ? own : undefined;
  const out: string[] = [];
  for (const id of ids) {
    const glued = (host: string) => surfaces(id).some((w) => text.includes(`${host}${w}`));
    if (ids.some((other) => other !== id && surfaces(other).some(glued))) continue;
    // 中心财务室 with no 康复 before it: the sender's own 中心's room.
    const bareCentre = centre !== undefined && id !== centre && surfaces(id).some((w) => new RegExp(`(?<![\\u4e00-\\u9fa5]{2}中心|学习)中心${w}`).test(text) && !surfaces(centre).some((c) => text.includes(`${c}${w}`)));
    const kept = bareCentre ? centre! : id;
    if (!out.includes(kept)) out.push(kept);
  }
  return out;
}
