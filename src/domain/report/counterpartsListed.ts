// 「不是专题会议，是签订责任书，对象是王建国、刘芳、陈志强、赵敏」 typed on a waiting card (round 48, t51a F1: not read as a
// change, so taken for a new report and a second card opened): several people named as the other party of one talk or
// signing make one record with each of them, as a message naming them makes (班子成员 → four signings).
import { cardCorrection, type CardCorrection, type CardCorrectionContext } from './cardCorrection.js';
import type { PendingItem } from './followUp.js';
import { activityTypeName, isTalkType } from '../activityTypes.js';
import type { ReportDraft } from './draft.js';

/**
 * `d` with its other party taken off, and with it the department that was only that person's (孙丽's 财务科 on her talk):
 * 对象是孙丽和李明 on 孙丽's talk gave 李明's talk 财务科 (round 61, gac; t63b F1), as the emptied record kept the
 * department and departmentAfter took it for a venue. A department that is no one's of the record (到康复中心…) stays.
 */
function withoutPerson(d: ReportDraft, ctx: CardCorrectionContext): ReportDraft {
  const other = d.counterpartIds.length === 1 ? d.counterpartIds[0]! : undefined;
  const theirs = other !== undefined && d.departmentId !== undefined && ctx.departmentOf?.(other) === d.departmentId;
  if (!theirs) return { ...d, counterpartIds: [] };
  const { departmentId: _theirs, ...rest } = d;
  return { ...rest, counterpartIds: [] };
}

/** 对象是王建国、刘芳、陈志强、赵敏 · 谈话对象改为李明和孙丽: the other party given as a list. */
const LISTED = /^(?:谈话|签订|签字)?对象(?:应该?是|应为|改为|改成|换成|是|为)\s*([^,;。!]+)$/;
/** Between two names of the list. */
const BETWEEN = /[、和与及跟\s]+/;

/**
 * The change `clause` asks when it names two or more people as the other party (see LISTED) of the records at `at` in
 * `items`: one record named (or as many as the people, of one type) becomes one record with each, in the order said.
 * Undefined when the clause is no such list; unfit when a name is not in the directory or the records do not fit.
 */
export function counterpartsListed(clause: string, items: PendingItem[], at: readonly number[], ctx: CardCorrectionContext): CardCorrection | undefined {
  const m = LISTED.exec(clause);
  if (!m) return undefined;
  const names = m[1]!.split(BETWEEN).map((n) => n.replace(/同志$/, '')).filter((n) => n !== '');
  if (names.length < 2 || names.some((n) => n.length < 2 || n.length > 4)) return undefined;
  const missing = names.filter((n) => ctx.personId(n) === undefined);
  if (missing.length > 0) return { kind: 'unfit', text: `没有在通讯录里找到「${missing.join('、')}」，卡片没有改动。` };
  // Only a talk or a signing has another party; a list on a meeting or a teaching is no change of it (not made its doers).
  const other = at.find((i) => { const t = items[i]!.draft.type; return t === undefined || !(isTalkType(t) || t === 'pledge_sign'); });
  if (other !== undefined) return { kind: 'unfit', text: `${items[other]!.draft.type !== undefined ? activityTypeName(items[other]!.draft.type!) : '这条记录'}没有谈话或签订对象，卡片没有改动；要改类型请说「不是X，是Y」。` };
  const sameKind = new Set(at.map((i) => items[i]!.draft.type)).size === 1;
  if (at.length !== 1 && !(at.length === names.length && sameKind)) return { kind: 'which', what: `对象改为「${names.join('、')}」` };
  // Each person put on a record of their own, read as 「对象是某某」 on that record alone (department, who holds it).
  const made: PendingItem[] = [];
  for (const [k, name] of names.entries()) {
    const base = items[at.length === 1 ? at[0]! : at[k]!]!;
    const one = cardCorrection(`对象错了,是${name}`, [{ ...base, draft: withoutPerson(base.draft, ctx) }], ctx);
    if (one === undefined) return undefined;
    if (one.kind !== 'changed') return one;
    made.push(one.items[0]!);
  }
  const first = Math.min(...at);
  const rest = items.flatMap((item, i) => (at.includes(i) ? [] : [item]));
  const before = rest.filter((_, i) => i < first);
  return { kind: 'changed', items: [...before, ...made, ...rest.slice(before.length)], what: `对象改为${names.join('、')}，共${names.length}条` };
}
