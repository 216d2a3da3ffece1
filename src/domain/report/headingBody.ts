// 各位领导：本周机关党委开展了以下工作：⏎…⏎二是12月2日组织开展党风廉政建设责任制落实情况自查 sent by a 科员 (round 37, t36c F5:
// the unit-wide 自查 stored as the clerk's own): the body a heading names did the subjectless items under it, never the sender.
import type { Directory } from '../organization.js';
import { bodyAsDoer } from './bodyAsDoer.js';

/**
 * A body of the 机关 named in a heading, not one of its offices (机关党委书记 · 党组成员 · 纪检组长 name a person) nor an outside
 * one (市纪委 · 区纪委监委) nor the one reported to (向党组汇报…). Group 1: the body's words as bodyAsDoer reads them.
 */
const BODY_IN_HEADING = /(?<![市区县省州委局中央上级向给对至致])(党组(?:理论学习)?(?:中心组)?|机关党委|机关纪委|纪检监察组|纪检组|纪委)(?!书记|副书记|委员|成员|组长|副组长|会议|会|扩大会|织)/;
/** A heading over an account of the body's work (…开展了以下工作： · …工作台账 · …补报： · …情况：). */
const WORK_ACCOUNT = /台账|台帐|补报|工作|情况|小结|总结|汇报|动态/;
/** …11月组织了两次… · 本月开展了…: the body right before its deed, a period between. */
const BODY_HOLDS = /^(?:\d{1,2}月份?|本月|上月|本周|上周|近期|今年|本季度)?(?:共|先后)?(?:组织|开展|召开|举办)了?/;
/**
 * 参加机关党委组织的活动情况： · 配合纪检组…: a heading of attending or helping, whose items are the sender's part. A body's
 * check or visit (机关纪委到康复中心检查情况：) is its own work, unlike a department's, which is the place checked.
 */
const NOT_ITS_OWN = /参加|参与|列席|配合|协助|帮助|组织的/;

/**
 * The words naming the body (党组 · 机关党委 · 机关纪委 · 纪检组) whose work a heading line lists, when the sender does not
 * lead it (bodyAsDoer's first candidate: the 党组书记 for the 党组, the 机关党委书记 for the 机关党委, the 机关纪委书记 for a
 * 纪委/纪检组), so a subjectless item under it (组织开展…自查) is read as the body's — its head's on a card, or asked whose;
 * otherwise undefined: no body named, a heading of attending or helping, or the sender its head (their items stay theirs).
 */
export function headingBody(heading: string, directory: Directory, senderId: string): string | undefined {
  const m = BODY_IN_HEADING.exec(heading);
  if (!m || NOT_ITS_OWN.test(heading)) return undefined;
  // 机关党委11月组织了两次廉政教育： (a typed heading) names the body as the one that held what follows, as …工作： does.
  const held = BODY_HOLDS.test(heading.slice(m.index + m[0].length));
  if (!WORK_ACCOUNT.test(heading) && !held) return undefined;
  const words = m[1]!;
  const body = bodyAsDoer(`${words}开展`, { directory, senderId });
  // 机关纪委11月工作： from 林晓, an inspector who is not its 书记: the body's deeds may be the 书记's or his, so asked
  // (whoDidIt, round 14), while its 书记's own heading keeps his items his at once.
  if (body === undefined || body.candidateIds[0] === senderId) return undefined;
  return words;
}
