// 「今天班子成员分别与我签订了党风廉政建设责任书」 from 张伟, 「班子成员与张伟书记签订了…」 from a clerk, 「各科室负责人与分管领导签订
// 了…」 (issue 10, left at the 33c stop): a group written as the subject of a signing, the leader side after 与. Read as it
// stood, the group was made the doers with the secretary signed by each, or the group was dropped and the clerk made the
// signer with 张伟, or each head was the doer with the other side asked. Who signs with whom is the duty's (duties.md,
// pledge-sign): the secretary with each leader, each leader with the heads they supervise; the leader side is the doer.
// The clause is written that way round, so the group reader expands the group for the doer.
import { PLACEHOLDER_LEADER } from './placeholderLeaderAsked.js';
import type { PassEnv } from './textPass.js';

/** The leaders' group (班子成员, 党组成员) or the heads' (各科室负责人, 分管部门负责人…) as the subject. */
const GROUP = '((?:各位|全体|各)?(?:党组|领导)?班子成员|(?:各位|全体)?党组成员|(?:各|全体|分管)?(?:科室|部室|部门|科室和中心|部门和单位)(?:主要)?负责人)';
/** The other side: 我/本人, a name with a title, or 分管领导 (each head's own). */
const OTHER = '(我|本人|各分管领导|分管领导|[\\u4e00-\\u9fa5]{2,3}(?:书记|理事长|同志))';
const SIGNING = new RegExp(`(^|[,，;；。!！?？\\n:：]|[日号天])(\\s*)${GROUP}(分别|都|均|也|还|各自)?(与|和|同|跟)${OTHER}(分别|都|均)?(?=签订|签署|签了)`, 'g');

/** Whether `group` is the leaders' group (else the heads'). */
const isLeaders = (group: string) => /班子成员|党组成员/.test(group);

/**
 * `text` with each signing whose subject is a group and whose other side is its leader side written the other way round:
 * 「班子成员分别与我签订」 from the secretary → 「我分别与班子成员签订」; 「班子成员与张伟书记签订」 → 「张伟书记分别与班子成员签
 * 订」 when 张伟 is the secretary; 「分管科室负责人与我签订」 from a leader → 「我分别与分管科室负责人签订」; 「各科室负责人与分管领
 * 导签订」 → 「班子成员分别与分管科室负责人签订」 (each leader with their own heads). When the other side is not the group's
 * leader side (a clerk's 「各科室负责人与我签订」), the text is unchanged; a 「班子成员与我签订」 from one who is not the secretary is
 * written 「某领导与我签订」, so which leader it was is asked.
 */
export function withGroupSignsWith(text: string, env: PassEnv): string {
  if (!/签/.test(text) || !/班子成员|党组成员|负责人/.test(text)) return text;
  const { directory } = env;
  const sender = directory.person(env.senderId);
  const secretaryOf = (id: string | undefined) => id !== undefined && (directory.person(id)?.roles ?? []).includes('secretary');
  const leaderOf = (id: string | undefined) => id !== undefined && (directory.person(id)?.roles ?? []).includes('leader');
  return text.replace(SIGNING, (whole, stop: string, space: string, group: string, _adverb: string | undefined, _with: string, other: string) => {
    const self = other === '我' || other === '本人';
    const named = self ? env.senderId : directory.org.people.find((p) => other.startsWith(p.name))?.id;
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
