// Pieces shared by the completion cards: the frame, the headline, grey notes, wrapping button rows and the size measure.
import type { CompletionReport } from '../../domain/completion/types.js';
import { shanghaiDateTime } from '../../domain/shanghai.js';
import { LATE_MEANING } from '../../domain/completion/late.js';
import { STATUS_MEANING } from '../../domain/completion/status.js';

/** Feishu rejects cards over 30 KB (code 230025); stay well under it. */
export const CARD_BUDGET_BYTES = 24 * 1024;

export function cardBytes(card: object): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}

export function markdown(content: string): object {
  return { tag: 'markdown', content };
}

export function note(content: string): object {
  return { tag: 'markdown', content: `<font color='grey'>${content}</font>`, text_size: 'notation' };
}

export function headlineText(report: Pick<CompletionReport, 'asOf' | 'headline'>): string {
  const h = report.headline;
  return (
    `截至 ${shanghaiDateTime(report.asOf)}，共 ${h.total} 项：` +
    `✅ 完成 ${h.done} · 🔵 进行中 ${h.inProgress} · 🟡 滞后 ${h.behind} · 🔴 逾期 ${h.overdue}`
  );
}

export function templateOf(report: Pick<CompletionReport, 'headline'>): string {
  const h = report.headline;
  return h.overdue > 0 ? 'red' : h.behind > 0 ? 'orange' : h.total > 0 ? 'green' : 'blue';
}

export function callbackButton(text: string, value: Record<string, unknown>, type: 'default' | 'primary' = 'default'): object {
  return { tag: 'button', text: { tag: 'plain_text', content: text }, type, size: 'small', behaviors: [{ type: 'callback', value }] };
}

/** Buttons that wrap onto the next line on a phone instead of squeezing. */
export function buttonFlow(buttons: object[]): object {
  return {
    tag: 'column_set',
    flex_mode: 'flow',
    horizontal_spacing: '8px',
    columns: buttons.map((b) => ({ tag: 'column', width: 'auto', elements: [b] })),
  };
}

export function frame(title: string, subtitle: string, template: string, elements: object[]): object {
  return {
    schema: '2.0',
    header: {
      title: { tag: 'plain_text', content: title },
      subtitle: { tag: 'plain_text', content: subtitle },
      template,
    },
    body: { elements },
  };
}

export const STATUS_NOTE = `${STATUS_MEANING}${LATE_MEANING}`;

/** Short enough for a button on a phone. */
export function shortDutyName(name: string, max = 12): string {
  return name.length > max ? `${name.slice(0, max)}…` : name;
}
