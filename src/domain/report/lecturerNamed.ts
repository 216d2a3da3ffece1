// 王芳「11月20日，李明主任主持召开办公室廉政教育专题学习会，张伟书记讲授廉政党课《守住底线》，12人参加」 (p29, issue 10:
// stored as 李明's 廉政党课): at a study someone else chaired, the person named giving the lecture (讲授 · 主讲 · 作专题辅导) did the
// deed the record stands for; the chair only chaired.
import { chairedOnly } from './chairedOnly.js';
import type { ParseContext, ParsedReport } from './draft.js';

/** Giving it: 讲授/主讲/授课/宣讲 · 作（了）（专题）辅导 · 讲了（一堂）…党课 · 上了…党课, perhaps 为/给 an audience first. */
const GAVE = '(?:(?:为|给|向)[^,，;；。\\n]{1,16}?)?(?:讲授|主讲|授课|宣讲|作了?[^,，;；。\\n]{0,6}?辅导|讲了?一?[堂次节]?[^,，;；。\\n]{0,6}?党课|上了?一?[堂次节]?[^,，;；。\\n]{0,6}?党课)';
/** …作动员讲话，并为大家讲授… : a clause of their own before the lecture, the lecture going on with 并/还/随后. */
const THEN = '(?:[^,，;；。\\n]{0,16}?[,，]\\s*(?:并|还|随后|接着))?';
const TITLE = '(?:同志)?(?:党组书记|书记|副?理事长|副?主任|副?部长|副?科长)?(?:同志)?';
/**
 * 以“坚守廉洁底线 争做忠诚干净担当干部”为题 · 以《…》为主题 · 围绕“…” between the lecturer and the lecture (round 38, fkg F8:
 * the chair kept as the lecturer): the title said before the verb, perhaps with a comma after it.
 */
const TITLED = '(?:(?:以|围绕|就)[“"《「『][^”"》」』\\n]{1,40}[”"》」』](?:为题|为主题|为题目)?[,，]?\\s*)?';

/** What follows a lecturer's name, compiled once (issue 14: a pattern per person per message was 1,000 compiles). */
const AFTER_NAME = new RegExp(`${TITLE}${TITLED}${THEN}${GAVE}`, 'y');

/** 我 giving it, perhaps 应邀 and a place first (我到办公室给全体党员讲授…); 我们 and 自我 are no sender. */
const SENDER_GAVE = new RegExp(`(?<!自)我(?!们)(?:应邀)?(?:(?:到|在|去|赴)[^,，;；。\\n]{1,12}?)?${TITLED}${THEN}${GAVE}`);

/** Whether `name` stands somewhere in `text` followed by its lecture, as `new RegExp(name + AFTER_NAME).test(text)` would say. */
function lecturesAfter(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    AFTER_NAME.lastIndex = at + name.length;
    if (AFTER_NAME.test(text)) return true;
  }
  return false;
}

/**
 * Whether the sender wrote they gave the lecture themselves: 我为机关全体党员干部讲授了… · 我给机关党员讲了一堂廉政党课 (t43
 * fpe F1: 「我为…讲授了专题廉政党课…，机关党委书记赵敏主持」 was put on 赵敏). 我们 and 自我 are no sender.
 */
function senderLectures(text: string): boolean {
  return SENDER_GAVE.test(text);
}

/**
 * Each 廉政党课 or 廉政教育 recorded as the chair's (or the sender's, who wrote 我主持) given to the one other person of the
 * directory the message names giving the lecture — or to the sender, who wrote 我…讲授 — on the 确认 card. Unchanged when
 * the doer did not chair it, when nobody or several are named lecturing, or when the doer lectured too (主持并讲授).
 */
export function withLecturerAsDoer(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  const people = ctx.directory.org.people;
  const lecturers = people.filter((p) => lecturesAfter(text, p.name) || (p.id === ctx.senderId && senderLectures(text)));
  if (lecturers.length !== 1) return reports;
  const lecturer = lecturers[0]!;
  return reports.map((r) => {
    if ((r.draft.type !== 'edu_lecture' && r.draft.type !== 'edu_integrity') || r.problems.length > 0) return r;
    const doerId = r.draft.actorId ?? ctx.senderId;
    if (doerId === lecturer.id) return r;
    const doer = ctx.directory.person(doerId);
    const chaired = r.draft.actorId === undefined ? /(?:^|[,，;；。\s])(?:由)?我(?:来)?主持(?!并?(?:讲授|主讲|讲课|授课))/.test(text) || chairedOnly(text, [doer?.name ?? '']) : chairedOnly(text, [doer?.name ?? '']);
    if (!chaired) return r;
    const remarks = r.remarks.filter((m) => !m.startsWith('按') || !m.endsWith('的活动记录（代为上报）'));
    const draft = lecturer.id === ctx.senderId ? (({ actorId: _a, ...d }) => d)(r.draft) : { ...r.draft, actorId: lecturer.id };
    return {
      ...r,
      draft,
      remarks: [...remarks, `${lecturer.name}讲课，${doer?.name ?? ''}主持：按讲课的${lecturer.name}记录`],
      // The sender's own lecture is no one else's deed (t43 fpe F1: the card said 记在他人名下).
      reasons: lecturer.id === ctx.senderId ? (r.reasons ?? []).filter((x) => x !== 'third_person') : [...new Set([...(r.reasons ?? []), 'third_person' as const])],
    };
  });
}
