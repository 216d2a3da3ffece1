// The 节前廉政提醒 card (and the 重要节点 card): a title, the text from config, and a note when the dates are provisional.
import type { FestivalReminder, NodeReminder } from '../../domain/reminders/types.js';
import { cnDate } from '../../domain/reminders/format.js';
import { fitToBudget, frame, markdown, note } from './reminderCardParts.js';

const TEST_NOTE = '这是一条测试提醒，仅发送给您本人，用于预览提醒效果。';

/** The config text may be long; cut it (rarely) rather than have Feishu refuse the card. */
function cut(text: string, chars: number): string {
  return text.length <= chars ? text : `${text.slice(0, chars)}…`;
}

export function festivalCard(r: Pick<FestivalReminder, 'title' | 'text' | 'holiday'>, opts: { test?: boolean } = {}): object {
  const provisional = r.holiday.source === 'provisional';
  return fitToBudget(r.text.length, (chars) => {
    const elements: object[] = [markdown(cut(r.text, chars))];
    if (provisional) {
      elements.push(note(`${r.holiday.year}年国务院办公厅放假通知尚未发布，以上节日日期为暂定，具体以正式通知为准。`));
    }
    if (opts.test) elements.push(note(TEST_NOTE));
    return frame(`${opts.test ? '（测试）' : ''}${r.title}`, 'red', elements, `清风 · ${r.holiday.year}年${r.holiday.name}`);
  });
}

export function nodeCard(r: Pick<NodeReminder, 'title' | 'text' | 'date'>): object {
  return fitToBudget(r.text.length, (chars) =>
    frame(r.title, 'orange', [markdown(cut(r.text, chars))], `清风 · 重要节点提醒 · ${cnDate(r.date)}`),
  );
}
