// 黄志刚书记11月5日带队检查了…；办公室11月6日组织学习，11月8日对…进行了抽查 (issue 10 F1's kin): once a clause names the
// sender, their own department or 我 as its subject, the leader named before is no longer the one acting, so a later
// clause that opens with its deed must not be carried back to that leader. (A unit the clause read as its head's deed,
// 康复部开展自查, gave that head as the doer instead, and the head goes on: parseReport asks this only when no doer was read.)
import { arabicizeNumerals } from './parseNumerals.js';
import { parseDay } from './parseDay.js';
import type { ParseContext } from './draft.js';

/** What may stand before a clause's subject: its day (masked), punctuation, and connectors of a news item. */
const LEAD = /^[\s\u0000,;。:、]*(?:(?:随后|此外|另外|同时|同日|当日|当天|次日|期间|其间|之后|然后|最后|其后)[\s\u0000,]*)?/;

/** 我 · 本人 · 我们 · 我科/本部门/科里… · 中心组织…: the sender or the sender's own unit, said without a name. */
const OWN_WORDS = /^(?:我|本人|本部门|本科室|本中心|本部|本科|本室|科里|部里|室里|中心里|部门里|(?:中心|科室|部门)(?=组织|召开|开展|举办|全体))/;

/**
 * Whether a clause (as written, its day anywhere before the subject) opens with the sender as its subject: 我/本人/我们,
 * 我科/本部门/科里…, the sender's own name, or the name or an alias of the sender's department. `today` is YYYY-MM-DD
 * (Asia/Shanghai), for reading the day. A clause opening with anyone else, or with its deed, does not.
 */
export function opensWithOwnSide(clause: string, ctx: ParseContext, today: string): boolean {
  const rest = parseDay(arabicizeNumerals(clause), today).rest.replace(LEAD, '');
  if (OWN_WORDS.test(rest)) return true;
  const sender = ctx.directory.person(ctx.senderId);
  if (!sender) return false;
  const dept = ctx.directory.department(sender.departmentId ?? '');
  const names = [sender.name, ...(dept ? [dept.name, ...dept.aliases] : [])].filter((n) => n.length >= 2);
  return names.some((n) => rest.startsWith(n));
}
