// 「王强今年谈过话没有」「王强谈过了吗」「今年和王强谈过没」: a leader asks whether a person has had the talks owed them —
// with whom and when, and which talk duties name them (round 14: 「没能识别「谈过话」」 or a table of 0 items).
import type { Activity } from '../activity.js';
import { activityTypeName, isTalkType } from '../activityTypes.js';
import { assignmentsFor, belongsTo } from '../completion/assignments.js';
import type { Cadence, Duty } from '../duty.js';
import type { Directory } from '../organization.js';
import { inPeriod, periodOf, type Period } from '../period.js';
import { compareText } from '../compareText.js';

/** 谈过 · 谈了 · 谈过话 · 谈话了 · 谈过心 · 有没有谈 · 谈没谈. */
const TALKED = /谈过|谈了|谈话了|谈心了|谈没谈|有没有谈|有无谈/;
/** The question: 吗 · 没有 · 没 · 了没 · 否 · ？ at the end, or 有没有 / 谈没谈 inside. */
const ASKED = /(?:吗|么|没有|没|没呢|了没|与否|否)[?？。]*$|[?？]$|有没有|谈没谈|有无/;
/** A day of its own makes it a report (「昨天和王强谈了」), never this question. */
const DAY = /今天|昨天|前天|上周|本周|这周|\d{1,2}月\d{1,2}[日号]?|\d{1,2}[.\/]\d{1,2}|\d{1,2}[日号]/;

/** The period a question names; this year when it names none. */
function periodAsked(text: string, today: string): Period {
  const year = today.slice(0, 4);
  if (/上半年/.test(text)) return { ...periodOf('halfyear', `${year}-01-01`) };
  if (/下半年/.test(text)) return { ...periodOf('halfyear', `${year}-07-01`) };
  const cadence: Cadence = /这半年|本半年|半年/.test(text) ? 'halfyear' : /本季度|这季度|这个季度/.test(text) ? 'quarter' : /本月|这个?月/.test(text) ? 'month' : 'year';
  return periodOf(cadence, today);
}

/** The words of a talks question with its own words taken out (the name is left to find), and the period asked. */
export function talksAsked(text: string, today: string): { rest: string; period: Period } | undefined {
  const t = text.replace(/\s+/g, '').replace(/^@\S+?(?=[\u4e00-\u9fa5])/, '');
  if (!TALKED.test(t) || !ASKED.test(t) || DAY.test(t) || t.length > 30) return undefined;
  const rest = t.replace(/今年|本年度?|上半年|下半年|这半年|本半年|本季度|这个?季度|本月|这个?月|谈过话|谈过心|谈话|谈过|谈了|谈心|谈没谈|有没有|有无|没有|了吗|吗|么|没|呢|否|和|与|跟|请问|[?？。,，]/g, '');
  return { rest, period: periodAsked(t, today) };
}

/** One talk duty that names the person, whose it is, and whether it is met in its period that holds `today`. */
export interface TalkOwed {
  duty: Duty;
  /** The department through which the duty names the person (a leader's talk with each supervised department). */
  departmentId?: string;
  holderId: string;
  period: Period;
  done: Activity[];
}

/**
 * The talks of `personId` in `period` (talked to, or holding the talk), oldest first, and the talk duties whose
 * counterparts include them (a leader to each head below, the secretary to each leader, a leader to each department
 * supervised), each with its current period's talks.
 */
export function talksOf(
  directory: Directory,
  duties: readonly Duty[],
  activities: readonly Activity[],
  personId: string,
  period: Period,
  today: string,
): { talks: Activity[]; owed: TalkOwed[] } {
  const live = activities.filter((a) => !a.deletedAt && isTalkType(a.type));
  const talks = live.filter((a) => inPeriod(period, a.date) && (a.counterpartIds.includes(personId) || a.actorId === personId)).sort((a, b) => compareText(a.date, b.date));
  const owed: TalkOwed[] = [];
  for (const duty of duties) {
    if (!duty.enabled || !duty.types.some(isTalkType) || duty.per === 'count') continue;
    const current = periodOf(duty.cadence, today);
    for (const a of assignmentsFor(directory, duty)) {
      const unit = a.units.find((u) => (u.kind === 'person' ? u.id === personId : (() => {
        const d = directory.org.departments.find((x) => x.id === u.id);
        return d !== undefined && belongsTo(directory, personId, d);
      })()));
      if (!unit || a.person.id === personId) continue;
      // A department's talk is met by a talk with anyone of it; a person's only by a talk with them.
      const dept = unit.kind === 'department' ? directory.org.departments.find((x) => x.id === unit.id) : undefined;
      const counts = (ids: string[]) => (dept ? ids.some((id) => belongsTo(directory, id, dept)) : ids.includes(personId));
      const done = live.filter((x) => duty.types.includes(x.type) && x.actorId === a.person.id && counts(x.counterpartIds) && inPeriod(current, x.date));
      owed.push({ duty, holderId: a.person.id, period: current, done, ...(dept ? { departmentId: dept.id } : {}) });
    }
  }
  return { talks, owed };
}

/** 「11月25日 廉政谈话」: a talk's day and type. */
export function talkLine(a: Activity): string {
  return `${Number(a.date.slice(5, 7))}月${Number(a.date.slice(8, 10))}日 ${activityTypeName(a.type)}`;
}
