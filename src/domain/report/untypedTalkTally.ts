// 林晓「黄书记本月开展谈话3次」 (round 61, gab; fbf's left-alone: 黄志刚 read as the one talked to) and 「这个月检查了三次 谈话五次」
// (the five talks dropped beside the asked check): a count of talks of no kind is a report of talks — its kind asked among the
// talks, its days and whom asked as a typed tally's are, and the person before it (a name or a surname with a title) the one
// who held them, never someone talked to. Alone and of no one (本月开展谈话5次) it stays bareTallyReply's (round 59, fcb: no
// record, the reply says what each talk needs).
import { isTalkType } from '../activityTypes.js';
import type { ParsedReport, ReportProblem } from './draft.js';

/** A span of time: 本月 · 这个月 · 上周 · 11月份 · 今年以来 · 第四季度 · 上半年. */
const SPAN = '(?:本月|上月|上个月|这个月|本周|上周|这周|本季度|第[一二三四]季度|上半年|下半年|今年以来|今年|\\d{1,2}月份?|\\d{1,2}月以来)';
/**
 * The whole message (after normalizeText): who (2–8 characters, none of 与和跟同对找, optional), a span, 共, a verb, 谈话 and the
 * count (谈话5次 · 谈话五次 · 谈了5次话 · 谈话5人次), an end mark. Groups: who, span, count (谈话N), count (谈了N次话).
 */
const TALLY = new RegExp(
  `^([\\u4e00-\\u9fa5]{2,8}?)??\\s*(${SPAN})?\\s*(?:共计|一共|共|累计)?\\s*(?:开展了?|进行了?|组织了?)?\\s*(?:各类)?\\s*(?:谈话\\s*(\\d{1,2}|[两二三四五六七八九十]{1,3})\\s*(?:人次|次)|谈了\\s*(\\d{1,2}|[两二三四五六七八九十]{1,3})\\s*次话)[。.!！\\s]*$`,
);

/** A verb or a kind of talk in the words before 谈话: no person and no untyped tally. */
const KIND_OR_VERB = /开展|进行|组织|廉政|廉洁|谈心|提醒|诫勉|约|集体|函询|任前|警示|个别|专题|工作/;

/** A talk tally of no kind: the same words with the kind 廉政谈话 standing in, read for its days, count and doer. */
export interface UntypedTalkTally {
  standIn: string;
  /** Whether a person stands before the tally (黄书记本月开展谈话3次): alone, a bare tally is bareTallyReply's (no record). */
  person: boolean;
}

/**
 * The untyped talk tally `text` (after normalizeText) is, whole, written with 廉政谈话 standing in for its kind
 * (本月开展谈话5次 → 本月开展廉政谈话5次; 黄书记本月谈了3次话 → 黄书记本月开展廉政谈话3次), or undefined when `text` is anything
 * else (a kind named, a person talked with, a day, other words).
 */
export function untypedTalkTally(text: string): UntypedTalkTally | undefined {
  if (!text.includes('谈')) return undefined;
  const m = TALLY.exec(text.trim());
  if (!m) return undefined;
  const who = m[1] ?? '';
  // 和王强谈话3次 · 我们 · 全体: whom, or no one person, is the parser's as before.
  if (/[与和跟同对找]|^(?:我|我们|本人|咱们|全体|部门|科室)$/.test(who)) return undefined;
  // 上周开展提醒谈话2人次 · 本月集体谈话3次: a verb or a kind word before 谈话 makes it a typed tally, the parser's as before.
  if (KIND_OR_VERB.test(who)) return undefined;
  return { standIn: `${who}${m[2] ?? ''}开展廉政谈话${m[3] ?? m[4]}次`, person: who !== '' };
}

/**
 * `reports` (the stand-in read) with each talk of the stand-in kind asked its kind among the talks first (廉政谈话 · 谈心谈话),
 * its other questions (day, whom) kept; null stays null.
 */
export function withTalkKindAsked(reports: ParsedReport[] | null): ParsedReport[] | null {
  if (reports === null) return null;
  return reports.map((r) => {
    if (r.draft.type === undefined || !isTalkType(r.draft.type)) return r;
    const { type: _standIn, ...draft } = r.draft;
    const asked: ReportProblem = { code: 'missing_type', among: ['talk_integrity', 'talk_heart'] };
    return { ...r, draft, problems: [asked, ...r.problems.filter((p) => p.code !== 'missing_type')], remarks: r.remarks.filter((s) => !s.includes('廉政谈话')) };
  });
}
