// 张颖 「12月3日周涛部长签承诺书那条漏了我，是和我签的」 with 周涛's signing of 12-03 stored (round 62, gbb; t64a G2: a new
// signing stored at once, the deed told before never named): the member added to that stored talk or signing — a record like
// it (its doer, day and kind) with the member its other party — on a 确认 card that names the record it follows; nothing is
// stored before 确认. The member already in it is said; none found, or several deeds that fit, is said, nothing added.
import type { Activity } from '../../domain/activity.js';
import { activityTypeName, isTalkType } from '../../domain/activityTypes.js';
import { leftOutMeWords } from '../../domain/report/leftOutMeWords.js';
import { normalizeText } from '../../domain/report/parseNormalize.js';
import type { BotContext } from '../botContext.js';
import { draftWithPerson } from '../draftWithPerson.js';
import { defineIntent } from '../intent.js';
import { ownRecordsNamed } from '../ownRecordsNamed.js';
import { describeActivity } from '../recordReport.js';
import { settleFromMessage } from '../settleFromMessage.js';

/** Without a day said, only deeds reported this many days back are meant (as a named correction's 14 days). */
const RECENT_MS = 14 * 24 * 60 * 60 * 1000;

interface LeftOutMe {
  said: string;
  /** The stored deeds the words fit, each its records (told in one message, one kind, day and doer). */
  deeds: Activity[][];
}

/** The standing talks and signings, whoever reported them, that `words` name and the member did not do, grouped per deed. */
function deedsNamed(ctx: BotContext, words: string): Activity[][] {
  const named = ownRecordsNamed(ctx, words, { loose: true, anyReporter: true });
  const since = ctx.now.getTime() - RECENT_MS;
  const me = ctx.sender!.id;
  const fits = (named?.records ?? []).filter(
    (a) => (isTalkType(a.type) || a.type === 'pledge_sign') && a.actorId !== me && (named!.dated || Date.parse(a.createdAt) >= since),
  );
  const byDeed = new Map<string, Activity[]>();
  for (const a of fits) {
    const key = `${a.sourceEventId ?? a.id}|${a.type}|${a.date}|${a.actorId}`;
    byDeed.set(key, [...(byDeed.get(key) ?? []), a]);
  }
  return [...byDeed.values()];
}

export const leftOutMeAdd = defineIntent<LeftOutMe>({
  name: 'left-out-me-add',
  match(ctx) {
    if (!ctx.sender || ctx.dialog) return null;
    const said = leftOutMeWords(normalizeText(ctx.text));
    return said === undefined ? null : { said, deeds: deedsNamed(ctx, said) };
  },
  async handle(ctx, { said, deeds }) {
    const me = ctx.sender!.id;
    if (deeds.length === 0) {
      await ctx.reply(`没有找到「${said}」的记录（已撤销的不算），没有新增记录。请写明日期和谁做的再说一遍，或直接上报，如「12月3日周涛部长和我签订了廉政承诺书」。`);
      return;
    }
    if (deeds.length > 1) {
      const list = deeds.map((d) => `${d[0]!.date} ${ctx.deps.directory.person(d[0]!.actorId)?.name ?? ''}的${activityTypeName(d[0]!.type)}`).join('、');
      await ctx.reply(`「${said}」有 ${deeds.length} 次：${list}。是哪一次漏了您？请写明日期再说一遍；没有新增记录。`);
      return;
    }
    const deed = deeds[0]!;
    const first = deed[0]!;
    if (deed.some((a) => a.counterpartIds.includes(me))) {
      await ctx.reply(`已记录的「${describeActivity(ctx.deps, first, ctx.now)}」里已经有您了，不重复记录，没有新增记录。`);
      return;
    }
    const card = await settleFromMessage(ctx, {
      items: [{ draft: draftWithPerson(first, me, me, ctx.deps.directory), problems: [] }],
      remarks: [`补上您：类型、日期和活动人按已记录的那次（${describeActivity(ctx.deps, first, ctx.now)}${deed.length > 1 ? `等 ${deed.length} 条` : ''}）填写`],
      reasons: ['third_person'],
    });
    await ctx.replyCard(card);
  },
});
