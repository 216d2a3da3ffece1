// 「今天和孙丽谈了廉政谈话，另外本季度还差啥？」: a report and a question in one message. Each part is handled as if sent
// alone, the report first, then the answer (round 13: read as a question the bot could not answer, and the talk was lost).
import { parseQuery, type ParsedQuery } from '../../domain/query/parseQuery.js';
import { questionInReport } from '../../domain/query/questionInReport.js';
import { parseReport } from '../../domain/report/parseReport.js';
import type { ParsedReport } from '../../domain/report/draft.js';
import { answerQuestion } from '../answerQuestion.js';
import type { BotContext } from '../botContext.js';
import { defineIntent } from '../intent.js';
import { report, reportIn } from './report.js';

/** Where the question begins: after a sentence or clause end, optionally 另外/顺便问一下…, up to a ？ at the end. */
const QUESTION_TAIL = /[。；;，,!！\n]\s*(?:另外|还有|顺便问一下|顺便问下|顺便|再问一下|想问一下|问一下|请问)?[，,：:]?\s*([^。；;，,!！\n]*[?？])\s*$/;

interface Split {
  deed: string;
  reports: ParsedReport[];
  question: string;
  /** Null when the question is not read whole: the report is still handled, and the member is asked to send it again. */
  query: ParsedQuery | null;
}

/** The report part read, when it holds a record of a known type; null otherwise (then the cut was no report and a question). */
function readDeed(ctx: BotContext, deed: string): ParsedReport[] | null {
  const reports = parseReport(deed, { now: ctx.now, directory: ctx.deps.directory, senderId: ctx.sender!.id, mentions: ctx.update.mentions });
  return reports && reports.some((r) => r.draft.type !== undefined) ? reports : null;
}

/** `question` read whole by the query reader, or null: a half-read one would answer something else than was asked. */
function readQuestion(ctx: BotContext, question: string): ParsedQuery | null {
  const parsed = parseQuery(question, { now: ctx.now, directory: ctx.deps.directory, senderId: ctx.sender!.id, duties: ctx.deps.duties });
  return parsed && !parsed.unplaced?.length ? parsed : null;
}

function split(ctx: BotContext): Split | null {
  if (!ctx.sender) return null;
  // 「上周五科里看了警示教育片，四个人，需要登记吗？」 (round 50, fxe kind 2: the film reported, then 「没能完全看懂」 of the
  // question): whether to report the deed is answered by the report's own card (reportingAsked), no question apart.
  if ((reportIn(ctx) ?? []).some((r) => r.reasons?.includes('asked_whether'))) return null;
  const m = QUESTION_TAIL.exec(ctx.lines);
  if (m && m.index > 0) {
    const deed = ctx.lines.slice(0, m.index).trim();
    const reports = readDeed(ctx, deed);
    if (reports) return { deed, reports, question: m[1]!.trim(), query: readQuestion(ctx, m[1]!.trim()) };
  }
  // 3. 帮我看看本月完成情况 as a list's last item · 帮我看下本季度完成情况。11月3日… · …。顺便问下本季度完成情况 (r2):
  // a question with asking words and no ？, before or after the deeds. Only a question read whole is taken apart here —
  // a cut the query reader does not read may be part of a deed — and the report then says the rest as before.
  // A part that says it asks (顺便问下那个事怎么弄) is a question even unread: the deeds are handled and it is named.
  for (const cut of questionInReport(ctx.lines)) {
    const query = readQuestion(ctx, cut.question);
    if (!query && !cut.asks) continue;
    const reports = readDeed(ctx, cut.deed);
    if (reports) return { deed: cut.deed, reports, question: cut.said, query };
  }
  return null;
}

export const reportWithQuestion = defineIntent<Split>({
  name: 'reportWithQuestion',
  match: split,
  async handle(ctx, s) {
    await report.handle({ ...ctx, text: s.deed, lines: s.deed }, s.reports);
    if (!s.query) {
      await ctx.reply(`消息里的问题「${s.question}」我没能完全看懂，请换个说法单独发一次，例如「本季度完成情况」「我还差什么」。`);
      return;
    }
    const answer = answerQuestion(ctx.deps, ctx.sender!.id, s.question, s.query, ctx.now);
    if (answer.kind === 'text') await ctx.reply(answer.text);
    else await ctx.replyCard(answer.card);
  },
});
