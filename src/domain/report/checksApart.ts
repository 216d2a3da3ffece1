// 11月24日开展了作风纪律检查和专项资金检查 · 林晓对康复中心开展作风纪律检查，我对财务科开展专项资金检查 (round 28b, K6:
// one 专项资金检查 stored at once, the 作风纪律检查 lost): a 作风纪律检查 is read as the general form of a 专项资金检查 (so
// 监督检查…专项资金 is one check), but one named by its own words (作风, 纪律, 考勤, 在岗…) is a check of another thing.
import type { ActivityTypeCode } from '../activityTypes.js';
import { kindsRelated } from './parseKindPatterns.js';
import { filmBesideLecture } from './filmBesideLecture.js';

/** A kind as named in the text: its code and, when known, the words that named it. */
export interface NamedKind {
  code: ActivityTypeCode;
  text?: string;
}

/** The words that make a check one of conduct and discipline, never of funds. */
const CONDUCT = /作风|纪律|考勤|在岗|到岗|明[查察]暗访|八项规定|四风|公车|公务用车|值班|公务接待|办公用房|违规吃喝|收受礼品/;

/**
 * Whether two kinds named in one message are two activities: kinds unrelated (see kindsRelated), or a 作风纪律检查
 * named by its own words beside a 专项资金检查, or a film beside a lecture (see filmBesideLecture). False for the same kind, or a general word beside its specific form
 * (监督检查 beside 专项资金检查, 廉政教育 beside 警示教育片).
 */
export function kindsApart(a: NamedKind, b: NamedKind): boolean {
  if (!kindsRelated(a.code, b.code) || filmBesideLecture(a, b)) return true;
  const conductBesideFunds = (x: NamedKind, y: NamedKind) => x.code === 'inspect_style' && y.code === 'inspect_funds' && x.text !== undefined && CONDUCT.test(x.text);
  return conductBesideFunds(a, b) || conductBesideFunds(b, a);
}

/** Whether both kinds are checks named apart (作风纪律检查 和 专项资金检查), which a plain 和/及/、 may join. */
export function checksApart(a: NamedKind, b: NamedKind): boolean {
  return a.code !== b.code && kindsApart(a, b) && [a.code, b.code].every((c) => c === 'inspect_style' || c === 'inspect_funds');
}
