// One labelled message of the report corpus, and the reader of its compact expectation.
import type { ActivityTypeCode } from '../../../src/domain/activityTypes.js';
import type { Directory } from '../../../src/domain/organization.js';

/** [sender's name, message, expectation]. */
export type CorpusRow = [string, string, string];

export interface ExpectedRecord {
  type?: ActivityTypeCode;
  date?: string;
  /** Directory id of the doer when not the sender. */
  actorId?: string;
  counterpartIds: string[];
  title?: string;
  attendees?: number;
  /** Asserted only when the row says so (` @部门`, ` @-` for none): the record's (first) department id, or null. */
  departmentId?: string | null;
  /**
   * Asserted whenever the row says a department: every department the record is at, in order (` @财务科、办公室`, round 44
   * fqe). Round 48 (ftd): a single ` @部门` is the whole list, ` @-` none — before, a single name checked only the first,
   * and some 70 rows' records carried more departments than the row said.
   */
  departmentIds?: string[];
  /** Asserted only when the row says so (` +林晓`, ` +-` for none; round 46, t48a F5): who went on the check with its doer. */
  companionIds?: string[];
  /**
   * Asserted only when the row says so (` ^机关党委`, ` ^-` for none; round 53, fka, t55b F3): the body that held a 专题会议
   * (机关党委 · 机关纪委 · 党支部 · 理事长办公会) by name, or null for the 党组 / none named.
   */
  meetingBody?: string | null;
  problems: string[];
}

export interface Expected {
  /** null: nothing is a report here. */
  records: ExpectedRecord[] | null;
  /** Shown for 确认 before recording. */
  confirm: boolean;
}

const TYPES: Record<string, ActivityTypeCode> = {
  廉谈: 'talk_integrity', 谈心: 'talk_heart', 廉教: 'edu_integrity', 警示: 'edu_warning', 党课: 'edu_lecture', 专题: 'meeting_special',
  分管会: 'meeting_dept', 研判: 'review_analysis', 作风: 'inspect_style', 资金: 'inspect_funds', 自查: 'report_self', 述廉: 'report_duty',
  报告: 'report_to_party', 信息: 'report_info', 调研: 'report_research', 签责: 'pledge_sign', 查责: 'pledge_check',
};

/**
 * `-` nothing recorded; otherwise records joined by ` | `, each
 * `类型 MM-DD 活动人>对象,对象 《题目》 #人数 @部门 ?问题,问题` (`?` for an unknown type
 * or day, no 活动人 for the sender; `@部门` the record's department by name, `@-` none, `@部门、部门` every department the record is
 * at, a single `@部门` its only one (round 48), left out: not checked; ` +林晓,胡军` those who went on the check with its doer, ` +-` none,
 * left out: not checked; ` ^机关党委` the body that held a 专题会议, ` ^-` the 党组 or none named, left out: not checked);
 * a leading `!` means the bot confirms first.
 */
export function readExpected(spec: string, directory: Directory): Expected {
  if (spec === '-') return { records: null, confirm: false };
  const confirm = spec.startsWith('!');
  const id = (name: string) => {
    const p = directory.org.people.find((x) => x.name === name);
    if (!p) throw new Error(`corpus names ${name}, who is not in config/organization.yaml`);
    return p.id;
  };
  const departmentIdOf = (name: string) => {
    const d = directory.org.departments.find((x) => x.name === name);
    if (!d) throw new Error(`corpus names department ${name}, which is not in config/organization.yaml`);
    return d.id;
  };
  const records = spec.replace(/^!/, '').split(' | ').map((r): ExpectedRecord => {
    const m = /^(\S+) (\S+) ([^>]*)>(\S*)(?: 《(.+)》)?(?: #(\d+))?(?: @(\S+))?(?: \+(\S+))?(?: \^(\S+))?(?: \?(\S+))?$/.exec(r);
    if (!m) throw new Error(`bad corpus expectation: ${r}`);
    const [, type, date, actor, cps, title, count, dept, along, body, problems] = m;
    return {
      ...(type !== '?' ? { type: TYPES[type!]! } : {}),
      ...(date !== '?' ? { date: date!.length === 5 ? `2026-${date}` : date } : {}),
      ...(actor ? { actorId: id(actor) } : {}),
      counterpartIds: cps ? cps.split(',').map(id) : [],
      ...(title ? { title } : {}),
      ...(count ? { attendees: Number(count) } : {}),
      ...(dept && dept !== '-' ? { departmentId: departmentIdOf(dept.split('、')[0]!), departmentIds: dept.split('、').map(departmentIdOf) } : {}),
      ...(dept === '-' ? { departmentId: null, departmentIds: [] } : {}),
      ...(along ? { companionIds: along === '-' ? [] : along.split(',').map(id) } : {}),
      ...(body ? { meetingBody: body === '-' ? null : body } : {}),
      problems: problems ? problems.split(',') : [],
    };
  });
  return { records, confirm };
}
