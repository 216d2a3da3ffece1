// 周涛 「今天那个会 算作风纪律检查吧」 about his stored 专题会议 (round 64, gdj; t67a P8: a card turning the meeting into a
// 作风纪律检查 with 组联部 guessed as the unit checked and 「5人参加」 kept): a kind said in loose words of the records the words
// point at, when none of them is of that kind's family. A meeting is no check (nor a talk a lesson): the fields no longer
// fit (attendees on a check, a unit checked never said), so nothing is offered — the record is said back, the member asked
// whether it was another deed, reported as a new one. Records of the same family are correctLatest's (round 62/63), read
// after this; gdc's kindHedgeUnfit answers the bare 算…吧 with no record named.
import type { Activity } from '../../domain/activity.js';
import type { ActivityTypeCode } from '../../domain/activityTypes.js';
import { hedgedKindChange } from '../../domain/report/hedgedKindChange.js';
import { TYPE_FAMILY_NAME as FAMILY_NAME, typeFamily, type TypeFamily } from '../../domain/report/typeFamily.js';
import type { BotContext } from '../botContext.js';
import { defineIntent } from '../intent.js';
import { describeActivity } from '../recordReport.js';
import { referredRecords } from '../referredRecords.js';

/** What the new deed's report must say, by family: a check its unit checked, a talk its person. */
const ASK: Partial<Record<TypeFamily, string>> = { check: '被检查的是哪个部门？', talk: '是和谁谈的？', pledge: '是和谁签的？' };

interface Unfit {
  said: string;
  kind: ActivityTypeCode;
  records: Activity[];
}

function read(ctx: BotContext): Unfit | null {
  const h = hedgedKindChange(ctx.text);
  // Only the words pointing at a record (今天那个会 · 那次学习); what was checked (查的三公经费) is correctLatest's reading.
  if (!h || !h.pointed || h.title !== undefined || h.daySaid !== undefined) return null;
  const openId = ctx.update.senderOpenId;
  const records = referredRecords(ctx, { words: h.about ?? '', deictic: h.about === undefined, recent: true }).filter((a) => a.reporter === openId);
  const family = typeFamily(h.kind);
  if (records.length === 0 || records.some((a) => typeFamily(a.type) === family)) return null;
  // A meeting, a talk or a signing on one side (their people, attendees or body never fit the other): an education said to
  // be a check (维权部那次算作风纪律检查吧, round 63 gca's 4b) keeps its 确认 card, as that round decided.
  const apart = (f: TypeFamily) => f === 'meeting' || f === 'talk' || f === 'pledge';
  if (!apart(family) && !records.some((a) => apart(typeFamily(a.type)))) return null;
  return { said: h.said, kind: h.kind, records };
}

/** With nothing waiting, before correctLatest. */
export const kindAcrossFamilyUnfit = defineIntent<Unfit>({
  name: 'kind-across-family-unfit',
  match: (ctx) => (ctx.sender && !ctx.dialog ? read(ctx) : null),
  async handle(ctx, c) {
    const stored = c.records.map((a) => describeActivity(ctx.deps, a, ctx.now)).join('；');
    const from = [...new Set(c.records.map((a) => FAMILY_NAME[typeFamily(a.type)]))].join('、');
    const to = typeFamily(c.kind);
    const ask = ASK[to] ?? '';
    await ctx.reply(
      `您说的是：${stored}。${from}不能直接改成${c.said}（${from}的人数、部门等不适用），没有改动，也没有新增记录。` +
        `那是一次${FAMILY_NAME[to]}吗？${ask}如果另外做了${c.said}，请按新的一项上报，写明日期${to === 'check' ? '和被检查的部门' : to === 'talk' || to === 'pledge' ? '和对象' : ''}；${from}记录保持不变。`,
    );
  },
});
