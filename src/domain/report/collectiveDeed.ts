// 11月13日集中学习廉政知识，参加8人 · 组织学习《条例》 · 召开警示教育会，参加10人 from a 科员 (round 36, ffc: stored at once as the
// clerk's own): a study or a film the department's people did together, no one named holding it, is the department's.
import type { ActivityTypeCode } from '../activityTypes.js';
import { directoryIndex } from './parseDirectoryIndex.js';
import { isDeputyHead } from './deputyHead.js';
import type { AudienceDoer } from './wholeDepartmentAudience.js';
import type { ParseContext } from './draft.js';
import { leaderIds } from './leaderIds.js';
import { beyondOwnUnit } from './beyondOwnUnit.js';

/** The kinds a department's people do together (a 党课 is asked whose already, whoDidIt). */
const COLLECTIVE_KINDS: ReadonlySet<ActivityTypeCode> = new Set(['edu_integrity', 'edu_warning']);

/** Before the deed's words in their clause: nothing but a break, a day (masked), a time of day or a vague time. */
// 部门开会学习了《…》 · 科室集中学习…: the sender's own unit, said without its name, may open it (another named is not this).
const OPENING =
  '(?:^|[,;。!?:\\n])[\\s\\u0000]*(?:近日|日前|近期|本月|上月|月初|月中|月底|\\d{1,2}月份?(?:上旬|中旬|下旬)?)?[\\s\\u0000,]*(?:上午|下午|晚上|早上|今早)?[\\s\\u0000,]*(?:(?:本|我们)?(?:部门|科室)|部里|科里|室里)?[\\s\\u0000,]*(?:上午|下午|晚上)?[\\s\\u0000]*';

/**
 * How a group did it, said with no subject: 集中/统一/一起/分批 + the deed (学习, 观看, 收看, 开展, the masked type), 开会学习,
 * 组织(了)(科室人员)学习/观看/收看/开展 + the deed, 召开…会 (警示教育会, 廉政教育大会), 开展/举办/举行/进行 + the masked type
 * (开展警示教育 · 举办廉政教育专题讲座 from a 科员, round 48 ftc: stored at once as the clerk's own, while 组织学习 was the head's);
 * not a count's header (开展廉政教育2次：… · …均由本人组织, whose items each name their own way).
 */
const TOGETHER = new RegExp(
  `${OPENING}(?:(?:集中|统一|一起|共同|分批)(?:组织)?[\\s\\u0000]*(?:学习|观看|收看|开展|进行|\\u0000)|开会(?:集中)?[\\s\\u0000]*(?:学习|传达|\\u0000)|组织(?:了)?[\\s\\u0000]*(?:科室|部门|科里|部里|全科|本科室|本部门)?(?:人员|同志|干部|党员|职工)?[\\s\\u0000]*(?:集中|统一)?(?:学习|观看|收看|开展|传达|\\u0000)|召开(?:了)?[^,;。!?\\n]{0,14}?(?:大会|会议|会)|(?:开展|举办|举行|进行)(?:了)?(?:一次|一场|一期)?[\\s]*\\u0000(?![\\s\\u0000]*[\\d一二两三四五六七八九十]+[\\s]*(?:次|场|期)))`,
);

/** A head count of those there (参加8人 · 8人参加 · 参加人员12名 · 共10人): the room was the group's, not one member's study. */
const COUNTED = /参加(?:人员|人数)?[:：]?[\s\u0000]*(?:共|约)?[\d一二两三四五六七八九十]+[\s\u0000]*(?:余|多)?(?:人|名)|[\d一二两三四五六七八九十]+[\s\u0000]*(?:余|多)?(?:人|名)(?:同志)?(?:参加|参会|到会|参与)|(?:实到|应到|参会|到会)[\d一二两三四五六七八九十]+/;

/** The sender says they did it or only attended it (我…, 本人…, 参加了…的/参加了集中学习): theirs, as read before. */
// 「开展廉政教育，中心全体职工参加」 (round 47, fsf): everyone taking part is the group's deed, not the sender attending.
const OWN_OR_ATTENDED = /我(?!们)|本人|(?<!全体(?:人员|职工|干部|党员|同志)?)(?:参加|参与|列席|旁听)了?(?![\s\u0000]*(?:人员|人数)?[:：]?[\s\u0000]*(?:共|约)?[\d一二两三四五六七八九十])(?<![\d一二两三四五六七八九十][\s\u0000]*(?:余|多)?(?:人|名)(?:同志)?(?:参加|参与))/;

