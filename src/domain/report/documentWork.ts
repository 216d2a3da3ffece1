// 起草了《2026年度党风廉政建设责任书》 · 印发《…责任书》和《…实施方案》 · 修订完善了责任书文本 (r2, issue 10): read as a
// 签订责任书 with nobody, on a card or at once. Drafting, revising or issuing the paper signs nothing with anyone: such a
// clause is no record of any type, and the bot says so (documentWorkReply, or a remark beside the other deeds).
// A signing told anywhere in the message (与各科室负责人签订… · 会后签订了责任书 · 逐级签订) keeps today's reading.
import type { ParsedReport } from './draft.js';
import { DAY_WORD } from './dayWord.js';
import { normalizeText } from './parseNormalize.js';

/** The paper a signing is about: 责任书 · 承诺书 · 责任状. */
const PLEDGE_PAPER = /责任书|承诺书|责任状/;
/** Work on the paper itself: 起草 · 草拟 · 修订 · 完善 · 印发 · 下发 · 制定 · 编制 · 定稿 · 审定 … */
const PAPER_WORK =
  /起草|草拟|拟定|拟订|拟制|修订|修改|完善|审定|审核|印发|下发|制定|制发|编制|编印|汇编|定稿|校对|细化|更新|征求意见|(?:印|打)制|准备/;
/** A signing: 签订 · 签署 · 签字 · 签了. */
const SIGNED = /签/;
/** A signing asked of others, not done (请各科室负责人签字后交回 · 要求12月10日前签订): no signing told. */
const SIGNING_ASKED = /(?:请|待|要求|督促|通知|以便|便于|准备|拟)[^，,；;。！!？?\n]{0,16}?签/;
/** Another deed of the catalogue around the paper: a check or 考核 of the 责任书 (pledge_check), a meeting, a talk, a study. */
const OTHER_DEED = /检查|考核|督查|谈话|谈心|约谈|会议|召开|学习|观看|党课|述廉|自查|研判|调研/;
/** Still to come (拟于…印发 · 下周印发): a plan, which the plan reading takes as it does today. */
const TO_COME = /将于|将在|准备于|计划|打算|即将|明天|后天|下周|下个?月|待(?:印发|审定|定稿)/;

/** A clause that tells only of work on a pledge paper (drafting, revising, issuing), no signing and no other deed. */
function paperWorkClause(clause: string): boolean {
  const plain = normalizeText(clause);
  return PLEDGE_PAPER.test(plain) && PAPER_WORK.test(plain) && !(SIGNED.test(plain) && !SIGNING_ASKED.test(plain)) && !OTHER_DEED.test(plain) && !TO_COME.test(plain);
}

/** A message read without its clauses of work on a pledge paper, and those clauses for the remark. */
export interface DocumentWork {
  /** The message without those clauses; empty when nothing else was said. */
  text: string;
  /** The clauses as written (trimmed of their ending mark), for the remark or the reply. */
  clauses: string[];
}

/**
 * The clauses of `text` that tell only of drafting, revising or issuing a 责任书/承诺书 (起草了《…责任书》 · 印发《…》和《…》),
 * with the text left without them; undefined when there is none, or when the message tells of a signing anywhere (签…:
 * the paper work is then part of that signing's story, read as today) — except that the paper work is taken out when
 * the signing names the paper itself, and only its own day when the signing names a day and not the paper. A clause here is cut at ，；。！？ and line ends.
 */
export function documentWork(text: string): DocumentWork | undefined {
  const parts = text.split(/(?<=[，,；;。！!？?\n])/);
  const work = parts.filter(paperWorkClause);
  if (work.length === 0) return undefined;
  const signings = parts.filter((c) => SIGNED.test(normalizeText(c)) && !SIGNING_ASKED.test(normalizeText(c)));
  if (signings.length > 0) {
    // …与班子成员签订了责任书，办公室事先起草了责任书文本: the signing names its paper itself, so the paper work goes whole
    // (its 办公室 was taken as one signed with).
    const rest = parts.filter((c) => !paperWorkClause(c)).join('').replace(/[，,；;]\s*$/, '').trim();
    if (PLEDGE_PAPER.test(normalizeText(rest))) return { text: rest, clauses: work.map((c) => c.replace(/[，,；;。！!？?\n]+$/, '').trim()) };
    // 11月12日印发了责任书，11月20日与财务科签订: the paper work is the signing's story and stays for its words (责任书),
    // but its own day would make a second signing on the day of the issuing; it goes, and the signing keeps its day.
    const dated = (c: string) => DAY_WORD.test(normalizeText(c));
    if (!signings.some(dated) || !work.some(dated)) return undefined;
    const undated = parts.map((c) => (paperWorkClause(c) ? c.replace(new RegExp(DAY_WORD.source, 'g'), '').replace(/^[\s，,]+/, '') : c)).join('');
    return { text: undated, clauses: work.map((c) => c.replace(/[，,；;。！!？?\n]+$/, '').trim()) };
  }
  const left = parts
    .filter((c) => !paperWorkClause(c))
    .join('')
    .replace(/^[\s，,；;。]*(?:还|另外|同时|并)?/, '')
    .replace(/[，,；;]\s*$/, '')
    .trim();
  return { text: left, clauses: work.map((c) => c.replace(/[，,；;。！!？?\n]+$/, '').trim()) };
}

/** The sentence naming `clauses` as not recorded: said on the card beside the other deeds, or alone as the reply. */
export function documentWorkRemark(clauses: readonly string[]): string {
  return `「${clauses.join('」「')}」是起草、修订或印发责任书文本，不是签订责任书，未记录`;
}

/** `reports` read without the paper-work clauses, the first saying they were not recorded and why. */
export function withDocumentWorkNoted(reports: ParsedReport[] | null, work: DocumentWork): ParsedReport[] | null {
  if (reports === null || reports.length === 0) return reports;
  const [first, ...others] = reports;
  return [{ ...first!, remarks: [...first!.remarks, documentWorkRemark(work.clauses)] }, ...others];
}
