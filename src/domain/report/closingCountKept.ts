// 「11月10日组织观看警示教育片，11月24日和杨帆谈心，共6人参加」 (m4, issue 10): the closing head count went with the last
// clause, a talk, which counts no heads, and vanished without a word. A closing count no record took is given to the one
// record that can have attendees (the film), on a card that says so, or, with none or several such records, named on the
// card as not recorded — never dropped silently.
import { activityTypeName, isTalkType } from '../activityTypes.js';
import type { ParsedReport } from './draft.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { sentenceTalksWithGroup } from './talkWithGroup.js';

/**
 * …，共6人参加。 · ，一共有12人参加 · ，参加人数8人 · ，共有20人次参加: a closing clause of nothing but a head count (group 1
 * the number, 2 the unit). 参加/参与/参会 or 人次 must be said: 共6人 alone may count the people signed or talked to.
 * Who they were may open it and what they attended close it (。机关全体干部职工共58人参加会议。 after a 会后…谈话 sentence:
 * round 36, t36b F7, the 58 lost with only a generic note).
 * Or a roll call after the verb: ，参会26人 · ，实到26人 · ，应到28人实到26人 (round 33a, A25; group 3 the number of those
 * present, 4 the unit): those present, never those expected.
 */
export const CLOSING_COUNT = /[,，;；。]\s*(?:[\u4e00-\u9fa5、]{2,14}?(?=共|合计|一共|总计))?(?:(?:共有?|共计|合计|一共有?|总计|参加人数|参会人数)\s*(?:为|是)?\s*)?(?:约|近)?\s*(\d{1,4})\s*(人次|人|名)(?:同志|党员|干部)?\s*(?:(?:参加|参与|参会|受教育)了?(?:本次|此次)?(?:会议|大会|活动|学习|培训)?|(?<=人次))\s*[。.!！]?\s*$|[,，;；。]\s*(?:应到(?:会)?(?:人数)?[:：\s]*\d{1,4}\s*[人名]\s*[,，]?\s*)?(?:实际)?(?:实到|参加|参会|到会|出席)(?:会)?(?:人数|人员)?\s*(?:为|是)?[:：\s]*(\d{1,4})\s*(人|名)\s*[。.!！]?\s*$/;

/** A voice message's closing total parted by spaces only (… 11.19和王强谈心谈话 共3人参加): a total word opens it. */
const SPACED_CLOSING = /[ \t\u3000]+(?=(?:共有?|共计|合计|一共有?|总计|参加人数|参会人数)\s*(?:为|是)?\s*(?:约|近)?\s*\d{1,4}\s*(?:人次|人|名)[^\s,，;；。]{0,12}[。.!！]?\s*$)/;

/**
 * `plain` with the spaces before a closing total (共3人参加) written as a comma, as the total is read after one (round 67,
 * ggc: 「11.20组织学习《廉洁自律准则》 11.19和王强谈心谈话 共3人参加」 kept no count and said nothing of it). The same length:
 * the run of spaces becomes a comma and spaces, so positions in it still point where they did.
 */
function withSpacedClosing(plain: string): string {
  const m = SPACED_CLOSING.exec(plain);
  if (!m || /[,，;；。]\s*$/.test(plain.slice(0, m.index))) return plain;
  return `${plain.slice(0, m.index)}，${m[0].slice(1)}${plain.slice(m.index + m[0].length)}`;
}

/**
 * The item a note speaks of, by its kind and day (「廉政教育（11月18日）」): the card's notes stand under all its records, so
 * 「这一项」 beside a talk read as the talk's (round 66, gfb; t68b F7: a study's count said of the 谈话).
 */
function whichItem(r: ParsedReport): string {
  const kind = r.draft.type !== undefined ? activityTypeName(r.draft.type) : '这一项';
  const day = /^\d{4}-(\d{2})-(\d{2})$/.exec(r.draft.date ?? '');
  return day ? `${kind}（${Number(day[1])}月${Number(day[2])}日）` : kind;
}

/** Whether a record of this type counts heads (talks and signings count pairs). */
function countsHeads(r: ParsedReport): boolean {
  return r.draft.type !== undefined && !isTalkType(r.draft.type) && r.draft.type !== 'pledge_sign';
}

