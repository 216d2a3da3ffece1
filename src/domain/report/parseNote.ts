// What is left of a report once everything understood is masked: a short note, or nothing.
import { MASK } from './parseNormalize.js';
import { onlyOpener, opensApart } from './separateWork.js';

export const NOTE_MAX = 60;

/** Words that carry no information once type, day, people and counts are known. */
const FILLERS = [
  '了', '的', '地', '得', '和', '与', '跟', '同', '对', '向', '在', '于', '给', '为', '把', '将', '及', '以及', '并', '并且',
  '还', '也', '都', '又', '就', '共', '约', '计', '有', '是', '由', '其', '他', '她', '他们', '我', '我们', '本人', '大家', '一起',
  '进行', '开展', '组织', '召开', '举办', '举行', '参加', '参与', '观看', '收看', '学习', '完成', '分别', '同志', '同志们',
  '一次', '一场', '一堂', '一个', '一期', '一轮', '一下', '一次性', '次', '场', '堂', '个', '期', '已', '已经', '刚',
  '上报', '报告一下', '记录', '登记', '补录', '补报', '报', '谈', '谈了', '谈话', '小时', '分钟', '聊', '聊了', '讲', '讲了', '上了', '开', '开了',
  '签', '签订', '签署', '工作', '活动', '情况', '会议', '会', '人员', '面对面', '等', '等人', '各', '位', '名', '人',
  '好', '啦', '哈', '嗯', '吧', '呀', '哦', '啊', '请', '帮忙', '帮我', '集体', '专门', '主持', '带领', '带队', '主讲',
  '全体', '党员', '干部', '职工', '相关', '有关', '关于', '围绕', '结合', '按照', '根据', '深入', '认真', '集中', '专题', '主题',
  '教育', '片', '内容', '这', '那', '此', '该', '本', '中', '里', '后', '时', '单位', '科室', '部门', '机关', '同事',
  '廉政', '廉洁', '党风', '党风廉政建设', '全面从严治党', '从严治党', '主任', '科长', '部长', '书记', '副理事长', '理事长',
  '党组成员', '党组', '班子成员', '负责人', '研究', '部署', '共同', '一同', '现场', '上报如下', '如下', '今年', '本月', '本周',
  '提交', '报告', '以', '为题', '出席', '出席并讲话', '并讲话', '讲话', '参观', '上个月', '上月', '逐一', '到', '又', '一篇', '篇', '份', '一份', '作风', '纪律', '作风纪律', '纪律作风',
];

const FILLER_SET = new Set(FILLERS);
const LONGEST = Math.max(...FILLERS.map((f) => f.length));
const SEPARATORS = new RegExp(`[\\s${MASK},;。!?、:()【】\\[\\]"“”'‘’《》…~\\-—/]+`);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** Longest filler (or digit) starting at i; greedy, so no regex can backtrack. */
function fillerAt(s: string, i: number): number {
  if (isDigit(s[i])) return 1;
  for (let n = Math.min(LONGEST, s.length - i); n > 0; n--) if (FILLER_SET.has(s.slice(i, i + n))) return n;
  return 0;
}

function fillerEndingAt(s: string, j: number): number {
  if (isDigit(s[j - 1])) return 1;
  for (let n = Math.min(LONGEST, j); n > 0; n--) if (FILLER_SET.has(s.slice(j - n, j))) return n;
  return 0;
}

/**
 * Words made of two fillers (及 + 时, 到 + 位, 会 + 计) that are words of their own: trimmed a character at a time they
 * left the remark cut mid-word (发现考勤登记不及时 → 发现考勤登记不), so trimming stops at them.
 */
const WHOLE_WORDS = new Set(['及时', '按时', '准时', '及早', '到位', '会计', '其他', '有序', '时间']);

function trimFillers(s: string): string {
  let i = 0;
  for (let n = fillerAt(s, i); n > 0 && i < s.length && !WHOLE_WORDS.has(s.slice(i, i + 2)); n = fillerAt(s, i)) i += n;
  let j = s.length;
  for (let n = fillerEndingAt(s, j); n > 0 && j > i && !WHOLE_WORDS.has(s.slice(j - 2, j)); n = fillerEndingAt(s, j)) j -= n;
  return s.slice(i, Math.max(i, j));
}

function clip(text: string): string {
  return text.length <= NOTE_MAX ? text : `${text.slice(0, NOTE_MAX - 1)}…`;
}

/**
 * Single characters that are fillers as words of their own but also halves of
 * other words (报 of 报销, 刚 of 黄志刚, 会 of 会计): cut off right next to what
 * is kept, they leave a broken word (销凭证, 黄志), so the fragment is no note.
 */
const WORD_HALVES = new Set([...'报谈聊讲签开会本中里后时到各位名人片次场堂个期份篇刚约计共有其此该这那']);

/** Whether trimming `raw` to `kept` cut a word in two at either end. */
function cutsAWord(raw: string, kept: string): boolean {
  const at = raw.indexOf(kept);
  const before = raw[at - 1];
  const after = raw[at + kept.length];
  return (before !== undefined && (WORD_HALVES.has(before) || isDigit(before))) || (after !== undefined && (WORD_HALVES.has(after) || isDigit(after)));
}

/**
 * Leftover words, trimmed of fillers at both ends (重点谈了财务报销风险 keeps
 * its inner 了). Fragments of one character say nothing, nor do broken words.
 */
