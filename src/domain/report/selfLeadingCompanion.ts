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
 * no subject before it, is the sender leading them. Group 1 what opens the clause, 2 the verb, 3 the name.
 */
const LEADS_UNSAID = /(^|[,，;；:：。\s\u3000]|[日号]|上午|下午)(带领|带着|带)([\u4e00-\u9fa5]{2,3}?)(?=(?:同志|等)?[\s\u0000]*(?:到|对|赴|深入|前往|去)[^,，;；。!?！？]{1,16}?(?:开展|进行|检查|督查|抽查|暗访|巡查))/g;

/** `text` with each such clause written 「我带领X…」, which the readers after read as the sender's lead. Unchanged otherwise. */
export function withSelfLeadingCompanion(text: string, env: PassEnv): string {
  return text.replace(LEADS_UNSAID, (whole, open: string, _verb: string, name: string) => (belowSender(name, env) ? `${open}我带领${name}` : whole));
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
