// Round 49 (t51a F3's kind b): 「上周三和李明谈了心，过了几天，又到财务科检查了专项资金」 put the check on the talk's day: the
// later time stood as a clause of its own, so the deed after it (又到财务科…) took the day of the clause before, and the
// later-deed readers (laterDeed) never saw the two together. Written without that comma, the day is asked, as it should be.
import { LATER_UNSAID } from './laterDeed.js';

/** A later time of no day standing alone as a clause (,过了几天, · 。后来,), the comma after it in group 2. */
const ALONE = new RegExp(`((?:^|[,;。!！，；\\n])\\s*${LATER_UNSAID})([,，\\s]+)(?=[\\u4e00-\\u9fa5])`, 'g');

/** `text` (，or ,) with a later time of no day said as a clause of its own joined to the clause it opens. */
export function withLaterTimeJoined(text: string): string {
  return text.replace(ALONE, '$1');
}
