// 「康复中心的党员」是哪一位？ → 不在名单里 (t47a F3: asked again 「…的康复中心的党员是哪几位？」, a second tap needed): someone
// described by what they are (…的党员 · 新来的同志 · 一名医生), not a short name like 小刘, has no full name to ask for; the
// answer says they are none of those offered, so that record is left out at once (the README's 「这一条不计入，其余照常」).
import { STAFF_NOUN } from '../domain/report/unnamedStaff.js';

const DESCRIBED = new RegExp(`${STAFF_NOUN}$`);

/** Whether `text` (the words a person question quoted) describes someone by what they are, with no name to ask for. */
export function isDescribedPerson(text: string): boolean {
  return DESCRIBED.test(text.trim());
}
