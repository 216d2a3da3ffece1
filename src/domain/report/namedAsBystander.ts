// Round 46, frg K4 (a head's or leader's own report asked 「是谁做的？」 offering someone who only sat in, received or was
// checked): 刘芳「上周四到康复部开了分管科室会议，吴静他们4个人都在」 · 冯雪「…组织学习了廉政教育 赵磊和我两个人」 ·
// 赵敏「…开展了政治生态分析研判，参加的有我、黄志刚、林晓」 · 冯雪「自查总结…11月28日报给了分管领导陈志强」 ·
// 王建国「到办公室开展了责任书落实检查，查看了李明主任的责任书落实情况」. Each names someone who took no part in holding it.
import { outranks } from './companionsApart.js';
import { seniority } from './seniority.js';
import type { ParseContext } from './draft.js';

/** Just before the name: a list of those present (参加的有 · 参会人员有 · 到会的是), the name one of it. */
const PRESENT_LIST_BEFORE = /(?:参加|参会|到会|出席|在场)(?:的|人员|的人|的同志)(?:有|是|为|包括)?[:：]?[\s\u0000]*(?:[\u4e00-\u9fa5]{1,6}?[、和及与][\s\u0000]*){0,6}$/;

/** After the name (a title between): a head count of those there, the sender with them (吴静他们4个人 · 赵磊和我两个人). */
const COUNTED_WITH_AFTER =
  /^(?:同志)?[\u4e00-\u9fa5]{0,3}?(?:书记|理事长|主任|科长|部长)?(?:同志)?(?:他们|她们|和我|跟我|与我|和我们|我们)[\s\u0000]*(?:一共|共|总共)?(?:\d{1,3}|[一二三四五六七八九十两]{1,3})[\s\u0000]*(?:个人|个|名|位|人)/;

/** Just before the name: whom a paper was handed or reported to (报给了分管领导 · 交给 · 报送给). */
const RECIPIENT_BEFORE = /(?:报给|交给|报送给|呈报给|提交给|送给|上报给|汇报给)了?[\s\u0000]*(?:分管领导|分管副理事长|领导)?[\s\u0000]*$/;

/** After the name (a title between): whose pledge was looked at (李明主任的责任书 · 孙丽的承诺书). */
const PLEDGE_OWNER_AFTER = /^(?:同志)?[\u4e00-\u9fa5]{0,3}?(?:书记|理事长|主任|科长|部长)?(?:同志)?的[\s\u0000]*(?:党风廉政建设)?(?:责任书|承诺书)/;

/**
 * Whether the person named at [start, end) of `text` (one of `ids`) only stood by the deed: the one a paper went to, the
 * one whose pledge was checked, or — when the sender holds such deeds (a head, a leader) and none of `ids` outranks them —
 * one of those listed or counted as present. Such a person is no candidate for whose the deed was. A clerk's 「孙丽科长和
 * 我们3个人一起学习了…」 is still asked: the head there may well have held it.
 */
export function namedAsBystander(text: string, start: number, end: number, ids: readonly string[], ctx: ParseContext): boolean {
  const before = text.slice(0, start);
  const after = text.slice(end);
  if (RECIPIENT_BEFORE.test(before) || PLEDGE_OWNER_AFTER.test(after)) return true;
  const holder = seniority(ctx.senderId, ctx) >= 1 && ids.length > 0 && !ids.some((id) => outranks(id, ctx));
  return holder && (PRESENT_LIST_BEFORE.test(before) || COUNTED_WITH_AFTER.test(after));
}
