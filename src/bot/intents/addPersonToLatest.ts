// 「还有郑华，也是那天谈的」 after a talk just recorded: one more talk of the same type and day, on a 确认 card.
import type { Activity } from '../../domain/activity.js';
import { isTalkType } from '../../domain/activityTypes.js';
import { addedPerson } from '../../domain/report/addedPerson.js';
import { cardPersonAddedWords } from '../../domain/report/cardPersonAddedWords.js';
import { normalizeText } from '../../domain/report/parseNormalize.js';
import type { BotContext } from '../botContext.js';
import { parseCounterparts } from '../../domain/report/parseCounterparts.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import { latestOwnActivity } from '../../store/activityLog.js';
import { defineIntent } from '../intent.js';
import { describeActivity } from '../recordReport.js';
import { draftWithPerson } from '../draftWithPerson.js';
import { settleFromMessage } from '../settleFromMessage.js';

/** As long as a card waits: a follow-up later than this names no record. */
const FOLLOW_UP_WINDOW_MS = 30 * 60 * 1000;

/** How far back a stored talk or signing may be the one 还有李明也谈了 adds to when it is not the latest record. */
const RECENT_MS = 14 * 24 * 60 * 60 * 1000;

interface Added {
  latest: Activity;
  personId: string;
  /** The record added to is not the member's latest (a check came after it, or more than 30 minutes passed). */
  earlier: boolean;
}

/** Words that say the addition is to a talk or a signing. */
const PAIR_WORDS = /谈|签|对象/;

/** Pairs add up person by person: a talk or a signing (a study's one more participant is no record of its own). */
const isPair = (a: Activity) => isTalkType(a.type) || a.type === 'pledge_sign';

/**
 * 还有李明也谈了 · 谈话对象加一个李明 after a check was stored, or an hour after the talk (round 62, gbd; gaf's left-alone:
 * asked its type as a new talk): the member's own latest talk or signing of the last 14 days — a talk when the words say
 * 谈, a signing when they say 签 — on the day said, if one is. Undefined when there is none: never an older unrelated record.
 */
function latestPairRecord(ctx: BotContext, date: string | undefined): Activity | undefined {
  const talk = /谈/.test(ctx.text);
  const sign = /签/.test(ctx.text);
  const since = ctx.now.getTime() - RECENT_MS;
  return ctx.deps.store.read((db) => {
    for (let i = db.activities.length - 1; i >= 0; i--) {
      const a = db.activities[i]!;
      if (a.reporter !== ctx.update.senderOpenId || a.deletedAt || !isPair(a) || Date.parse(a.createdAt) < since) continue;
      if ((talk && !isTalkType(a.type)) || (sign && a.type !== 'pledge_sign') || (date !== undefined && a.date !== date)) continue;
      return a;
    }
    return undefined;
  });
}

/**
 * A follow-up that adds a person to the member's latest talk or signing (round 20u, fault 6: 没看懂, or its type asked
 * again): the new pair takes the latest record's type, doer and day, and is shown for 确认. Round 62 (gbd): 谈话对象加一个李明
 * (the waiting card's words, cardPersonAddedWords) with nothing waiting too, and the member's latest talk or signing when
 * the latest record is another kind or older than 30 minutes.
 */
export const addPersonToLatest = defineIntent<Added>({
  name: 'add-person-to-latest',
  match(ctx) {
    if (!ctx.sender || ctx.dialog) return null;
    const today = shanghaiDate(ctx.now);
    const cardWords = cardPersonAddedWords(normalizeText(ctx.text));
    const said = addedPerson(ctx.text, today) ?? (cardWords !== undefined ? { name: cardWords } : undefined);
    if (!said) return null;
    const own = latestOwnActivity(ctx.deps.store, ctx.update.senderOpenId);
    const fresh = own !== undefined && ctx.now.getTime() - Date.parse(own.createdAt) <= FOLLOW_UP_WINDOW_MS && isPair(own) && (said.date === undefined || said.date === own.date);
    // 还有李明也参加了 · 还有李明 after a check or a study is about that deed: only words of a talk or a signing (谈 · 签 ·
    // 对象) reach back past it to the talk before.
    const latest = fresh ? own : PAIR_WORDS.test(ctx.text) ? latestPairRecord(ctx, said.date) : undefined;
    if (!latest) return null;
    const found = parseCounterparts(said.name, { now: ctx.now, directory: ctx.deps.directory, senderId: ctx.sender.id, mentions: [] });
    if (found.counterparts.length !== 1 || found.problems.length > 0) return null;
    const personId = found.counterparts[0]!.id;
    if (personId === latest.actorId || latest.counterpartIds.includes(personId)) return null;
    return { latest, personId, earlier: !fresh };
  },
  async handle(ctx, { latest, personId, earlier }) {
    const draft = draftWithPerson(latest, personId, ctx.sender!.id, ctx.deps.directory);
    const card = await settleFromMessage(ctx, {
      items: [{ draft, problems: [] }],
      remarks: [`类型、日期和活动人按您${earlier ? '最近的一条谈话或签订记录' : '刚才那条'}（${describeActivity(ctx.deps, latest, ctx.now)}）填写`],
      reasons: ['inferred_type'],
    });
    await ctx.replyCard(card);
  },
});
