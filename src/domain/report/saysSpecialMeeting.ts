// 何平「10月15日中心召开廉政风险防控专题会议，研究康复服务项目采购环节风险点，中心班子及各科室负责人9人参加」 (round 46,
// t48b F5: asked 「是哪类活动？」 with only education types to tap): the coordinator decided that a department's own meeting
// the member calls a 专题会议 is recorded as one, at that department; only a meeting named otherwise (党风廉政建设工作会议)
// is still asked its type.

/** 专题会议 · 专题会 (召开廉政风险防控专题会议 · 开了个专题会), never 专题会上 naming only where something was said. */
const SPECIAL_MEETING = /专题会(?:议)?(?![上后前中间])|专题会议[上后前中]/;

/** Whether `text` (one activity's words) calls the meeting it tells a 专题会议 in so many words. */
export function saysSpecialMeeting(text: string): boolean {
  return SPECIAL_MEETING.test(text);
}
