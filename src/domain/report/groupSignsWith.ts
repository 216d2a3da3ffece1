// 「今天班子成员分别与我签订了党风廉政建设责任书」 from 张伟, 「班子成员与张伟书记签订了…」 from a clerk, 「各科室负责人与分管领导签订
// 了…」 (issue 10, left at the 33c stop): a group written as the subject of a signing, the leader side after 与. Read as it
// stood, the group was made the doers with the secretary signed by each, or the group was dropped and the clerk made the
// signer with 张伟, or each head was the doer with the other side asked. Who signs with whom is the duty's (duties.md,
// pledge-sign): the secretary with each leader, each leader with the heads they supervise; the leader side is the doer.
// The clause is written that way round, so the group reader expands the group for the doer.
import { PLACEHOLDER_LEADER } from './placeholderLeaderAsked.js';
import type { PassEnv } from './textPass.js';

/** The leaders' group (班子成员, 党组成员) or the heads' (各科室负责人, 分管部门负责人…) as the subject. */
// 两部门负责人分别与陈副理事长签订 (round 37: asked whose after a check before it): the heads of the departments named before
// (namedDepartmentHeads expands them for the doer) are a group of heads too.
// 各科室、中心主要负责人 · 各科室（中心）负责人 · 各部门、康复中心负责人 (round 46, frh: a clerk's 与分管领导签订 of these was made
// the clerk's own eight signings, one with each head): the units and the centre together are the heads' group too.
const UNITS = '(?:科室|部室|部门|处室)(?:(?:、|和|及|与|[（(])(?:各|康复)?(?:中心|直属单位|单位)[）)]?)?';
const GROUP = `((?:各位|全体|各)?(?:党组|领导)?班子成员|(?:各位|全体)?党组成员|(?:各|全体|分管|(?:这|上述|以上)?[两二三]个?)?(?:${UNITS}|科室和中心|部门和单位)(?:的)?(?:主要)?负责人)`;
/** The other side: 我/本人, a name with a title, or 分管领导 (each head's own). */
// 张书记 (round 46, frh: 「班子成员与张书记签订」 from a clerk made the clerk the signer with 张伟): a surname alone before the title.
const OTHER = '(我|本人|各分管领导|分管领导|[\\u4e00-\\u9fa5]{1,3}(?:书记|理事长|同志))';
/** Where a clause's subject starts: the message's start, a stop, or right after a day (11月10日 · 上周三 · 本周一). */
// 会上各部门负责人分别与分管领导签订 (round 46, frh): a meeting's 会上/会后 starts the signing's clause as a stop does.
const STOP = '(^|[,，;；。!！?？\\n:：]|[日号天]|(?:周|星期)[一二三四五六]|会上|会后|会议上)';
/** A day said between the sender and 与: 我11月10日和班子成员签了. */
const DAY = '(?:\\d{1,2}月\\d{1,2}[日号]|今天|昨天|前天|(?:上|本|这)个?(?:周|星期)[一二三四五六日天])';
const SIGNING = new RegExp(`${STOP}(\\s*)${GROUP}(分别|都|均|也|还|各自)?(与|和|同|跟)${OTHER}(分别|都|均)?(?=签订|签署|签了)`, 'g');

/**
 * 「（我）与班子成员签订了责任书」: the sender (no one else named before 与) signing with the leaders' group. From a
 * department head (or anyone not of the leaders) it is one leader they signed with, never every leader (round 36).
 */
const OWN_WITH_LEADERS = new RegExp(
  `${STOP}(\\s*)(?:我|本人)?(\\s*(?:${DAY}[,，]?)?\\s*)(?:分别|也|还)?(?:与|和|同|跟)((?:各位|全体)?(?:党组|领导)?班子成员|(?:各位|全体)?党组成员)(分别|都|均)?(?=签订|签署|签了)`,
  'g',
);
/** 「（我）与分管领导签订了责任书」 from a member not of the leaders: their department's 分管领导, who is known (round 36). */
const OWN_WITH_SUPERVISOR = new RegExp(`${STOP}(\\s*)(?:我|本人)?(\\s*(?:${DAY}[,，]?)?\\s*)(?:也|还)?(?:与|和|同|跟)(?:我的|我们的?|本部门的?|本科室的?)?分管(?:的)?领导(?=签订|签署|签了)`, 'g');

