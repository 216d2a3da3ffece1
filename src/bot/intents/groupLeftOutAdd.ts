// 「集体谈话漏了陈静和赵磊」 with 张伟's 集体廉政谈话 stored (round 61, gae; t63b Part B: 没看懂): the people left out of the
// member's stored group — its talks or signings told in one message — are offered as records like the group's (its doer,
// day and kind), one per person, on a 确认 card; nothing stored before 确认. Someone already in it is said; no group, or
// several that fit, is said (with the day to write), nothing added.
import type { Activity } from '../../domain/activity.js';
import { activityTypeName, isTalkType } from '../../domain/activityTypes.js';
import type { ReportDraft } from '../../domain/report/draft.js';
import { groupLeftOut } from '../../domain/report/groupLeftOut.js';
import type { BotContext } from '../botContext.js';
import { defineIntent } from '../intent.js';
import { ownRecordsNamed } from '../ownRecordsNamed.js';
import { personInWords } from '../personInWords.js';
import { describeActivity } from '../recordReport.js';
import { draftWithPerson } from '../draftWithPerson.js';
import { settleFromMessage } from '../settleFromMessage.js';

/** Without a day said, only groups reported this many days back are meant (as a named correction's 14 days). */
const RECENT_MS = 14 * 24 * 60 * 60 * 1000;

interface LeftOut {
  said: string;
  /** The stored groups the words fit (each its records), newest last. */
  groups: Activity[][];
  /** Directory ids of the people named, in order. */
  people: string[];
}

/** The member's standing talks and signings the group words name, grouped by the message that told them. */
function groupsNamed(ctx: BotContext, words: string): Activity[][] {
  // 集体 · 那次 · 刚才的 name no field of a record: what is left (上周五 · 谈话 · 签责任书) is looked up.
  const plain = words.replace(/集体|那一?[次条个回]|刚才的?|刚刚的?|上次的?|之前的?|前面的?/g, '');
  const named = ownRecordsNamed(ctx, plain === '' ? '谈话' : plain, { loose: true });
  const since = ctx.now.getTime() - RECENT_MS;
  const fits = (named?.records ?? []).filter((a) => (isTalkType(a.type) || a.type === 'pledge_sign') && (named!.dated || Date.parse(a.createdAt) >= since));
  const byTelling = new Map<string, Activity[]>();
  for (const a of fits) {
    const key = `${a.sourceEventId ?? a.id}|${a.type}|${a.date}|${a.actorId}`;
    byTelling.set(key, [...(byTelling.get(key) ?? []), a]);
  }
  // A group is several told at once; with 集体 said, one talk alone is no group.
  return [...byTelling.values()].filter((g) => g.length > 1 || !/集体/.test(words));
}

export const groupLeftOutAdd = defineIntent<LeftOut>({
  name: 'group-left-out-add',
  match(ctx) {
    if (!ctx.sender || ctx.dialog) return null;
    const said = groupLeftOut(ctx.text);
    if (!said) return null;
    const people = said.names.map((n) => personInWords(ctx, n));
    if (people.some((id) => id === undefined)) return null;
    return { said: said.words, groups: groupsNamed(ctx, said.words), people: people as string[] };
  },
  async handle(ctx, { said, groups, people }) {
    if (groups.length === 0) {
      await ctx.reply(`没有找到您最近上报的「${said}」（已撤销的、别人上报的不算），没有新增记录。请写明日期再说一遍，如「11月27日的集体谈话漏了陈静」，或直接上报：「11月27日和陈静进行了廉政谈话」。`);
      return;
    }
    if (groups.length > 1) {
      const list = groups.map((g) => `${g[0]!.date} ${activityTypeName(g[0]!.type)}（${g.length}人）`).join('、');
      await ctx.reply(`您上报的「${said}」有 ${groups.length} 次：${list}。是哪一次漏了人？请写明日期再说一遍，如「${Number(groups[0]![0]!.date.slice(5, 7))}月${Number(groups[0]![0]!.date.slice(8, 10))}日的集体谈话漏了…」；没有新增记录。`);
      return;
    }
    const group = groups[0]!;
    const first = group[0]!;
    const name = (id: string) => ctx.deps.directory.person(id)?.name ?? id;
    const already = people.filter((id) => id === first.actorId || group.some((a) => a.counterpartIds.includes(id)));
    const added = people.filter((id) => !already.includes(id));
    const note = already.length > 0 ? `${already.map(name).join('、')}已经在这次${activityTypeName(first.type)}里了，不重复记录。` : '';
    if (added.length === 0) {
      await ctx.reply(`${note}没有新增记录。`);
      return;
    }
    const drafts: ReportDraft[] = added.map((id) => draftWithPerson(first, id, ctx.sender!.id, ctx.deps.directory));
    const card = await settleFromMessage(ctx, {
      items: drafts.map((draft) => ({ draft, problems: [] })),
      remarks: [`${note}类型、日期和活动人按您上报的那次（${describeActivity(ctx.deps, first, ctx.now)}等 ${group.length} 条）填写`],
      reasons: ['inferred_type'],
    });
    await ctx.replyCard(card);
  },
});
