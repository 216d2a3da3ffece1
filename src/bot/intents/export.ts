// 「导出台账」「导出第三季度台账」「导出我的台账」: the 台账 workbook for what the sender may see, uploaded and sent back.
import { buildLedgerExport } from '../../domain/ledger/export.js';
import { parseLedgerRequest, type LedgerRequest } from '../../domain/query/ledgerRequest.js';
import { ledgerFileName } from '../../ledger/exportFileNames.js';
import { deliverExport } from '../exportDelivery.js';
import { canView } from '../../domain/completion/visibility.js';
import { defineIntent } from '../intent.js';
import { shanghaiDate } from '../../domain/shanghai.js';

export const exportLedger = defineIntent<LedgerRequest>({
  name: 'export',
  // The lines, not the folded text: a title over dated lines is a 台账 pasted as a report (see pastedLedger).
  match: (ctx) => (ctx.sender ? parseLedgerRequest(ctx.lines, ctx.now, { directory: ctx.deps.directory, senderId: ctx.sender.id }) : null),
  async handle(ctx, req) {
    const { directory, duties, store, ledger } = ctx.deps;
    const viewer = { kind: 'person' as const, personId: ctx.sender!.id };
    // A period that has not begun has nothing to export but a sheet of zeros (a newcomer's 导出2027年台账 got one).
    const today = shanghaiDate(ctx.now);
    if (req.period.start > today) {
      await ctx.reply(`${req.period.label}还没有开始（今天是 ${today}），没有可导出的台账，未生成文件。导出今年的请发「导出台账」。`);
      return;
    }
    // A named scope is exported only within the asker's reach, with the same refusal as a question.
    const refusal = req.named ? canView(directory, viewer.personId, req.named.scope, req.period) : undefined;
    if (refusal && !refusal.allowed) {
      await ctx.reply(refusal.reason.replace('的完成情况', '的台账'));
      return;
    }
    const exp = store.read((db) =>
      buildLedgerExport({
        directory,
        duties,
        activities: db.activities,
        index: ledger.index(db),
        period: req.period,
        now: ctx.now,
        viewer,
        mine: req.mine,
        ...(req.named ? { scope: req.named } : {}),
      }),
    );
    const late = exp.rows.filter((r) => r.late).length;
    const lines = [
      `已导出${exp.period.label}台账（${exp.period.start} 至 ${exp.period.end}），范围：${exp.scope}。`,
      `活动记录 ${exp.rows.length} 条${late > 0 ? `（其中补录 ${late} 条）` : ''}，完成情况 ${exp.summary.length} 项。`,
    ];
    if (req.unplaced.length > 0) lines.push(`未能识别「${req.unplaced.join('、')}」，已按上述期间和范围导出。`);
    if (exp.rows.length === 0 && exp.summary.length === 0) {
      await ctx.reply(`${exp.period.label}没有您可查看的台账记录（范围：${exp.scope}），未生成文件。`);
      return;
    }
    // exceljs (tens of MiB) loads on the first export, not at start: most bots never export.
    const { buildLedgerWorkbook } = await import('../../ledger/buildLedgerWorkbook.js');
    const bytes = await buildLedgerWorkbook(exp);
    await deliverExport(ctx, lines.join('\n'), { name: ledgerFileName(exp), bytes, fileType: 'xls' });
  },
});
