// 「…主题党日活动。支部书记王磊领学了《中国共产党纪律处分条例》有关条款，赵敏同志以《廉洁自律从我做起》为题讲授廉政党课。」
// (t39a F15: one 廉政党课 of 王磊's titled 《条例、廉洁自律从我做起》): a study led by one person and a lecture given by another
// in one activity are two duties of duties.md (廉政教育 and 廉政党课), each with its own title and doer, on a card.
import type { ParseContext, ParsedReport } from './draft.js';

/** A study of a title: 领学了《A》 · 带领大家学习了《A》 · 组织学习《A》. Group 1: the title. */
const STUDY = /(?:领学|学习|研读|传达学习)了?\s*《([^》]+)》/;
/** A lecture of a title: 以《B》为题…讲授/讲 · 讲授(了)(廉政)党课《B》. Group 1 or 2: the title. */
const LECTURE = /以\s*[《“"]([^》”"]+)[》”"]\s*为题[^，,；;。]*?(?:讲授|讲了|宣讲|授课|作了?)|(?:讲授|讲了|宣讲)了?[^，,；;。《]{0,8}?(?:党课|讲座)\s*《([^》]+)》/;

/** The last directory name (full name) in `words`, as an id; undefined when none is written. */
function lastNamed(words: string, ctx: ParseContext): string | undefined {
  let best: { at: number; id: string } | undefined;
  for (const p of ctx.directory.org.people) {
    const at = words.lastIndexOf(p.name);
    if (at >= 0 && (best === undefined || at > best.at)) best = { at, id: p.id };
  }
  return best?.id;
}

/** The clause of `text` (since the last ，；。 or line break) that ends at `end`. */
function clauseBefore(text: string, end: number): string {
  const before = text.slice(0, end);
  return before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；'), before.lastIndexOf(';'), before.lastIndexOf('。'), before.lastIndexOf('\n')) + 1);
}

/**
 * The one 廉政党课 of `reports` whose titles are those of a study (领学了《A》) and of a lecture (以《B》为题讲授…) told in
 * `text`, written out as a 廉政教育 titled A (its doer the one named in the study's clause, or the record's) and a 廉政党课
 * titled B (the one named in the lecture's clause, or the record's), same day, department and head count, both for 确认.
 * Any other shape (several lectures, one title, a study of no title) is returned unchanged.
 */
export function withStudyBesideLecture(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  const at = reports.findIndex((r) => r.draft.type === 'edu_lecture');
  if (at < 0 || reports.some((r, i) => i !== at && (r.draft.type === 'edu_lecture' || r.draft.type === 'edu_integrity'))) return reports;
  const r = reports[at]!;
  const titles = r.draft.title?.split('、') ?? [];
  const study = STUDY.exec(text);
  const lecture = LECTURE.exec(text);
  if (!study || !lecture) return reports;
  const studied = study[1]!;
  const lectured = (lecture[1] ?? lecture[2])!;
  if (studied === lectured || !titles.includes(studied) || !titles.includes(lectured) || titles.length !== 2) return reports;
  const studyDoer = lastNamed(clauseBefore(text, study.index), ctx);
  const lecturer = lastNamed(clauseBefore(text, lecture.index), ctx);
  const { title: _title, actorId: _actor, ...rest } = r.draft;
  const doer = (id: string | undefined) => {
    const actorId = id ?? r.draft.actorId;
    return actorId !== undefined && actorId !== ctx.senderId ? { actorId } : {};
  };
  const reasons = (id: string | undefined) => [...new Set([...(r.reasons ?? []), 'items' as const, ...((id ?? r.draft.actorId) !== undefined && (id ?? r.draft.actorId) !== ctx.senderId ? (['third_person'] as const) : [])])];
  const split: ParsedReport[] = [
    { ...r, draft: { ...rest, type: 'edu_integrity', title: studied, ...doer(studyDoer) }, remarks: [...r.remarks, '领学的文件按廉政教育、讲授的党课按廉政党课，分两条记录'], reasons: reasons(studyDoer) },
    { ...r, draft: { ...rest, title: lectured, ...doer(lecturer) }, remarks: [], reasons: reasons(lecturer) },
  ];
  return [...reports.slice(0, at), ...split, ...reports.slice(at + 1)];
}

/** 讲授(了)(廉政)党课 · 上了一堂廉政党课 with no title of its own after it. */
const UNTITLED_LECTURE = /(?:讲授|讲了|宣讲|上了)了?[^，,；;。《]{0,8}?党课(?!\s*《)/;

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * t48b F1's kind (round 46): 「市残联召开廉政教育大会，赵敏同志讲授廉政党课，会上集中学习了《中国共产党纪律处分条例》，共45人参加」
 * was one 廉政党课 titled 《…条例》, the study lost. A title the text says was studied (学习了《A》), on the one 廉政党课 whose
 * lecture is told with no title of its own, is the study's: given to the one untitled 廉政教育 of that day, or written out as
 * a 廉政教育 of its own (the lecture's day, doer, department and count), the lecture left untitled, both for 确认. Any other
 * shape is returned unchanged.
 */
export function withStudiedTitleOffLecture(reports: ParsedReport[], text: string): ParsedReport[] {
  const lectures = reports.filter((r) => r.draft.type === 'edu_lecture');
  const r = lectures[0];
  const title = r?.draft.title;
  if (lectures.length !== 1 || r === undefined || title === undefined || title.includes('、') || !UNTITLED_LECTURE.test(text)) return reports;
  // 赵敏书记领学了《条例》第八章并讲了廉政党课 (round 42's row): the one who led the study lectured on it, one 党课 of that title.
  if (!new RegExp(`(?<!领)(?:学习|研读|学)了?\\s*《${escaped(title)}》(?![^，,；;。]*并(?:讲|上|作))`).test(text)) return reports;
  const lecture = LECTURE.exec(text);
  if (lecture && (lecture[1] ?? lecture[2]) === title) return reports;
  const studies = reports.filter((s) => s.draft.type === 'edu_integrity' && s.draft.date === r.draft.date);
  if (studies.length > 1 || (studies.length === 1 && studies[0]!.draft.title !== undefined)) return reports;
  const { title: _title, ...untitled } = r.draft;
  const remark = '学习的文件按廉政教育、讲授的党课按廉政党课，分两条记录';
  const bare: ParsedReport = { ...r, draft: untitled, reasons: [...new Set([...(r.reasons ?? []), 'items' as const])] };
  if (studies.length === 1) {
    const study = studies[0]!;
    return reports.map((x) => (x === r ? bare : x === study ? { ...study, draft: { ...study.draft, title }, remarks: [...study.remarks, remark] } : x));
  }
  const study: ParsedReport = { ...r, draft: { ...untitled, type: 'edu_integrity', title }, remarks: [...r.remarks.filter((m) => !m.includes('按廉政党课记录')), remark], reasons: bare.reasons! };
  return reports.flatMap((x) => (x === r ? [study, { ...bare, remarks: [] }] : [x]));
}
