// 今天下发了信息报送通知 · 今天把信息报送通知发给各部门了 (round 51, fzaa): a notice, form or requirement about a duty sent out
// to others is told plainly why nothing was recorded (round 52, fwf: one received, 收到信息报送通知, or work handed out at a
// meeting, 召开会议布置了信息报送工作, too), never stored as the sender's 信息报送 (or talk, or lesson) of that day.
import { dutyNoticeSent } from '../../domain/report/dutyNoticeSent.js';
import { notRecordedReply } from './notRecordedReply.js';

/** What the member is told: sending a notice about a duty counts toward no duty; the deed itself is reported when done. */
export const DUTY_NOTICE_SENT_REPLY =
  '开会布置某项工作，或下发、转发、收到某项工作的通知、提醒、表格或要求不属于需要登记的活动，清风没有记录。' +
  '活动本身完成后再上报即可，例如「今天报送了廉政信息1篇」「今天和王强进行了廉政谈话」。';

/** 今天下发了信息报送通知 and nothing else to record: answered with DUTY_NOTICE_SENT_REPLY, nothing stored. */
export const dutyNoticeSentReply = notRecordedReply('duty-notice-sent', dutyNoticeSent, DUTY_NOTICE_SENT_REPLY);
