// 「…主持召开中心党风廉政建设会议，赵敏书记出席并讲话；会上学习了《廉洁自律准则》，并通报了…典型案例」 (round 31f F4: the
// study and the briefing lost, only a vague note): a ；-entry opening with 会上 still tells of the meeting before it, so what it
// says was studied or watched there is that meeting's, as with a comma.

/**
 * 会上学习了《X》 · 会议集中学习了《X》 · 会上组织观看了警示教育片《X》 opening an entry: the title studied or watched at the
 * meeting told before. The shapes are those withStudyAtMeeting writes out as records of their own, so a title given to the
 * meeting here never stays on it. Undefined for anything else (会上通报了…, 会后与…谈话, a title not said as studied).
 */
const AT_MEETING = /^[\s\u0000,]*(?:会上|会议上|会议)[^,;。!?《]{0,8}?(?:学(?:习|了)了?\s*|(?:观看|收看|播放|放映)了?[^,;。!?《]{0,8}?(?:警示[^,;。!?《]{0,6})?)《([^》]+)》/;

/** The title an entry opening with 会上 says was studied or watched at the meeting (text normalised: ASCII ,;), or undefined. */
export function titleStudiedAtMeeting(entry: string): string | undefined {
  return AT_MEETING.exec(entry)?.[1];
}
