// A suggested question on a card: asked again as if the clicker had typed it, so their own reach applies.
import { parseQuery } from '../../domain/query/parseQuery.js';
import { answerQuestion } from '../answerQuestion.js';
import { defineCardAction, toast, withCard } from '../cardAction.js';

const MAX_TEXT = 200;

export const askQuestion = defineCardAction<string>({
  action: 'ask_question',
  parse: (update) => {
    const text = update.value.text;
    return typeof text === 'string' && text.trim() !== '' && text.length <= MAX_TEXT ? text.trim() : null;
  },
  async handle(ctx, text) {
    const { directory, duties } = ctx.deps;
    const q = parseQuery(text, { now: ctx.now, directory, senderId: ctx.operator.id, duties });
    if (!q) return toast('warning', '这个问题已无法识别，请直接发送问题。');
    const answer = answerQuestion(ctx.deps, ctx.operator.id, text, q, ctx.now);
    return answer.kind === 'text' ? toast('info', answer.text) : withCard({}, answer.card);
  },
});
