// The contract between the Chinese report parser and the bot: what one reported activity looks like before it is recorded.
import type { Evidence } from '../activity.js';
import type { ActivityTypeCode } from '../activityTypes.js';
import type { MeetingBody } from '../meetingBody.js';
import type { Directory } from '../organization.js';
import type { PassTrace } from './textPass.js';

/** A Feishu @mention in the message: `@_user_1` in the text maps to this person. */
export interface Mention {
  key: string;
  openId?: string;
  name: string;
}

export interface ParseContext {
  now: Date;
  directory: Directory;
  /** Directory id of the sender. */
  senderId: string;
  mentions: Mention[];
  /**
   * The whole message as sent (simplified), set by parseReport for readers of one entry that weigh the message's heading
   * (orgWideHeading: 党风廉政建设工作小结 over a clerk's unnamed 警示教育, round 69). Absent outside parseReport.
   */
  message?: string;
  /** A debugging aid: told of each text pass (TEXT_PASSES) that changed the message, with its text before and after. */
  tracePasses?: PassTrace;
}

/** What one line of a report says. Fields the member did not give are absent. */
export interface ReportDraft {
  type?: ActivityTypeCode;
  /** YYYY-MM-DD in Asia/Shanghai. */
  date?: string;
  /** Who held it, when the sender reports someone else's talk (张书记与李强…); absent means the sender. */
  actorId?: string;
  /** Directory ids; a talk with several counterparts becomes one record each. */
  counterpartIds: string[];
  departmentId?: string;
  /** Every department a check visited, in order, when it visited more than one (departmentId is the first). */
  departmentIds?: string[];
  /**
   * Those who went on a check with its doer (和林晓一起… · 配合黄书记…, the sender included): one check, the doer's, but
   * each of them took part (t48a F5: 「同行：林晓」 on the card, no 林晓 in the record).
   */
  companionIds?: string[];
  title?: string;
  attendees?: number;
  /** The year a 责任书 says it is for (2027年度…责任书), when named. */
  dutyYear?: number;
  /**
   * The body that held a 专题会议 when the member named one other than the 党组 (机关党委会议 · 支委会 · 理事长办公会; round 53,
   * t55b F3): it is that body's meeting, not the 党组's 专题研究 (meetingBodySaid).
   */
  meetingBody?: MeetingBody;
  /** 全体党员 / 全体干部职工 */
  allMembers?: boolean;
  /** 科室4人参加 · 两部门共5人参加: the count is the unit's own people (set against its roster), not said to be all of them (t52b F8). */
  unitCount?: boolean;
  /** 应到35人 beside fewer attendees (实到32人): shown on the card, not stored (t49b F7). */
  expected?: number;
  /** Extra words the member added, shortened. The raw text is never kept. */
  note?: string;
  /** The day is before the start of the current period of the same cadence: a 补录. */
  late: boolean;
  /** Photos of the post (photo + caption) that told of this deed: the record's evidence once made. */
  evidence?: Evidence[];
}

