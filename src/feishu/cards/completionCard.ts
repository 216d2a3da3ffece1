// The 完成情况 card: period and as-of time, the headline, then each duty line with who is still missing.
import { statusName } from '../../domain/completionStatus.js';
import type { CompletionLine, CompletionReport, CompletionStatus } from '../../domain/completionTypes.js';
import { shanghaiDateTime } from '../../domain/shanghai.js';

const ICON: Record<CompletionStatus, string> = { overdue: '🔴', behind: '🟡', in_progress: '🔵', done: '✅' };
const ORDER: Record<CompletionStatus, number> = { overdue: 0, behind: 1, in_progress: 2, done: 3 };
/** Feishu rejects cards over 30 KB; stay well under it, the JSON escapes add up. */
export const CARD_BUDGET_BYTES = 24 * 1024;
const MAX_NAMES = 8;

function lineText(line: CompletionLine, sameView: boolean): string {
  const progress = sameView
    ? `${line.done}/${line.required}`
    : `${line.period.label} ${line.done}/${line.required}，本期 ${line.doneInView}`;
  const pace = line.status === 'behind' ? `，按进度应达 ${line.expectedByNow}` : '';
  const late = line.lateCount > 0 ? `，含补录 ${line.lateCount}` : '';
  let text = `${ICON[line.status]} **${line.dutyName}** · ${line.responsibleName} · ${progress}${pace}${late} · ${statusName(line.status)}`;
  if (line.missing.length > 0 && line.status !== 'done') {
    const names = line.missing.slice(0, MAX_NAMES).map((u) => u.name);
    const more = line.missing.length > MAX_NAMES ? ` 等${line.missing.length}个` : '';
    text += `\n　尚缺：${names.join('、')}${more}`;
  }
  return text;
}

export interface CompletionCardOptions {
  title: string;
  /** What the bot understood of the question, shown small under the headline. */
  understood?: string;
}

export function completionCard(report: CompletionReport, opts: CompletionCardOptions): object {
  const h = report.headline;
  const headline =
    `截至 ${shanghaiDateTime(report.asOf)}，共 ${h.total} 项：` +
    `✅ 完成 ${h.done} · 🔵 进行中 ${h.inProgress} · 🟡 滞后 ${h.behind} · 🔴 逾期 ${h.overdue}`;
  const lines = [...report.lines].sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.dutyName.localeCompare(b.dutyName));
  const texts = lines.map((l) => lineText(l, l.period.start === report.view.start && l.period.end === report.view.end));

  const build = (shown: string[], hidden: number): object => {
    const elements: object[] = [{ tag: 'markdown', content: headline }];
    if (opts.understood) elements.push({ tag: 'markdown', content: `<font color='grey'>${opts.understood}</font>` });
    elements.push({ tag: 'hr' });
    elements.push({ tag: 'markdown', content: shown.length > 0 ? shown.join('\n') : '该范围内没有需要完成的事项。' });
    if (hidden > 0) {
      elements.push({
        tag: 'markdown',
        content: `另有 ${hidden} 项未列出，可按科室、个人或事项查询，如「办公室本季度完成情况」「廉政谈话完成情况」。`,
      });
    }
    return {
      schema: '2.0',
      header: {
        title: { tag: 'plain_text', content: opts.title },
        subtitle: { tag: 'plain_text', content: report.view.label },
        template: h.overdue > 0 ? 'red' : h.behind > 0 ? 'orange' : 'green',
      },
      body: { elements },
    };
  };

  let shown = texts.length;
  let card = build(texts, 0);
  while (shown > 0 && Buffer.byteLength(JSON.stringify(card)) > CARD_BUDGET_BYTES) {
    shown = Math.floor(shown * 0.8);
    card = build(texts.slice(0, shown), texts.length - shown);
  }
  return card;
}
