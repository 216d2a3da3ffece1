// 「会议部门也是财务科」 · 「学习那条人数是8人」 · 「承诺书的日期是11月26日」 while a 确认 card waits (round 54, fjf; r53 left-alone:
// an item named by its kind, not its number, was not understood): the kind word stands for the one record of that kind.
import type { ActivityTypeCode } from '../activityTypes.js';
import type { PendingItem } from './followUp.js';

/** Kind words a member names an item by, longest first, and the record types each fits. */
const KIND_WORDS: Array<[string, (type: ActivityTypeCode) => boolean]> = [
  ['分管科室会议', (t) => t === 'meeting_dept'],
  ['报送信息', (t) => t === 'report_info'],
  ['信息报送', (t) => t === 'report_info'],
  ['廉政信息', (t) => t === 'report_info'],
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
// 学习那条不要人数 (round 57, fec): a field taken off, never the record (学习那条不要 is a drop, another reader's).
const THEN_FIELD = /^(?:那条|那个|那次|那一条|这条|的)?(?=部门|科室|日期|时间|人数|参加人数|对象|活动人|题目|片名|也是|也都是|应该是|应为|改成|改为|是|(?:不要|去掉|删掉|删除|没有)(?:题目|标题|片名|参加人数|人数))/;

/** 那两条 · 这两条 · 两条 · 那几条 · 的两条 after the kind word: several records of it (group 1 how many, 几 for any). */
const SEVERAL = /^(?:那|这|的)?(两|二|三|四|几|[2-9])(?:条|项|个)(?:记录)?(?:都|的)?[,，\s]*/;
const CN_COUNT: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4 };
/** What may follow 那两条: a field, a change, or a field taken off (不要题目 · 去掉人数). */
const SEVERAL_THEN = /^(?:部门|科室|日期|时间|人数|参加人数|对象|活动人|题目|标题|也是|都是|应该是|应为|改成|改为|是|不要|去掉|删掉|删除|没有|把)/;

/**
 * `text` with the kind word it opens with (会议部门也是财务科) put as 第N条 of the one waiting record of that kind
 * (第2条部门也是财务科), or undefined when the text opens with no kind word, or not exactly one record is of that kind
 * (two meetings: the member is left to name the number, as before).
 */
export function itemByKindWord(text: string, items: readonly PendingItem[]): string | undefined {
  const t = text.trim();
  for (const [word, fits] of KIND_WORDS) {
    if (!t.startsWith(word)) continue;
    const at = items.flatMap((item, i) => (item.draft.type !== undefined && fits(item.draft.type) ? [i] : []));
    // 信息报送那两条不要题目和参加人数 (round 57, fec; t59a F3: read as a new 信息报送): every record of the kind, when the
    // number said (两条 · 几条) is how many the card has, put as 第2、3条.
    const several = SEVERAL.exec(t.slice(word.length));
    if (several) {
      const said = CN_COUNT[several[1]!] ?? Number(several[1]);
      const rest = t.slice(word.length + several[0].length);
      return at.length > 1 && (Number.isNaN(said) || said === at.length) && SEVERAL_THEN.test(rest) ? `第${at.map((i) => i + 1).join('、')}条${rest}` : undefined;
    }
    const rest = t.slice(word.length);
    if (!THEN_FIELD.test(rest)) return undefined;
    return at.length === 1 ? `第${at[0]! + 1}条${rest.replace(/^(?:那条|那个|那次|那一条|这条|的)/, '')}` : undefined;
  }
  return undefined;
}
