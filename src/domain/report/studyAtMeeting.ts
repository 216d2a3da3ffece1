// 11月23日中心召开党风廉政建设工作会议，赵书记出席并讲话，会上集中学习了《廉洁自律准则》，并通报了近期典型案例 (round 30a, F6:
// one 分管科室会议 carrying the study's title, the study and the case briefing dropped): a duty meeting that also studied a
// rule and briefed cases held three duties of duties.md — the meeting, a 廉政教育 and a 警示教育 — each a record, on a card.
// 12月1日，中心召开党风廉政建设工作会议…会上组织观看了警示教育片《贪欲之祸》，参加人员19名 (round 30f, A20: one meeting
// carrying the film's title and head count, the 警示教育 a 党组 duty lost): a warning film watched at the meeting is a 警示教育
// of its own, with the title and the head count.
import type { ParseContext, ParsedReport } from './draft.js';
import { namedPeople } from './namedPeople.js';
import { caseBriefingSource } from './caseBriefingWords.js';
import { toSimplified } from './toSimplified.js';

/** Meetings of the duty catalogue that may hold a study and a briefing. */
const MEETINGS = new Set(['meeting_dept', 'meeting_special']);
/**
 * 通报了近期典型案例 · 通报了违纪违法案例 · 通报了两起违反中央八项规定精神典型案例 (round 33a, A05: lost past 12 characters) ·
 * 剖析了…等3起典型问题: the cases briefed, a warning education (duties.md: 警示教育 includes 案例通报).
 */
const CASES = new RegExp(`通报了?[^,;。!?，；]{0,12}?案例|${caseBriefingSource('[^,;。!?，；\\n]')}`);

/**
 * 会上学习了典型案例通报 · 会议集中学习了近期违纪违法典型案例 (round 30g, A22: only the meeting recorded, the note vague): cases
 * studied at the meeting, no title, a 警示教育 (duties.md: 典型案例通报学习). 会议通报了典型案例 (heard, no study) stays the
 * meeting's content, as round 11 had it.
 */
const CASES_STUDIED = /(?:会上|会议上|会议)[^,;。!?，；]{0,6}?(?:学习|研学|传达学习)了?[^,;。!?，；《]{0,12}?(?:典型)?案例(?:通报)?/;

/**
 * 。…，会上通报了2起违反中央八项规定精神典型案例 · ；会上还通报了近期典型案例 (t40b F5: named on the card as not recorded,
 * so the member had to write it again): cases briefed at the meeting, 会上 opening the clause with no one named, are the
 * 警示教育 (duties.md: 典型案例通报) of the one who held or attended the meeting as its doer, beside the meeting, as cases
 * studied there are. A briefer named (会上，X通报了…) is X's (namedDeedSubject); 会议通报了 stays the meeting's content.
 */
// …开了个廉政工作会 郑华 冯雪参加 会上通报了两起典型案例 (round 60, fbf; t62b F3, voice input): a space ends the clause before 会上 too.
const CASES_BRIEFED = new RegExp(`(?:^|[,;。!?，；\\n\\s])\\s*(?:会上|会议上|在会上)[,，]?\\s*(?:还|又|同时|并|也)?(?:${caseBriefingSource('[^,;。!?，；\\n]')})`);

/**
 * 会议传达学习了市纪委全会精神，通报了近期查处的2起违反中央八项规定精神典型问题 (round 58, fdf; t60b F5: the card named the
 * briefing 「没有对应到任何记录，请核对是否漏记」 and left it off): a briefing of cases told as the next item of what the meeting
 * (会议/会上, the clause's subject) passed on or studied is briefed at the meeting as 会上通报了… is — the 警示教育 of the
 * meeting's doer (the chair), beside it, on the card. 会议通报了典型案例 on its own stays the meeting's content (round 11).
 */
const CASES_BRIEFED_NEXT = new RegExp(`(?:^|[,;。!?，；\\n\\s])\\s*(?:会议|会上|会议上|在会上)[,，]?\\s*(?:首先|先|还|又|同时|并|也)?(?:传达学习|传达|学习|集中学习|原文学习)了?[^,;。!?，；\\n]{2,40}[,，、]\\s*(?:还|又|同时|并|也|随后|之后|然后)?(?:${caseBriefingSource('[^,;。!?，；\\n]')})`);

