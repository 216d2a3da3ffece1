// 「还有郑华，也是那天谈的」 after a talk just recorded: one more talk of the same type and day, on a 确认 card.
import type { Activity } from '../../domain/activity.js';
import { isTalkType } from '../../domain/activityTypes.js';
import { addedPerson } from '../../domain/report/addedPerson.js';
import { parseCounterparts } from '../../domain/report/parseCounterparts.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import { latestOwnActivity } from '../../store/activityLog.js';
import { dialogKey } from '../dialogStore.js';
import { defineIntent } from '../intent.js';
import { describeActivity } from '../recordReport.js';
import { draftWithPerson } from '../draftWithPerson.js';
import { settleReport } from '../settleReport.js';

/** As long as a card waits: a follow-up later than this names no record. */
const FOLLOW_UP_WINDOW_MS = 30 * 60 * 1000;

interface Added {
  latest: Activity;
  personId: string;
}

/**
 * A follow-up that adds a person to the member's latest talk or signing (round 20u, fault 6: 没看懂, or its type asked
 * again): the new pair takes the latest record's type, doer and day, and is shown for 确认.
 */
export const addPersonToLatest = defineIntent<Added>({
  name: 'add-person-to-latest',
  match(ctx) {
    if (!ctx.sender || ctx.dialog) return null;
    const said = addedPerson(ctx.text, shanghaiDate(ctx.now));
    if (!said) return null;
    const latest = latestOwnActivity(ctx.deps.store, ctx.update.senderOpenId);
    if (!latest || ctx.now.getTime() - Date.parse(latest.createdAt) > FOLLOW_UP_WINDOW_MS) return null;
    // Only pairs add up person by person; a study's one more participant is no record of its own.
    if (!isTalkType(latest.type) && latest.type !== 'pledge_sign') return null;
    if (said.date !== undefined && said.date !== latest.date) return null;
    const found = parseCounterparts(said.name, { now: ctx.now, directory: ctx.deps.directory, senderId: ctx.sender.id, mentions: [] });
    if (found.counterparts.length !== 1 || found.problems.length > 0) return null;
    const personId = found.counterparts[0]!.id;
    if (personId === latest.actorId || latest.counterpartIds.includes(personId)) return null;
    return { latest, personId };
  },
  async handle(ctx, { latest, personId }) {
    const draft = draftWithPerson(latest, personId, ctx.sender!.id, ctx.deps.directory);
    const card = await settleReport(ctx.deps, {
      items: [{ draft, problems: [] }],
      remarks: [`类型、日期和活动人按您刚才那条（${describeActivity(ctx.deps, latest, ctx.now)}）填写`],
      reasons: ['inferred_type'],
      who: { person: ctx.sender!, openId: ctx.update.senderOpenId },
      key: dialogKey(ctx.update.chatId, ctx.update.senderOpenId),
      sourceEventId: ctx.update.eventId,
      sourceMessageId: ctx.update.messageId,
      now: ctx.now,
    });
    await ctx.replyCard(card);
  },
});
