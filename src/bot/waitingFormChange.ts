// The 修改 form of a waiting 确认 card, both ways: the form built from the card's records, and what a submitted form
// makes of them (through cardCorrection's fieldChange, the same change a correction in words makes).
import { isActivityTypeCode, isTalkType, type ActivityTypeCode } from '../domain/activityTypes.js';
import type { Person } from '../domain/organization.js';
import { fieldChange, type CardCorrectionContext, type FieldChange } from '../domain/report/cardCorrection.js';
import type { PendingItem } from '../domain/report/followUp.js';
import { remarksAfterDrop } from '../domain/report/remarksAfterDrop.js';
import { seniorityIn } from '../domain/report/seniority.js';
import { isAboveInChain } from '../domain/report/superiorInChain.js';
import { DROP, formField, waitingEditCard, type WaitingEditRecord } from '../feishu/cards/waitingEditCard.js';
import type { BotDeps } from './botDeps.js';
import { describePending } from './describeActivity.js';
import { formDepartments } from './formDepartments.js';
import { formTitle, MAX_TITLE } from './readReportForm.js';

/**
 * The most a form card may be, in bytes of its JSON: Feishu refuses a card message over 30 KB (code 230025), and the
 * card id stamped on its buttons and a notice above it come on top.
 */
const CARD_BYTES = 27_000;

/**
 * The people the pickers offer, at most `cap`: everyone in a small directory; in a large one those nearest the member
 * first — the people on the card, the member, their department, those above them (head, 分管领导, 书记), the leaders.
 */
