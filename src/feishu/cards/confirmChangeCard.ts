// A change to a record already made, asked in words (刚才那条日期错了…): shown before → after, nothing changed until 确认.
import { button, buttonRow, card, markdown } from './cardParts.js';

const answer = (text: string) => ({ action: 'answer', text });

/**
 * `what` says the change in a few words (日期改为 11月19日); `before` and `after` describe the record as it is and as it
 * would be. The buttons answer the pending dialog exactly like typing 确认 / 取消.
 */
export function confirmChangeCard(what: string, before: string, after: string): object {
  return card('请确认修改', 'orange', [
    markdown(`**把您刚才的记录${what}？**（确认后才修改）`),
    markdown(`原来：${before}\n改为：${after}`),
    buttonRow([button('确认', answer('确认'), 'primary'), button('取消', answer('取消'), 'danger')]),
    markdown("<font color='grey'>也可以直接回复「确认」或「取消」；30分钟内有效。</font>"),
  ]);
}
