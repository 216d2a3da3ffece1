// 「是11月26号下午看的，片名叫《围猎》，一共7个人」 to 「是哪一天？」: the title and head count an answer names are kept too.
import { isTalkType } from '../activityTypes.js';
import type { ReportDraft } from './draft.js';
import { extractTitles, parseAttendance } from './parseTraining.js';

/**
 * `draft` with the one title (《…》) and the head count `answer` names, where the draft has none (round 18u, fault 8:
 * the day filled, the title and count dropped without a word). A talk has no title or head count: left as it was.
 * A title or count the report already gave stays: the answer was asked for something else.
 */
export function withAnswerExtras(draft: ReportDraft, answer: string): ReportDraft {
  if (draft.type !== undefined && isTalkType(draft.type)) return draft;
  const { titles } = extractTitles(answer);
  const { attendees } = parseAttendance(answer);
  return {
    ...draft,
    ...(draft.title === undefined && titles.length === 1 ? { title: titles[0] } : {}),
    ...(draft.attendees === undefined && attendees !== undefined ? { attendees } : {}),
  };
}
