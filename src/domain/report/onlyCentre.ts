// 昨日 中心 警示教育 28人 from someone outside the 中心: the one department of the directory called a 中心.
import type { Directory } from '../organization.js';
import { looseStemFits } from './looseDepartment.js';

/** 中心 as a word of its own (a terse line's token, or a clause's subject), not 中心组 or a 中心 of some name. */
// 昨天中心组织看了警示片 (round 33a, B08's kin: from 王磊 recorded at once as his own): 中心组织 is the 中心 organising,
// never the 中心组 (of 党委中心组学习), whose 组 no 织 follows.
const BARE_CENTRE = /(?<=^|[\s\u0000,;。:、]|[昨今前]天|[0-9]日)中心(?!组(?!织)|里|的)(?=[\s\u0000,;。:]|召开|组织|开展|集中|全体|学习|观看)/g;

/** 中心 as a token of a terse line (昨日 中心 警示教育 28人). */
const TERSE_CENTRE = /(?<=^|\s)中心(?=\s)/g;

/**
 * 到中心主持召开… · 来中心调研: the 中心 a leader went to is a place, the unit called 中心 (round 18, E: 赵敏's meeting 到中心
 * typed 专题会议 while 到康复中心 gave her 分管科室会议 there).
 */
const CENTRE_GONE_TO = /(?<=(?:到|来|赴|深入)[\s\u0000]*)中心(?!组|里|的|主任|领导|工作|同志)/g;

/** 康复科室 · 宣文部室 right after a 中心: a department written loosely, group 1 its stem. */
const LOOSE_AFTER = /^([\u4e00-\u9fa5]{2,4}?)(?:科室|部室)/;

/**
 * `text` with each 中心 gone to written as `name`, except one that opens a department written loosely whose stem names
 * a department of the directory (到中心康复科室检查, round 33c: recorded at once at 残疾人康复中心, though 康复 fits 康复部
 * too): withLooseDepartment reads those words and asks when they fit two. 到中心信访科室 (a stem no department has) is
 * still the 中心's.
 */
function centreGoneTo(text: string, name: string, directory: Directory): string {
  return text.replace(CENTRE_GONE_TO, (w, at: number) => {
    const stem = LOOSE_AFTER.exec(text.slice(at + w.length))?.[1];
    return stem !== undefined && looseStemFits(stem, directory).length > 0 ? w : name;
  });
}

const isCentre = (d: { name: string; aliases?: string[] }) => [d.name, ...(d.aliases ?? [])].some((n) => n.endsWith('中心'));

/**
 * The text with a bare 中心 written as the name of the directory's only 中心 when the sender belongs to none, or, in a
 * terse line or after 到/来 (到中心主持召开…), of the sender's own 中心 (its other sentences are read elsewhere): so it is
 * the 中心's head's, on the card as someone else's, and a leader's meeting there is at that department. Round 16 #25: 胡军 (办公室) 「昨日 中心 警示教育 28人」 recorded as 胡军's.
 */
export function withOnlyCentre(text: string, directory: Directory, senderId: string): string {
  const own = directory.department(directory.person(senderId)?.departmentId ?? '');
  if (own && isCentre(own)) return centreGoneTo(text.replace(TERSE_CENTRE, own.name), own.name, directory);
  const centres = directory.org.departments.filter(isCentre);
  return centres.length === 1 ? centreGoneTo(text.replace(BARE_CENTRE, centres[0]!.name), centres[0]!.name, directory) : text;
}
