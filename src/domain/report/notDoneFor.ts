// 何平出差未谈 · 吴静因故未签 · 孙丽另行安排 inside a list: a deed said not done for someone, who is left out of the records and named on the card.
import type { Directory } from '../organization.js';
import type { ParsedReport } from './draft.js';

/**
 * 未谈 / 没签 / 未参加 (not 还未 or 尚未, which NOT_YET reads) and 另行安排 / 另行约谈: a clause saying the deed was not done
 * (or is put off, 延至下月) for whoever it names.
 */
// 吴静因休假延至下月 · 赵敏书记待安排 (round 20u L04: recorded as a talk held): put off to a time still to come is not done either;
// 赵敏书记尚未开展, someone named by title, is not done for them (named on the card, not as 「一项活动」).
// 陈志强、赵敏两位领导的谈话时间待定 (round 30f A15: read as more people of the talk before, on its day): a talk whose time is
// still to be set was not held (时间待定 alone, after a deed told done, is its day not known: parseReport's DAY_TO_COME).
// 刘芳与周涛签订责任书的时间待定 (round 49, fwb: a pending pair of a clerk's list of signings, written so by pairItemsParted):
// a signing whose time is still to be set was not done either (its 时间/日期 written, so a signing told done keeps its day asked).
export const NOT_DONE_FOR =
  /(?:谈话|谈心|约谈)的?(?:具体)?(?:时间|日期)?(?:待定|未定|待商定)|签订?(?:责任书|承诺书)的?(?:具体)?(?:时间|日期)(?:待定|未定|待商定)|(?<![还尚暂从并])(?:未|没)能?(?:谈|签|参加|参会|开展|进行)|另行(?:安排|约谈|谈|签|补)|(?<![已])待(?:安排|开展|约谈|谈)|(?<=(?:书记|理事长|主任|部长|科长|同志))(?:尚未|还未|暂未|还没有?)(?:开展|进行|安排|约谈|谈)|(?:延至|延到|顺延至?|推至|推到|推迟至|推迟到|延后至|延后到|延期至|延期到|改至|改到|放到)(?:下个?月|下周|下星期|月底|年底|明年|节后|以后|下次)/;

/** Directory ids of the people `clause` names, longest names first so 王建国 is not read as 王建. */
export function peopleNamed(clause: string, directory: Directory): string[] {
  const people = [...directory.org.people].sort((a, b) => b.name.length - a.name.length);
  let rest = clause;
  const ids: string[] = [];
  for (const p of people) {
    if (!rest.includes(p.name)) continue;
    ids.push(p.id);
    rest = rest.split(p.name).join('□');
  }
  return ids;
}

/**
 * `reports` without the people a deed was said not done for (王磊、何平…，何平出差未谈): each keeps its other counterparts,
 * and a record left with none of those it had is dropped. The card says who was left out (never silently, round 18, C).
 * `onlyIn` holds, for someone whose not-done clause named its deed (原定和冯雪的廉政谈话…改到下周), the activity type codes
 * of that deed: they are left out of records of those types (or of no type yet) only, and keep the deeds that were done
 * with them (round 30f A25: the 谈心 with 冯雪 the same message told done vanished without a word).
 */
export function withoutNotDoneFor(reports: ParsedReport[], ids: Set<string>, onlyIn: ReadonlyMap<string, ReadonlySet<string>> = new Map()): ParsedReport[] {
  if (ids.size === 0) return reports;
  return reports.flatMap((r) => {
    const had = r.draft.counterpartIds;
    const type = r.draft.type;
    const out = (id: string) => ids.has(id) && (type === undefined || !onlyIn.has(id) || onlyIn.get(id)!.has(type));
    if (!had.some(out)) return [r];
    const kept = had.filter((id) => !out(id));
    return kept.length === 0 ? [] : [{ ...r, draft: { ...r.draft, counterpartIds: kept } }];
  });
}
