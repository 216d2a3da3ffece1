// 「12月1日和王强进行了廉政谈话，提醒李娟注意报销规范」 (m4, issue 10: two 廉政谈话 stored at once): the clause after a
// talk reminding someone the talk's clause did not name is at most a second talk of its own, read from 提醒 — an inference,
// so it is shown on a card, never stored at once. A reminder to the one talked to is that talk's content
// (talkContentReminder), and a talk with both named in its own clause (和王强、李娟进行了廉政谈话) is said, not inferred.

/** The words of a clause before the person reminded: 提醒 · 同时提醒了 · 还叮嘱 · 并告诫. */
const REMINDER_LEAD = /^\s*(?:同时|并且?|还|另外|顺便|顺带|也|之后|随后|最后)?\s*(?:提醒|叮嘱|告诫|嘱咐)了?\s*$/;

/** Clause ends, in the raw and the normalized text alike. */
const CLAUSE_END = /[,，;；。!！?？\n]/;

/**
 * Whether `name` (a person's name) is first written in `text` in a clause after the one naming the talk (`kindText`, the
 * words the type was read from), right after a reminder verb (，提醒李娟… · ，同时叮嘱了李娟…). False when the name is not
 * written, is written in or before the talk's clause, or the clause says more than a reminder before it.
 */
export function remindedApart(text: string, kindText: string, name: string): boolean {
  const talkAt = kindText === '' ? -1 : text.indexOf(kindText);
  const at = name === '' ? -1 : text.indexOf(name);
  if (talkAt < 0 || at < 0 || at < talkAt + kindText.length) return false;
  const between = text.slice(talkAt + kindText.length, at);
  if (!CLAUSE_END.test(between)) return false;
  const lead = between.split(CLAUSE_END).at(-1) ?? '';
  return REMINDER_LEAD.test(lead);
}
