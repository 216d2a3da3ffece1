// 王强「昨天收看了警示教育片」 · 李娟「今天参加了廉政教育」 (round 28 o, issue 10): a member who heads nothing says they
// watched or attended, not that they organised. Stored at once as his own 警示教育, the department's count of organised
// activities took a viewing as one held by a 副科长. As with 参加了…的 and a member's 上了廉政党课 (whoDidIt), whose it was is
// asked, the member's own head first; 「我」 or their own name still records it as theirs.
import type { ActivityTypeCode } from '../activityTypes.js';
import type { ParseContext, ReportProblem } from './draft.js';

/** Watching or attending, the member's own verb: 收看 · 观看 · 看了 · 看警示片 · 观摩 · 参加 · 参与 · 聆听 · 听了 · 接受了. */
const WATCHED = /收看|观看|看了|看(?=\u0000)|观摩|参加|参与|聆听|听了|接受了?/;
/**
 * Holding it, said anywhere: 组织 · 开展 · 举办 · 召开 · 安排 · 带领/带着 · 率领 · 召集 · 主持 · 策划 · 牵头 · 集中 · 给/为/向
 * 大家(放映, 播放) · a head count (参加8人: the one who counts the room held it).
 */
const HELD = /组织|开展|举办|举行|召开|安排|带领|带着|率领|召集|主持|策划|牵头|集中|放映|播放|(?:给|为|向|带)(?:大家|同事|科室|部门|全科|全部|全体)|\d+\s*(?:人|名)|(?:人数|参会|到会|实到|应到)/;
/** The kinds a member may only have watched or attended (a 党课 is asked whose already, whoDidIt). */
const WATCHABLE: ReadonlySet<ActivityTypeCode> = new Set(['edu_warning', 'edu_integrity']);

/**
 * A `missing_actor` problem when a member who heads nothing and is no leader only watched or attended a 警示教育 or 廉政教育
 * (`rest`: the segment with day, type and titles masked; a verb of watching or attending and none of holding); candidates:
 * the member's department head, then the leaders. Undefined otherwise (a head's or a leader's own, or one said organised).
 */
export function watchedOnly(code: ActivityTypeCode, rest: string, ctx: ParseContext): ReportProblem | undefined {
  if (!WATCHABLE.has(code) || !WATCHED.test(rest) || HELD.test(rest)) return undefined;
  const me = ctx.directory.person(ctx.senderId);
  if (!me || me.roles.includes('secretary') || me.roles.includes('leader') || ctx.directory.headedBy(me.id).length > 0) return undefined;
  const head = ctx.directory.department(me.departmentId ?? '')?.headId;
  const leaders = ctx.directory.org.people.filter((p) => p.roles.includes('secretary') || p.roles.includes('leader')).map((p) => p.id);
  return { code: 'missing_actor', candidateIds: [...(head && head !== me.id ? [head] : []), ...leaders] };
}

/**
 * Receiving or attending, never watching: 接受(了) · 聆听 · 听了/听取 · 参加 · 参与. A head's or a leader's 收看了警示教育片 stays
 * theirs (round 28 o: they show it to their people); 接受党风廉政建设教育 or 听了廉政党课 says someone else gave it.
 */
const RECEIVED = /接受|聆听|听了|听取|听(?=\u0000)|参加|参与/;
/** A lecture is given by 讲/授课/主讲/作/上/开/宣讲: 我讲了党课，大家听了 is the sender's own. */
const LECTURED = /讲|授课|主讲|作了?|上了|开了|宣讲/;
/**
 * The sender's own people are there (部里 · 本部门 · 全部门 · 我和王芳、胡军一起 · 参加人员：…): a head's attending their own
 * department's study is holding it (round 21 k22, round 25 s25).
 */
const OWN_PEOPLE = /部里|科里|室里|中心里|部门|科室|本部|本科|本中心|全部|全科|全中心|一起|参加人员|参会人员|人员[:：]|\d+\s*(?:个)?人|[十百]/;

/**
 * Whether `rest` (the segment with day, type and titles masked) only says the sender received, heard or took part in a
 * 警示教育, 廉政教育 or 党课 (接受党风廉政建设教育 · 参加了廉政教育 · 听了廉政党课), with no word of holding or giving it
 * and none of their own people there. For a leader or a head (whom watchedOnly does not ask) this is someone else's
 * activity until the card says otherwise.
 */
export function attendedOnly(code: ActivityTypeCode, rest: string): boolean {
  if (!WATCHABLE.has(code) && code !== 'edu_lecture') return false;
  return RECEIVED.test(rest) && !HELD.test(rest) && !OWN_PEOPLE.test(rest) && !(code === 'edu_lecture' && LECTURED.test(rest));
}
