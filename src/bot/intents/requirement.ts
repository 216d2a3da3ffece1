// 「廉政谈话要谈几次」「述责述廉报告什么时候交」: the duty's requirement from the catalogue in force, and what to ask next.
import type { Duty } from '../../domain/duty.js';
import { asksFormat, requirementAsked, requirementText } from '../../domain/query/requirementAsked.js';
import { defineIntent } from '../intent.js';

export const requirement = defineIntent<Duty[]>({
  name: 'requirement',
  match: (ctx) => requirementAsked(ctx.text, ctx.deps.duties) ?? null,
  async handle(ctx, duties) {
    const lines = duties.slice(0, 4).map((d) => `· ${requirementText(d)}`);
    const first = duties[0]!.name.split(/[：:]/)[0];
    // The catalogue says how often and by when, not how a paper is laid out: said plainly, never a draft instead.
    const format = asksFormat(ctx.text) ? [`${first}的格式和写法，职责清单里没有规定，这个问题我还回答不了，请以机关纪委的通知为准。我可以回答的是：`] : [];
    await ctx.reply(
      [
        ...format,
        '按本单位的职责清单（config/duties.yaml）：',
        ...lines,
        `发送「我的任务」查看您自己还差什么，发送「${first}完成情况」查看完成情况，发送「${first}几次了」查看台账中的次数。`,
      ].join('\n'),
    );
  },
});
