// 张颖 「周部长说上次报的不对，12月3日他是和陈志强副理事长签的责任书，不是和我」 with her report of 周涛's signing with her on 12-03
// stored (round 59, fcc; t61b F4: the stored signing shown again on a card beside a new one of 张颖 with 陈志强, as if both
// were to stand): the stored record becomes the deed between the speaker and the one named — the one above the other its
// doer, as a leader's signing with a head is stored — on the 【请确认修改】 card (原来/改为). No record of the member's fits:
// left to the readers after, as before.
import type { Activity } from '../../domain/activity.js';
import { isTalkType } from '../../domain/activityTypes.js';
import { rank } from '../../domain/report/parseActor.js';
import { parseDay } from '../../domain/report/parseDay.js';
import { relayedCorrectionWords } from '../../domain/report/relayedCorrectionWords.js';
import { isSuperiorOf } from '../../domain/report/superiorInChain.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import type { BotContext } from '../botContext.js';
import { changeCardFor } from '../changeTurn.js';
import { mergedChange } from '../mergedChange.js';
import { dialogKey, saveDialog } from '../dialogStore.js';
import { defineIntent } from '../intent.js';
import { personInWords } from '../personInWords.js';

interface Relayed {
  record: Activity;
  speakerId: string;
  partnerId: string;
}

function read(ctx: BotContext): Relayed | null {
  if (!ctx.sender) return null;
  const said = relayedCorrectionWords(ctx.text);
  if (!said) return null;
  const me = ctx.sender.id;
  const speakerId = personInWords(ctx, said.speaker);
  const partnerId = personInWords(ctx, said.partner);
  if (speakerId === undefined || partnerId === undefined || speakerId === me || partnerId === me || speakerId === partnerId) return null;
  const date = said.day === '' ? undefined : parseDay(said.day, shanghaiDate(ctx.now)).date;
  if (said.day !== '' && date === undefined) return null;
  const openId = ctx.update.senderOpenId;
  // The member's own report of the deed between the speaker and the member (either its doer), newest first.
  const fits = (a: Activity) =>
    !a.deletedAt &&
    a.reporter === openId &&
    (said.verb === 'sign' ? a.type === 'pledge_sign' : isTalkType(a.type)) &&
    (date === undefined || a.date === date) &&
    ((a.actorId === speakerId && a.counterpartIds.includes(me)) || (a.actorId === me && a.counterpartIds.includes(speakerId)));
  const record = ctx.deps.store.read((db) => db.activities.filter(fits)).at(-1);
  return record ? { record, speakerId, partnerId } : null;
}

/** With nothing waiting, or a change (joined: mergedChange; a waiting report card's corrections are its own readers'), before the report reads it as a new deed. */
export const relayedCorrection = defineIntent<Relayed>({
  name: 'relayed-correction',
  match: (ctx) => (ctx.dialog === undefined || ctx.dialog.kind === 'duty' || ctx.dialog.kind === 'change' ? read(ctx) : null),
  async handle(ctx, { record, speakerId, partnerId }) {
    const dir = ctx.deps.directory;
    // The one above the other is the doer (陈志强 副理事长 with 周涛 部长: 陈志强's signing with 周涛, though 组联部 is not his),
    // in the chain or by rank; equals: the speaker.
    const parse = { now: ctx.now, directory: dir, senderId: ctx.sender!.id, mentions: [] };
    const partnerAbove = isSuperiorOf(dir, partnerId, speakerId) || rank(partnerId, parse) > rank(speakerId, parse);
    const actorId = partnerAbove ? partnerId : speakerId;
    const other = partnerAbove ? speakerId : partnerId;
    const name = (id: string) => dir.person(id)?.name ?? id;
    const change = mergedChange(ctx, record, {
      kind: 'change' as const,
      activityId: record.id,
      what: `改为${name(actorId)}与${name(other)}的记录（${name(speakerId)}说不是与您）`,
      after: { type: record.type, date: record.date, actorId, counterpartIds: [other] },
    });
    await saveDialog(ctx.deps.store, dialogKey(ctx.update.chatId, ctx.update.senderOpenId), change, ctx.now);
    await ctx.replyCard(changeCardFor(ctx.deps, record, change, ctx.now));
  },
});
