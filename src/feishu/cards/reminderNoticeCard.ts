// The one-time notice to inspectors that a year's official holiday schedule is not yet known.
import type { ScheduleNotice } from '../../domain/reminders/types.js';
import { cnDate } from '../../domain/reminders/format.js';
import { frame, markdown, note } from './reminderCardParts.js';

export function scheduleNoticeCard(r: Pick<ScheduleNotice, 'recipientName' | 'year' | 'breaks'>): object {
  const dates = r.breaks.map((b) => `${b.name} ${cnDate(b.firstDay)}`).join('、');
  return frame('节假日安排待确认', 'orange', [
    markdown(
      `${r.recipientName}，您好！清风尚未获得**${r.year}年**国务院办公厅节假日安排，` +
        `节前廉政提醒暂按法定节假日的首日推算（${dates}；春节自除夕起），调休上班日暂无法计入。`,
    ),
    markdown(
      '通知发布后，请在 `config/reminders.yaml` 的 `holiday_overrides` 中填入当年放假和调休日期并重启清风，' +
        '或升级清风所带的节假日数据。',
    ),
    note('此通知每年只发送一次。发送「提醒预览」可查看接下来的提醒安排。'),
  ]);
}