export function leftoverNote(rest: string): string | undefined {
  const kept: string[] = [];
  for (const raw of rest.split(SEPARATORS)) {
    const fragment = trimFillers(raw);
    if (fragment.length >= 2 && !cutsAWord(raw, fragment)) kept.push(fragment);
  }
  return kept.length > 0 ? clip(kept.join('，')) : undefined;
}

/** A remark short enough to be one the member meant (节前提醒, 结合案例), or nothing: never fragments of clauses. */
export const REMARK_MAX = 12;

/**
 * Words left over from a type or a title once the rest is read (作风建设 → 建设,
 * 廉政风险自查 → 风险, 机关纪委书记 → 纪委, 接受警示教育 → 接受, 全科人员 → 全科):
 * alone, they are no remark. Seen on the tester's messages (issue 10, rounds 3–6).
 */
const LONE_FRAGMENTS = new Set(['建设', '风险', '风险点', '纪委', '机关纪委', '市纪委', '区纪委', '纪检', '接受', '全科', '全室', '全中心', '全部门', '专项资金', '资金', '督查', '督导', '检查', '自查', '排查', '监督', '落实', '精神', '要求', '提醒', '警示']);
/** 赴市…, 到康复…: a destination cut short. */
const CUT_DESTINATION = /^(?:赴|到|去|前往)[\u4e00-\u9fa5]{0,2}$/;

export function remarkNote(note: string | undefined): string | undefined {
  if (note === undefined || note.includes('，') || note.length > REMARK_MAX) return undefined;
  // 全科开展专项资金: the clause around the type, with its verb, is no remark.
  // 以上工作均由本人负责 (round 38): a closing clause saying who led every item (ALL_LED_CLAUSE) is no remark of one.
  if (LONE_FRAGMENTS.has(note) || CUT_DESTINATION.test(note) || /开展|组织|召开|举办|进行|(?:均|都|全部)由/.test(note)) return undefined;
  return note;
}

/** 强调…, 对下一步工作提出要求, 引导大家…: what a meeting said, in a news item's words, is no remark of the member's. */
const NEWS_WORDS = /强调|要求|指出|引导|推动|部署|会议|号召|进一步|切实/;
const PERSON_TITLE = /书记|理事长|主任|科长|部长|局长|主席|同志/;
/** A list's mark opening or closing what trimming kept: a cut piece of a list, not the member's words. */
const LIST_MARK_AT_END = /^[、&＆/]|[、&＆/]$/;
/** 各部室负责人 · 中心负责人列席 · 班子成员出席: groups of people who attended (the word for who they are left), no remark. */
const ATTENDEE_GROUP = /(?:负责人|负责同志|班子成员|党组成员|中层干部|全体党员)(?:列席|参加|出席|参会|到会)?$|^(?:各|全体)?(?:部室|处室|科室|部门)(?:负责人|负责同志)?$/;
/** 第3、4条 · 第二至四项 (m4: a list's label before its items stored as the lecture's note): the member's numbering, no remark. */
const ITEM_LABEL = /^第[\d一二三四五六七八九十、,，和及至到~-]+[条项点]$/;
/** Fewer characters than this say nothing on their own (节前, 材料, 重点, 分管, 党委). */
const REMARK_MIN = 4;

/**
 * The remark a member set apart in a clause of its own (…，大家很受触动 · …，重点检查公车使用): a clause of
 * `rest` (what is left once type, day, people, titles and counts are masked) in which nothing was
 * understood, trimmed of fillers, 4–12 characters, naming none of `names` (people and departments of the
 * directory), in no news item's words. Exactly one such clause, or nothing: a fragment of a clause the parser
 * read (节前 of 节前作风纪律检查, 分管 of 分管的教育就业部) is never a note.
 */
export function clauseNote(rest: string, names: readonly string[]): string | undefined {
  const found: string[] = [];
  let apart = false;
  for (const clause of rest.split(/[,;。!?:\n]/)) {
    // 另外完成了三季度财务报表 (round 31f F6): a clause set apart by 另外/此外 is work of its own, no remark on this record.
    const setApart = apart || opensApart(clause);
    apart = onlyOpener(clause);
    if (clause.includes(MASK) || setApart) continue;
    const raw = clause.replace(/[\s"“”'‘’()（）【】]/g, '');
    const kept = trimFillers(raw);
    // 孙科长牵头: a person named by surname and title is a person all the same.
    if (kept.length < REMARK_MIN || cutsAWord(raw, kept) || NEWS_WORDS.test(kept) || PERSON_TITLE.test(kept) || names.some((n) => kept.includes(n))) continue;
    // 班子成员、各部室负责人参加会议 → 、各部室 (l3, issue 10 G: stored as the note): trimming stopped at a list's 、, so
    // what is left is a piece of a list of those who attended, cut at a mark — never a remark.
    if (LIST_MARK_AT_END.test(kept) || ATTENDEE_GROUP.test(kept) || ITEM_LABEL.test(kept)) continue;
    // 看完大家还讨论了一下 → 看完大家还讨论 (round 20, M12): a verb cut from its 了/一下 reads clipped; no note then.
    if (/^(?:了|过|一下|一番)/.test(raw.slice(raw.indexOf(kept) + kept.length))) continue;
    found.push(kept);
  }
  return found.length === 1 ? remarkNote(found[0]) : undefined;
}
