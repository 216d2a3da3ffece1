// 「11月24日对王强进行了函询」 · 「对孙杰进行了提醒谈话，对王强开展了函询」 (round 59, fcb; fdb's finding: the first 没看懂, the
// second a 廉政谈话 with 王强 beside one with 孙杰, the generic 约谈 or the other clause's kind taken for it): a 函询 or 诫勉
// done to someone is the 函询谈话 / 诫勉谈话 it stands for, a talk whose type is asked (disciplinaryTalk), never the duty's.

/**
 * 对王强进行了函询 · 与徐辉开展诫勉 · 对其进行了书面函询: the person's lead (对/与/和/跟/同/向 and up to 20 characters of one
 * clause), the verb, then 函询 or 诫勉 with no 谈 after it. Group 1 is everything before the word, group 2 the word.
 */
const BARE = /((?:对|与|和|跟|同|向)[^,;。!?:\n，；：、]{1,20}?(?:进行|开展|作|做)了?(?:一次|一回)?(?:书面|当面)?)(函询|诫勉)(?![谈约])/g;

/**
 * `text` with each bare 函询 or 诫勉 done to someone (BARE) written as the talk it stands for (函询谈话 · 诫勉谈话), so that
 * every reader takes it as a talk with that person, its type asked. Unchanged when no such word is there. Pure.
 */
export function withInquiryAsTalk(text: string): string {
  if (!text.includes('函询') && !text.includes('诫勉')) return text;
  return text.replace(BARE, (_w, lead: string, word: string) => `${lead}${word}谈话`);
}
