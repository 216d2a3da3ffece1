// 节前廉政提醒今天已发全体职工 · 中秋节前提醒已转发各部室 (t28 B35: guessed a 廉政教育 on a card): a reminder passed on to
// everyone is told plainly why nothing was recorded, never 没看懂 and never stored as a training.
import { reminderSentOnly } from '../../domain/report/reminderSentOnly.js';
import { notRecordedReply } from './notRecordedReply.js';

/** What the member is told: the 节前廉政提醒 is the bot's own broadcast; a reminder sent on counts toward no duty. */
export const REMINDER_SENT_REPLY =
  '转发或群发廉政提醒不属于需要登记的活动，清风没有记录。节前廉政提醒由清风在节前自动推送给全体党员干部。' +
  '如果是当面对某位同志进行的提醒谈话，请按谈话上报，例如「今天和王强进行了廉政提醒谈话」；组织集中学习或召开会议，请写明活动和日期。';

/**
 * 节前廉政提醒今天已发全体职工 and nothing else to record (round 28 t28 B35, c29): answered with REMINDER_SENT_REPLY,
 * nothing stored — the bot sends the holiday reminder itself, and a reminder passed on counts toward no duty.
 */
export const reminderSentReply = notRecordedReply('reminder-sent', reminderSentOnly, REMINDER_SENT_REPLY);
