// 领学了《…条例》，观看了警示教育片《迷途》: a study of a rule and a warning film in one meeting are two duties, two records.
import type { ActivityTypeCode } from '../activityTypes.js';
import type { ParsedReport } from './draft.js';

/** Just before a title: it is a film or a case shown as a warning. */
const WARNING_BEFORE = /(?:警示教育片|警示片|警示教育专题片|警示录|专题片|纪录片|影片|案例)[\s:：]*$/;
/** A rule, a code or a speech: studied as 廉政教育. */
const RULE_TITLE = /条例|准则|规定|办法|党章|讲话|论述|意见|规则/;

function kindOfTitle(title: string, text: string): ActivityTypeCode | undefined {
  const at = text.indexOf(`《${title}》`);
  if (at >= 0 && WARNING_BEFORE.test(text.slice(Math.max(0, at - 10), at))) return 'edu_warning';
  return RULE_TITLE.test(title) ? 'edu_integrity' : undefined;
}

/**
 * A teaching record whose titles are of both kinds — a rule studied (廉政教育) and a warning film watched (警示教育) — as two
 * records, each with its own titles (round 20u L03: one 警示教育 titled 《中国共产党纪律处分条例、迷途》, the study of the
 * 条例 lost into the title). Unchanged unless every title's kind is clear and both kinds are there.
 */
export function withTitlesOfTwoKinds(reports: ParsedReport[], text: string): ParsedReport[] {
  return reports.flatMap((r) => {
    const type = r.draft.type;
    if ((type !== 'edu_integrity' && type !== 'edu_warning') || r.draft.title === undefined) return [r];
    const titles = r.draft.title.split('、');
    if (titles.length < 2) return [r];
    const kinds = titles.map((t) => kindOfTitle(t, text));
    if (kinds.some((k) => k === undefined) || new Set(kinds).size < 2) return [r];
    const kept = r.remarks.filter((m) => !/^「[^」]+」按(?:警示教育|廉政教育)记录/.test(m));
    const order: ActivityTypeCode[] = ['edu_integrity', 'edu_warning'];
    return order.map((kind, i) => ({
      ...r,
      draft: { ...r.draft, type: kind, title: titles.filter((_t, k) => kinds[k] === kind).join('、') },
      remarks: i === 0 ? [...kept, '学习的条例规章按廉政教育、观看的警示片按警示教育，分两条记录'] : [],
      reasons: [...new Set([...(r.reasons ?? []), 'items' as const])],
    }));
  });
}
