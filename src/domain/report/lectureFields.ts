// 时间：11月20日⏎主讲人：张伟⏎题目：《守住底线》⏎参加人员：全体党员 (round t24, 4): a lecture pasted as labelled fields with
// no word of its kind gave no report at all. formAsSentence reads such fields only under a heading naming the kind
// (廉政党课情况表); here the kind is read from who gave it and what it was about, or asked.

import type { Directory } from '../organization.js';
import { findKinds } from './parseKind.js';
import { extractTitles } from './parseTraining.js';
import { toSimplified } from './toSimplified.js';

/** A field line: 主讲人：张伟 · 时间:11月20日. */
const FIELD = /^\s*([\u4e00-\u9fa5]{1,6})\s*[：:]\s*(.*?)\s*$/;

const DAY_FIELD = /^(?:(?:授课|讲课|宣讲|上课|党课|活动|学习)?(?:时间|日期))$/;
const LECTURER_FIELD = /^(?:主讲人?|授课人(?:员)?|宣讲人|讲课人|授课(?:老师|领导)|主讲(?:领导|嘉宾))$/;
const TITLE_FIELD = /^(?:题目|主题|课题|(?:党课|讲课|授课|宣讲)(?:题目|主题|内容)|授课内容|内容)$/;
const ATTENDEE_FIELD = /^(?:参加人员|参加人数|参会人员|参训人数|听课人数|听课人员|参加对象|人数)$/;
/** Where it was held is no part of any record: the field is read and left out. */
const PLACE_FIELD = /^(?:(?:授课|活动|学习)?地点|地址|场所)$/;

/** What a 廉政党课 is about: integrity, discipline, the bottom line (守住底线 · 廉洁自律 · 严守纪律规矩). */
const ON_INTEGRITY = /廉|纪|腐|底线|红线|防线|警钟|清正|清白|自律|规矩|八项规定|作风|党风|干净|守纪|警示/;

/**
 * `text` with a lecture pasted as labelled fields (a 主讲人/授课人/宣讲人/讲课人 field with a day, title or attendee field, no heading naming a
 * kind, no kind word outside its title) put as the one sentence it stands for: 「11月20日张伟讲授廉政党课《守住底线》，全体党员参加」
 * when the speaker is the 党组书记 or a 班子成员 and the title or theme is about integrity (a 党课 is given by one of the
 * unit's leaders: duties.md), otherwise 「11月20日王磊讲授《…》」, which asks the type. A 地点 field is left out; other lines
 * stay. Unchanged when it is no such form.
 */
export function withLectureFields(text: string, directory: Directory): string {
  // 主講人 reads as 主讲人: simplified here as before every later reading (normalizeText).
  const lines = toSimplified(text.replace(/\\n/g, '\n')).split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 2) return text;
  // A heading line may stand above the fields, naming no kind (宣文部11月学习记录): a heading that names one is formAsSentence's.
  const heading = FIELD.test(lines[0]!) ? undefined : lines[0]!;
  const fields = heading === undefined ? lines : lines.slice(1);
  let day: string | undefined;
  let lecturer: string | undefined;
  let title: string | undefined;
  let attendees: string | undefined;
  const kept: string[] = [];
  for (const line of fields) {
    const m = FIELD.exec(line);
    if (!m) return text;
    const [, field, value] = m as unknown as [string, string, string];
    if (DAY_FIELD.test(field) && day === undefined) day = value;
    else if (LECTURER_FIELD.test(field) && lecturer === undefined) lecturer = value;
    else if (TITLE_FIELD.test(field) && title === undefined) title = value;
    else if (ATTENDEE_FIELD.test(field) && attendees === undefined) attendees = value;
    else if (!PLACE_FIELD.test(field)) kept.push(line);
  }
  // With no day field it is still the lecture (its day asked) when a title or who took part says what it was.
  if (lecturer === undefined || lecturer === '' || ((day ?? '') === '' && title === undefined && attendees === undefined)) return text;
  const plain = [heading ?? '', ...kept, attendees ?? '', lecturer].join('\n');
  if (findKinds(extractTitles(plain).rest).length > 0) return text;
  // 张伟（党组书记） · 张伟书记: the person by the name the value starts with; an outside speaker (市纪委王老师) stays as written.
  const person = directory.org.people.find((p) => lecturer!.startsWith(p.name));
  const speaker = person?.name ?? lecturer.replace(/[（(].*$/, '').trim();
  const leads = person !== undefined && (person.roles.includes('secretary') || person.roles.includes('leader'));
  const about = `${title ?? ''}${heading ?? ''}${kept.join('')}`;
  const kind = leads && ON_INTEGRITY.test(about) ? '廉政党课' : '';
  const titled = title === undefined || title === '' ? '' : /《.+》/.test(title) ? title : `《${title}》`;
  const counted = attendees === undefined || attendees === '' ? '' : /^\d+\s*[人名]?$/.test(attendees) ? `，参加${attendees.replace(/[人名]?$/, '人')}` : /人数|\d+\s*[人名]/.test(attendees) ? `，参加${attendees}` : `，${attendees}参加`;
  const sentence = `${day ?? ''}${speaker}讲授${kind}${titled}${counted}`;
  return [...(heading !== undefined ? [heading] : []), sentence, ...kept].join('\n');
}
