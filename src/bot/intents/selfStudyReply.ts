// 昨天自学了《廉洁自律准则》 · 在家观看了警示教育片 (round 27b, K1): the sender's own study is told why nothing was recorded and how
// an organised study is reported, never stored as one of the unit's 廉政教育/警示教育 activities, never 没看懂.
import { ownSelfStudy } from '../../domain/report/ownSelfStudy.js';
import { notRecordedReply } from './notRecordedReply.js';

/** What the member is told: a self-study counts toward no duty; the one who organised a study reports it. */
const SELF_STUDY_REPLY =
  '个人自学（自己学习、观看警示教育片等）不属于组织开展的廉政教育或警示教育活动，不计入完成情况，清风没有记录。' +
  '部门或单位组织的学习、观看，请由组织者上报，例如「昨天组织科室学习了《廉洁自律准则》，参加5人」。';

export const selfStudyReply = notRecordedReply('self-study', ownSelfStudy, SELF_STUDY_REPLY);