function offeredPeople(deps: BotDeps, items: PendingItem[], sender: Person, cap: number): string[] {
  const everyone = deps.directory.org.people.filter((p) => p.openId);
  if (everyone.length <= cap) return everyone.map((p) => p.openId!);
  const onCard = items.flatMap((i) => [...(i.draft.actorId ? [i.draft.actorId] : []), ...i.draft.counterpartIds]);
  const near = (p: Person): number => {
    if (onCard.includes(p.id) || p.id === sender.id) return 0;
    if (sender.departmentId && p.departmentId === sender.departmentId) return 1;
    if (isAboveInChain(deps.directory, p.id, sender.id)) return 2;
    return seniorityIn(deps.directory, p.id) > 0 ? 3 : 4;
  };
  return everyone
    .map((p, i) => ({ p, i, rank: near(p) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .slice(0, cap)
    .map(({ p }) => p.openId!);
}

/** The form for the waiting card of `items` (its id `cardId`), every record prefilled with what the card shows. */
export function waitingEditForm(deps: BotDeps, items: PendingItem[], sender: Person, today: string, cardId?: string): object {
  const openId = (id: string) => deps.directory.person(id)?.openId;
  const records: WaitingEditRecord[] = items.map((item) => {
    const d = item.draft;
    const doer = openId(d.actorId ?? sender.id);
    return {
      shown: describePending(deps.directory, deps.duties, d, today, sender.id),
      ...(d.type ? { type: d.type } : {}),
      ...(d.date ? { date: d.date } : {}),
      ...(doer ? { doerOpenId: doer } : {}),
      counterpartOpenIds: d.counterpartIds.map(openId).filter((x): x is string => x !== undefined),
      ...(d.title ? { title: d.title } : {}),
      ...(d.attendees !== undefined ? { attendees: d.attendees } : {}),
      // A talk's department is its counterpart's (fieldChange refuses one): the form shows none for it.
      ...(!pairwiseKind(d.type) ? { departmentIds: draftDepartments(d) } : {}),
    };
  });
  const departments = formDepartments(deps);
  // As many people as fit (everyone in a small directory), then, when even the people on the card alone do not, as many
  // records as fit: the rest stay on the card as they are and the form says how to change them in words.
  const fits = (n: number, cap: number) => {
    // The member is always offered (「活动人是我」 in a form), beside each record's own people.
    const people = [...new Set([...(sender.openId ? [sender.openId] : []), ...offeredPeople(deps, items, sender, cap)])];
    const form = waitingEditCard({ records: records.slice(0, n), people, departments, ...(cardId ? { cardId } : {}), more: items.length - n });
    return Buffer.byteLength(JSON.stringify(form), 'utf8') <= CARD_BYTES ? form : undefined;
  };
  for (const cap of [Number.MAX_SAFE_INTEGER, 200, 80, 40, 30, 20, 15, 10, 6, 3, 0]) {
    const form = fits(items.length, cap);
    if (form) return form;
  }
  for (let n = items.length - 1; n >= 1; n -= 1) {
    const form = fits(n, 0);
    if (form) return form;
  }
  return waitingEditCard({ records: records.slice(0, 1), people: sender.openId ? [sender.openId] : [], departments, ...(cardId ? { cardId } : {}), more: items.length - 1 });
}

export type WaitingFormReading =
  /** The card's records after the form, its remarks without those of records left out, and what changed, in words. */
  | { ok: true; items: PendingItem[]; remarks: string[]; said: string[]; changed: boolean }
  /** Nothing changed: what is wrong with the form, in Chinese. */
  | { ok: false; error: string };

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** What the member chose for record `n` (1-based), each field as given; undefined fields were left empty. */
interface FormRecord {
  type?: string;
  date?: string;
  doer?: string;
  people: string[];
  /** Department ids chosen; undefined when the form had no such field (a directory with no departments). */
  departments?: string[];
  title: string;
  count: string;
  drop: boolean;
}

function recordOf(form: Record<string, unknown>, n: number): FormRecord {
  const type = str(form[formField('type', n)]);
  // The date picker answers "YYYY-MM-DD +0800".
  const date = /^(\d{4}-\d{2}-\d{2})/.exec(str(form[formField('date', n)]))?.[1];
  const doer = str(form[formField('doer', n)]);
  return {
    ...(type ? { type } : {}),
    ...(date ? { date } : {}),
    ...(doer ? { doer } : {}),
    people: [...new Set(list(form[formField('people', n)]))],
    ...(form[formField('departments', n)] !== undefined ? { departments: [...new Set(list(form[formField('departments', n)]))] } : {}),
    title: formTitle(str(form[formField('title', n)])),
    count: str(form[formField('count', n)]),
    drop: str(form[formField('keep', n)]) === DROP,
  };
}

/** A record the member emptied (no type, no people, no title, no count): left out, as 不要这一条 is. */
const emptied = (r: FormRecord): boolean => r.type === undefined && r.people.length === 0 && r.title === '' && r.count === '';

/**
 * What the submitted `form` makes of the waiting card's `items`: per record, 不要这一条 or an emptied record leaves it
 * out; every other field the member changed is made by fieldChange (type, day, doer, the other party, title, head count,
 * in that order), so the form and a correction in words give the same record; a talk or signing with several people
 * chosen becomes one record each, as a message naming them does. Any field that cannot be (a day to come, a head count
 * of 0, someone not in the directory, a talk with no one, every record left out) is said and nothing changes.
 * `cardRemarks`: the card's remarks, returned without what was said only of records left out (remarksAfterDrop).
 * `held`: how many of the card's records the form holds (the first ones); the others are kept as they are.
 */
export function waitingFormChange(deps: BotDeps, items: PendingItem[], cardRemarks: readonly string[], form: Record<string, unknown>, sender: Person, today: string, held = items.length): WaitingFormReading {
  const ctx: CardCorrectionContext = {
    today,
    personId: () => undefined,
    personName: (id) => deps.directory.person(id)?.name ?? id,
    senderId: sender.id,
    superiorOf: (upper, lower) => isAboveInChain(deps.directory, upper, lower),
    departmentOf: (id) => deps.directory.person(id)?.departmentId,
    supervised: (id) => deps.directory.supervisedBy(id).map((d) => d.id),
    seniority: (id) => seniorityIn(deps.directory, id),
    departmentName: (id) => deps.directory.org.departments.find((x) => x.id === id)?.name ?? id,
  };
  const many = items.length > 1;
  const out: PendingItem[][] = [];
  const said: string[] = [];
  const droppedAt: number[] = [];
  for (const [i, item] of items.entries()) {
    const n = i + 1;
    const label = many ? `第${n}条` : '这一条';
    // A record the form had no room for stays as it is.
    if (n > held) {
      out.push([item]);
      continue;
    }
    const r = recordOf(form, n);
    if (r.drop || emptied(r)) {
      droppedAt.push(i);
      said.push(`${many ? `第${n}条` : ''}（${describePending(deps.directory, deps.duties, item.draft, today, sender.id)}）已去掉，不记录`);
      continue;
    }
    const read = recordChanges(deps, item, r, label, sender, today);
    if (!read.ok) return read;
    // Each change made as the words would make it, on a card of this one record (its label put back below).
    let now: PendingItem[] = [item];
    const what: string[] = [];
    for (const change of read.changes) {
      const done = fieldChange(now, 0, change, ctx);
      if (done.kind === 'unfit') return { ok: false, error: `${label}：${done.text}` };
      if (done.kind === 'which') return { ok: false, error: `${label}：${done.what}，没能改好，卡片没有改动。` };
      now = done.items;
      what.push(done.what);
    }
    if (read.clearDepartments) {
      const { departmentId: _one, departmentIds: _all, ...draft } = now[0]!.draft;
      now = [{ ...now[0]!, draft }];
      what.push('部门已去掉');
    }
    // Several people chosen for a talk or signing: one record each (pairwise duties count pairs), each one's other
    // party put as fieldChange puts one.
    if (read.others.length > 0) {
      const each: PendingItem[] = [];
      for (const id of read.others) {
        const done = fieldChange([{ ...now[0]!, draft: { ...now[0]!.draft, counterpartIds: [] } }], 0, { field: 'counterpart', to: id }, ctx);
        if (done.kind !== 'changed') return { ok: false, error: `${label}：${done.kind === 'unfit' ? done.text : done.what}` };
        each.push(done.items[0]!);
      }
      now = each;
      what.push(`对象改为「${read.others.map((id) => ctx.personName(id)).join('、')}」，分${each.length}条记录`);
    }
    out.push(now);
    if (what.length > 0) said.push(`${many ? `第${n}条` : ''}${what.join('，')}`);
  }
  const kept = out.flat();
  if (kept.length === 0) return { ok: false, error: '这样卡片上就没有要记的了，卡片没有改动：都不要请点「取消」或回复「取消」。' };
  // What was said only of the records left out goes with them (as 去掉第N条 does).
  const remarks = droppedAt.reduce<string[]>((left, i) => remarksAfterDrop(left, items[i]!.draft, kept.map((x) => x.draft)), [...cardRemarks]);
  return { ok: true, items: kept, remarks, said, changed: said.length > 0 };
}

type RecordChanges = { ok: true; changes: FieldChange[]; others: string[]; clearDepartments: boolean } | { ok: false; error: string };

/** The changes record `item` takes from what the member chose `r`, in the order fieldChange makes them, or what is wrong. */
function recordChanges(deps: BotDeps, item: PendingItem, r: FormRecord, label: string, sender: Person, today: string): RecordChanges {
  const d = item.draft;
  const fail = (error: string): RecordChanges => ({ ok: false, error: `${label}：${error}，卡片没有改动。` });
  if (r.type === undefined || !isActivityTypeCode(r.type)) return fail('请选择活动类型');
  const type: ActivityTypeCode = r.type;
  if (r.date === undefined || Number.isNaN(Date.parse(r.date))) return fail('请选择活动日期');
  if (r.date > today) return fail(`日期 ${r.date} 还没到，只能记录已经完成的活动`);
  const person = (openId: string) => deps.directory.byOpenId(openId);
  const doer = r.doer === undefined ? sender : person(r.doer);
  if (!doer) return fail('所选活动人不在本单位名单中');
  const people = r.people.map(person);
  if (people.some((p) => !p)) return fail('所选对象不在本单位名单中');
  const ids = people.map((p) => p!.id);
  const pairwise = isTalkType(type) || type === 'pledge_sign';
  if (isTalkType(type) && ids.length === 0) return fail('谈话类活动请选择谈话对象');
  if (ids.includes(doer.id)) return fail(`${doer.name}是活动人，不能同时是对象`);
  if (r.title.length > MAX_TITLE) return fail(`题目不超过${MAX_TITLE}字`);
  let attendees: number | undefined;
  if (r.count !== '') {
    attendees = Number(r.count);
    if (!Number.isInteger(attendees) || attendees < 1 || attendees > 100_000) return fail('参加人数请填写大于0的整数，没有可不填');
  }
  if (pairwise && (r.title !== '' || attendees !== undefined) && (r.title !== (d.title ?? '') || attendees !== d.attendees)) {
    return fail('谈话或签订责任书没有题目和参加人数，请留空');
  }
  const changes: FieldChange[] = [];
  let clearDepartments = false;
  if (type !== d.type) changes.push({ field: 'type', to: type });
  if (r.date !== d.date) changes.push({ field: 'date', to: r.date });
  const doerWas = d.actorId ?? sender.id;
  const doerChanged = doer.id !== doerWas;
  // 活动人 and 对象 swapped (t42a F2: refused, 「…是这条记录的谈话对象，不能同时是活动人」, so a talk the wrong way round
  // could only be cancelled): a talk or signing whose new doer was its other party takes both sides at once.
  if (pairwise && doerChanged && ids.length === 1 && d.counterpartIds.includes(doer.id)) {
    changes.push({ field: 'sides', doer: doer.id, other: ids[0]! });
    return { ok: true, changes, others: [], clearDepartments: false };
  }
  if (doerChanged) changes.push({ field: 'doer', to: doer.id });
  const same = ids.length === d.counterpartIds.length && ids.every((id) => d.counterpartIds.includes(id));
  let others: string[] = [];
  if (!same) {
    // One other party: put as a correction in words puts it (turned round when above the member, unless the doer was
    // chosen too); several on a talk or signing: one record each; on any other kind, the people as chosen.
    if (ids.length === 1 && pairwise && !doerChanged) changes.push({ field: 'counterpart', to: ids[0]! });
    else if (pairwise && ids.length > 0) others = ids;
    else return fail(`${ids.length > 0 ? '这类活动不记对象，请把对象留空' : '谈话或签订责任书请选择对象'}`);
  }
  if (!pairwise && r.departments !== undefined) {
    const was = draftDepartments(d);
    const sameDepartments = r.departments.length === was.length && r.departments.every((id, i) => id === was[i]);
    // Emptied, the record is at no department (a check of the whole 机关 told with a place it did not have).
    if (!sameDepartments) {
      if (r.departments.length > 0) changes.push({ field: 'departments', to: r.departments });
      else clearDepartments = true;
    }
  }
  if (!pairwise && r.title !== (d.title ?? '')) changes.push({ field: 'title', ...(r.title !== '' ? { to: r.title } : {}) });
  if (!pairwise && attendees !== d.attendees) changes.push({ field: 'attendees', ...(attendees !== undefined ? { to: attendees } : {}) });
  return { ok: true, changes, others, clearDepartments };
}

/** Whether `type` is a talk or a signing: placed by the one it was with, never at departments chosen. */
const pairwiseKind = (type: string | undefined): boolean => type !== undefined && isActivityTypeCode(type) && (isTalkType(type) || type === 'pledge_sign');

/** The departments a draft is at, in order (its departmentIds, else its one departmentId). */
const draftDepartments = (d: PendingItem['draft']): string[] => d.departmentIds ?? (d.departmentId ? [d.departmentId] : []);
