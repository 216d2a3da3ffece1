// The answer to a parsed completion question: suggestions, 我的任务, a polite refusal, or the overview card.
import { filterLines } from '../domain/completion/computeCompletion.js';
import type { ParsedQuery } from '../domain/query/parseQuery.js';
import { myTasksCard } from '../feishu/cards/myTasksCard.js';
import { querySuggestionsCard } from '../feishu/cards/querySuggestionsCard.js';
import type { BotDeps } from './botDeps.js';
import { overviewCard, refusalFor, reportFor, type Answer } from './completionAnswer.js';
import { countAnswer } from './countAnswer.js';
import { nearAName, suggestQuestions } from './querySuggestions.js';
import { whatICanAnswer } from '../domain/query/canAnswer.js';
import { shanghaiDate } from '../domain/shanghai.js';

type Deps = Pick<BotDeps, 'directory' | 'duties' | 'store' | 'ledger'>;

function myTasks(deps: Deps, askerId: string, q: ParsedQuery, now: Date): object {
  // Unfiltered, so met duties can be counted; only a narrower filter than "open" (逾期的) drops lines.
  const report = reportFor(deps, { view: q.view, scope: q.scope, asker: askerId }, [askerId], now);
  const lines = q.filter && q.filter !== 'open' ? filterLines(report.lines, q.filter) : report.lines;
  // parseQuery names the view in `understood` only when the question named a period.
  const subtitle = q.understood.includes(q.view.label) ? q.view.label : `${q.view.label}以来`;
  return myTasksCard({ asOf: now, lines, subtitle, understood: q.understood });
}

/**
 * `askerId` is who asked (or clicked a suggested question). Broad questions are answered
 * within their reach; a named person or department out of reach is refused with a hint.
 */
export function answerQuestion(deps: Deps, askerId: string, text: string, q: ParsedQuery, now: Date): Answer {
  if (q.cannot) return { kind: 'text', text: q.cannot };
  // 明年完成情况 · 2027年完成情况 before 2027 (issue 10: 「无法统计」, or a card of 72 duties 进行中): the period has not begun,
  // said as the export says it.
  const today = shanghaiDate(now);
  const asked = q.count?.view ?? q.view;
  if (asked.start > today) return { kind: 'text', text: `${asked.label}还没有开始（今天是 ${today}），还没有可统计的完成情况。问今年的请发「今年完成情况」。` };
  if (q.unplaced && q.unplaced.length > 0) {
    // Nothing near a name: say what can be answered about the type asked, not a suggestion to drop words.
    const instead = nearAName(q, { directory: deps.directory, duties: deps.duties, senderId: askerId }) ? undefined : whatICanAnswer(text);
    if (instead) return { kind: 'text', text: instead };
    const questions = suggestQuestions(text, q, { directory: deps.directory, duties: deps.duties, senderId: askerId, now });
    return { kind: 'card', card: querySuggestionsCard({ understood: q.understood, unplaced: q.unplaced, questions }) };
  }
  if (q.mine) return { kind: 'card', card: myTasks(deps, askerId, q, now) };
  // 「警示教育几次了」 asks a number of records, which a duty line (met or not) does not say, and a member's own
  // record outside any duty of theirs must still be counted (was: 「共 0 项」 for the member who recorded one).
  if (q.count) return countAnswer(deps, askerId, { ...q, count: q.count });
  const refusal = refusalFor(deps.directory, [askerId], q.scope, q.view);
  if (refusal) return { kind: 'text', text: refusal };
  const state = { view: q.view, scope: q.scope, ...(q.filter ? { filter: q.filter } : {}), asker: askerId };
  return { kind: 'card', card: overviewCard(deps, state, [askerId], now) };
}
