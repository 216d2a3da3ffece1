// 张伟书记讲授廉政党课，并与王建国进行了廉政谈话 (round 62, gbe; gad's left-alone: the 党课 asked whose, the talk given to the
// clerk who wrote it): a clause joined by 并 · 并且 · 同时 · 随后 · 之后 · 会后 … with no subject of its own is done by the first
// clause's subject, a directory person named at the line's opening. The two are written on lines of their own, each with the
// day and that doer, so every reader reads each deed alone with its doer (as a line going on does, nextLineDoer).
import type { ParseContext } from './draft.js';
import { CLAUSE_DAY } from './clauseDay.js';
import { namedPeople } from './namedPeople.js';

/** A lecture told in the first clause: the one deed whose joined clause the readers gave the sender. */
const LECTURE = /讲授|主讲|宣讲|授课|党课|辅导/;
/** The cheap gate: a word joining a second deed. */
const JOIN_WORD = /并|同时|随后|之后|然后|接着|会后|课后|结束后/;
/**
 * One line: an opening day (group head), the doer (党组书记张伟 · 张伟书记 · 王副理事长 · 张伟 before 讲授/主持…), the first deed
 * (group first), a joining word, then the second deed opening with 与/和/对/到… and no subject (group second).
 */
const JOINED = new RegExp(
  `^(?<head>\\s*(?:${CLAUSE_DAY}|\\d{1,2}[.．]\\d{1,2}(?:日|号)?)?[，,\\s]*)` +
    `(?<doer>(?:党组书记|机关纪委书记|机关党委书记|副理事长|理事长)[\\u4e00-\\u9fa5]{2,3}?(?:同志)?(?=讲授|主讲|宣讲|主持|带队|带领|为|给|到|在|作|上了|讲了|组织)` +
    `|[\\u4e00-\\u9fa5]{1,3}?(?:同志)?(?:党组书记|书记|副理事长|理事长|副主任|主任|副科长|科长|副部长|部长)(?:同志)?` +
    `|[\\u4e00-\\u9fa5]{2,3}?(?:同志)?(?=讲授|主讲|宣讲|主持|带队|带领|为全体|给全体|作了|上了|讲了))` +
    `(?<first>[^，,。；;\\n]{2,40}?)[，,]?\\s*(?:并且?|同时|随后|之后|然后|接着|会后|课后|结束后)[，,]?\\s*` +
    `(?<second>(?:又|还|也|再)?(?:与|和|跟|同(?![一天日事志])|对|找|到|赴|深入|前往)[\\u4e00-\\u9fa5][^\\n]*)$`,
);

/**
 * `text` (one line) as two lines when a deed joined by 并/同时/随后… has no subject and the first deed's subject is one directory
 * person other than the sender: `head doer first⏎head doer second` (the joining word dropped); `text` itself otherwise.
 */
export function withJoinedClauseDoer(text: string, ctx: ParseContext): string {
  if (text.includes('\n') || text.length > 120 || !JOIN_WORD.test(text)) return text;
  const m = JOINED.exec(text);
  if (m === null) return text;
  const { head, doer, first, second } = m.groups as { head: string; doer: string; first: string; second: string };
  // The first deed must be a deed of its own, not the talk's people (张伟书记与王建国，随后与李明…: withOwnClauseApart's), and
  // a lecture: the readers take 主持召开…，并与 · 带队检查…，随后与 right as written, and a visit (到中心检查指导工作，并与…)
  // is said beside its talk (checksVisitsFortyOneB), never a deed of its own.
  if (/^[与和跟同对找]/.test(first) || !LECTURE.test(first)) return text;
  const ids = namedPeople(doer, ctx);
  if (ids?.length !== 1 || ids[0] === ctx.senderId) return text;
  const day = head.replace(/[，,\s]+$/, '');
  return `${head}${doer}${first}\n${day}${day === '' ? '' : '，'}${doer}${second.replace(/^[又还也再](?=[与和跟同对找到赴深前])/, '')}`;
}
