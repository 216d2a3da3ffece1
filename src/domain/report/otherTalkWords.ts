// 「刚才报的和李明的廉政谈话撤销」 when the stored talk with 李明 is a 谈心谈话 (round 56, fgb; fhd's left-alone: 「没有找到」):
// members name a talk by the kind they remember, and the two kinds of talk are easily swapped. The words with the other
// kind of talk in place of the one said find the record the member most likely means; the caller offers it, saying the
// kind differs — never changes or withdraws it unasked.
import { activityTypeName, type ActivityTypeCode } from '../activityTypes.js';

/** The talk kind the words name and the other one, with the words that say each. */
const SWAPS: { said: RegExp; type: ActivityTypeCode; other: ActivityTypeCode; to: string }[] = [
  { said: /廉政谈话|廉洁谈话|廉政谈心/, type: 'talk_integrity', other: 'talk_heart', to: '谈心谈话' },
  { said: /谈心谈话|谈心/, type: 'talk_heart', other: 'talk_integrity', to: '廉政谈话' },
];

/** What `words` (和李明的廉政谈话) read with the other talk kind (和李明的谈心谈话), and both kinds' names; undefined if no talk kind is named. */
export function otherTalkWords(words: string): { words: string; said: string; stored: string } | undefined {
  for (const s of SWAPS) {
    if (s.said.test(words)) return { words: words.replace(s.said, s.to), said: activityTypeName(s.type), stored: activityTypeName(s.other) };
  }
  return undefined;
}
