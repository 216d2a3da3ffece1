// 张伟 「上午那个廉政谈话 陈志强下午回来了 也补谈了」 after his stored talks with 王建国, 刘芳 and 赵敏 of that morning (round 64,
// gdc; t66a B-F9: 陈志强 read as the doer, 「陈志强是和谁谈的」 asked): the one left out of a stored batch of talks or
// signings, made up later (补谈 · 补签), is one more record like the batch's — its kind and doer (the sender, as in the
// batch), the day said or today — with a receipt (a card when the doer is someone else) saying it joins that batch.
import type { Activity } from '../../domain/activity.js';
import { activityTypeName, isTalkType, type ActivityTypeCode } from '../../domain/activityTypes.js';
import { cameBackWords } from '../../domain/report/cameBackWords.js';
import { madeUpWords, type MadeUpWords } from '../../domain/report/madeUpWords.js';
import { findKinds } from '../../domain/report/parseKind.js';
import { parseDay } from '../../domain/report/parseDay.js';
import { arabicizeNumerals } from '../../domain/report/parseNumerals.js';
import { periodOf } from '../../domain/period.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import type { BotContext } from '../botContext.js';
import { draftWithPerson } from '../draftWithPerson.js';
import { defineIntent } from '../intent.js';
import { personInWords } from '../personInWords.js';
import { describeActivity } from '../recordReport.js';
import { RECENT_DAYS, referredRecords } from '../referredRecords.js';
import { settleFromMessage } from '../settleFromMessage.js';

type MadeUp =
  | { kind: 'add'; batch: Activity[]; personId: string; date: string }
  | { kind: 'already'; batch: Activity[]; personId: string }
  /** 陈志强下午回来了 alone: no deed, said so. */
  | { kind: 'back'; personId: string; said: string };

/** The one kind a noun names whole (廉政谈话 · 谈心 · 承诺书), or undefined for a bare 谈话 (either talk) or none. */
function kindOf(noun: string): ActivityTypeCode | undefined {
  if (noun === '' || noun === '谈话') return undefined;
  const found = findKinds(noun);
  return found.length === 1 ? found[0]!.code : undefined;
}

/**
 * The stored batch `said` is about: the member's own standing talks (补谈) or signings (补签) of the last 14 days — those
 * the naming words point at when said, else the latest report's, else any — of the kind said, held on or before
 * `date`; of them the newest report's records of one kind, day and doer, oldest first. Empty when none fit.
 */
function batchOf(ctx: BotContext, said: MadeUpWords, date: string): Activity[] {
  const openId = ctx.update.senderOpenId;
  const kind = kindOf(said.kind);
  const fits = (a: Activity) =>
    a.reporter === openId &&
    (said.verb === 'sign' ? a.type === 'pledge_sign' : isTalkType(a.type)) &&
    (kind === undefined || a.type === kind) &&
    a.date <= date;
  const named = said.about !== '' ? referredRecords(ctx, { words: said.about, recent: true }).filter(fits) : [];
  const latest = named.length === 0 ? referredRecords(ctx, { words: '', deictic: true }).filter(fits) : named;
  const since = ctx.now.getTime() - RECENT_DAYS * 24 * 60 * 60 * 1000;
  const found =
    latest.length > 0 ? latest : ctx.deps.store.read((db) => db.activities.filter((a) => !a.deletedAt && Date.parse(a.createdAt) >= since && fits(a)));
  const newest = found.at(-1);
  if (!newest) return [];
  return found.filter((a) => (a.sourceEventId ?? a.id) === (newest.sourceEventId ?? newest.id) && a.type === newest.type && a.date === newest.date && a.actorId === newest.actorId);
}

function read(ctx: BotContext): MadeUp | null {
  const said = madeUpWords(ctx.text);
  if (!said) {
    const back = cameBackWords(ctx.text);
    const id = back ? personInWords(ctx, back.who) : undefined;
    return back && id !== undefined && id !== ctx.sender!.id ? { kind: 'back', personId: id, said: ctx.text.trim() } : null;
  }
  const personId = personInWords(ctx, said.who);
  if (personId === undefined || personId === ctx.sender!.id) return null;
  const today = shanghaiDate(ctx.now);
  // 下午 · 今天下午 · 刚才: today; 昨天 · 12月3日: that day; nothing said: today. A day still to come is a plan, not this.
  const date = said.when === '' ? today : parseDay(arabicizeNumerals(said.when), today).date;
  if (date === undefined || date > today) return null;
  const batch = batchOf(ctx, said, date);
  if (batch.length === 0 || batch[0]!.actorId === personId) return null;
  if (batch.some((a) => a.counterpartIds.includes(personId))) return { kind: 'already', batch, personId };
  return { kind: 'add', batch, personId, date };
}

/** 12月7日 (今天) · 12月2日: a stored day as the member says it. */
function dayWords(date: string, today: string): string {
  const [, m, d] = date.split('-');
  return `${Number(m)}月${Number(d)}日${date === today ? '（今天）' : ''}`;
}

/** With nothing waiting; before the report, which read 陈志强下午回来了 as his talk and asked with whom. */
export const madeUpForBatch = defineIntent<MadeUp>({
  name: 'made-up-for-batch',
  match: (ctx) => (ctx.sender && !ctx.dialog ? read(ctx) : null),
  async handle(ctx, c) {
    const dir = ctx.deps.directory;
    const name = (id: string) => dir.person(id)?.name ?? id;
    if (c.kind === 'back') {
      const who = name(c.personId);
      await ctx.reply(`「${c.said}」：这句没有说做了什么活动，没有记录。如果已经和${who}补谈了话或补签了责任书，请写明，如「下午和${who}补谈了廉政谈话」。`);
      return;
    }
    const today = shanghaiDate(ctx.now);
    const first = c.batch[0]!;
    const people = c.batch.flatMap((a) => a.counterpartIds).map(name).join('、');
    const batchWords = `${dayWords(first.date, today)}${first.actorId === ctx.sender!.id ? '' : name(first.actorId)}和${people}的${activityTypeName(first.type)}`;
    if (c.kind === 'already') {
      const held = c.batch.find((a) => a.counterpartIds.includes(c.personId))!;
      await ctx.reply(`和${name(c.personId)}的${activityTypeName(held.type)}已经记过了（${describeActivity(ctx.deps, held, ctx.now)}），没有新增记录。如果这次是另一次，请写明日期和类型再报，如「今天下午又和${name(c.personId)}进行了${activityTypeName(held.type)}」。`);
      return;
    }
    const like = draftWithPerson(first, c.personId, ctx.sender!.id, dir);
    const late = c.date === first.date ? first.late : c.date < periodOf('quarter', today).start;
    const draft = { ...like, date: c.date, late };
    const verb = first.type === 'pledge_sign' ? '补签' : '补谈';
    const card = await settleFromMessage(ctx, {
      items: [{ draft, problems: [] }],
      remarks: [`${verb}：和${batchWords}是同一批，${name(c.personId)}这次补上，类型和活动人按那批记录填写`],
      // Someone else's batch (a clerk's report of the secretary's talks): their record, shown for 确认 as any such report.
      reasons: first.actorId === ctx.sender!.id ? [] : ['third_person'],
    });
    await ctx.replyCard(card);
  },
});
