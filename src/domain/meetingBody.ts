// Which body held a meeting, when it is not the 党组: a 机关党委 / 机关纪委 / 党支部 meeting or a 理事长办公会 is that body's,
// never the 党组's 专题研究 (seed 001 三(一) and 004 二(一) put 「班子专题研究全面从严治党、党风廉政建设」 on the 党组班子).

/**
 * The body that held a meeting record, stored on the record (Activity.meetingBody) when the member named one other than
 * the 党组; absent means the 党组 (or nobody named: today's reading, the doer's own role decides, completion/partyLevel).
 * - `party_committee`: 机关党委 (会议 · 扩大会议 · 委员会议)
 * - `discipline_committee`: 机关纪委 (会议 · 全体会议)
 * - `branch`: a 党支部 / 党总支 (支部委员会 · 支委会 · 党支部会议)
 * - `director_office`: 理事长办公会 (the administrative leadership's meeting, not a party body's: its 专题研究 of
 *   党风廉政建设 is recorded as said, shown as such, and not counted as the 党组's)
 */
export type MeetingBody = 'party_committee' | 'discipline_committee' | 'branch' | 'director_office';

export const MEETING_BODIES: readonly MeetingBody[] = ['party_committee', 'discipline_committee', 'branch', 'director_office'];

/** The body's name as the card, the receipt and the 台账 say it. */
export function meetingBodyName(body: MeetingBody): string {
  switch (body) {
    case 'party_committee':
      return '机关党委';
    case 'discipline_committee':
      return '机关纪委';
    case 'branch':
      return '党支部';
    case 'director_office':
      return '理事长办公会';
  }
}
