// 「11月5日和周涛的廉政谈话」「和张颖的谈心」「前天党课」「《守住底线》那次党课」: the member's own standing records that words
// name by day, type, person or title — one reading for 修改/撤销 of a named record and for a named record's correction
// (t48a F3), so the two never find different records for the same words.
import type { Activity } from '../domain/activity.js';
import { isTalkType, type ActivityTypeCode } from '../domain/activityTypes.js';
import { parseCounterparts } from '../domain/report/parseCounterparts.js';
import { parseDay } from '../domain/report/parseDay.js';
import { normalizeText } from '../domain/report/parseNormalize.js';
import { arabicizeNumerals } from '../domain/report/parseNumerals.js';
import { parseReport } from '../domain/report/parseReport.js';
import { shanghaiDate } from '../domain/shanghai.js';
import type { BotContext } from './botContext.js';

/** A post written after a surname (周部长 · 孙科长 · 王副理事长). */
const POST = /[\u4e00-\u9fa5](?:副)?(?:理事长|书记|部长|科长|主任|干事)/;

/** 学条例那条 · 学准则那次 · 学党章的记录: 学 and what was studied, then a pointer back (no 学校/学生/学院). */
const STUDIED_POINTED = /学(?!校|生|院|会)[\u4e00-\u9fa5]{1,8}?(?:那一?[条次个]|的记录)/;

/** The records found, and whether the words gave their day (then a record of any age is meant). */
export interface RecordsNamed {
  records: Activity[];
  dated: boolean;
  /** Everyone the words named (doer or counterpart), the sender left out. */
  people: string[];
}

/**
 * 会议 · 党组会议 · 检查 (round 53, fkee; t56b F4/F5: 「刚才那条会议参加人数写错了」「撤销12月1日的党组会议」 found nothing, the
 * parser reading no kind from a bare noun): the types a bare kind noun of a stored record's may mean, or undefined.
 */
function kindNounTypes(words: string): readonly ActivityTypeCode[] | undefined {
  if (/党组会议|党组会|党组（扩大）会议|党组\(扩大\)会议/.test(words)) return ['meeting_special'];
  if (/会议/.test(words)) return ['meeting_special', 'meeting_dept'];
  if (/检查/.test(words)) return ['inspect_style', 'inspect_funds', 'pledge_check'];
  // 11月19日那条学习 (round 60, fbc; t62a B-F1: 没看懂): a study is kept as 廉政教育, a film or cases studied as 警示教育.
  // 学条例那条 · 学准则那次 (round 62, gbd; t64a G10: 没看懂): a study named by what was studied, then a pointer.
  if (/学习/.test(words) || STUDIED_POINTED.test(words)) return ['edu_integrity', 'edu_warning'];
  return undefined;
}

/**
 * Own (reported by the sender), not withdrawn records that fit every field `words` name: the day, the type (a bare 谈话
 * fits both talks), everyone named (as doer or counterpart) and a 《title》. Null when the words name none of these.
 * With `loose`, words the report parser reads no deed from (昨天和王强进行的) still name their day and people. With
 * `anyReporter`, whoever reported them (to say whose a record is that the member cannot change; round 52, fwd).
 */
