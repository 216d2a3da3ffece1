// 林晓「12月5日上午，黄志刚同志会同组联部周涛部长对宣文部开展作风纪律检查，检查了考勤和值班情况。」 (round 64, gdh; t67a F3:
// 组联部 taken as the unit checked and who led asked, while 「…会同周涛部长对宣文部…」 was read right): 会同<unit><person> is
// who went along — the unit is only whose the person is, never the place (对X开展… names that). Written 会同<person> before
// any reader when the person named is of that unit, so the companion readers see the words they know; the card still says
// 同行：周涛, who is of 组联部, so nothing the member wrote is lost.
import type { Directory } from '../organization.js';

/** Where a 会同 (or 协同, which reads alike) opens: the unit and person are read after it. */
const JOINT = /(?:会同|协同)/g;

/** `text` with each 会同<unit><person of that unit> written 会同<person>; as it was when there is none. */
export function withJointUnitPersonBare(text: string, directory: Directory): string {
  if (!text.includes('会同') && !text.includes('协同')) return text;
  const cuts: Array<[number, number]> = [];
  for (const m of text.matchAll(JOINT)) {
    const at = m.index! + m[0].length;
    const rest = text.slice(at);
    for (const d of directory.org.departments) {
      const word = [d.name, ...(d.aliases ?? [])].filter((n) => rest.startsWith(n)).sort((a, b) => b.length - a.length)[0];
      if (word === undefined) continue;
      const after = rest.slice(word.length).replace(/^的/, '');
      const person = directory.org.people.find((p) => p.departmentId === d.id && after.startsWith(p.name));
      if (person !== undefined) cuts.push([at, at + rest.length - after.length]);
      break;
    }
  }
  if (cuts.length === 0) return text;
  let out = text;
  for (const [from, to] of cuts.reverse()) out = out.slice(0, from) + out.slice(to);
  return out;
}
