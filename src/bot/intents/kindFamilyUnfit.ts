// A kind said of stored records whose family it is not (round 65, gea: one intent for what round 64's gdc and gdj wrote
// apart — kindHedgeUnfit and kindAcrossFamilyUnfit each decided "this kind does not fit the record referred to").
// 黄志刚 「算专项资金检查吧」 right after his stored 廉政谈话 (gdc; was a completion query): nothing named, the latest report
// said, the member asked which record of that family was meant. 周涛 「今天那个会 算作风纪律检查吧」 about his 专题会议 (gdj;
// was a card turning it into a check, 组联部 guessed as checked) and 冯雪 「维权部那次算作风纪律检查吧 · …改成作风纪律检查」
// about her stored 警示教育 film (round 65; was a 请确认修改 card making the film a check): the records pointed at said back,
// nothing changed, the member asked whether it was another deed, to be reported as a new one. A film is no check, a meeting
// no talk: across families (typeFamily's table: talk · education · meeting · check · paper · signing) the fields never fit;
// within a family (谈心 ↔ 廉政谈话, 警示教育 ↔ 廉政教育, 作风纪律检查 ↔ 专项资金检查) correctLatest's change card stands.
import type { Activity } from '../../domain/activity.js';
import { activityTypeName, type ActivityTypeCode } from '../../domain/activityTypes.js';
import { bareKindHedge } from '../../domain/report/hedgedKindChange.js';
import { pointedKindChange } from '../../domain/report/pointedKindChange.js';
import { numberedKindSaid } from '../../domain/report/numberedKindSaid.js';
import { latestOwnActivity } from '../../store/activityLog.js';
import { siblingsOf } from '../cardActions/receiptHelpers.js';
import { TYPE_FAMILY_NAME as FAMILY_NAME, typeFamily, type TypeFamily } from '../../domain/report/typeFamily.js';
import type { BotContext } from '../botContext.js';
import { defineIntent } from '../intent.js';
import { describeActivity } from '../recordReport.js';
import { RECENT_DAYS, referredRecords } from '../referredRecords.js';

interface Unfit {
  said: string;
  kind: ActivityTypeCode;
  /** The records the words refer to (pointed), or the member's latest report (nothing named); none of the kind's family. */
  records: Activity[];
  /** Whether the words named the records (今天那个会 · 维权部那次 · 刚才那次), not the kind alone. */
  pointed: boolean;
  /** Nothing named: the member's recent records of the kind's family, newest last (the ones a day or place would pick). */
  family: Activity[];
}

const RECENT_MS = RECENT_DAYS * 24 * 60 * 60 * 1000;

/** Families whose people or attendees never carry over (a meeting's attendees on a check, a talk's person on a film). */
const APART: ReadonlySet<TypeFamily> = new Set(['meeting', 'talk', 'pledge']);

/** What the new deed's report must say, by family: a check its unit checked, a talk its person. */
const ASK: Partial<Record<TypeFamily, string>> = { check: '被检查的是哪个部门？', talk: '是和谁谈的？', pledge: '是和谁签的？' };

function read(ctx: BotContext): Unfit | null {
  const openId = ctx.update.senderOpenId;
  const pointed = pointedKindChange(ctx.text);
  if (pointed) {
    const records = referredRecords(ctx, { words: pointed.about ?? '', deictic: pointed.about === undefined, recent: true }).filter((a) => a.reporter === openId);
    const family = typeFamily(pointed.kind);
    // A record of that family among them is correctLatest's change card (round 62/63).
    if (records.length === 0 || records.some((a) => typeFamily(a.type) === family)) return null;
    return { said: pointed.said, kind: pointed.kind, records, pointed: true, family: [] };
  }
  // 第2条改成作风纪律检查 of the latest batch's film (round 66, gfd; gea's leftover: a change card making it a check).
  const numbered = numberedKindSaid(ctx.text);
  if (numbered) {
    const latest = latestOwnActivity(ctx.deps.store, openId);
    const record = latest ? siblingsOf(ctx.deps, latest).filter((a) => a.reporter === openId && !a.deletedAt)[numbered.n - 1] : undefined;
    // No such record, or one of the kind's family: the older readers' (numberedItemChangeReply · correctLatest).
    if (!record || typeFamily(record.type) === typeFamily(numbered.kind)) return null;
    return { said: numbered.said, kind: numbered.kind, records: [record], pointed: true, family: [] };
  }
  const bare = bareKindHedge(ctx.text);
  if (!bare) return null;
  const since = ctx.now.getTime() - RECENT_MS;
  const latest = referredRecords(ctx, { words: '', deictic: true }).filter((a) => Date.parse(a.createdAt) >= since);
  const family = typeFamily(bare.kind);
  if (latest.length === 0 || latest.some((a) => typeFamily(a.type) === family)) return null;
  const theirs = ctx.deps.store.read((db) => db.activities.filter((a) => !a.deletedAt && a.reporter === openId && Date.parse(a.createdAt) >= since && typeFamily(a.type) === family));
  return { said: bare.said, kind: bare.kind, records: latest, pointed: false, family: theirs };
}