/**
 * `reports` read from `text` with a closing head count (，共6人参加) that no record took — none has attendees and no note
 * names it — given to the only record that counts heads, with a remark and 'items' so it is shown for a tap; with no or
 * several such records, the first record's remarks name the count as not recorded and 'leftover' shows the card.
 * One record alone that counts no heads (a talk, a signing) keeps no count: its remarks say so and 'leftover' shows the card.
 * `reports` itself when `text` closes with no count, or some record took it.
 */
export function withClosingCountKept(reports: ParsedReport[], text: string): ParsedReport[] {
  if (reports.length === 0) return reports;
  const closing = CLOSING_COUNT.exec(withSpacedClosing(arabicizeNumerals(text.replace(/《[^》]*》/g, ''))));
  if (!closing) return reports;
  const count = Number(closing[1] ?? closing[3]);
  const said = closing[0].replace(/^[,，;；。]\s*/, '').replace(/[。.!！\s]+$/, '');
  if (count === 0 || reports.some((r) => r.draft.attendees !== undefined || (r.draft.note ?? '').includes(`${count}人`))) return reports;
  // …签订了承诺书，12人参加 (round 42): a signing whose clause the count closed already said it is no head count
  // (parseSegment's talkReports); a record that counts heads takes it all the same, and that word goes.
  const signingSaid = (m: string) => m.includes(`「${count}人」未记为参加人数`);
  const counting = reports.filter(countsHeads);
  // 。会后，张书记与各部室主要负责人进行了集体廉政谈话，共8人参加。 (round 37, t37a F1): the count of the group talked with is
  // the talk's, which counts pairs; the meeting before keeps no count of it.
  const plain = withSpacedClosing(arabicizeNumerals(text.replace(/《[^》]*》/g, '')));
  const talks = reports.filter((r) => r.draft.type !== undefined && isTalkType(r.draft.type));
  if (talks.length > 0 && sentenceTalksWithGroup(plain, closing.index + 1)) {
    const first = talks[0]!;
    const talkedWith = new Set(talks.flatMap((r) => r.draft.counterpartIds)).size;
    // 共9人参加 beside eight heads talked with: who the ninth was is for the member to check, on the card.
    const remark = count === talkedWith ? `「${said}」即谈话对象人数，谈话按对象逐人记录，不另记参加人数` : `「${said}」与谈话对象人数（${talkedWith}人）不一致，未记录人数，请核对谈话对象`;
    return reports.map((r) => (r === first ? { ...r, remarks: [...r.remarks, remark], ...(count === talkedWith ? {} : { reasons: [...new Set([...(r.reasons ?? []), 'leftover' as const])] }) } : r));
  }
  // One talk alone with a count (与胡军谈心谈话，共8人参加): stored at once, the 8 had vanished without a word (m4's doubt).
  // A talk or a signing counts pairs, not heads: the card says the count is not recorded.
  if (reports.length === 1) {
    if (counting.length === 1 || reports[0]!.remarks.some(signingSaid)) return reports;
    const [only] = reports;
    return [{ ...only!, remarks: [...only!.remarks, `「${said}」未记录：谈话、签字按对象逐人记录，不计参加人数`], reasons: [...new Set([...(only!.reasons ?? []), 'leftover' as const])] }];
  }
  if (counting.length === 1) {
    const film = counting[0]!;
    return reports.map((r) => ({ ...r, remarks: r.remarks.filter((m) => !signingSaid(m)) })).map((r, i) =>
      reports[i] === film
        ? { ...r, draft: { ...r.draft, attendees: count }, remarks: [...r.remarks, `「${said}」记为${whichItem(film)}的参加人数（谈话、签字不计参加人数），请核对`], reasons: [...new Set([...(r.reasons ?? []), 'items' as const])] }
        : r,
    );
  }
  if (reports.some((r) => r.remarks.some(signingSaid))) return reports;
  return reports.map((r, i) => ({
    ...r,
    remarks: i === 0 ? [...r.remarks, `「${said}」没有对应到哪一项活动，未记录人数；如需记录请点「修改」填在对应的一项里`] : r.remarks,
    reasons: [...new Set([...(r.reasons ?? []), 'leftover' as const])],
  }));
}
