// 「第2条对象是办公室全体人员」 typed on a waiting card (round 63, gcb; t65a: 「没有在通讯录里找到「办公室全体人员」」, the card
// unchanged). One numbered record's people said as whole departments: a talk or a signing becomes one record per member (the
// doer never among them, as departmentsAsCounterparts does for the whole card); an education, lecture or meeting is held for
// every member of those departments (全体参加, as a report that says 组织办公室全体人员… is read).
import { departmentsAsCounterparts, type DepartmentsAsCounterpartsContext } from './departmentsAsCounterparts.js';
import type { PendingItem } from './followUp.js';

/** What the reader needs: departmentsAsCounterparts' context and the department a word names. */
export interface NumberedGroupPeopleContext extends DepartmentsAsCounterpartsContext {
  departmentId?(words: string): string | undefined;
}

/** The card's records with the change made, and the change in a few words. */
export interface NumberedGroupPeople {
  items: PendingItem[];
  what: string;
}

const CN: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/** 第2条对象是… · 第二项的对象改为… · 第2条参加的是…: the record (1) and the change after its number (2). */
const NUMBERED = /^(?:不对[，,\s]*)?第([1-9]\d?|[一二两三四五六七八九十])(?:条|项)(?:的)?\s*((?:谈话)?(?:对象|参加的|参加人员|参加对象|谈的)[\s\S]*)$/;
/** 全体 · 所有 · 全部: the change says whole departments. */
const ALL = /全体|所有|全部/;
/** 办公室、财务科 · 办公室和财务科 · 办公室 财务科: the departments' words parted. */
const PARTS = /[、,，\s]+|以及|和|与|及/;
/** The words between the lead and 全体…: the departments. */
const DEPARTMENTS = /^(?:谈话)?(?:对象|参加的|参加人员|参加对象|谈的)\s*(?:应该?是|应为|改为|改成|换成|是|为)\s*(.{2,30}?)(?:两个|这两个|三个|几个)?(?:部门|科室|部室)?的?(?:全体|所有|全部)/;

/**
 * 第2条对象是办公室全体人员 是集体谈的 · …，集体谈话 · …，大家一起谈的 (round 63, gci; t66a B-F11: 「没有在通讯录里找到「办公室全体
 * 人员」」): how the talk was held, after the people — the same change; one record per member is kept as for any talk.
 */
const HOW_HELD = /[，,;；\s]+(?:是|都是|属于|算)?(?:集体|大家一起|一起|统一|一块儿?)(?:谈的|谈话的?|谈|开展的|参加的|学习的|学的|听的|开的)?(?:了|的|啊|哈|吧)*$/;

/** Whether a card record is held for people as a sitting (教育 · 党课 · 会议), not one record per person. */
function isSitting(item: PendingItem): boolean {
  const t = item.draft.type;
  return t !== undefined && (t.startsWith('edu_') || t.startsWith('meeting_'));
}

/**
 * Reads `text` (a card edit, normalised) as 「第N条对象是<departments>全体人员」 and applies it to record N of `items`: a talk or a
 * signing (with the records read from the same entry beside it) gives one record per member of the departments; a sitting is
 * held for all of their members. Undefined when the words are not such a change, N is beyond the card, the record is of another
 * kind, or the departments name no one (the card's other readers answer).
 */
export function numberedGroupPeople(text: string, items: readonly PendingItem[], ctx: NumberedGroupPeopleContext): NumberedGroupPeople | undefined {
  if (!ALL.test(text)) return undefined;
  const m = NUMBERED.exec(text.trim().replace(/[。!！]+$/, '').replace(HOW_HELD, ''));
  if (!m) return undefined;
  const n = CN[m[1]!] ?? Number(m[1]);
  const item = items[n - 1];
  if (item === undefined) return undefined;
  const change = m[2]!.replace(/\s+/g, ' ');
  if (isSitting(item)) {
    const said = DEPARTMENTS.exec(change)?.[1];
    const ids = said?.split(PARTS).filter((w) => w !== '').map((w) => ctx.departmentId?.(w));
    if (ids === undefined || ids.length === 0 || ids.some((id) => id === undefined)) return undefined;
    const places = [...new Set(ids as string[])];
    const { departmentIds: _ds, ...kept } = item.draft;
    const draft = { ...kept, counterpartIds: [], departmentId: places[0]!, ...(places.length > 1 ? { departmentIds: places } : {}), allMembers: true };
    return { items: items.map((i, k) => (k === n - 1 ? { ...i, draft } : i)), what: `第${n}条改为${said!.replace(PARTS, '、')}全体参加` };
  }
  // A talk read from one line with several people is several records of one entry: they are the record the number meant.
  const group = items.flatMap((i, k) => (k === n - 1 || (item.entry !== undefined && i.entry === item.entry && i.draft.type === item.draft.type && i.draft.date === item.draft.date && i.draft.actorId === item.draft.actorId) ? [k] : []));
  const turned = departmentsAsCounterparts(change.replace(/^参加的|^参加人员|^参加对象/, '对象'), group.map((k) => items[k]!), ctx);
  if (turned === undefined) return undefined;
  const first = group[0]!;
  const next = items.flatMap((i, k) => (k === first ? turned.items.map((t) => ({ ...t, ...(item.entry !== undefined ? { entry: item.entry } : {}) })) : group.includes(k) ? [] : [i]));
  return { items: next, what: `第${n}条${turned.what}` };
}
