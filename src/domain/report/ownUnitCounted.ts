// Round 69 (gib; t71c, round 68 ghc's left-alone): 李娟「孙科长上周三和我们科里3个人都谈了话」 read no one talked to — round 68
// read 「与财务科3名同志」 as the unit's people with the count weighed (parseCounterpartGroups, groupCountWeighed), and
// 「和我们科里的人」 as the unit's people, but a count after the sender's own unit word (我们科里3个人 · 部门2名同志 · 中心的
// 三位同事) was neither. The sender's unit word with a count is written as the sender's department by name, so the counted
// group reads it: 孙丽's talks with 王强 and 李娟, 「财务科3个人」 against the 2 the directory lists said on the card.
import type { Directory } from '../organization.js';
import { chineseNumber } from './chineseNumber.js';

/** 和/与/跟/同 + 我们/本 + 科里/部里/科室/部门/中心/室里 + 的 + a count of people (group 1 the unit words, group 2 the rest). */
const OWN_UNIT_COUNTED = /(?<=(?:和|与|跟|同)[\s]*)((?:我们|咱们)(?:科里|部里|室里|科室|部门|中心|科|部)(?:的)?|(?:科里|部里|室里)(?:的)?)(?=[\s]*(\d{1,3}|[两二三四五六七八九十]{1,3})[\s]*(?:个|名|位)[\s]*(?:人(?![员数次手])|同志|同事|干部|党员|职工))/g;

/**
 * `text` with the sender's own unit word before a count of people after 和/与/跟/同 (和我们科里3个人) written as the
 * sender's department's name (和财务科3个人); `text` unchanged when the sender (`senderId`) has no department in
 * `directory` or no such words stand. A unit named by name (和财务科3名同志) is round 68's already.
 */
export function withOwnUnitCounted(text: string, directory: Directory, senderId: string): string {
  const unit = directory.org.departments.find((d) => d.id === directory.person(senderId)?.departmentId);
  if (unit === undefined) return text;
  // 和我们科里1个人 (fewer than the unit's people but its holder) is some of them, not the unit: left for 和谁 to ask, since
  // the unit by name with such a count was read as its head (a talk of 孙丽 with 孙丽). Without 我们 (与科里两名同志) only a count
  // above them is taken: exactly them stays asked, as round 68 left it; a bare 部门/中心 + count is countedUnitSigning's.
  const others = directory.org.people.filter((p) => p.departmentId === unit.id).length - 1;
  return text.replace(OWN_UNIT_COUNTED, (words: string, _unitWords: string, count: string) => {
    const n = /^\d/.test(count) ? Number(count) : (chineseNumber(count) ?? 0);
    return (n >= others && (/^(?:我们|咱们)/.test(words) || n > others) ? unit.name : words);
  });
}
