// Something done that no duty counts (到教育就业部调研, 座谈会): said precisely, with how to report what does count, not 没看懂.
import { outsideCatalogue } from '../../domain/report/outsideCatalogue.js';
import type { OutsideCatalogue } from '../../domain/report/outsideCatalogue.js';
import { defineIntent } from '../intent.js';
import { stillWaiting } from '../stillWaiting.js';

const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

export const outsideCatalogueIntent = defineIntent<OutsideCatalogue>({
  name: 'outsideCatalogue',
  match: (ctx) => (ctx.sender ? outsideCatalogue(ctx.lines, ctx.now) ?? null : null),
  async handle(ctx, read) {
    const day = read.date ? monthDay(read.date) : undefined;
    const said = read.inspectedBy
      ? `这条消息讲的是${day ? `${day}` : ''}${read.inspectedBy}来本单位检查。上级来检查不计入本单位的检查台账，未记录。`
      : read.work
      ? `这条消息讲的是${day ? `${day}的` : ''}${read.work}，不属于需要记录的党风廉政建设活动，未记录。`
      : `这条消息讲的是${day ?? '已经'}做的事，但没有读出需要记录的党风廉政建设活动，未记录。`;
    await ctx.reply(
      [
        said,
        '清风记录的是：廉政谈话、谈心谈话、廉政教育、警示教育、廉政党课、专题会议、分管科室会议、分析研判、作风纪律检查、专项资金检查、自查、述责述廉、签订责任书等。',
        '如果其中有这些活动，请写明类型再发一次，例如「11月24日王建国副理事长与郑华进行了廉政谈话」。',
        ...stillWaiting(ctx.dialog),
      ].join('\n'),
    );
  },
});