export function ownRecordsNamed(ctx: BotContext, words: string, opts: { loose?: boolean; anyReporter?: boolean } = {}): RecordsNamed | null {
  const sender = ctx.sender!;
  const parsed = parseReport(words, { now: ctx.now, directory: ctx.deps.directory, senderId: sender.id, mentions: ctx.update.mentions });
  const d = parsed?.[0]?.draft;
  const nounTypes = d?.type === undefined ? kindNounTypes(words) : undefined;
  const looseDate = !d && (opts.loose || nounTypes) ? parseDay(arabicizeNumerals(normalizeText(words)), shanghaiDate(ctx.now)).date : undefined;
  const date = d ? d.date : looseDate;
  const type = d?.type;
  const talk = /谈/.test(words) && type === undefined;
  // Everyone the words name takes part in the record, as its doer or a counterpart. 「撤销王磊今天报送的信息」 named the doer
  // in a phrase the report parser reads no doer from, and the member's own records of the day were offered instead
  // (newcomer n4); 「孙丽11月25日的谈心谈话」 from the clerk who reported 孙丽's talk is found by her as the doer.
  // A talk with the sender's superior is read as held by them (superiorHolds: 撤销11月5日和王建国的谈话 gives 王建国>李明),
  // so the doer the words gave counts as named, and the sender is no filter: their own records are the ones searched.
  const named = new Set([...(d?.counterpartIds ?? []), ...(d?.actorId !== undefined ? [d.actorId] : [])].filter((id) => id !== sender.id));
  for (const p of ctx.deps.directory.org.people) if (p.id !== sender.id && words.includes(p.name)) named.add(p.id);
  // 和周部长那次 · 孙科长那条 (round 61, gae; t63a Part B): a surname and a post name the person as the full name does, in
  // words the report parser reads no deed from (loose); only when a post is written, so plain words look up as before.
  if (opts.loose && !d && POST.test(words)) {
    const posted = parseCounterparts(words, { now: ctx.now, directory: ctx.deps.directory, senderId: sender.id, mentions: [] });
    if (posted.problems.length === 0) for (const c of posted.counterparts) if (c.id !== sender.id) named.add(c.id);
  }
  const title = /《([^《》]+)》/.exec(words)?.[1]?.trim();
  // 黄书记11月13日查财务科那次 (round 52, fwd): a department written in the words is where the record was held (a check's
  // place, a talk's department), so a check of 办公室 the same day is not offered for it.
  const places = ctx.deps.directory.org.departments.filter((dep) => [dep.name, ...(dep.aliases ?? [])].some((n) => words.includes(n))).map((dep) => dep.id);
  if (date === undefined && type === undefined && named.size === 0 && title === undefined && places.length === 0 && !(opts.loose && (talk || nounTypes)) && nounTypes?.length !== 1) return null;
  // Without `loose`, only what the report parser reads names a record (as 修改/撤销 of a named record always had it),
  // or a kind noun with its day (撤销12月1日的党组会议) — or one that means a single type, with no day (撤销党组会议, round 54,
  // fja: 没看懂): every such record is found, one offered with its 撤销, several asked which.
  if (!opts.loose && !(nounTypes && (date !== undefined || nounTypes.length === 1)) && (!d || (d.date === undefined && d.type === undefined && d.counterpartIds.length === 0))) return null;
  const fitsBut = (a: Activity) =>
    (opts.anyReporter === true || a.reporter === ctx.update.senderOpenId) &&
    !a.deletedAt &&
    (date === undefined || a.date === date) &&
    (type === undefined ? (nounTypes ? nounTypes.includes(a.type) : !talk || isTalkType(a.type)) : a.type === type) &&
    (title === undefined || a.title === title) &&
    places.every((id) => (a.departmentIds ?? (a.departmentId !== undefined ? [a.departmentId] : [])).includes(id));
  const records = ctx.deps.store.read((db) => db.activities.filter((a) => fitsBut(a) && [...named].every((c) => a.actorId === c || a.counterpartIds.includes(c))));
  // 上周五陈志强和郑华、冯雪签的那两条 (round 63, gcj; t66a B-F10: 没有找到): one deed told with several people is kept as
  // one record per person, so no record holds them all; with none that does, the records of the doer said each with one
  // of those people are meant — when together they hold every one of them.
  // Each such record's people are among those named (the sender aside), the doer said its doer, and together they hold all.
  if (records.length === 0 && named.size >= 2) {
    const doer = d?.actorId !== undefined && d.actorId !== sender.id ? d.actorId : undefined;
    const among = (id: string) => id === sender.id || named.has(id);
    const split = ctx.deps.store.read((db) =>
      db.activities.filter((a) => fitsBut(a) && (doer === undefined || a.actorId === doer) && a.counterpartIds.length > 0 && among(a.actorId) && a.counterpartIds.every(among)),
    );
    if (split.length >= 2 && [...named].every((c) => split.some((a) => a.actorId === c || a.counterpartIds.includes(c)))) return { records: split, dated: date !== undefined, people: [...named] };
  }
  return { records, dated: date !== undefined, people: [...named] };
}