/** The heads as a group (各部室负责人 · 各科室主要负责人 · 中层正职), each with a department of their own. */
const HEADS = `(?:各|全体|所有)(?:${UNITS}|科室和中心|部门和单位)(?:的)?(?:主要)?(?:负责人|负责同志)|中层正职`;
/** Their own department's people, 全体 unsaid: 本部门人员 · 本科室同志 · 各自部门的干部职工 · 部门全体人员 (kept as it is). */
const OWN_STAFF = '(本部门|本科室|本部室|本处室|本单位|本中心|各自(?:的)?(?:部门|科室|部室)|所在(?:部门|科室)|部门|科室|中心)(?:的)?(全体)?(人员|同志|干部职工|干部|职工|党员|工作人员)';
/** What the signing is, right after: 签订/签署/签了, maybe after 逐一/逐人/分别, or 写了…承诺书. */
const SIGNED_AHEAD = '(?=[\\s\\u0000]*(?:逐一|逐人|一一|分别|都|均|全部|也)*[\\s\\u0000]*(?:签订|签署|签了|签|写了?[^,，;；。]{0,8}?承诺书))';
/**
 * 各部室负责人组织本部门人员签订… · 各科室负责人带领本科室人员签订… · …分别与本部门同志签订… (round 37, t36c F2: the sender's
 * signing with no one): group 1 the stop, 2 the group, 3 the way they went about it, 4 the unit word, 5 全体 when said, 6
 * who of it.
 */
const HEADS_WITH_OWN_STAFF = new RegExp(
  `${STOP}(\\s*)(${HEADS})((?:都|均|也|还)?(?:分别|各自|逐一)?(?:组织|带领|召集|与|和|同|跟)(?:各自)?)${OWN_STAFF}${SIGNED_AHEAD}`,
  'g',
);
/** A head (or the sender) with their own department's people, 全体 unsaid: the same, one signer. */
const ONE_WITH_OWN_STAFF = new RegExp(`((?:组织|带领|召集|与|和|同|跟)(?:了)?)${OWN_STAFF}${SIGNED_AHEAD}`, 'g');

/** 各部室负责人层层签订…: the heads as a group signing down the line, read as 逐级 is (each head a doer, asked whom). */
const HEADS_DOWN_THE_LINE = new RegExp(`(${HEADS})((?:都|也|均)?)层层(?=[\\s\\u0000]*签)`, 'g');

/** 、中心 · （中心） · 及康复中心 beside the units: 各科室 already holds every department, the centre too (round 46, frh). */
const CENTRE_BESIDE = /(?:、|和|及|与|[（(])(?:各|康复)?(?:中心|直属单位|单位)[）)]?/;

/** The unit word as the group readers read it (本部门 · 本科室), 全体 written. */
const ownStaff = (unit: string, who: string) => `${/科室/.test(unit) ? '本科室' : /中心/.test(unit) ? '中心' : '本部门'}全体${who}`;

/**
 * `text` with a signing of a department's head (or of the heads as a group) with their own department's people, 全体
 * unsaid, written with 全体 (本部门人员 → 本部门全体人员), which the group readers read as everyone of the signer's
 * department but the signer; the heads as a group organising it (组织/带领) are written signing 分别与, so each head is a
 * doer with their own people, for 确认; their 层层签订 is written 逐级, each head asked whom. A department named (与财务科同志签订) and a signing of no one's department are left
 * as they are.
 */
export function withOwnStaffSigning(text: string): string {
  if (!/签|承诺书/.test(text)) return text;
  return text
    .replace(HEADS_DOWN_THE_LINE, '$1$2逐级')
    .replace(HEADS_WITH_OWN_STAFF, (_whole, stop: string, space: string, group: string, _how: string, unit: string, _all: string | undefined, who: string) => `${stop}${space}${group.replace(CENTRE_BESIDE, '')}分别与${ownStaff(unit, who)}`)
    .replace(ONE_WITH_OWN_STAFF, (whole, how: string, unit: string, all: string | undefined, who: string) => (all !== undefined && /^(?:本部门|本科室|中心)$/.test(unit) ? whole : `${how}${ownStaff(unit, who)}`));
}

/** Whether `group` is the leaders' group (else the heads'). */
const isLeaders = (group: string) => /班子成员|党组成员/.test(group);

