// A group word listed beside named people (和分管科室负责人、王强 · …都谈了 还有王强副科长 · 和李明等分管科室负责人): both count.
import type { CounterpartItem } from './parseCounterpartItems.js';

/**
 * Between a group word and a name after it: only a list's joiner (分管科室负责人、王强 · 分管科室负责人和王强). Nothing masked
 * (a type or day read out) may stand there: …两位部长谈了心，冯雪是上周五 is no list.
 */
const JOINED_AFTER = /^\s*(?:、|,|，|和|及|以及|与|跟|同|还有|另外还有|另外|另有)[\s]*$/;
/**
 * …负责人都进行了廉政谈话 还有王强副科长 (round 60, fba, t62b F1: the group dropped): a clause of the same sentence, then
 * 还有/以及/另外 before the name, adds the name to the group.
 */
const ALSO_AFTER = /^[^。!?！？\n]{0,24}?[\s,，、]*(?:还有|以及|另外还有|另外|另有)(?:还|也)?(?:和|与|跟|同|对)?[\s]*$/;
/** A list's joiner, then the title or body of the name that follows (及机关纪委书记 · 和办公室主任 · 、纪检干事 · 及区纪委). */
const JOINED_TITLED = /^\s*(?:、|,|，|和|及|以及|与|跟|同|还有)[\s]*[\u4e00-\u9fa5]{0,8}?(?:书记|主任|部长|科长|理事长|干事|委员|组长|纪委|监委|残联|街道|社区|局|处)[\s]*$/;
/** Between a name and a group word after it: 王强、分管科室负责人 · 李明等分管科室负责人 (李明 is one of them). */
const JOINED_BEFORE = /^\s*(?:、|,|，|和|及|以及|还有|等|等等)[\s]*$/;
/** Group words that are also a person's title (党组成员、副理事长王建国). */
const TITLE_GROUP = /党组成员|班子成员/;
/** The list starts where the talk turns to someone (和王强、…): the name before is a counterpart, not the doer. */
const TURNED_TO = /(?:与|和|跟|同|对|找)[\s\u0000]*$/;

/**
 * The group items of `groups` that stand in a list with one of `named` in `text` (positions as in `text`; `named` sorted
 * by start): right after a named one (joined by 、/和/及/等, the list turned to with 与/和/跟…), or right before one (joined by
 * 、/和/还有…, or a clause then 还有/以及/另外). A group word right before a name or its title (班子成员王建国 · 党组成员、
 * 副理事长王建国) describes that one person and is not returned.
 */
export function groupsListedWithNames(groups: CounterpartItem[], named: CounterpartItem[], text: string): CounterpartItem[] {
  return groups.filter((g) => {
    if (g.ids.length === 0) return false;
    const next = named.find((n) => n.start >= g.end);
    const between = next ? text.slice(g.end, next.start) : '';
    // 党组成员、王建国: one of the group right after a 、 is the group word as that one's title, as 党组成员、副理事长王建国 is
    // (分管科室负责人、李明 is no title: the heads are listed, 李明 among them).
    const titled = TITLE_GROUP.test(g.text) && /^[\s\u0000]*、[\s]*$/.test(between) && next!.ids.length > 0 && next!.ids.every((id) => g.ids.includes(id));
    if (next && !titled && (JOINED_AFTER.test(between) || ALSO_AFTER.test(between))) return true;
    // 与党组成员及机关纪委书记黄志刚 (round 61, gac; fba's left-alone: the group dropped, or 黄志刚 its signer): a name with its
    // own title after the group's joiner, no one of the group, is one more; 党组成员、副理事长王建国 stays one person.
    // 与党组成员及区纪委王科长: one asked about (an outsider) is one more all the same, the group kept.
    if (next && (next.ids.length > 0 || next.problem !== undefined) && !next.ids.some((id) => g.ids.includes(id)) && JOINED_TITLED.test(between)) return true;
    const before = [...named].reverse().find((n) => n.end <= g.start);
    if (!before || !JOINED_BEFORE.test(text.slice(before.end, g.start))) return false;
    // The first name of the list: 和王强、李娟、分管科室负责人 reaches back past the names joined before it.
    let first = before;
    for (const n of [...named].reverse()) {
      if (n.end <= first.start && JOINED_BEFORE.test(text.slice(n.end, first.start))) first = n;
    }
    return TURNED_TO.test(text.slice(0, first.start));
  });
}