export type ReportProblem =
  /** `among`: the types the words fit (a check of no named kind: the check types), offered before the common ones. */
  /**
   * `disciplinary`: the word (函询 · 诫勉 · 工作谈话 · 批评教育) the message called this talk, no talk kind of the duty catalogue:
   * the question says so and offers to leave it out before the talk kinds.
   */
  | { code: 'missing_type'; among?: ActivityTypeCode[]; disciplinary?: string }
  /**
   * `count`: how many activities of this kind the member said were done (两次, 3篇) and still wait for their days.
   * `month`: the month (YYYY-MM) the message put this one in (6月和11月分别与…谈话): its day is asked in that month.
   * `written`: the days (YYYY-MM-DD) a 分别 list wrote that pair with nothing (三天 × 两处): the question names them.
   */
  /** `sameAsBefore`: the clause said it was of the same time as the record before (同时 · 当天 · 会后…), whose answer it takes. */
  /**
   * `span` (round 50, fxd, t52b F7): the vague time the entry said (10月下旬) and its days up to today, which the question
   * says and offers days within.
   */
  | { code: 'missing_date'; count?: number; month?: string; written?: string[]; sameAsBefore?: boolean; span?: { said: string; from: string; to: string } }
  | { code: 'future_date'; date: string }
  /** 去年10月22日 under 「10月份漏报的」: the day's year is asked; `dates` is [this year's day, last year's]. */
  | { code: 'ambiguous_year'; dates: [string, string] }
  /**
   * 11月13日（周四）, 11-13 being a Friday: `dates` is [the day written, that weekday's day in its week]; `said` the words.
   * `offered` (round 49, fvd): the member wrote both days as one or the other (2号或者3号), `dates` in the order written.
   */
  | { code: 'weekday_conflict'; dates: [string, string]; said: string; offered?: true }
  /**
   * `suggestedIds`: people offered as buttons only (到教育就业部开展廉政谈话: that department's people, its head first);
   * anyone may still answer. `groupOf` (round 59, fce): the words of a group the directory cannot list (中心各科室负责人 said
   * in a unit with no 科室 of its own) and that unit's department id, so the question says why it asks.
   */
  | {
      code: 'missing_counterpart';
      suggestedIds?: string[];
      groupOf?: { text: string; departmentId: string };
      /** 全体 · 所有人 written where the people go (round 60, fbe): the word, and whether a table row said it (allWordAsked). */
      allWord?: { text: string; inTable: boolean };
    }
  /**
   * `nearIds`: directory people whose name is one character or one sound off `text` (nearNames), or who bear the surname of
   * a surname and title no one holds (李科长 → 李明, surnameTitleNear), offered, never taken. `titleSaid`: the title written
   * beside the name (副科长) when none of `nearIds` holds it (孙莉副科长 → 孙丽, the 科长; round 63 gce), said in the question.
   */
  | { code: 'unknown_counterpart'; text: string; nearIds?: string[]; titleSaid?: string }
  /**
   * `misfitOf` (round 64, gde): the id of the one the name in `text` is, whose title is not the one written beside it
   * (孙丽副科长: 孙丽 is the 科长), `candidateIds` them first and then the department's holders of that title; the question says so.
   */
  | { code: 'ambiguous_counterpart'; text: string; candidateIds: string[]; misfitOf?: string }
  /** The doer was named by a title several people hold (副理事长主持…). */
  /** `suggestedIds`: people offered as buttons only (他/她 after a relayed report, m25); anyone may still answer. */
  | { code: 'ambiguous_actor'; text: string; candidateIds: string[]; suggestedIds?: string[] }
  /** A 分管科室会议 reported by someone who supervises no department: whose meeting was it? */
  /**
   * `body`: the words naming the body (机关纪委 · 党组 · 纪检组) whose deed this is, asked whose among its officers: one answer is
   * that of every record asked for the same body (round 42, t42a F5).
   * `organiser` (round 69, gia): an education a clerk told of beyond her unit (beyondOwnUnit), asked who organised it — the
   * 党组, the 机关党委 or the unit — by the bodies its first choices stand for.
   */
  | { code: 'missing_actor'; candidateIds: string[]; body?: string; organiser?: true }
  /**
   * The place of a check or meeting written loosely (到中心康复科室检查) in words that fit several departments: `text` the
   * words as written, `candidateIds` the department ids they may mean, in directory order (the answer's numbers count them).
   */
  | { code: 'ambiguous_department'; text: string; candidateIds: string[] };

/**
 * Why the bot shows the records for a tap before storing them: someone else
 * did it, a group was expanded, the type was read from a slip or a guess,
 * the message held several activities (`items`: a wrong split shows there).
 */
export type ConfirmReason = 'third_person' | 'took_part' | 'group' | 'inferred_type' | 'many' | 'long' | 'news_words' | 'title_words' | 'items' | 'leftover' | 'not_held' | 'head_count' | 'subject_unclear' | 'corrected_day' | 'direction' | 'day_span' | 'companion' | 'check_companion' | 'blank_doer' | 'unit_word' | 'not_said_done' | 'card_edited' | 'unsure' | 'forwarded' | 'terse_note' | 'count_unlike' | 'asked_whether' | 'restated' | 'distant_day' | 'top_up' | 'after_stored' | 'later_part_done' | 'added_in_answer' | 'present_named' | 'away_named' | 'audience_unit';

export interface ParsedReport {
  draft: ReportDraft;
  /** Empty when the draft can be recorded as it is. */
  problems: ReportProblem[];
  /** Human-readable remarks for the confirmation, e.g. 「警示教育片」按警示教育记录. */
  remarks: string[];
  /** Reasons to confirm before recording (see confirmReasons for the whole message). */
  reasons?: ConfirmReason[];
  /** The member's own number of the list entry it was read from (3. · ③ · 三、 → 3), when the message numbered its entries. */
  entry?: number;
  /**
   * The member's number of the unnumbered list line (第3行 · 第3条 as the unread note says it) it was read from: parseReport's
   * own, turned into `entry` when a line of the list was left unread (so the card's numbers are the member's) and never
   * returned otherwise (withMemberLines).
   */
  line?: number;
  /**
   * One of several records the same in every field that a count the message states makes (11月3日报送廉政信息2篇: two
   * papers of one day): that many deeds, never one told twice (identicalRecordsRemark says nothing of them).
   */
  counted?: true;
}
