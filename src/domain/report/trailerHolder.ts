// 「…一次是周二学习廉洁自律准则，一次是周四部门廉政风险点排查，都是吴部长主持的」 · 「…均由孙科长组织」 (round 50 fxb, left alone:
// only the last item took the doer, the others stayed the sender's): a closing 都是X主持的 (no 由 said) or 均由X组织 with X
// said as 吴部长/孙科长 rather than a full name names who held every item, as ALL_LED_CLAUSE's full names do.
import type { Person } from '../organization.js';
import type { ParseContext } from './draft.js';
import { directoryIndex, peopleWithTitle } from './parseDirectoryIndex.js';

/** The closing clause: 都是/均由/全是 + who (a name, 吴部长, 王建国副理事长) + holding verb (主持 · 组织 · 带队…) + 的. Group 1 is who. */
const HELD_BY = /(?:^|[。!?\n;；，,\s])(?:这两次|这几次|两次|几次|以上)?(?:都|均|全)(?:是|由)\s*([\u4e00-\u9fa5]{2,8}?)(?:同志)?(?:亲自)?(?:主持|组织|带队|率队|牵头|召集)(?:召开|开展)?(?:的)?\s*(?=[。!；;，,\s]|$)/g;

/**
 * The one person of the directory a closing 都是X主持的 / 均由X组织 names, X a full name (with a title after it or not) or a
 * surname and title (吴部长 · 孙科长, among several the one of the sender's department); undefined when none or more than one
 * is said or fits.
 */
export function trailerHolder(text: string, ctx: ParseContext): Person | undefined {
  const index = directoryIndex(ctx.directory);
  const own = ctx.directory.person(ctx.senderId)?.departmentId;
  const found = new Map<string, Person>();
  for (const m of text.matchAll(HELD_BY)) {
    const who = m[1]!;
    const full = [...who.matchAll(index.surfaces)].flatMap((x) => index.peopleByName.get(x[0]) ?? []);
    let fits = full;
    if (fits.length === 0) {
      const titled = new RegExp(`^(?:${index.surnameTitle.source})$`).exec(who);
      if (!titled) continue;
      const holders = peopleWithTitle(index.peopleBySurname.get(titled[1]!) ?? [], titled[3]!, titled[2] !== undefined);
      const ownUnit = holders.filter((p) => p.departmentId === own);
      fits = holders.length > 1 && ownUnit.length > 0 ? ownUnit : holders;
    }
    if (fits.length !== 1) return undefined;
    found.set(fits[0]!.id, fits[0]!);
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}
