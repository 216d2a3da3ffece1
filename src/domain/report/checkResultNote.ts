// 何平「康复中心本周一组织开展了廉政风险点自查，共排查风险点6个，制定防控措施12条」 → note 「制定防控措施12条」 only (round 44,
// t46a F5); 黄志刚「…进行了检查，重点查了残疾人康复救助资金，发现2个问题已督促整改」 → no note (t46a F3); a pasted check table's
// row 「内容:公务接待,发现问题:1人迟到」 → none (t46b F6). clauseNote keeps one short clause set apart; a check's or a 自查's
// result is often two or three, and each is the member's own plain words, so all of them are kept.
import { CHECK_SUBJECT_NOTE } from './checkSubject.js';
import { NOTE_MAX } from './parseNote.js';
import { MASK } from './parseNormalize.js';
import { onlyOpener, opensApart } from './separateWork.js';
import { PRESENCE_AFTER_BLANK, PRESENCE_FINDING } from './presenceFinding.js';

/** What a check or a 自查 found or did about it (发现2个问题 · 排查风险点6个 · 制定防控措施 · 已督促整改 · 重点查了… · 1人迟到). */
// 提出整改意见3条 · 已当场提醒 · 反馈意见 (round 46, t48b F4: the note kept only 「检查了…台账」).
const RESULT = /意见|建议|提醒|反馈|发现|查出|形成|排查出?|查找|梳理|制定|完善|建立|整改|督促|问题|措施|风险点|隐患|迟到|早退|缺勤|脱岗|不规范|不到位|违规|重点(?:检查|查)|查了|查看了|查阅了?|抽查了|情况(?:良好|正常)|均(?:规范|正常|到位)/;
/**
 * Where a check's result clauses part: at punctuation, and at a blank before what was found or done about it (a voice
 * input's comma) — 维权部全员在岗 after 「查考勤 」 too (round 59, fcd; t61a F4).
 */
const RESULT_CLAUSES = new RegExp(
  `[,;。!?\\n，；！？]|\\s+(?=(?:发现|查出|存在|提出|已(?:当场|督促|责令|要求|整改|反馈)|督促|责令|当场|(?:并|同时)?要求[^\\s,，。;；]{0,10}?整改))|\\s+${PRESENCE_AFTER_BLANK}`,
);
/** 已当场反馈 · 并反馈给 · 及时告知 · 向…通报: the result told to someone, whose name follows. */
const TOLD_SOMEONE = /(?:已|并|并已)?(?:当场|及时|随即|现场)?(?:反馈|告知|通报|交给|移交|向)/;
/** A table row's cell label written as prose (内容:公务接待 · 检查内容：…): the label goes, the cell stays. */
const CONTENT_LABEL = /^(?:检查)?内容\s*[:：]\s*/;
/** A table row's 发现问题 cell with nothing found (发现问题:无). */
const NOTHING_FOUND = /^发现问题\s*[:：]\s*(?:无|[—–\-－/／]+)?$/;
/** What a meeting or a news item said (强调 · 要求大家 · 号召), no result. */
// 指出问题3个 (round 46) is a check's result, counted, not news.
const NEWS = /强调|指出(?!了?[\u4e00-\u9fa5]{0,6}?问题\s*[\d一二两三四五六七八九十]+\s*[个条项处])|号召|引导|进一步|切实/;

/**
 * The result clauses of a check or a 自查 in `rest` (the segment with day, type and doer masked, counts and places still
 * written), joined with 「，」: clauses that tell what was found or done about it, with nothing masked, naming none of
 * `names` (people and departments of the directory: 已当场反馈孙丽科长 names the side checked), in no news words, and not
 * set apart as other work (另外…). Undefined when there is none.
 */
export function checkResultNote(rest: string, names: readonly string[]): string | undefined {
  const kept: string[] = [];
  let apart = false;
  // …检查了 考勤和公车使用情况 发现 两人迟到 (round 54, fjb, issue 10: typed by voice, the result dropped): a space before
  // what was found or done about it ends a clause as a comma does; so does 要求…整改 (round 57, fef, t59a F5).
  for (const raw of rest.split(RESULT_CLAUSES)) {
    const setApart = apart || opensApart(raw);
    apart = onlyOpener(raw);
    const clause = raw.replace(/[\s"“”'‘’（）()【】]/g, '').replace(CONTENT_LABEL, '');
    // 维权部全员在岗 (round 59, fcd; t61a F4: dropped for the name): the unit named is whom the finding is of, kept with it.
    const named = names.some((n) => clause.includes(n)) && !PRESENCE_FINDING.test(clause);
    // 发现2个问题已当场反馈何平主任 (round 57, fef; t59a F5: the whole result dropped for the name): what was found is kept, the
    // words from 已/并/当场 反馈… on, naming the side checked, are left out.
    const found = named ? clause.slice(0, Math.max(0, clause.search(TOLD_SOMEONE))) : clause;
    if (named && (found.length < 2 || names.some((n) => found.includes(n)) || !RESULT.test(found))) continue;
    if (setApart || found.length < 2 || found.includes(MASK) || NOTHING_FOUND.test(found) || NEWS.test(found)) continue;
    if (found !== clause) {
      kept.push(found);
      continue;
    }
    if (!RESULT.test(clause) && !PRESENCE_FINDING.test(clause) && !CONTENT_LABEL.test(raw.replace(/[\s]/g, ''))) continue;
    kept.push(clause.replace(/[:]/g, '：'));
  }
  if (kept.length === 0) return undefined;
  const note = kept.join('，');
  return note.length <= NOTE_MAX ? note : `${note.slice(0, NOTE_MAX - 1)}…`;
}

/**
 * Whether `note` is made of a check's result clauses (checkResultNote's): every 「，」-part tells a result or is a short
 * remark of its own (公务接待), or is the check's subject (checkSubject), so the note is kept whole where a note of several clauses is otherwise none.
 */
export function isCheckResultNote(note: string): boolean {
  // 检查…补贴发放情况；各部门共5人 (t52b F8's message: a joint check's subject beside the split head count): ；-parts too.
  return note.split(/[，；]/).every((part) => RESULT.test(part) || PRESENCE_FINDING.test(part) || CHECK_SUBJECT_NOTE.test(part) || (part.length <= 12 && !part.includes(MASK)));
}
