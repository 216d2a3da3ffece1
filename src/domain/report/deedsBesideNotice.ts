// 「通知：请各部室于12月10日前报送年度述责述廉报告。另，12月2日张书记已主持召开党风廉政建设专题会议，会议纪要另发。」 (round 49,
// fvf kind 2: the whole message read as a notice, the meeting held dropped without a word): a notice may carry a deed
// already done beside the papers it asks for; the sentences saying a deed done on a day gone are read, the asks are not.
import type { ParsedReport } from './draft.js';
import { saysDeedDone } from './doneDeedAfterPlan.js';

/** Where one sentence of a notice ends. */
const SENTENCE_END = /[。;；!！\n]/;
/** A sentence asking, announcing or telling whom to call: never the deed done, whatever day or 了 it holds. */
const ASKING = /请|务必|定于|联系人|联系电话|要求各|各部室要|届时/;

/** A sentence up to the end of its first clause saying 已 or 了: what follows (…，会议纪要另发) holds no deed, and its 要 no plan. */
function toDoneClause(sentence: string): string {
  const at = sentence.search(/已|了/);
  if (at < 0) return sentence;
  const end = sentence.slice(at).search(/[，,]/);
  return end < 0 ? sentence : sentence.slice(0, at + end);
}

/**
 * The sentences of notice `text` that each say a deed done (已/了 and a day up to `today`, YYYY-MM-DD, as saysDeedDone
 * reads them) and ask nothing, joined in order; undefined when none does, the notice then no report at all.
 */
export function deedsBesideNotice(text: string, today: string): string | undefined {
  const done = text
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !ASKING.test(s) && saysDeedDone(toDoneClause(s), today));
  return done.length === 0 ? undefined : `${done.join('。')}。`;
}

/**
 * `reports` read from the deeds beside a notice, the first one's card saying the notice itself (请…报送) was not recorded,
 * so nothing the member wrote goes unmentioned; shown for a tap.
 */
export function withNoticeNoted(reports: ParsedReport[] | null): ParsedReport[] | null {
  if (reports === null || reports.length === 0) return reports;
  const [first, ...others] = reports;
  const remark = '消息中的通知（请他人报送材料或参会）不是已完成的活动，未记录；只记录了已开展的活动';
  return [{ ...first!, remarks: [...first!.remarks, remark], reasons: [...new Set([...(first!.reasons ?? []), 'leftover' as const])] }, ...others];
}
