// 「12月1日带林晓到教就部开展作风纪律检查」 (round 40, t40a F14: 「是谁带队检查的？」): a clause opening with 带/带领 someone the
// sender is plainly above, no subject before it, is the sender leading; the other went along. (本人与X对… is ownCompanion's.)
import type { PassEnv } from './textPass.js';
import { seniorityIn } from './seniority.js';
import { isAboveInChain } from './superiorInChain.js';

/** A post over others: 书记 · 理事长 · 主任 · 部长 · 科长 (副 included). */
const POST = /书记|理事长|主任|部长|科长|处长/;
/** 书记 · 班子成员 · 纪检: a rank the chain of departments does not show. */
const ranked = (roles: readonly string[]) => roles.some((r) => r === 'secretary' || r === 'leader' || r === 'inspector');

/**
 * 12月1日带林晓到教就部开展作风纪律检查 (round 40, t40a F14: 「是谁带队检查的？」): a clause opening with 带/带领/带着 someone,
 * no subject before it, is the sender leading them. Group 1 what opens the clause, 2 the verb, 3 the companions' department
 * (带办公室李明), 4 the names (林晓 · 林晓、王强). Round 43 (t44b F2, F6): opened by a weekday (本周三带林晓…) or by 我 (我带林晓…),
 * the companion's department said before the name, a post after it (李明主任), or the check told as 查看 went unread, and
 * 「是谁带队检查的？」 was asked — with 办公室 made a checked place besides 财务科.
 * Round 66 (gfh; t69a F5a: 「12.2带林晓到康复中心检查了工作纪律」 from 黄志刚 asked 「是谁带队检查的？」, 林晓 the first button): a
 * day written with a dot or slash (12.2 · 12/2, its digit right before 带) opens the clause too, and voice input's space after
 * 带 (12.2 带 林晓 到 康复中心) is no subject.
 */
const LEADS_UNSAID = /(^|[,，;；:：。\s\u3000]|[日号天一二三四五六七末]|\d|上午|下午|晚上|我|本人)(带领|带着|带)[\s\u3000]*(?:([\u4e00-\u9fa5]{1,6}?(?:部|科|室|中心|纪委|党委))的?)?([\u4e00-\u9fa5]{2,3}?(?:[、和及][\u4e00-\u9fa5]{2,3}?)*)(?=(?:同志|等|副?(?:主任|部长|科长|书记)|干事)?(?:两位同志|等同志|同志)?[\s\u0000]*(?:一起|一同)?(?:到|对|赴|深入|前往|去)[^,，;；。!?！？]{1,16}?(?:开展|进行|检查|督查|抽查|暗访|巡查|查))/g;

/**
 * `text` with each such clause written 「我带领X…」, which the readers after read as the sender's lead; the companions'
 * department is left out, being no place checked. Unchanged otherwise.
 */
export function withSelfLeadingCompanion(text: string, env: PassEnv): string {
  return text.replace(LEADS_UNSAID, (whole, open: string, _verb: string, _unit: string | undefined, names: string) => {
    if (!names.split(/[、和及]/).every((name) => belowSender(name, env))) return whole;
    return `${open === '我' || open === '本人' ? '' : open}我带领${names}`;
  });
}

/**
 * Whether `name` is a person of the directory, not the sender, whom the sender is plainly above: a higher seniority, a
 * rank the other lacks, or (same both) a post (书记, 科长…) beside one with none (纪检干事). 我和黄志刚 from 林晓 is not.
 */
function belowSender(name: string, env: PassEnv): boolean {
  const other = env.directory.org.people.find((p) => p.name === name);
  const sender = env.directory.person(env.senderId);
  if (!other || !sender || other.id === env.senderId || isAboveInChain(env.directory, other.id, env.senderId)) return false;
  const [mine, theirs] = [seniorityIn(env.directory, env.senderId), seniorityIn(env.directory, other.id)];
  return mine > theirs || (mine === theirs && ((ranked(sender.roles) && !ranked(other.roles)) || (ranked(sender.roles) === ranked(other.roles) && POST.test(sender.title) && !POST.test(other.title))));
}
