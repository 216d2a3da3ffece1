// 「这次谈心的内容是工作纪律」 alone after a stored 谈心谈话 (round 69, gid; t71c: read as a new talk, its day and whom asked):
// what the talk just reported was about. The latest report's talk is named and said unchanged — a talk's words are not kept
// (issue 10 G), the same note its card gives when the report's message tells them — and nothing new is asked or recorded.
import type { Activity } from '../../domain/activity.js';
import { isTalkType } from '../../domain/activityTypes.js';
import { storedTalkContent } from '../../domain/report/storedTalkContent.js';
import { TALK_CONTENT_NOT_KEPT } from '../../domain/report/talkContentLeftOut.js';
import { latestOwnActivity } from '../../store/activityLog.js';
import { siblingsOf } from '../cardActions/receiptHelpers.js';
import { defineIntent } from '../intent.js';
import { describeActivity } from '../recordReport.js';

/**
 * With nothing waiting, talk content told on its own (storedTalkContent) whose kind a talk of the member's latest report
 * has: those talks; null otherwise (no such talk: the words are read as before).
 */
export const storedTalkContentReply = defineIntent<Activity[]>({
  name: 'stored-talk-content-reply',
  match(ctx) {
    if (!ctx.sender || ctx.dialog) return null;
    const told = storedTalkContent(ctx.text);
    if (!told) return null;
    const latest = latestOwnActivity(ctx.deps.store, ctx.update.senderOpenId);
    if (!latest) return null;
    const talks = siblingsOf(ctx.deps, latest).filter((a) => !a.deletedAt && isTalkType(a.type) && (told.type === undefined || a.type === told.type));
    return talks.length > 0 ? talks : null;
  },
  async handle(ctx, talks) {
    const list = talks.map((a) => describeActivity(ctx.deps, a, ctx.now)).join('\n');
    await ctx.reply(`${TALK_CONTENT_NOT_KEPT}，您说的谈话内容不另记，也没有新增记录。您刚才上报的谈话已记录，没有改动：\n${list}`);
  },
});
