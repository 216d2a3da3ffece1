// 会议强调，各部室要对照责任清单逐项梳理，确保年底前全面完成。 (round 32a, A01: noted 「其中的计划安排，未记录」): what a
// meeting asked of others is its content, never a plan of the sender's.

/** The opening of a sentence telling what a meeting asked: 会议强调 · 会上要求 · 本次会议指出 · 张伟书记在会上强调. */
const MEETING_SAID = /^[\s\u0000,，]*(?:会议|会上|本次会议|此次会议|会议上|会议最后)[\s\u0000,，]*(?:还|并|最后)?(?:要求|强调|指出|提出|明确)/;
const SPEAKER_SAID = /^[\s\u0000,，]*[\u4e00-\u9fa5]{2,8}?(?:书记|理事长|主任|部长|科长)(?:同志)?(?:在讲话中|在会上|在会议上)?[\s\u0000,，]*(?:还|并|最后)?(?:要求|强调|指出|提出)/;

/** What ends a sentence, after which the next clause opens a new one. */
const SENTENCE_END = /[。!！?？;；\n]\s*$/;

/**
 * For each clause of a line (as split with their breaks kept), whether it is in a sentence that tells what a meeting asked
 * of others (会议强调，…，确保…。): such clauses plan nothing of the sender's. A speaker's 强调 counts only in a line that
 * tells of a meeting (会议 · 会上 · 召开).
 */
export function meetingAskedClauses(clauses: readonly string[], line: string): boolean[] {
  const meeting = /会议|会上|召开/.test(line);
  let told = false;
  return clauses.map((c, i) => {
    if (i === 0 || SENTENCE_END.test(clauses[i - 1]!)) told = MEETING_SAID.test(c) || (meeting && SPEAKER_SAID.test(c));
    return told;
  });
}