/**
 * `text` with each signing whose subject is a group and whose other side is its leader side written the other way round:
 * 「班子成员分别与我签订」 from the secretary → 「我分别与班子成员签订」; 「班子成员与张伟书记签订」 → 「张伟书记分别与班子成员签
 * 订」 when 张伟 is the secretary; 「分管科室负责人与我签订」 from a leader → 「我分别与分管科室负责人签订」; 「各科室负责人与分管领
 * 导签订」 → 「班子成员分别与分管科室负责人签订」 (each leader with their own heads). When the other side is not the group's
 * leader side (a clerk's 「各科室负责人与我签订」), the text is unchanged; a 「班子成员与我签订」 from one who is not the secretary is
 * written 「某领导与我签订」, so which leader it was is asked, and so is a department head's own 「（我）与班子成员签订」.
 */
/**
 * 林晓「张伟书记11月26日与班子成员签订了…责任书」 (round 54, fjd; t56 kind 4: on a card as 张伟's one signing with 林晓): a clause
 * that opened on someone named with a title (张伟书记 · 张书记 · 王建国同志) before the day has its own subject; the signing
 * after the day is theirs, never the sender's 「与班子成员」. `rest` is a replace callback's tail: …, offset, whole string.
 */
function subjectBeforeDay(stop: string, rest: unknown[]): boolean {
  if (!/^(?:[日号天]|周|星期)/.test(stop)) return false;
  const whole = rest.at(-1);
  const offset = rest.at(-2);
  if (typeof whole !== 'string' || typeof offset !== 'number') return false;
  const clause = whole.slice(0, offset).split(/[,，;；。!！?？\n:：]/).at(-1) ?? '';
  return /[\u4e00-\u9fa5]{1,3}(?:书记|理事长|主任|部长|科长|同志)/.test(clause);
}

export function withGroupSignsWith(text: string, env: PassEnv): string {
  if (!/签/.test(text) || !/班子成员|党组成员|负责人|分管(?:的)?领导/.test(text)) return text;
  const { directory } = env;
  const sender = directory.person(env.senderId);
  const secretaryOf = (id: string | undefined) => id !== undefined && (directory.person(id)?.roles ?? []).includes('secretary');
  const leaderOf = (id: string | undefined) => id !== undefined && (directory.person(id)?.roles ?? []).includes('leader');
  // A head's (or a clerk's) 「与班子成员签订」 is with one leader (duties.md: each leader with the heads they supervise): asked which, as
  // 「班子成员与我签订」 from a head is (round 36: each leader was made one signed with, the 分管领导 the doer of another).
  const member = sender !== undefined && !secretaryOf(env.senderId) && !leaderOf(env.senderId);
  const supervisor = member ? directory.person(directory.department(sender.departmentId ?? '')?.supervisorId ?? '') : undefined;
  const own = member
    ? text
        .replace(OWN_WITH_LEADERS, (whole: string, stop: string, space: string, day: string, ...rest: unknown[]) => (subjectBeforeDay(stop, rest) ? whole : `${stop}${space}${day}${PLACEHOLDER_LEADER}与我`))
        .replace(OWN_WITH_SUPERVISOR, (whole: string, stop: string, space: string, day: string, ...rest: unknown[]) => (supervisor && !subjectBeforeDay(stop, rest) ? `${stop}${space}${day}${supervisor.name}与我` : whole))
    : text;
  return own.replace(SIGNING, (whole, stop: string, space: string, group: string, _adverb: string | undefined, _with: string, other: string) => {
    const self = other === '我' || other === '本人';
    // 陈副理事长 · 王书记: a surname and a title name the one leader or secretary who bears them (round 37).
    const titled = directory.org.people.filter((p) => p.name[0] === other[0] && (p.roles.includes('leader') || p.roles.includes('secretary')) && p.title.includes(other.slice(1)));
    const named = self ? env.senderId : directory.org.people.find((p) => other.startsWith(p.name))?.id ?? (titled.length === 1 ? titled[0]!.id : undefined);
    if (/分管领导$/.test(other)) {
      // Each head with their own 分管领导: the leaders, each with the heads they supervise.
      return isLeaders(group) ? whole : `${stop}${space}班子成员分别与分管科室负责人`;
    }
    if (named === undefined || (self && sender === undefined)) return whole;
    const fits = isLeaders(group) ? secretaryOf(named) : leaderOf(named) || secretaryOf(named);
    // 「班子成员与我签订」 from one who is not the secretary (a head signs with their own 分管领导, not the whole group): which
    // leader it was is asked (「某领导」 is read as a doer unknown), never every leader signing with the sender.
    if (!fits && self && isLeaders(group)) return `${stop}${space}${PLACEHOLDER_LEADER}与${other}`;
    if (!fits) return whole;
    return `${stop}${space}${other}分别与${group.replace(/^(?:各位|全体)/, '')}`;
  });
}
