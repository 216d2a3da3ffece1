// 王建国「昨天参加了党组会，专题研究党风廉政建设」 (round 30a, F1: stored at once as his 专题会议): attending a meeting is not holding it.
import type { ParseContext, ReportProblem } from './draft.js';
import { leaderIds } from './leaderIds.js';

/**
 * The sender's own attending verb opening the clause: only when-words (and the masked day) before it, as in
 * 「昨天参加了党组会」 · 「11月18日出席了党组专题会议」 · 「列席了…专题会议」.
 */
const ATTENDED = /^(?:[\s\u0000\d,.:]|我|本人|于|在|上午|下午|晚上|上旬|中旬|下旬|月初|月中|月底|月末|上周|本周|这周|上个?月|本月|这个?月|近期|近日|日前|最近|也|还|又)*(?:参加|出席|列席|参会|旁听|参与)了?/;
/** The sender holding it after all: 参加并主持 · 主持召开 · 出席并主持. */
const HELD = /主持|召集|(?<!的)召开(?!的)/;

/** Who the meeting's chair is asked among, or who it is recorded under on a card. */
export type AttendedMeeting = { actorId: string } | { problem: ReportProblem };

/**
 * Whose a meeting (专题会议, 分管科室会议, 分析研判) is when the sender says only that they attended it and names nobody
 * who held it (`rest`: day and type masked, no doer found). A 党组 meeting is its 书记's (duties.md: the 党组's duties are
 * answered by the secretary), shown on a card; any other is asked among the leaders, never the attendee's at once.
 * Undefined when the clause does not open with the sender attending, says they chaired it, or the sender is the 书记
 * of the 党组 meeting named (their own).
 */
export function attendedMeeting(rest: string, ctx: ParseContext): AttendedMeeting | undefined {
  if (!ATTENDED.test(rest) || HELD.test(rest)) return undefined;
  const secretaries = ctx.directory.withRole('secretary').map((p) => p.id);
  if (/党组/.test(rest)) {
    if (secretaries.includes(ctx.senderId)) return undefined;
    if (secretaries.length === 1) return { actorId: secretaries[0]! };
  }
  const leaders = leaderIds(ctx.directory);
  const candidateIds = [...new Set([...secretaries, ...leaders])].filter((id) => id !== ctx.senderId);
  return candidateIds.length > 0 ? { problem: { code: 'missing_actor', candidateIds } } : undefined;
}
