// 何平「今天上午给中心全体人员上了廉政党课 赵书记也在 听课的有15人」 (round 62, gbi; t65a F4: stored at once, 赵敏's presence
// not said on the receipt — 「赵书记也在」 dropped without a word): a leader named by a leader's title (赵书记 · 赵敏书记 ·
// 刘副理事长) in a clause of their own saying they were there (也在 · 在场 · 也参加了 · 也来了; 出席 · 列席 · 到场听课 stay
// round 38's: recorded at once) at a 党课 or another
// education someone else held is kept in the record's note and puts it on a card, as round 61 did for a talk (companionsApart:
// 「和杨帆谈了话 赵书记也在」). Only the education kinds; a talk's or a check's presence is read elsewhere.
import type { ParseContext, ParsedReport } from './draft.js';
import { namedPeople } from './namedPeople.js';

/** 赵书记也在 · 赵敏书记也参加了 · 刘芳副理事长在场 · 赵书记也来听了: who (group 1, with a title), then being there. */
// 刘理事长也来听了 · 刘芳副理事长也来听课了 · 赵书记到场 · 刘芳同志出席 (round 63, gcc; gbi's left-alone: 刘芳 made the lecturer on a
// card, or the leader dropped without a word): who came to listen, however worded, is there, never the one who taught.
const PRESENT = /^(?:另外|还有|当时)?([\u4e00-\u9fa5]{1,3}?(?:副?书记|副?理事长|同志)?)(?:也|都|全程|还|专门|特意|亲自)?(?:在|在场|参加了|来了|过来了?|来听了?|来听课了?|(?:到场|出席|列席)(?:听课|指导)?|旁听了?|参加听课)(?:了|的)?$/;

/** 来听了 · 来听课 · 旁听: came to listen, never to teach. */
const LISTENED = /听/;

/** 出席 · 列席 · 到场: attendance said formally, as round 38 recorded it at once. */
const FORMAL = /出席|列席|到场/;

/** 给中心全体人员上了 · 为大家讲了 · 给职工讲授: the sender gave the lecture (no one else is its subject). */
const GAVE = /^[^,，;；。]*?(?:给|为|向)[^,，;；。]{0,16}?(?:上了|讲了|讲授了?|作了|做了|宣讲了?)/;

/** 会后 · 课后 · 之后 · 结束后: the next item, the sender's own (round 63, gch; t66a F1). */
const AFTERWARDS = /(?:会|课|党课|讲完|结束)后|之后|随后|然后/;

/**
 * `reports` with a leader's presence at an education kept: the note names them (赵敏参加), the card says so, and the records
 * wait for a tap. As they were when the message says no such clause, or names the doer themself or someone not a leader.
 */
export function withLeaderAtLecture(reports: ParsedReport[] | null, text: string, ctx: ParseContext): ParsedReport[] | null {
  if (reports === null || reports.length === 0) return reports;
  // 何平「今天上午给中心全体职工上了廉政党课 赵书记也来听了 会后跟孙杰谈了谈心」 (round 63, gch; t66a F1: the 党课 and the 谈心
  // both given to 赵敏): a message of more items is read too when exactly one of them is an education; the leader who only
  // came to listen is taken off the other items as well (the 会后 clause keeps the sender).
  const edu = reports.filter((x) => x.draft.type !== undefined && x.draft.type.startsWith('edu_'));
  if (edu.length !== 1 || (reports.length > 1 && !AFTERWARDS.test(text))) return reports;
  const r = edu[0]!;
  const at = reports.indexOf(r);
  for (const clause of text.split(/[,，;；。!！\s\n]+/)) {
    const m = PRESENT.exec(clause);
    if (!m) continue;
    const ids = namedPeople(m[1]!, ctx);
    if (!ids || ids.length !== 1) continue;
    const id = ids[0]!;
    const person = ctx.directory.person(id);
    if (!person || id === ctx.senderId || !person.roles.some((role) => role === 'secretary' || role === 'leader')) continue;
    // 给中心全体人员上了廉政党课，刘理事长也来听了 (round 63, gcc): the leader read as the lecturer only came to listen — the
    // lecture is the sender's (who gave it, 给…上了), the relay's remark and reason gone.
    // …上了廉政党课 刘芳副理事长也来听了 (a space for the comma): the same leader made the one whose lecture it was asked.
    const asked = r.draft.actorId === undefined && LISTENED.test(clause) && GAVE.test(text) && r.problems.some((p) => p.code === 'missing_actor' || p.code === 'ambiguous_actor');
    const listened = r.draft.actorId === id || asked;
    if (listened && !GAVE.test(text)) continue;
    if (!listened && (r.draft.note ?? '').includes(person.name)) return reports;
    const { actorId: _listener, ...own } = r.draft;
    const draft = listened ? own : r.draft;
    const note = draft.note ? `${draft.note}；${person.name}参加` : `${person.name}参加`;
    const relayed = `按${person.name}的活动记录（代为上报）`;
    const others = (x: ParsedReport): ParsedReport => {
      if (!listened || x.draft.actorId !== id) return x;
      const { actorId: _l, ...mine } = x.draft;
      return {
        ...x,
        draft: mine,
        remarks: x.remarks.filter((m) => m !== relayed && m !== `谈话人为${person.name}（代为上报）`),
        reasons: (x.reasons ?? []).filter((y) => y !== 'third_person'),
      };
    };
    const one: ParsedReport = {
      ...r,
      problems: asked ? r.problems.filter((p) => p.code !== 'missing_actor' && p.code !== 'ambiguous_actor') : r.problems,
      draft: { ...draft, note },
      remarks: [...r.remarks.filter((m) => !listened || m !== relayed), `「${clause}」：${person.name}在场${listened ? '听课，不是讲课人' : ''}，记在备注「${person.name}参加」`],
      // 张伟书记出席 · 赵敏书记到场听课 (round 38's, at once): a formal attendance is only kept in the note and said on the receipt.
      reasons: listened
        ? [...new Set([...(r.reasons ?? []).filter((x) => x !== 'third_person'), 'present_named' as const])]
        : FORMAL.test(clause) ? (r.reasons ?? []) : [...new Set([...(r.reasons ?? []), 'companion' as const])],
    };
    return reports.map((x, i) => (i === at ? one : others(x)));
  }
  return reports;
}
