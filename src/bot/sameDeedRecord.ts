// t41a F23 (round 42): after 周涛 recorded 信息报送 11-27 (no department said), 张颖's post 「11月27日，组联部向党组报送了廉政信息
// 1篇」 (read with 组联部) stored a second one without a word: only a record equal in every field was a duplicate, so a
// clerk's fuller telling of the head's deed never was. Talks and signings had the other side's record (mirroredRecord).
import type { Activity } from '../domain/activity.js';
import type { ReportDraft } from '../domain/report/draft.js';
import type { BotDeps } from './botDeps.js';
import { sameMeetingRecord } from './sameMeetingRecord.js';
import { departmentsOf, standingRecordsOfDeed, type DeedAgreement } from './standingRecordsOfDeed.js';

/**
 * Titles agree when equal or when either side names none (学习了《准则》 told again as 组织了廉政教育); departments when the
 * record names none (the doer's own telling, 报送了信息) or holds every one the draft names: 今天上午到宣文部、下午到维权部查了
 * 考勤 after a 宣文部 check (round 33b, F8) names one the record lacks, another deed.
 */
const LOOSE: DeedAgreement = {
  titles: (a, draft) => a.title === undefined || draft.title === undefined || a.title === draft.title,
  departments: (a, draft) => {
    const held = departmentsOf(a);
    return held.length === 0 || departmentsOf(draft).every((d) => held.includes(d));
  },
};

/**
 * A standing record, not withdrawn, that may be the draft's deed whoever reported it: the same type, day and doer
 * (`draft.actorId`, else `reporterId`), the same counterparts, departments and titles that agree (above). Undefined
 * when there is none. Records made by `sourceEventId` itself are none (an event replayed after a crash finds its own).
 * The sender's own record is preferred over another member's, so the card says 「已有一条相同记录」 when it is theirs.
 * A meeting with none such is set against any meeting at its department that day (sameMeetingRecord, t49a O1).
 */
export function sameDeedRecord(deps: BotDeps, draft: ReportDraft, reporterId: string, sourceEventId?: string): Activity | undefined {
  const found = standingRecordsOfDeed(deps, draft, reporterId, LOOSE, sourceEventId);
  return found.find((a) => deps.directory.byOpenId(a.reporter)?.id === reporterId) ?? found[0] ?? sameMeetingRecord(deps, draft, sourceEventId);
}
