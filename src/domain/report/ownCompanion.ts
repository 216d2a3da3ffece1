// 本周一和林晓对教育就业部、维权部开展了督查 sent by 黄志刚: the one named after 和 went along; the sender led his own check.
import type { Directory } from '../organization.js';

/** How senior someone is when two check together: 党组书记, 班子成员, a 书记 (机关纪委书记), a department head, anyone. */
export function checkRank(id: string, directory: Directory): number {
  const p = directory.person(id);
  if (!p) return 0;
  if (p.roles.includes('secretary')) return 4;
  if (p.roles.includes('leader')) return 3;
  if (p.title.includes('书记')) return 2;
  return directory.org.departments.some((d) => d.headId === id) ? 1 : 0;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Whether every one of `ids` is named in `text` as the sender's companion on a check: 和/与/跟/同/带着 ‹name› opening the
 * clause (after a day or 我/本人 at most — 本人与林晓同志对… of round 40, t39a F21) and going straight on to the place or the deed (对…, 到…, 去…查…, 开展…). Such a check is
 * the sender's own when the sender outranks them all, so no one is asked who led it (round 18, J: the 纪委书记 asked
 * 「是谁带队检查的？」 of his own check).
 */
// 和林干事到财务科… (round 53, fkf: asked whose): the companion called by surname and 干事 is named as surely as by name.
// 会同林晓对财务科… · 上上周带林晓去…，周五 (round 55, fhe: asked whose) name a companion as 和林晓对… does.
export function namesOwnCompanions(text: string, ids: string[], directory: Directory, senderId: string): boolean {
  if (ids.length === 0) return false;
  // 林晓 「和黄志刚对财务科…」: a companion who outranks the sender may have led it; that is still asked.
  if (ids.some((id) => checkRank(id, directory) >= checkRank(senderId, directory))) return false;
  return ids.every((id) => {
    const name = directory.person(id)?.name;
    if (!name) return false;
    const companion = new RegExp(
      `(?:^|[\\s\\u0000,;。:]|我|本人|[日号天一二三四五六末午周])(?:和|与|跟|同|带着|带领|带(?!队)|会同|协同)(?:${escape(name)}|${escape(name.slice(0, 1))}(?=干事))(?:同志|[\\u4e00-\\u9fa5]{0,2}干事|副?(?:部长|主任|科长|书记|理事长))?(?:同志)?(?:一起|一同|共同)?(?:对|到|去|赴|前往|深入|来到|开展|进行|检查|督查|抽查|暗访|巡查|查)`,
    );
    return companion.test(text);
  });
}
