// 「第2条不用记」 (round 30a, C3: 「「学习《廉洁自律准则》」按廉政教育记录」 stayed on the card and the receipt): a remark about how
// the record left out was read says nothing of what is left.
import { activityTypeName } from '../activityTypes.js';
import type { ReportDraft } from './draft.js';

/** 「…」按廉政教育记录 · …按警示教育记录: a remark saying which type some words were read as. */
const READ_AS = /按([\u4e00-\u9fa5]{2,12}?)记录/;

/**
 * The card's `remarks` without those only about `dropped`: one naming its title (《…》) when no record `kept` has that
 * title, or one saying words were read as its type (…按廉政教育记录) when no record kept is of that type. Every other
 * remark (whose activity it is, plans, days) stays, as it may be about the records kept.
 */
export function remarksAfterDrop(remarks: readonly string[], dropped: ReportDraft, kept: readonly ReportDraft[]): string[] {
  const title = dropped.title;
  const titleGone = title !== undefined && !kept.some((d) => d.title === title);
  const typeName = dropped.type !== undefined ? activityTypeName(dropped.type) : undefined;
  const typeGone = typeName !== undefined && !kept.some((d) => d.type !== undefined && activityTypeName(d.type) === typeName);
  return remarks.filter((m) => {
    if (titleGone && m.includes(`《${title}》`)) return false;
    const readAs = READ_AS.exec(m)?.[1];
    return !(typeGone && readAs !== undefined && readAs === typeName);
  });
}
