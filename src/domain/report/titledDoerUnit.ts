// 转发：组联部党风廉政建设工作开展情况⏎11月19日，组联部部长周涛主持召开部门会议… (round 47, t49b F3: the 专题会议 stored with no
// department, while 「组联部召开…」 had one): the doer named with their unit and post (组联部部长周涛 · 康复中心主任何平) and
// then leading the deed (主持 · 组织 · 召开 · 带领) held it as that unit's, as 组联部召开 does.
import type { ParseContext } from './draft.js';
import { directoryIndex } from './parseDirectoryIndex.js';

/**
 * After the unit: its post (部长 · 主任 · 科长 · 负责人, 副 or 主要 before), then the person's name follows. 组联部周涛讲廉政党课
 * (a table's 科室 cell before its 内容 cell, t52b F10: the 党课 stored with no department) names the unit with no post.
 */
const POST = /^(?:党支部书记|支部书记|主要负责人|负责人|副?(?:部长|主任|科长|主任医师|院长))?(?:同志)?$/;
/** After the name: what the head did leading the deed, within a few characters (同志 · 亲自 · 于11月19日 between). */
// 讲廉政党课 · 讲授 · 主讲 · 宣讲 (t52b F10): giving the unit's lecture is leading it too.
const LEADS = /^(?:同志)?[\s\u0000,，]*(?:于[^,;。，；]{0,10}?)?(?:亲自)?(?:主持|组织|召开|带领|牵头|带队|部署|讲授|主讲|宣讲|讲了|讲)/;

/**
 * The id of the department `text` names right before the doer's post and name (组联部部长周涛主持召开…), when `doerId` is of
 * that department and leads the deed there; else undefined. A leader named with another unit (办公室主任李明 at a 党组 meeting
 * he only attended) leads nothing, and a department that is not the doer's own names no unit of the deed.
 */
export function titledDoerUnit(text: string, doerId: string, ctx: ParseContext): string | undefined {
  const doer = ctx.directory.person(doerId);
  if (doer?.departmentId === undefined) return undefined;
  const index = directoryIndex(ctx.directory);
  for (const m of text.matchAll(index.surfaces)) {
    const dept = index.departmentBySurface.get(m[0]);
    if (dept?.id !== doer.departmentId) continue;
    const after = text.slice(m.index + m[0].length);
    const at = after.indexOf(doer.name);
    if (at < 0 || at > 8 || !POST.test(after.slice(0, at))) continue;
    if (LEADS.test(after.slice(at + doer.name.length))) return dept.id;
  }
  return undefined;
}
