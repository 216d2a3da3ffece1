// 上周五召开党风廉政建设专题会议 班子成员全部参加 · …，全体班子成员参加 · …，各部室负责人都参加了 (round 51, fza; t53a F9: stored at
// once with nothing of who came, the clause dropped without a word): a meeting's attendance said as a group of the unit is
// kept in its note, as the people named attending are (namedParticipants); never its counterparts (a meeting has none).

/** The groups a meeting's attendance is said by. */
const GROUP = '(?:班子成员|党组成员|领导班子成员|领导班子|班子|(?:各|全体)?(?:部室|科室|部门|中心|直属单位)(?:主要)?负责(?:人|同志)|分管(?:科室|部门)(?:主要)?负责(?:人|同志)|中层(?:干部|以上干部)|全体党员|全体干部(?:职工)?|全体(?:职工|人员|同志))';

/**
 * The group said whole: 全体 before it, or 全部/全体/都/均/悉数 after it (班子成员全部参加 · 全体班子成员参加). A bare list of who
 * attended (班子成员出席，各部室负责人列席会议) says who sat in, no remark of the member's (attendeeListNote): left as before.
 */
const WHOLE_GROUP = `(?:全体${GROUP}(?:等)?(?:同志)?(?:全部|都|均|悉数)?|${GROUP}(?:等)?(?:同志)?(?:全部|全体|都|均|悉数))`;

/**
 * A clause (after a comma or a space, or opening the text) that only says a whole group attended (WHOLE_GROUP), then
 * 参加/出席/参会/到会/列席, 了 at most, to the clause's end. Group 1 the clause.
 */
const ATTENDANCE = new RegExp(`(?:^|[,，;；。\\s])(${WHOLE_GROUP}(?:参加|出席|参会|到会|列席)了?(?:会议)?)(?=$|[,，;；。!！\\s])`);

/**
 * 主持召开党组专题会议研究…，班子成员参加 (round 52, fwa; t54a F5: dropped without a word): the leadership alone said to have
 * attended, a clause of its own (group 1) closing its sentence, with no other group's attendance after it in the sentence (a
 * list of who sat in — 班子成员出席，各部室负责人列席 — stays no note, attendeeListNote).
 */
const LEADERSHIP_CAME = /(?:^|[,，;；。\s])((?:领导班子成员|领导班子|班子成员|党组成员)(?:参加|出席|参会|到会)了?(?:会议)?)(?=\s*(?:$|[。！!；;\n]))/;

/** The attendance clause of `text` as its note (班子成员全部参加 · 班子成员参加), or undefined when it says none. */
export function meetingAttendanceNote(text: string): string | undefined {
  return (ATTENDANCE.exec(text)?.[1] ?? LEADERSHIP_CAME.exec(text)?.[1])?.replace(/了(?=会议$|$)/, '');
}

/** The whole note is such a clause, or ends with one after an agenda (部署…；班子成员全部参加): kept as the meeting's note. */
const ATTENDANCE_NOTE = new RegExp(`(?:^|；)(?:${WHOLE_GROUP}(?:参加|出席|参会|到会|列席)|(?:领导班子成员|领导班子|班子成员|党组成员)(?:参加|出席|参会|到会))(?:会议)?$`);

/** Whether `note` is (or ends with) a group's attendance this reader put there (meetingAttendanceNote). */
export function isMeetingAttendanceNote(note: string): boolean {
  return ATTENDANCE_NOTE.test(note);
}
