// 学习违反中央八项规定精神典型问题通报 (round 34a, A24: titled 《违反中央八项规定精神》): the notice's subject run straight
// into the words that type it (典型问题通报) is the start of one title, never a title of its own.
import { MASK } from './parseNormalize.js';

/**
 * The bare titles of a clause, `titles`, read from `rest` (the clause with its type words and those titles masked), given
 * the words that typed it, `kindText`. When one bare title stands right before the type words (its mask touches theirs)
 * and those words are a notice (…通报), the title is the whole notice: 违反中央八项规定精神典型问题通报. `titles` otherwise.
 */
export function titlesRunIntoNotice(titles: string[], rest: string, kindText: string | undefined): string[] {
  if (titles.length !== 1 || kindText === undefined || !/通报$/.test(kindText) || !rest.includes(MASK + MASK)) return titles;
  return [`${titles[0]!}${kindText}`];
}
