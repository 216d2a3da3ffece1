// The 逾期提醒 cards: blue to the person (with 填报 buttons), yellow to their superior, red to the secretary and inspectors.
import { cnDate } from '../../domain/reminders/format.js';
import type { EscalationLevel, OverdueReminder } from '../../domain/reminders/types.js';
import { fitToBudget, frame, itemText, markdown, note, reportButton, type CardTemplate } from './reminderCardParts.js';

const LOOK: Record<EscalationLevel, { title: string; template: CardTemplate }> = {
  blue: { title: '逾期提醒', template: 'blue' },
  yellow: { title: '逾期提醒（督促）', template: 'yellow' },
  red: { title: '逾期提醒（责任倒查）', template: 'red' },
};

function intro(r: OverdueReminder): string {
  const due = cnDate(r.due);
  switch (r.level) {
    case 'blue':
      return `${r.recipientName}，您好！以下事项已于${due}到期，尚未完成，请尽快落实并补录：`;
    case 'yellow':
      return `${r.recipientName}，您好！您分管或领导的同志有以下事项${due}到期后仍未完成，请督促落实：`;
    case 'red':
      return `${r.recipientName}，您好！以下事项${due}到期后经提醒和督促仍未完成，请按“责任倒查”要求关注：`;
  }
}

export function overdueCard(r: OverdueReminder): object {
  const own = r.level === 'blue';
  return fitToBudget(r.items.length, (shown) => {
    const elements: object[] = [markdown(intro(r))];
    for (const item of r.items.slice(0, shown)) {
      elements.push(markdown(itemText(item, { who: !own })));
      if (own) elements.push(reportButton(item));
    }
    if (shown < r.items.length) elements.push(markdown(`另有 ${r.items.length - shown} 项未列出，可发送「完成情况」查看。`));
    elements.push(note(own ? '已完成但未登记的，请点击「填报」补录。' : '本提醒仅发送给责任链上的同志，请勿转发。'));
    return frame(LOOK[r.level].title, LOOK[r.level].template, elements, '清风 · 党风廉政建设责任');
  });
}
