// 「年度总结」 (the unit's account, seed 002) and 「我的述廉材料」 (one's own, seed 003): a traced draft as text and as Word.
import { buildYearEndAccount, type YearEndSubject } from '../../domain/ledger/yearEndAccount.js';
import { parseYearEndRequest, type YearEndRequest } from '../../domain/query/yearEndRequest.js';
import { renderYearEndText } from '../../domain/ledger/yearEndText.js';
import { reachDuring, reachOf } from '../../domain/completion/visibility.js';
import { yearEndFileName } from '../../ledger/exportFileNames.js';
import { deliverExport } from '../exportDelivery.js';
import { defineIntent } from '../intent.js';

/** The same line the completion query draws: the whole unit is for the secretary and the inspectors. */
const UNIT_ONLY =
  '全单位的年度总结仅党组书记和纪检人员可以生成。您可以发送「我的述廉材料」生成本人的述责述廉材料草稿，或「导出台账」导出您可查看的台账。';

export const yearEnd = defineIntent<YearEndRequest>({
  name: 'year-end',
  match: (ctx) => (ctx.sender ? parseYearEndRequest(ctx.text, ctx.now, { directory: ctx.deps.directory, senderId: ctx.sender.id }) : null),
  async handle(ctx, req) {
    const { directory, duties, store } = ctx.deps;
    const me = ctx.sender!.id;
    if (req.subject === 'organization' && !reachOf(directory, me).everything) {
      await ctx.reply(UNIT_ONLY);
      return;
    }
    // 「出一份刘芳的述廉材料」: someone else's, for whoever may see their records (the secretary, the inspectors, up the chain).
    if (req.personId && req.personId !== me) {
      const reach = reachDuring(directory, me, req.period);
      if (!reach.everything && !reach.people.has(req.personId)) {
        const name = directory.person(req.personId)?.name ?? '这位同志';
        await ctx.reply(`抱歉，您暂无权限生成${name}的述责述廉材料。您可以发送「我的述廉材料」生成本人的材料草稿。`);
        return;
      }
    }
    const subject: YearEndSubject =
      req.subject === 'person' ? { kind: 'person', personId: req.personId ?? me } : { kind: 'organization' };
    const account = store.read((db) =>
      buildYearEndAccount({ directory, duties, activities: db.activities, period: req.period, now: ctx.now, viewer: { kind: 'person', personId: me }, subject }),
    );
    const asked = [
      ...(req.defaulted ? [`（未指定期间，按${account.period.label}生成；其他年份请发送如「2025年度总结」。）`] : []),
      ...(req.unplaced.length > 0 ? [`（未能识别「${req.unplaced.join('、')}」。）`] : []),
    ];
    const text = [renderYearEndText(account), ...(asked.length > 0 ? ['', ...asked] : [])].join('\n');
    // docx loads on the first year-end request, not at start.
    const { buildYearEndDocx } = await import('../../ledger/buildYearEndDocx.js');
    const bytes = await buildYearEndDocx(account);
    await deliverExport(ctx, text, { name: yearEndFileName(account), bytes, fileType: 'doc' });
  },
});
