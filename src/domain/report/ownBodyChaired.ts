// 黄志刚「11月26日主持召开机关纪委会议，专题研究党风廉政建设工作」 (round 69, gie; issue 10: asked which 党组 leader held it,
// though he wrote that he chaired it): a 专题会议 of the 机关纪委 or the 机关党委 held by no one named, sent by that body's own
// 书记 (by title), is the sender's, as 赵敏's 机关党委会议 already was (she is a 班子成员, so never asked).
import { meetingBodyName } from '../meetingBody.js';
import type { ParseContext } from './draft.js';
import { meetingBodySaid } from './meetingBodySaid.js';

/**
 * Whether `rest` (a 专题会议's clause, its kind words masked) names the meeting of a body whose 书记 the sender is by title
 * (机关纪委书记 · 机关党委书记). A masked kind right after the body's name stands for its meeting (机关纪委专题会议 → 机关纪委会议).
 */
export function chairsOwnBody(rest: string, ctx: Pick<ParseContext, 'directory' | 'senderId'>): boolean {
  const body = meetingBodySaid(rest.replace(/(机关纪委|机关党委)\u0000+/g, '$1会议'));
  if (body !== 'party_committee' && body !== 'discipline_committee') return false;
  return (ctx.directory.person(ctx.senderId)?.title ?? '').includes(`${meetingBodyName(body)}书记`);
}
