// 赵敏还没谈: nothing is recorded, and the reply says so; to a leader, what is still open for the one named comes with it.
import { parseQuery } from '../../domain/query/parseQuery.js';
import { saysCalledOff, saysNotDoneYet } from '../../domain/report/notDoneYet.js';
import { plainInMarkdown } from '../../feishu/cards/plainInMarkdown.js';
import { answerQuestion } from '../answerQuestion.js';
import { defineIntent } from '../intent.js';
import { stillWaiting } from '../stillWaiting.js';

/** 孙科长 · 王副理事长 · 张书记: someone named by surname and title. */
const SURNAME_TITLE = /[\u4e00-\u9fa5](?:副?(?:书记|理事长|主任|科长|部长))/;

/** The reply to an activity called off or put off (round 54, fjc; t56a B5: 「抱歉，没看懂」): nothing recorded, said plainly. */
export function calledOffReply(text: string): string {
  return `「${plainInMarkdown(text)}」说的是取消或推迟的活动，没有进行，清风没有记录。开展之后再发给我即可，例如「12月10日组织观看了警示教育片」。`;
}

/** 原定12月3日的警示教育因故取消了，改到下周 · 谈话延期到下月: nothing recorded, and the reply says why. */
export const calledOff = defineIntent<true>({
  name: 'calledOff',
  match: (ctx) => (ctx.sender && saysCalledOff(ctx.text) ? true : null),
  async handle(ctx) {
    await ctx.reply([calledOffReply(ctx.text), ...stillWaiting(ctx.dialog)].join('\n'));
  },
});

export const notDoneYet = defineIntent<true>({
  name: 'notDoneYet',
  // Someone named (赵敏, 孙科长): 分管科室会议还没开, naming no one, stays the spoken completion question it may be.
  match: (ctx) =>
    ctx.sender && saysNotDoneYet(ctx.text) && (ctx.deps.directory.org.people.some((p) => ctx.text.includes(p.name)) || SURNAME_TITLE.test(ctx.text)) ? true : null,
  async handle(ctx) {
    const sender = ctx.sender!;
    const said = `「${plainInMarkdown(ctx.text)}」说的是还没有做的事，清风没有记录。做完之后再发给我即可，例如「今天和李明进行了廉政谈话」。`;
    // A leader (or 纪检) may see others' duties: the open ones of the person named are the useful answer to 「还没谈」.
    const oversees = sender.roles.some((r) => r === 'secretary' || r === 'leader' || r === 'inspector');
    const named = ctx.deps.directory.org.people.filter((p) => p.id !== sender.id && ctx.text.includes(p.name));
    const holdsDuties = named.length === 1 && (named[0]!.roles.some((r) => r === 'secretary' || r === 'leader') || ctx.deps.directory.headedBy(named[0]!.id).length > 0);
    const asked = oversees && holdsDuties ? `${named[0]!.name}的完成情况` : undefined;
    const q = asked ? parseQuery(asked, { now: ctx.now, directory: ctx.deps.directory, senderId: sender.id, duties: ctx.deps.duties }) : null;
    const answer = q ? answerQuestion(ctx.deps, sender.id, asked!, q, ctx.now) : undefined;
    if (answer?.kind === 'card') {
      ctx.notice(`${said}以下是${named[0]!.name}还没有完成的事项：`);
      await ctx.replyCard(answer.card);
      return;
    }
    await ctx.reply(said);
  },
});
