// The 到期提醒 card: one person's own open items before the period ends, each with a 填报 button.
import { cnDate } from '../../domain/reminders/format.js';
import type { DueSoonReminder } from '../../domain/reminders/types.js';
import { fitToBudget, frame, itemText, markdown, note, reportButton } from './reminderCardParts.js';

export function dueSoonCard(r: DueSoonReminder): object {
  const intro =
    `${r.recipientName}，您好！以下事项将于**${cnDate(r.due)}**到期` +
    `（含当天还有 ${r.workdaysLeft} 个工作日），目前尚未完成：`;
  return fitToBudget(r.items.length, (shown) => {
    const elements: object[] = [markdown(intro)];
    for (const item of r.items.slice(0, shown)) elements.push(markdown(itemText(item)), reportButton(item));
    if (shown < r.items.length) elements.push(markdown(`另有 ${r.items.length - shown} 项未列出，可发送「我的任务」查看。`));
    elements.push(note('完成后点击「填报」或直接发消息告诉我，例如「今天和办公室李明主任进行了廉政谈话」。本提醒仅发送给您本人。'));
    return frame('到期提醒', 'wathet', elements, '清风 · 党风廉政建设责任');
  });
}
