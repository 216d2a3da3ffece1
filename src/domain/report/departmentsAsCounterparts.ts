// 「对象是办公室和财务科全体人员，赵敏不是对象」 typed on a waiting card (round 62, gbc; t64a G6: 没看懂, the card kept its three
// people). The people talked to said anew as whole departments: every member of them, from the directory, replaces the card's
// people; the doer is never one of them.
import type { PendingItem } from './followUp.js';

/** What the reader needs: the members a group phrase says (办公室和财务科全体人员), and the member who reports. */
export interface DepartmentsAsCounterpartsContext {
  /** Everyone a run of names or a group (财务科全体人员) says, in order; undefined when any word names no one. */
  peopleIn(words: string): string[] | undefined;
  senderId?: string;
  /** A person's department, where each new record is placed (as a talk read from a message is). */
  departmentOf?(id: string): string | undefined;
}

/** The card's records with the change made, the change in a few words, and how many people it now holds. */
export interface DepartmentsAsCounterparts {
  items: PendingItem[];
  what: string;
}

/** 对象是 · 谈话对象改为 · 对象应该是 · 谈的是: the people talked to, said anew. */
const LEAD = '(?:谈话)?(?:对象|谈话人员|谈的)(?:应该?是|应为|改为|改成|换成|是|为)';
/** 全体人员 · 所有人员 · 全体同志 · 全体干部职工 · 全部人员: every member of the departments before it. */
const ALL = '(?:全体|所有|全部)(?:人员|同志|干部职工|干部|职工|工作人员|成员|人)?';
/** 对象是办公室和财务科全体人员 · 对象改为办公室、财务科的全体同志: the departments (1). */
const WHOLE = new RegExp(`^${LEAD}(.{2,30}?)(?:两个|这两个|三个|几个)?(?:部门|科室|部室)?的?${ALL}$`);

/** The departments' words made one list for peopleIn: voice spaces become 、, a count of the units (两个部门) goes. */
function departmentWords(words: string): string {
  return words.replace(/(?:两个|这两个|三个|几个)(?:部门|科室|部室)的?/g, '').replace(/[,，\s]+|以及|和|与|及/g, '、').replace(/^、|、$/g, '');
}

/**
 * Reads `clause` (one clause of a card edit, or two joined by a space) as the people talked to said as whole departments
 * (对象是办公室和财务科全体人员) and applies it to a card of talks or signings of one kind, day and doer: one record per
 * member, the doer (the record's, else the member) left out. Undefined when the words are no such change, the group names no
 * one, or the card's records differ in kind, day or doer (which of them is meant is not said).
 */
export function departmentsAsCounterparts(
  clause: string,
  items: readonly PendingItem[],
  ctx: DepartmentsAsCounterpartsContext,
): DepartmentsAsCounterparts | undefined {
  const t = clause.trim().replace(/[。!！]+$/, '');
  const m = WHOLE.exec(t.replace(/^(?:谈话)?(对象|谈话人员|谈的)\s+/, '$1'));
  if (!m || items.length === 0) return undefined;
  const kinds = new Set(items.map((i) => `${i.draft.type ?? ''}|${i.draft.date ?? ''}|${i.draft.actorId ?? ''}`));
  const model = items[0]!.draft;
  if (kinds.size !== 1 || model.type === undefined || !(model.type.startsWith('talk_') || model.type === 'pledge_sign')) return undefined;
  const words = departmentWords(m[1]!);
  const group = ctx.peopleIn(`${words}全体人员`);
  const doer = model.actorId ?? ctx.senderId;
  // The member reading the group is never among those peopleIn finds; when another held the talks (a clerk reports the
  // head's), the member is one of the department's people like the rest, placed with them.
  const sender = ctx.senderId;
  const home = sender !== undefined ? ctx.departmentOf?.(sender) : undefined;
  const last = group !== undefined && home !== undefined ? group.map((id) => ctx.departmentOf?.(id)).lastIndexOf(home) : -1;
  const withSender = group !== undefined && sender !== undefined && doer !== sender && last >= 0 && !group.includes(sender) ? [...group.slice(0, last + 1), sender, ...group.slice(last + 1)] : group;
  const people = withSender?.filter((id) => id !== doer);
  if (people === undefined || people.length === 0) return undefined;
  const { departmentId: _d, departmentIds: _ds, ...kept } = model;
  const next = people.map((id): PendingItem => {
    const own = items.find((i) => i.draft.counterpartIds.length === 1 && i.draft.counterpartIds[0] === id);
    const place = ctx.departmentOf?.(id);
    return own ?? { draft: { ...kept, counterpartIds: [id], ...(place !== undefined ? { departmentId: place } : {}) }, problems: [] };
  });
  // A signing's people are 签订对象 (round 65, gei; t68a B7: the reply said 谈话对象 of a signing).
  return { items: next, what: `${model.type === 'pledge_sign' ? '签订对象' : '谈话对象'}改为${words}全体人员（${people.length}人，不含活动人）` };
}
