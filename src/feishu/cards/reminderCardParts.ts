// Shared pieces of the reminder cards: the JSON 2.0 frame, one duty item, the 填报 button, and the 30 KB budget.
import { periodKey } from '../../domain/reminders/periodKey.js';
import { cnDate } from '../../domain/reminders/format.js';
import type { DueItem } from '../../domain/reminders/types.js';
import { button, card, markdown } from './cardParts.js';

/** Feishu rejects cards over 30 KB; stay well under it, the JSON escapes add up. */
export const REMINDER_CARD_BUDGET_BYTES = 24 * 1024;
const MAX_NAMES = 8;

export type CardTemplate = 'blue' | 'wathet' | 'turquoise' | 'green' | 'yellow' | 'orange' | 'red' | 'carmine' | 'grey';

export function frame(title: string, template: CardTemplate, elements: object[], subtitle?: string): object {
  return card(title, template, elements, subtitle);
}

export { markdown };

export function note(content: string): object {
  return { tag: 'markdown', content: `<font color='grey'>${content}</font>` };
}

/** The value the report intent receives when the button is pressed: which duty, which period. */
export function reportButton(item: Pick<DueItem, 'dutyId' | 'dutyName' | 'period'>): object {
  return button('填报', { action: 'report_duty', dutyId: item.dutyId, period: periodKey(item.period) }, 'primary');
}

/** **事项** · 上半年 · 已完成 1/4，截止6月30日；尚缺：… */
export function itemText(item: DueItem, opts: { who?: boolean } = {}): string {
  const who = opts.who ? `${item.responsibleName} · ` : '';
  let text = `**${item.dutyName}** · ${who}${item.period.label} · 已完成 ${Math.min(item.done, item.required)}/${item.required}，截止${cnDate(item.due)}`;
  if (item.missing.length > 0) {
    const names = item.missing.slice(0, MAX_NAMES).join('、');
    text += `\n　尚缺：${names}${item.missing.length > MAX_NAMES ? ` 等${item.missing.length}个` : ''}`;
  }
  return text;
}

export function cardBytes(card: object): number {
  return Buffer.byteLength(JSON.stringify(JSON.stringify(card)), 'utf8');
}

/** Builds with fewer and fewer items until the card fits the budget; `build(n)` shows the first n. */
export function fitToBudget(total: number, build: (shown: number) => object): object {
  let shown = total;
  let card = build(shown);
  while (shown > 0 && cardBytes(card) > REMINDER_CARD_BUDGET_BYTES) {
    shown = Math.max(0, Math.floor(shown * 0.8));
    card = build(shown);
  }
  return card;
}