/**
 * 会上，王建国传达学习了上级有关文件精神和市纪委近期通报的典型案例 (round 66, gfh; t69a F5c: the card said 「通报的典型案例」没有对应到
 * 任何记录 and nothing was recorded): cases a notice told of (…通报的典型案例), passed on or studied at the meeting after
 * something else (和/及/以及 · up to 30 characters), by the meeting itself or by its doer named (group 1) after 会上， — the
 * chair's 警示教育 on the meeting's day, as 会议传达学习了…精神，通报了…典型案例 is (round 58, fdf). Someone else named is not
 * the chair's (left as before).
 */
const CASES_PASSED_ON = /(?:^|[,;。!?，；\n\s])\s*(?:会上|会议上|在会上|会议)[,，]?\s*(?:([\u4e00-\u9fa5]{2,8}?)(?:同志)?)??\s*(?:还|又|同时|并|也|首先)?(?:组织|集中|认真)?(?:传达学习|传达|学习)了?[^,;。!?，；\n《》]{0,30}?通报的[^,;。!?，；\n《》]{0,12}?典型(?:案例|问题|案件)/;

/** Whether `text` tells cases passed on at `meeting` by the meeting or its own doer (CASES_PASSED_ON). */
function casesPassedOn(text: string, meeting: ParsedReport, ctx: ParseContext | undefined): boolean {
  const m = CASES_PASSED_ON.exec(text);
  if (!m) return false;
  if (m[1] === undefined) return true;
  const ids = ctx === undefined ? undefined : namedPeople(m[1], ctx);
  return ids?.length === 1 && ids[0] === (meeting.draft.actorId ?? ctx!.senderId);
}

