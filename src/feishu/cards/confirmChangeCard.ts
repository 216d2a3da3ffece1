// A change to a record already made, asked in words (刚才那条日期错了…): shown before → after, nothing changed until 确认.
import { button, buttonRow, card, markdown } from './cardParts.js';

const answer = (text: string) => ({ action: 'answer', text });

/**
 * `what` says the change in a few words (日期改为 11月19日); `before` and `after` describe the record as it is and as it
 * would be; `more` the other records taking the same change (三条都改成…), each before → after. `record` names the
 * record in the question: 您刚才的记录, or 您的这条记录 for an older one named by its words (t48a F3). The buttons answer
 * the pending dialog exactly like typing 确认 / 取消. `oneRecord`: `more` are new records beside the one changed (round 62, gbb),
 * so the question names the one record, not 「N 条记录的…都改为」. `many` names the records changed together (round 64, gdb:
 * 「您12月4日的 2 条谈心谈话记录」; 「您刚才的 N 条记录」 when left out).
 */
export function confirmChangeCard(what: string, before: string, after: string, more: { before: string; after: string }[] = [], record = '您刚才的记录', oneRecord = false, many?: string): object {
  const rows = [{ before, after }, ...more];
  const body = more.length === 0 ? `原来：${before}\n改为：${after}` : rows.map((r, i) => `${i + 1}. 原来：${r.before}\n　 改为：${r.after}`).join('\n');
  return card('请确认修改', 'orange', [
    markdown(more.length === 0 || oneRecord ? `**把${record}${what}？**（确认后才修改）` : `**把${many ?? `您刚才的 ${rows.length} 条记录`}的${what.replace(/改为/, '都改为')}？**（确认后才修改）`),
    markdown(body),
    buttonRow([button('确认', answer('确认'), 'primary'), button('取消', answer('取消'), 'danger')]),
    markdown("<font color='grey'>也可以直接回复「确认」或「取消」；30分钟内有效。</font>"),
  ]);
}
