// 刘芳｜11月26日组织分管部门开展廉政教育，办公室李明参加 (round 45, fre kind 4, r44's left-alone list: the study recorded as
// 办公室's, 李明 never said; 「李明参加」 alone read right, @组联部): a department written before the name of someone who only
// attended a study is that person's own unit, not the study's. The unit word is taken out and the attender said on the card.
import type { ParseContext, ParsedReport } from './draft.js';
import { findKinds } from './parseKind.js';
import { extractTitles } from './parseTraining.js';
import { directoryIndex } from './parseDirectoryIndex.js';

/** The words taken out, for the card. */
export interface ParticipantUnits {
  text: string;
  /** The clauses as written (办公室李明参加), and the names of those who attended. */
  clauses: string[];
  names: string[];
}

/** Types a 「X参加」 clause after which only attended: studies and lectures (a meeting's 参加 units are its own). */
const STUDY_TYPES = new Set(['edu_integrity', 'edu_warning', 'edu_lecture']);
/** 学习了《…》 · 集中学习《…》: a study said by its verb before a quoted title. */
const STUDIED_TITLE = /学习(?:了|贯彻了?)?《/;
/** 参加 · 列席 · 出席 · 也参加了 closing the clause. */
const ATTENDED = /^(?:同志)?(?:也|还)?(?:参加|列席|出席|参会|旁听)(?:了)?[。！!]?$/;

/**
 * `text` with the department word taken out of each clause 「<unit>[post]<name>[title]参加」 (ATTENDED) whose person belongs
 * to that unit, when the message tells a study (STUDY_TYPES, or 学习了《…》 naming no type) and the clause comes after it;
 * undefined when none.
 */
export function withoutParticipantUnits(text: string, ctx: ParseContext): ParticipantUnits | undefined {
  if (!/参加|列席|出席|参会|旁听/.test(text)) return undefined;
  const kinds = findKinds(extractTitles(text).rest).map((k) => k.code);
  // 我们部学习了《纪律处分条例》，康复部吴静也参加了 (round 48, ftd: stored at 康复部, the sender's unit lost): a study told by
  // its verb and a 《title》 alone names no type word, and is a study all the same.
  const studiedTitle = kinds.length === 0 && STUDIED_TITLE.test(text);
  if (!studiedTitle && (kinds.length === 0 || !kinds.every((k) => STUDY_TYPES.has(k)))) return undefined;
  const index = directoryIndex(ctx.directory);
  const clauses = text.split(/(?<=[,，;；。\n])/);
  const said: string[] = [];
  const names: string[] = [];
  const out = clauses.map((clause, i) => {
    if (i === 0) return clause;
    const body = clause.replace(/[,，;；。\s]+$/, '');
    const surfaces = [...body.matchAll(index.surfaces)];
    const unit = surfaces[0];
    const person = surfaces[1];
    if (!unit || unit.index !== 0 || !person || surfaces.length !== 2) return clause;
    const dept = index.departmentBySurface.get(unit[0]);
    const people = index.peopleByName.get(person[0]);
    if (!dept || people?.length !== 1 || people[0]!.departmentId !== dept.id) return clause;
    // Between the unit and the name only the person's post (主任 · 科长); after the name a title, then 参加.
    const between = body.slice(unit[0].length, person.index);
    if (!/^(?:[\u4e00-\u9fa5]{0,2}(?:主任|科长|部长|科员|干事|同志))?$/.test(between)) return clause;
    const after = body.slice(person.index + person[0].length).replace(/^(?:副?(?:主任|科长|部长|书记)|科员|干事)/, '');
    if (!ATTENDED.test(after)) return clause;
    said.push(body);
    names.push(person[0]);
    return clause.slice(unit[0].length);
  });
  if (said.length === 0) return undefined;
  return { text: out.join(''), clauses: said, names };
}

/** `reports` with the card's note of those who attended, on the first record. */
export function withParticipantUnitsNoted(reports: ParsedReport[] | null, p: ParticipantUnits): ParsedReport[] | null {
  if (reports === null || reports.length === 0) return reports;
  const [first, ...others] = reports;
  const remark = `「${p.clauses.join('」「')}」：${p.names.join('、')}是参加人员，其所在部门未记为这次活动的部门`;
  return [{ ...first!, remarks: [...first!.remarks, remark] }, ...others];
}
