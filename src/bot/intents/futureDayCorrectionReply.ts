// 「刚才那条王建国和孙丽的谈话日期写错了，是12月4号」 on 11-30 (round 60, fbc; t62a B-F6: a new talk asked its day, or 没看懂):
// the day put right is still ahead. Nothing is changed, nothing recorded, and the member is told why and how to say it.
import { futureDayCorrection, type FutureDayCorrection } from '../../domain/report/futureDayCorrection.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import { latestOwnActivity } from '../../store/activityLog.js';
import { defineIntent } from '../intent.js';

/** Matches, with nothing waiting and a record of the member's stored, a day correction whose day has not come. */
export const futureDayCorrectionReply = defineIntent<FutureDayCorrection>({
  name: 'future-day-correction-reply',
  match(ctx) {
    if (ctx.dialog || !ctx.sender) return null;
    if (latestOwnActivity(ctx.deps.store, ctx.update.senderOpenId) === undefined) return null;
    return futureDayCorrection(ctx.text, shanghaiDate(ctx.now)) ?? null;
  },
  async handle(ctx, c) {
    await ctx.reply(
      `您说的「${c.said}」是 ${c.date}，还没到：记录的日期只能是已经过去的日子，没有改动任何记录，也没有新增记录。` +
        '如果日期是别的一天，请再说一次，如「刚才那条日期错了，应该是11月4日」；活动还没进行，可等进行后再报。',
    );
  },
});
