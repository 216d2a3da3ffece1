// 「孙丽不算同行，她是被检查科室的」 right after a check stored with 孙丽 as its companion (「…检查…，孙科长陪同」; round 59, fcd;
// t61b F3: 没看懂, the companion left standing): the check without her, at her department when said of the side checked and
// the check has none — shown as 原来/改为 for 确认, as every change of a stored record is.
import type { Activity } from '../../domain/activity.js';
import { companionDenied } from '../../domain/report/companionDenied.js';
import { latestOwnActivity } from '../../store/activityLog.js';
import { siblingsOf } from '../cardActions/receiptHelpers.js';
import { changeCardFor } from '../changeTurn.js';
import { departmentNameOf } from '../departmentInWords.js';
import { dialogKey, saveDialog, type RecordFields } from '../dialogStore.js';
import { defineIntent } from '../intent.js';
import { personInWords } from '../personInWords.js';

/** As long as a card waits: a follow-up later than this names no record. */
const FOLLOW_UP_WINDOW_MS = 30 * 60 * 1000;

type Denied = { kind: 'change'; activity: Activity; after: RecordFields; what: string } | { kind: 'unfit'; text: string };

export const companionDeniedLatest = defineIntent<Denied>({
  name: 'companion-denied-latest',
  match(ctx) {
    if (!ctx.sender || ctx.dialog) return null;
    const said = companionDenied(ctx.text);
    if (said === undefined) return null;
    const latest = latestOwnActivity(ctx.deps.store, ctx.update.senderOpenId);
    if (!latest || ctx.now.getTime() - Date.parse(latest.createdAt) > FOLLOW_UP_WINDOW_MS) return null;
    const id = personInWords(ctx, said.words);
    if (id === undefined) return null;
    const name = ctx.deps.directory.person(id)?.name ?? said.words;
    const check = siblingsOf(ctx.deps, latest).find((a) => !a.deletedAt && a.companionIds?.includes(id) === true);
    if (check === undefined) return { kind: 'unfit', text: `您刚才的记录没有把${name}记为同行，没有改动。` };
    const unit = said.checked ? ctx.deps.directory.person(id)?.departmentId : undefined;
    const placed = unit !== undefined && check.departmentId === undefined;
    const after: RecordFields = {
      type: check.type,
      date: check.date,
      actorId: check.actorId,
      counterpartIds: check.counterpartIds,
      companionIds: check.companionIds!.filter((x) => x !== id),
      ...(placed ? { departmentIds: [unit] } : {}),
    };
    const where = placed ? `，被检查科室为${departmentNameOf(ctx.deps.directory, unit)}` : '';
    return { kind: 'change', activity: check, after, what: `${name}不记为同行${where}` };
  },
  async handle(ctx, c) {
    if (c.kind === 'unfit') {
      await ctx.reply(c.text);
      return;
    }
    const change = { kind: 'change' as const, activityId: c.activity.id, what: c.what, after: c.after };
    await saveDialog(ctx.deps.store, dialogKey(ctx.update.chatId, ctx.update.senderOpenId), change, ctx.now);
    await ctx.replyCard(changeCardFor(ctx.deps, c.activity, change, ctx.now));
  },
});
