// 黄志刚 「算专项资金检查吧」 right after his stored 廉政谈话 with 王强 (round 64, gdc; gca's left-alone: read as a completion
// query of 专项资金检查): a kind in loose words with nothing named, when the member's latest report holds nothing of that
// kind's family. A talk never becomes a check: the latest record is said, nothing changed, and the member is asked which
// record was meant (their recent records of that family) or told to report it as a new one. After a stored check the
// words are correctLatest's (round 63, gca), read before this.
import type { Activity } from '../../domain/activity.js';
import type { ActivityTypeCode } from '../../domain/activityTypes.js';
import { bareKindHedge } from '../../domain/report/hedgedKindChange.js';
import { TYPE_FAMILY_NAME as FAMILY_NAME, typeFamily } from '../../domain/report/typeFamily.js';
import type { BotContext } from '../botContext.js';
import { defineIntent } from '../intent.js';
import { describeActivity } from '../recordReport.js';
import { RECENT_DAYS, referredRecords } from '../referredRecords.js';


interface Unfit {
  said: string;
  kind: ActivityTypeCode;
  latest: Activity[];
  /** The member's recent standing records of the family said, newest last (the ones a day or place would pick). */
  family: Activity[];
}

const RECENT_MS = RECENT_DAYS * 24 * 60 * 60 * 1000;

function read(ctx: BotContext): Unfit | null {
  const bare = bareKindHedge(ctx.text);
  if (!bare) return null;
  const since = ctx.now.getTime() - RECENT_MS;
  const latest = referredRecords(ctx, { words: '', deictic: true }).filter((a) => Date.parse(a.createdAt) >= since);
  const family = typeFamily(bare.kind);
  // A record of that family in the latest report is correctLatest's (one changed, or the words read as before).
  if (latest.length === 0 || latest.some((a) => typeFamily(a.type) === family)) return null;
  const openId = ctx.update.senderOpenId;
  const theirs = ctx.deps.store.read((db) => db.activities.filter((a) => !a.deletedAt && a.reporter === openId && Date.parse(a.createdAt) >= since && typeFamily(a.type) === family));
  return { said: bare.said, kind: bare.kind, latest, family: theirs };
}

/** 12月2日维权部那次 · 12月2日那次: how the member would name a record by its day and place. */
function namedBy(ctx: BotContext, a: Activity): string {
  const [, m, d] = a.date.split('-');
  const at = a.departmentIds?.[0] ?? a.departmentId;
  const place = at !== undefined ? (ctx.deps.directory.department(at)?.name ?? '') : '';
  return `${Number(m)}月${Number(d)}日${place}那次`;
}

/** With nothing waiting, after correctLatest; before the query, which read 算…吧 as whether something counts. */
export const kindHedgeUnfit = defineIntent<Unfit>({
  name: 'kind-hedge-unfit',
  match: (ctx) => (ctx.sender && !ctx.dialog ? read(ctx) : null),
  async handle(ctx, c) {
    const stored = c.latest.map((a) => describeActivity(ctx.deps, a, ctx.now)).join('；');
    const from = [...new Set(c.latest.map((a) => FAMILY_NAME[typeFamily(a.type)]))].join('、');
    const to = FAMILY_NAME[typeFamily(c.kind)];
    const head = `您最近上报的是：${stored}。${from}不能改成${c.said}，没有改动，也没有新增记录。`;
    const newest = c.family.at(-1);
    const next = newest
      ? `要改的是哪次${to}？请写明日期或地点再说一遍，如「${namedBy(ctx, newest)}算${c.said}吧」。`
      : `如果是另一次${c.said}，请直接上报，写明日期和做了什么。`;
    await ctx.reply(head + next);
  },
});
