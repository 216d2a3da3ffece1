// After a start, the first report and the first questions pay one-time costs (the parser's
// and the completion code's first runs, the whole unit's duty parts): this pays them in idle turns instead, read-only.
import type { BotDeps } from './botDeps.js';
import type { MessageUpdate } from './botUpdate.js';
import { createContext } from './botContext.js';
import { answerQuestion } from './answerQuestion.js';
import { INTENTS } from './intents/index.js';
import type { Person } from '../domain/organization.js';
import type { ParsedQuery } from '../domain/query/parseQuery.js';

/** A message as a member would send it, from `sender`; never delivered, never answered. */
function rehearsal(sender: Person, text: string, at: Date): MessageUpdate {
  return {
    kind: 'message',
    eventId: 'warm-up',
    messageId: 'warm-up',
    chatId: 'warm-up',
    chatType: 'p2p',
    senderOpenId: sender.openId!,
    messageType: 'text',
    text,
    mentions: [],
    sentAt: at,
  };
}

/** Runs `text` from `sender` through the intents' `match` as the bot would, answering a question read-only. */
function rehearse(deps: BotDeps, sender: Person, text: string): void {
  const now = deps.now();
  const ctx = createContext(rehearsal(sender, text, now), text, deps, undefined);
  for (const intent of INTENTS) {
    const matched = intent.match(ctx);
    if (matched === null) continue;
    if (intent.name === 'query') answerQuestion(deps, sender.id, text, matched as ParsedQuery, now);
    return;
  }
}

/**
 * One step per message a busy morning brings: from the secretary (or a leader), a completion question for the quarter
 * and the year, 我的任务, a talk and a training report, 帮助; from a department head, a talk with the leader who
 * supervises the department (the parser reads a head's words through other passes), a training report and 我的任务.
 * Questions are answered as the bot would answer them (which fills the completion memo for the whole unit); nothing
 * is written, sent or kept but caches. Run each step in its own turn, so a member's message arriving meanwhile waits
 * for one step at most.
 */
export function warmUpSteps(deps: BotDeps): (() => void)[] {
  const directory = deps.directory;
  const asker = directory.secretary() ?? directory.withRole('leader')[0] ?? directory.withRole('inspector')[0];
  const steps: (() => void)[] = [];
  if (asker?.openId) {
    const other = directory.org.people.find((p) => p.id !== asker.id && p.openId);
    const texts = ['本季度完成情况', '今年以来完成情况', '我的任务', ...(other ? [`今天和${other.name}进行了廉政谈话`] : []), '昨天组织观看警示教育片，参加23人', '帮助'];
    for (const text of texts) steps.push(() => rehearse(deps, asker, text));
  }
  const department = directory.org.departments.find((d) => directory.person(d.headId)?.openId && directory.person(d.supervisorId));
  const head = department && directory.person(department.headId);
  const supervisor = department && directory.person(department.supervisorId);
  if (head && supervisor) {
    for (const text of [`今天和${supervisor.name}进行了廉政谈话`, '昨天组织观看警示教育片，参加23人', '我的任务']) steps.push(() => rehearse(deps, head, text));
  }
  return steps;
}

/** How long a warm-up step that found the bot busy waits before it looks again. */
export const BUSY_RECHECK_MS = 250;

/**
 * Runs `steps` one per turn (setImmediate), in order. The first `atOnce` run regardless; each later one first asks
 * `busy` and, while it says true, looks again every BUSY_RECHECK_MS (an unref'd timer: a stopping thread does not wait
 * for its warm-up). A step that throws is logged and the next one runs.
 */
export function runWarmUp(steps: (() => void)[], opts: { atOnce: number; busy?: () => boolean; log: (line: string) => void }): void {
  const queue = steps.slice();
  let ran = 0;
  const next = (): void => {
    if (queue.length === 0) return;
    if (ran >= opts.atOnce && opts.busy?.()) return void setTimeout(next, BUSY_RECHECK_MS).unref();
    const step = queue.shift()!;
    ran += 1;
    try {
      step();
    } catch (error) {
      // Only if stopped at once, or a rehearsal the bot would answer with an error too: the first message pays.
      opts.log(`warm-up step not done: ${String((error as Error)?.message ?? error)}`);
    }
    setImmediate(next);
  };
  setImmediate(next);
}
