// 「会议部门也是财务科」 · 「学习那条人数是8人」 · 「承诺书的日期是11月26日」 while a 确认 card waits (round 54, fjf; r53 left-alone:
// an item named by its kind, not its number, was not understood): the kind word stands for the one record of that kind.
import type { ActivityTypeCode } from '../activityTypes.js';
import type { PendingItem } from './followUp.js';

/** Kind words a member names an item by, longest first, and the record types each fits. */
const KIND_WORDS: Array<[string, (type: ActivityTypeCode) => boolean]> = [
  ['分管科室会议', (t) => t === 'meeting_dept'],
  ['专题会议', (t) => t === 'meeting_special'],
  ['警示教育', (t) => t === 'edu_warning'],
  ['廉政教育', (t) => t === 'edu_integrity'],
  ['廉政党课', (t) => t === 'edu_lecture'],
  ['廉政谈话', (t) => t === 'talk_integrity'],
  ['谈心谈话', (t) => t === 'talk_heart'],
  ['承诺书', (t) => t === 'pledge_sign'],
  ['责任书', (t) => t === 'pledge_sign'],
  ['警示片', (t) => t === 'edu_warning'],
  ['会议', (t) => t === 'meeting_dept' || t === 'meeting_special'],
  ['学习', (t) => t === 'edu_integrity'],
  ['党课', (t) => t === 'edu_lecture'],
  ['谈话', (t) => t === 'talk_integrity' || t === 'talk_heart'],
  ['检查', (t) => t.startsWith('inspect_')],
  ['自查', (t) => t === 'report_self'],
  ['信息', (t) => t === 'report_info'],
  ['签订', (t) => t === 'pledge_sign'],
];

/** After the kind word: 那条/那个/那次/的, then a field word or the change itself (也是 · 是 · 应该是 · 改成 …). */
const THEN_FIELD = /^(?:那条|那个|那次|那一条|这条|的)?(?=部门|科室|日期|时间|人数|参加人数|对象|活动人|题目|片名|也是|也都是|应该是|应为|改成|改为|是)/;

/**
 * `text` with the kind word it opens with (会议部门也是财务科) put as 第N条 of the one waiting record of that kind
 * (第2条部门也是财务科), or undefined when the text opens with no kind word, or not exactly one record is of that kind
 * (two meetings: the member is left to name the number, as before).
 */
export function itemByKindWord(text: string, items: readonly PendingItem[]): string | undefined {
  const t = text.trim();
  for (const [word, fits] of KIND_WORDS) {
    if (!t.startsWith(word)) continue;
    const rest = t.slice(word.length);
    if (!THEN_FIELD.test(rest)) return undefined;
    const at = items.flatMap((item, i) => (item.draft.type !== undefined && fits(item.draft.type) ? [i] : []));
    return at.length === 1 ? `第${at[0]! + 1}条${rest.replace(/^(?:那条|那个|那次|那一条|这条|的)/, '')}` : undefined;
  }
  return undefined;
}