/** A body or the whole unit named (党组, 机关, 单位…): bodyAsDoer, attendedBody or the unit-wide question reads those. */
const BODY = /党组|机关|党委|支部|纪委|纪检|单位|全市|市里|市委|全局|中心组|上级|全会/;

/**
 * A 廉政教育 or 警示教育 (`rest`: the segment with day, type and titles masked) that a department's people did together —
 * 集中学习 · 开会学习 · 组织学习 · 召开…会, or any deed of the kind with a head count (参加8人) — with no one named holding it,
 * sent by a member who is no 党组书记, leader or inspector and heads no department (a deputy head is such a member: round
 * 36 made one rule for 副科长/副部长/副主任): the sender's department head's, shown on the card — asked whose (the head,
 * then the deputy) when a deputy says 组织 (round 45, t48a F1); asked whose
 * (missing_actor: the leaders, then the sender) when the sender has no department head. Undefined when the shape is not
 * there, the sender says it was theirs or that they only attended (我…, 参加了…), a body or a department is named (other
 * readers decide those), or the sender may well have held it (a head, a leader, an inspector).
 */
export function collectiveDeed(code: ActivityTypeCode, rest: string, ctx: ParseContext): AudienceDoer | undefined {
  if (!COLLECTIVE_KINDS.has(code)) return undefined;
  const sender = ctx.directory.person(ctx.senderId);
  if (sender === undefined || sender.roles.some((r) => r === 'secretary' || r === 'leader' || r === 'inspector') || ctx.directory.headedBy(ctx.senderId).length > 0) return undefined;
  if (!(TOGETHER.test(rest) || COUNTED.test(rest)) || OWN_OR_ATTENDED.test(rest) || BODY.test(rest)) return undefined;
  const own = sender.departmentId !== undefined ? ctx.directory.department(sender.departmentId) : undefined;
  // Another department named is that department's (organisingDepartment) or a place; this reading is only the sender's own.
  const index = directoryIndex(ctx.directory);
  if ([...rest.matchAll(index.surfaces)].some((m) => index.departmentBySurface.has(m[0]) && index.departmentBySurface.get(m[0])!.id !== own?.id)) return undefined;
  // t48a F1: 徐辉 (康复中心副主任)「本周三和孙杰…谈心谈话，周四又组织中心医护人员学习了…，参加12人」 was put on the card as
  // 何平's: a deputy head who says 组织 may well have held it, so whose it was is asked (the head, then the sender).
  if (own?.headId && own.headId !== ctx.senderId && isDeputyHead(sender) && /组织/.test(rest)) {
    return { problem: { code: 'missing_actor', candidateIds: [own.headId, ctx.senderId] } };
  }
  // 王芳「…党风廉政建设工作小结：…；组织警示教育1次，参加32人。」 (round 69, gia; t71c: 李明's, stored on 确认): beyond the
  // unit (more people than it has, or the organisation's own account) it is asked whose, the 党组's and 机关党委's first.
  if (own?.headId && own.headId !== ctx.senderId && beyondOwnUnit(rest, ctx, own)) return { problem: { code: 'missing_actor', candidateIds: organisers(ctx, own.headId), organiser: true } };
  if (own?.headId && own.headId !== ctx.senderId) return { actorId: own.headId };
  const leaders = leaderIds(ctx.directory);
  return { problem: { code: 'missing_actor', candidateIds: [...new Set([...leaders, ctx.senderId])] } };
}

/**
 * Who may have organised a deed beyond the sender's unit, as the question's choices: the 党组书记 (the 党组's), the
 * 机关党委书记 (the 机关党委's), the unit's head (`headId`: the unit's after all), then the other 班子成员. Directory ids.
 */
function organisers(ctx: ParseContext, headId: string): string[] {
  const secretaries = ctx.directory.withRole('secretary').map((p) => p.id);
  const party = ctx.directory.org.people.filter((p) => p.title.includes('机关党委书记')).map((p) => p.id);
  return [...new Set([...secretaries, ...party, headId, ...leaderIds(ctx.directory)])].filter((id) => id !== ctx.senderId);
}