/** `reports` with a 警示教育 of the one untitled `meeting`'s day and doer added after it when cases were studied at it. */
function withCasesStudied(reports: ParsedReport[], meeting: ParsedReport, text: string, ctx?: ParseContext): ParsedReport[] {
  const plain = toSimplified(text);
  if (!(CASES_STUDIED.test(plain) || CASES_BRIEFED.test(plain) || CASES_BRIEFED_NEXT.test(plain) || casesPassedOn(plain, meeting, ctx)) || reports.some((r) => r.draft.type === 'edu_warning')) return reports;
  const { attendees: _count, note: _note, departmentId: _place, departmentIds: _places, ...common } = meeting.draft;
  const reasons = [...new Set([...(meeting.reasons ?? []), 'items' as const])];
  // The meeting's 「…按…会议记录（未按警示教育）」 no longer holds: the warning is recorded beside it.
  const kept = { ...meeting, reasons, remarks: meeting.remarks.filter((m) => !/（未按警示教育）$/.test(m)) };
  const cases: ParsedReport = { ...meeting, draft: { ...common, counterpartIds: [], type: 'edu_warning' }, reasons, remarks: [CASES_STUDIED.test(plain) || CASES_PASSED_ON.test(plain) ? '会上学习的典型案例按警示教育记录' : '会上通报的典型案例按警示教育记录'] };
  return reports.flatMap((r) => (r === meeting ? [kept, cases] : [r]));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `reports` with the one meeting whose title is what `text` says was studied at it (会上(集中)学习了《X》) written out as the
 * meeting (no title), a 廉政教育 《X》, and, when cases were briefed (通报了…案例) and no 警示教育 is read yet, a 警示教育 — all
 * of the meeting's day, doer and questions, for a tap. A warning film watched at it (会上组织观看了警示教育片《X》) is written
 * out likewise as a 警示教育 《X》 with the meeting's head count (the same people watched it); a film not said to be a warning
 * one (会上观看了专题片《X》) the same with its kind asked (廉政教育 or 警示教育). Unchanged for any other shape (no meeting,
 * its title not studied or watched 会上, several meetings).
 */
export function withStudyAtMeeting(reports: ParsedReport[], text: string, ctx?: ParseContext): ParsedReport[] {
  const meetings = reports.filter((r) => r.draft.type !== undefined && MEETINGS.has(r.draft.type));
  if (meetings.length === 1 && meetings[0]!.draft.title === undefined) {
    const withCases = withCasesStudied(reports, meetings[0]!, text, ctx);
    // A 党组 专题会议's 会议传达学习了上级纪委全会精神 is its agenda, read as such since round 11; only a 分管科室会议's study is
    // written out (round 61, gad).
    return withCases !== reports || meetings[0]!.draft.type !== 'meeting_dept' ? withCases : withPlainStudy(reports, meetings[0]!, text);
  }
  if (meetings.length !== 1 || meetings[0]!.draft.title === undefined) return reports;
  const meeting = meetings[0]!;
  const title = meeting.draft.title!;
  // 會上組織觀看了… (the title read from the simplified text): the shapes below are matched on simplified text too.
  const plain = toSimplified(text);
  // 王磊 杨帆参加 会上学习了廉洁自律准则 (round 61, gad; t63b F2: the meeting titled 《廉洁自律准则》, no 廉政教育): the title
  // read without 《》 is studied there all the same; 会前/会中/并组织学习 too.
  const studied = new RegExp(`(?:会上|会议上|会中|会前|会议|并)[^,;。!?，；]{0,8}?学(?:习|了)了?[\\s]*《?${escape(title)}》?`).test(plain);
  const watched = !studied && new RegExp(`(?:会上|会议上|会议|会后)[^,;。!?，；]{0,8}?(?:观看|收看|播放|放映)了?[^,;。!?，；《]{0,8}?警示[^,;。!?，；《]{0,6}《${escape(title)}》`).test(plain);
  // 会上观看了专题片《不忘初心》 · 会上集体观看了《迷途》 (t31c: the film's title kept on the meeting, no education recorded):
  // a film watched at the meeting and not said to be a warning one is an education of its own, its kind asked.
  const film = !studied && !watched && new RegExp(`(?:会上|会议上|会议|会后)[^,;。!?，；]{0,8}?(?:观看|收看|播放|放映)了?[^,;。!?，；《]{0,8}?《${escape(title)}》`).test(plain);
  if (!studied && !watched && !film) return reports;
  // The department stays the meeting's: the study and the briefing are the meeting doer's (the README's 出席并讲话 row), not
  // a department's study a leader only looked in on (attendingLeader).
  const { title: _study, attendees: _count, note: _note, departmentId: _place, departmentIds: _places, ...common } = meeting.draft;
  const reasons = [...new Set([...(meeting.reasons ?? []), 'items' as const])];
  const base = { ...meeting, reasons, remarks: [] as string[] };
  // 会后组织观看了… (round 48 ftf): the card says when it was watched as the member wrote it.
  const afterwards = new RegExp(`会后[^。!?；;]*《${escape(title)}》`).test(plain);
  const study: ParsedReport = film
    ? { ...base, draft: { ...common, counterpartIds: [], type: undefined, title, ...(meeting.draft.attendees !== undefined ? { attendees: meeting.draft.attendees } : {}) }, problems: [...meeting.problems.filter((p) => p.code !== 'missing_type'), { code: 'missing_type', among: ['edu_integrity', 'edu_warning'] }], remarks: [`会上观看的《${title}》另记一条教育活动，请选择是廉政教育还是警示教育`] }
    : watched
    ? { ...base, draft: { ...common, counterpartIds: [], type: 'edu_warning', title, ...(meeting.draft.attendees !== undefined ? { attendees: meeting.draft.attendees } : {}) }, remarks: [`${afterwards ? '会后' : '会上'}观看的《${title}》按警示教育记录`] }
    : { ...base, draft: { ...common, counterpartIds: [], type: 'edu_integrity', title, ...othersNote(meeting.draft.note, title) }, remarks: [`会上学习的《${title}》按廉政教育记录`] };
  const briefed = !watched && CASES.test(plain) && !reports.some((r) => r.draft.type === 'edu_warning');
  const cases: ParsedReport[] = briefed ? [{ ...base, draft: { ...common, counterpartIds: [], type: 'edu_warning' }, remarks: ['会上通报典型案例按警示教育记录'] }] : [];
  // 党组召开会议，…。会后组织全体干部职工观看警示教育片《围猎》，共38人参加 (round 48 ftf: the 党组会议 shown with #38): a
  // count told after a film watched 会后 by an audience of its own (全体干部职工 · 机关党员) is who watched it, not who sat in the
  // meeting; 会后组织观看了…，参加9人 with no audience named keeps the count on both (round 30's row).
  const countAfterFilm = (watched || film) && new RegExp(`会后[^。!?；;《]*(?:全体|机关|干部|职工|党员)[^。!?；;]*《${escape(title)}》[^。!?；;]*?\\d+\\s*(?:人|名)`).test(plain);
  const { title: _moved, note: _told, ...untitled } = meeting.draft;
  const titled = { ...untitled, ...othersNote(meeting.draft.note, title) };
  const { attendees: _watchers, ...uncounted } = titled;
  const kept = countAfterFilm ? uncounted : titled;
  // As for cases studied: the meeting's 「…（未按警示教育）」 no longer holds once the briefing is recorded beside it.
  const remarks = cases.length > 0 ? meeting.remarks.filter((m) => !/（未按警示教育）$/.test(m)) : meeting.remarks;
  return reports.flatMap((r) => (r === meeting ? [{ ...meeting, draft: kept, reasons, remarks }, study, ...cases] : [r]));
}

/**
 * 会议传达学习了中央八项规定精神 · 会上学习了廉洁自律准则 · 会前集中学习了《条例》 · 会中学习了… (round 61, gad; t63b F2): what
 * a meeting (会上/会议上/会中/会前/会议, opening the clause) studied, no 《》 needed — group 1 the thing studied, up to the
 * clause's end. 会议研究了… · 会议部署了… study nothing; cases studied are withCasesStudied's.
 */
const PLAIN_STUDY = /(?:^|[,;。!?，；\n\s])(?:会上|会议上|会中|会前|会议|在会上)[,，]?\s*(?:还|又|同时|并|也|首先|先)?(?:组织|集中|专题|认真|原文|深入)?(?:传达学习|学习|研学)了?\s*《?([^,;。!?，；\n\s《》]{2,20}?)》?(?=$|[,;。!?，；\n\s])/;
/** A thing studied that is a case briefing (the warning education's, read by withCasesStudied) or no thing at all. */
// 会上传达学习了市纪委全会精神 (round 11's 陈志强 row, one 分管科室会议; the merge of round 61): the spirit of a meeting or a
// speech passed on is the meeting's agenda, as a 党组 meeting's is; a rule's (中央八项规定精神) is a thing studied.
const NOT_A_TITLE = /案例|通报|相关|有关|精神$(?<=^(?:会议|上级)精神)|(?:全会|会议|大会|讲话|指示|批示)精神$|^(?:了|并|和|与)/;

/**
 * `reports` with the untitled `meeting` followed by a 廉政教育 of its day and doer titled with what the meeting studied
 * (PLAIN_STUDY's thing), each keeping the rest of the meeting's note (who took part); `reports` itself when `text` tells no
 * such study or a 廉政教育 is read already.
 */
function withPlainStudy(reports: ParsedReport[], meeting: ParsedReport, text: string): ParsedReport[] {
  if (!text.includes('学') || reports.some((r) => r.draft.type === 'edu_integrity')) return reports;
  const m = PLAIN_STUDY.exec(toSimplified(text));
  if (!m || NOT_A_TITLE.test(m[1]!)) return reports;
  const title = m[1]!;
  const { attendees: _count, note: _note, departmentId: _place, departmentIds: _places, ...common } = meeting.draft;
  const reasons = [...new Set([...(meeting.reasons ?? []), 'items' as const])];
  const { note: _told, ...kept } = meeting.draft;
  const rest = othersNote(meeting.draft.note, title);
  const study: ParsedReport = { ...meeting, reasons, draft: { ...common, counterpartIds: [], type: 'edu_integrity', title, ...rest }, remarks: [`会上学习的《${title}》按廉政教育记录`] };
  return reports.flatMap((r) => (r === meeting ? [{ ...meeting, reasons, draft: { ...kept, ...rest } }, study] : [r]));
}

/** The parts of a meeting's `note` (joined by ；) that do not tell the study of `title`, as a `note` field, or none. */
function othersNote(note: string | undefined, title: string): { note?: string } {
  const rest = (note ?? '').split('；').filter((part) => part !== '' && !part.includes(title)).join('；');
  return rest === '' ? {} : { note: rest };
}
