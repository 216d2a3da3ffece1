// 11月13日参加了市残联警示教育大会 alone (round 48, t51b F5: put on a card as the attendee's own 警示教育): the member is told
// that attending the unit's or a higher body's event is not recorded under them and who reports it — never stored, never 没看懂.
import { attendedElsewhere, attendedElsewhereRemark } from '../../domain/report/attendedElsewhere.js';
import { defineIntent } from '../intent.js';
import { stillWaiting } from '../stillWaiting.js';
import { reportIn } from './report.js';

/** What the member may report instead, said after the clauses that were not recorded. */
const OWN_DEEDS = '您本人（本部门）组织的学习、会议，请写明哪天、组织了什么再发一次，例如「11月20日组织科室传达学习了全市警示教育大会精神，参加5人」。';

/** A message of nothing but events the unit or a body above held, attended by the sender: the clauses named, nothing stored. */
export const attendedElsewhereReply = defineIntent<string[]>({
  name: 'attended-elsewhere',
  match: (ctx) => {
    // The text's own test first, the report's reading after it (both pure, the reading kept per message), as documentWorkReply.
    if (!ctx.sender) return null;
    const clauses = attendedElsewhere(ctx.text)?.clauses;
    return clauses !== undefined && (reportIn(ctx) ?? []).length === 0 ? clauses : null;
  },
  async handle(ctx, clauses) {
    await ctx.reply([`${attendedElsewhereRemark(clauses)}。${OWN_DEEDS}`, ...stillWaiting(ctx.dialog)].join('\n'));
  },
});