/** 12月2日维权部那次 · 12月2日那次: how the member would name a record by its day and place. */
function namedBy(ctx: BotContext, a: Activity): string {
  const [, m, d] = a.date.split('-');
  const at = a.departmentIds?.[0] ?? a.departmentId;
  const place = at !== undefined ? (ctx.deps.directory.department(at)?.name ?? '') : '';
  return `${Number(m)}月${Number(d)}日${place}那次`;
}

/** Nothing named: the latest report said, the member asked which record of that family (gdc's words, round 64). */
function latestSaid(ctx: BotContext, c: Unfit): string {
  const stored = c.records.map((a) => describeActivity(ctx.deps, a, ctx.now)).join('；');
  const from = [...new Set(c.records.map((a) => FAMILY_NAME[typeFamily(a.type)]))].join('、');
  const to = FAMILY_NAME[typeFamily(c.kind)];
  const newest = c.family.at(-1);
  const next = newest ? `要改的是哪次${to}？请写明日期或地点再说一遍，如「${namedBy(ctx, newest)}算${c.said}吧」。` : `如果是另一次${c.said}，请直接上报，写明日期和做了什么。`;
  return `您最近上报的是：${stored}。${from}不能改成${c.said}，没有改动，也没有新增记录。${next}`;
}

/** Records pointed at: said back, asked whether it was another deed (gdj's words for a meeting, a talk or a signing). */
function pointedSaid(ctx: BotContext, c: Unfit): string {
  const stored = c.records.map((a) => describeActivity(ctx.deps, a, ctx.now)).join('；');
  const from = [...new Set(c.records.map((a) => FAMILY_NAME[typeFamily(a.type)]))].join('、');
  const to = typeFamily(c.kind);
  const what = to === 'check' ? '和被检查的部门' : to === 'talk' || to === 'pledge' ? '和对象' : '';
  if (APART.has(to) || c.records.some((a) => APART.has(typeFamily(a.type)))) {
    return (
      `您说的是：${stored}。${from}不能直接改成${c.said}（${from}的人数、部门等不适用），没有改动，也没有新增记录。` +
      `那是一次${FAMILY_NAME[to]}吗？${ASK[to] ?? ''}如果另外做了${c.said}，请按新的一项上报，写明日期${what}；${from}记录保持不变。`
    );
  }
  // 观看警示教育片 called a check (round 65): what it was, then whether another deed is to be recorded.
  const kinds = [...new Set(c.records.map((a) => activityTypeName(a.type)))].join('、');
  return (
    `您说的是：${stored}。这次是${kinds}，不是${FAMILY_NAME[to]}，不能改成${c.said}，没有改动，也没有新增记录。` +
    `是要另记一次${c.said}吗？${ASK[to] ?? ''}如是，请按新的一项上报，写明日期${what}；${kinds}记录保持不变。`
  );
}

/** With nothing waiting, before correctLatest (which changes a kind within its family) and the query (算…吧). */
export const kindFamilyUnfit = defineIntent<Unfit>({
  name: 'kind-family-unfit',
  match: (ctx) => (ctx.sender && !ctx.dialog ? read(ctx) : null),
  async handle(ctx, c) {
    await ctx.reply(c.pointed ? pointedSaid(ctx, c) : latestSaid(ctx, c));
  },
});
