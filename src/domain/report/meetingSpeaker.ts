// 王芳: 「12月4日，市残联召开2026年度党风廉政建设工作推进会。会上，党组书记张伟与班子成员签订了…责任书…。⏎⏎张伟同志在讲话中
// 强调，要…」 (round 42, t42b F2: asked 「是哪位领导主持或主讲的？」): the one who gave the meeting's speech, told in a sentence
// or paragraph of its own after it, is its doer, as 出席并讲话 already makes them. Two people told so leave it asked.
import type { ParseContext, ParsedReport } from './draft.js';
import { MEETING_TYPES } from './parseKindPatterns.js';
import { surnameOf } from './parseDirectoryIndex.js';
import { leaderIds } from './leaderIds.js';

/**
 * A sentence opening with its speaker (会上，/最后，before it; a role such as 党组书记 or a title after), then 在讲话中 ·
 * 在总结讲话中 · 在会上 · 讲话时 (or nothing), then 强调/指出/要求/提出. Group 1: the words naming the speaker.
 */
const SPEAKER_OPENS = /^[\s\u0000,]*(?:(?:会上|会议上|会议最后|最后|会议强调)[\s,]*)?(?:党组书记、?理事长|党组书记|党组成员、?副理事长|副理事长|理事长|机关党委书记|机关纪委书记)?([\u4e00-\u9fa5]{2,6}?)(?:党组书记|副?理事长|书记|副?主任|副?部长|副?科长)?(?:同志)?[\s,]*(?:在(?:会上|会议上|(?:总结|动员|重要)?讲话中)|(?:作总结|作|在)?讲话时)?[\s,]*(?:还|并|最后)?(?:强调|指出|要求|提出)/;

const OFFICES = ['副理事长', '理事长', '书记', '副主任', '主任', '副部长', '部长', '副科长', '科长'];

/** The directory person `words` name: a full name, or a surname with an office only one person's title holds (张书记). */
function speakerNamed(words: string, ctx: ParseContext): string | undefined {
  const people = ctx.directory.org.people;
  const full = people.find((p) => words === p.name || words.startsWith(p.name));
  if (full) return full.id;
  const office = OFFICES.find((o) => words.endsWith(o) || words.slice(1) === o);
  if (office === undefined) return undefined;
  const held = people.filter((p) => surnameOf(p.name) === words.slice(0, surnameOf(p.name).length) && p.title.split(/[、,，\s]+/).some((t) => t.endsWith(office)));
  return held.length === 1 ? held[0]!.id : undefined;
}

/**
 * The speaker `line` (a sentence with no day of its own) tells of, when `entry` (the records of the sentence or paragraph
 * just before) holds exactly one meeting; undefined otherwise. The caller gives the meeting its doer when it was asked.
 */
export function meetingSpeaker(line: string, entry: readonly ParsedReport[], ctx: ParseContext): { meeting: ParsedReport; speakerId: string } | undefined {
  const meetings = entry.filter((r) => r.draft.type !== undefined && MEETING_TYPES.has(r.draft.type));
  if (meetings.length !== 1) return undefined;
  const m = SPEAKER_OPENS.exec(line);
  if (!m) return undefined;
  const speakerId = speakerNamed(m[1]!, ctx) ?? speakerNamed(m[0].replace(/^[\s\u0000,]*(?:(?:会上|会议上|会议最后|最后|会议强调)[\s,]*)?/, '').slice(0, 6), ctx);
  return speakerId === undefined ? undefined : { meeting: meetings[0]!, speakerId };
}

/**
 * `meeting` with `speakerId` as its doer when its doer was asked (missing_actor) and they are among those offered; a
 * meeting already given a doer, or given another speaker before (`spokenBy`), is asked again (two speakers: ask).
 */
export function withMeetingSpeaker(meeting: ParsedReport, speakerId: string, spokenBy: Map<ParsedReport, string>, ctx: ParseContext): ParsedReport {
  const before = spokenBy.get(meeting);
  if (before !== undefined && before !== speakerId) {
    // A second speaker: who held it is asked, as it was before either was read.
    const { actorId: _gone, ...draft } = meeting.draft;
    const candidateIds = leaderIds(ctx.directory);
    return { ...meeting, draft, problems: [...meeting.problems, { code: 'missing_actor', candidateIds }], reasons: (meeting.reasons ?? []).filter((r) => r !== 'third_person') };
  }
  const asked = meeting.problems.find((p) => p.code === 'missing_actor');
  if (asked === undefined || asked.code !== 'missing_actor' || !asked.candidateIds.includes(speakerId)) return meeting;
  spokenBy.set(meeting, speakerId);
  const problems = meeting.problems.filter((p) => p !== asked);
  if (speakerId === ctx.senderId) return { ...meeting, problems };
  return { ...meeting, draft: { ...meeting.draft, actorId: speakerId }, problems, reasons: [...new Set([...(meeting.reasons ?? []), 'third_person' as const])] };
}
