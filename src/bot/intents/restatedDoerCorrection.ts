// 李明「刚才那条责任书报错了，实际是张书记和我签的」「上一条写错了，是张伟书记和我签的」「不对，活动人是张伟」 with his signing of
// 王建国's with him just stored (round 69, gij; t72a FB1: 没看懂, or 「没能读出要改成什么（「张伟书记和我」）」): the stored
// record's doer said again is read as the 「刚才那条活动人改成张伟」 it means, by correctLatest itself (its 请确认修改 card: 原来/
// 改为, the member kept as the other party), as slipVerbCorrection hands a slip's wording over. 是X和我签的 fits only a latest
// record of someone else's deed with the member; a record of the member's own deed is left to the readers after.
import type { Activity } from '../../domain/activity.js';
import { isTalkType } from '../../domain/activityTypes.js';
import { normalizeText } from '../../domain/report/parseNormalize.js';
import { restatedDoerWords, type RestatedDoer } from '../../domain/report/restatedDoerWords.js';
import { toSimplified } from '../../domain/report/toSimplified.js';
import type { BotContext } from '../botContext.js';
import { defineIntent } from '../intent.js';
import { personInWords } from '../personInWords.js';
import { referredRecords } from '../referredRecords.js';
import { correctLatest } from './correctLatest.js';

/** The message put as correctLatest's 「刚才那条活动人改成X」, and its reading of it. */
interface Restated {
  put: string;
  said: unknown;
}

/** `ctx` with the message put as `put` (the lines too: the correction readers read either). */
function withText(ctx: BotContext, put: string): BotContext {
  return { ...ctx, text: put, lines: put };
}

/** Whether `a` is the deed `said` restates: of its verb (签 a signing, 谈 a talk), someone else's, with the member. */
function fits(a: Activity, said: RestatedDoer, me: string): boolean {
  if (said.verb === '签' ? a.type !== 'pledge_sign' : said.verb === '谈' ? !isTalkType(a.type) : false) return false;
  return a.actorId !== me && a.counterpartIds.includes(me);
}

export const restatedDoerCorrection = defineIntent<Restated>({
  name: 'restated-doer-correction',
  match(ctx) {
    if (!ctx.sender || (ctx.dialog && ctx.dialog.kind !== 'change')) return null;
    const said = restatedDoerWords(normalizeText(toSimplified(ctx.text)));
    if (!said) return null;
    const doer = personInWords(ctx, said.doer);
    if (doer === undefined || doer === ctx.sender.id) return null;
    const latest = referredRecords(ctx, { words: '', deictic: true });
    // The doer said already the doer of every record: the readers after say so.
    if (latest.length === 0 || latest.every((a) => a.actorId === doer)) return null;
    if (said.withMe && !latest.some((a) => fits(a, said, ctx.sender!.id))) return null;
    const name = ctx.deps.directory.person(doer)?.name ?? said.doer;
    const put = `刚才那条活动人改成${name}`;
    const read = correctLatest.match(withText(ctx, put));
    return read === null ? null : { put, said: read };
  },
  async handle(ctx, { put, said }) {
    await correctLatest.handle(withText(ctx, put), said);
  },
});
