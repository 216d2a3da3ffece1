// 11月20日我讲了廉政党课，陈志强11月21日也讲了一次 · 孙丽11月20日报送了信息，李明11月21日也报了 · 11月3日我主持了专题会议，
// 11月17日又开了一次 (round 28b, K2): a clause that says someone (or the same doer, on another day) did it too, with no
// kind word of its own, was read as part of the deed before it: the second deed lost, or its doer given the first one's
// record (党课 11-20 陈志强 for 张伟's lecture). Written out here with the kind of the clause before it, so each deed is
// read whole, on its own day and by its own doer.
import { namesKey } from './directoryNames.js';
import { isTalkType, type ActivityTypeCode } from '../activityTypes.js';
import { alternation } from './parseDirectoryIndex.js';
import { findKinds } from './parseKind.js';
import { extractTitles } from './parseTraining.js';
import { CLAUSE_DAY } from './clauseDay.js';

/** A title after a name (陈志强副理事长, 李明主任). */
const TITLE = '(?:同志|书记|副?理事长|副?主任|副?部长|副?科长)';

/** What was done again: a deed verb, with no kind word (checked apart). */
const VERB = /讲|谈|报|查|检查|开|召开|组织|签|学|看|主持|搞|做|作|上|述/;

/** The words of each kind written out, as the reader knows them. */
const WRITTEN: Record<ActivityTypeCode, string> = {
  talk_integrity: '廉政谈话',
  talk_heart: '谈心谈话',
  edu_integrity: '廉政教育',
  edu_warning: '警示教育',
  edu_lecture: '廉政党课',
  meeting_special: '专题会议',
  meeting_dept: '分管科室会议',
  review_analysis: '分析研判',
  inspect_style: '作风纪律检查',
  inspect_funds: '专项资金检查',
  report_self: '自查总结',
  report_duty: '述责述廉',
  report_to_party: '书面报告',
  report_info: '信息报送',
  report_research: '调研报告',
  pledge_sign: '党风廉政建设责任书',
  pledge_check: '责任书落实检查',
};

const cache = new Map<string, RegExp>();
const dayFirstCache = new Map<string, RegExp>();

/** A head that says the day before the doer (11月23日林晓又…), to be written doer first as the reader knows it. */
function dayFirst(names: readonly string[]): RegExp {
  const key = namesKey(names);
  const hit = dayFirstCache.get(key);
  if (hit) return hit;
  const re = new RegExp(`^(${CLAUSE_DAY})\\s*((?:${names.length > 0 ? alternation(names) : '(?!)'})${TITLE}?)`);
  dayFirstCache.set(key, re);
  return re;
}

/** A clause of [name or 我][day] 也/又 [分别/单独…] verb [了] [一次], after a clause break. */
function echoing(names: readonly string[]): RegExp {
  const key = namesKey(names);
  const hit = cache.get(key);
  if (hit) return hit;
  const name = `(?:(?:${alternation(names) || '(?!)'})${TITLE}?|我)`;
  const re = new RegExp(
    `([，,；;]\\s*)((?:(?:${name})\\s*(?:${CLAUSE_DAY})?|(?:${CLAUSE_DAY})\\s*(?:${name})?)?(?:[、和](?:${name})?${CLAUSE_DAY})*\\s*(?:也|又|同样)(?:都|分别|各自|单独|还)?)([\\u4e00-\\u9fa5]{1,10}?)(了)?(?:一次|一回|一下)?(?=\\s*(?:[，,。；;！!]|$))`,
    'g',
  );
  cache.set(key, re);
  return re;
}

/**
 * `text` with each echoing clause (，陈志强11月21日也讲了一次) given the kind of the clause before it in the same sentence
 * (，陈志强11月21日也讲了廉政党课); `text` itself when there is none. A clause is echoing only when it names a doer or a
 * day before its 也/又 (so 也都是廉政谈话 and 又和王强谈了 stay as they are), has a deed verb and no kind word of its
 * own, and the clause before names exactly one kind. `names`: the directory's full names.
 */
export function withEchoedDeed(text: string, names: readonly string[]): string {
  if (!/[也又]|同样/.test(text)) return text;
  return text.replace(echoing(names), (whole, sep: string, head: string, verb: string, done: string | undefined, offset: number) => {
    if (!/[\u4e00-\u9fa5]/.test(head.replace(/也|又|同样|都|分别|各自|单独|还/g, ''))) return whole;
    if (!VERB.test(verb) || findKinds(verb).length > 0) return whole;
    const before = text.slice(0, offset).split(/[。；;！!\n]/).at(-1) ?? '';
    const kinds = [...new Set(findKinds(extractTitles(before).rest).map((k) => k.code))];
    if (kinds.length !== 1) return whole;
    // …主持召开党组会议…，周三又到康复中心检查 (round 36, t36a F2's kin: 「检查了专题会议」, a second meeting): a check verb echoes
    // only a check; after any other kind it is a check of its own, asked its type.
    if (/查/.test(verb) && !(kinds[0]!.startsWith('inspect_') || kinds[0] === 'pledge_check')) return whole;
    // 上周一去康复部调研，周三又找吴静谈了一次 (round 47, fsd: 「谈了一次了调研报告」, a second 调研 with 吴静 lost): a talk verb
    // echoes only a talk; after any other kind it is a talk of its own, asked its type.
    if (/谈|聊/.test(verb) && !isTalkType(kinds[0]!)) return whole;
    // 昨天和王芳谈心谈话，今天又谈了一次: the same doer again with the same person, which AGAIN already reads; only another
    // doer's echo of a talk or a signing is written out here.
    const withSomeone = kinds[0] === 'talk_integrity' || kinds[0] === 'talk_heart' || kinds[0] === 'pledge_sign';
    if (withSomeone && !names.some((n) => head.includes(n)) && !head.includes('我')) return whole;
    // 11月9日我和林晓…，11月23日林晓又单独查了一次: with the day first, 林晓 was read as the sender's companion again.
    return `${sep}${head.replace(dayFirst(names), '$2$1')}${verb}${done ?? '了'}${WRITTEN[kinds[0]!]}`;
  });
}
