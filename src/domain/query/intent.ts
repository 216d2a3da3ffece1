// Is a message a completion question at all, which filter it asks for, and what is left unrecognised.
import type { LineFilter } from '../completion/status.js';
import { GAP, type Consumed } from './types.js';

/** Other intents own these words, even with a question mark. */
const COMMAND = /^(帮助|help|菜单|撤销|撤回|删除|取消|你好|您好|谢谢|绑定|注册)/i;
/** Asking for a file is the export's or the year-end draft's business, not a completion question. */
// 领导出席 · 指导出台 hold 导出 and ask for no file.
const REQUEST = /(?<![领指督辅引])导出|下载|生成|起草|出一份|写一份|打印|草稿|初稿|台账|台帐|年度总结|年终总结|工作总结|述廉材料/;
const KEYWORD = /完成|进度|进展|逾期|超期|滞后|落后|待办|任务|还差|差什么|缺什么|情况|统计|汇总/;
/**
 * The endings of a spoken question (「…谈完了吧」「…报了没有」「…几次了」「…咋样」「谁还没交」):
 * with something the bot can count (a duty, a person, a department, a period) they make a
 * question even when a verb with 了 reads like a report.
 */
const SPOKEN = /[?？]|吗|吧|呢|了没有?|还没有?(?:[报交做搞开签发]|谈(?!话))|没有[?？。]?$|没$|几(?:次|回|篇|份|场|条|项|个|人次)|多少|咋样|怎样|怎么样|如何|啥|谁|哪(?:些|个|位)|有没有|是否|完了没|做完|谈完|搞完|弄完|签完|讲完|开完|报完|交完|交了没|报了没|签了没/;
/** A message that says when it happened is a report ("今天…谈了"), whatever particle ends it. */
// 刚和何平谈完 (round 13: taken for a question about 谈完): a bare 刚 before the deed dates it too.
const DATED = /今天|昨天|前天|刚才|刚刚|(?<=^|[\s,，我们])刚(?=[和跟与同找给对谈签])|上午|下午|\d{1,2}[月.\/]\d{1,2}[日号]?/;
/** 和何平、王磊谈完，谈心谈话 · 跟王强谈好了: a talk told as done with someone named, which no particle turns into a question. */
const HELD_TALK = /(?:和|跟|与|同|找)[^,，。;；?？]{1,16}?谈(?:完|好|过)了?(?![了]?(?:没|吗|吧|呢|么))/;

/** 「导出…台账」「年度总结呢」: a file is asked for, which the export and year-end intents answer. */
export function isDocumentRequest(text: string): boolean {
  return REQUEST.test(text);
}

/** A spoken question about something the bot can count, never a report of it. */
export function looksLikeSpokenQuestion(text: string, aboutSomething: boolean): boolean {
  if (COMMAND.test(text) || REQUEST.test(text) || !aboutSomething) return false;
  return SPOKEN.test(text) && ((!DATED.test(text) && !HELD_TALK.test(text)) || /[?？]|吗|谁|哪些/.test(text));
}
/** A report ("今天完成了警示教育") says what happened; only a real question mark overrides that. */
const REPORTED = /(进行|开展|召开|组织|举办|签订|签署|讲|报送|参加|学习|观看|完成|提交|开|谈|做)了|今天|昨天|前天|刚才|刚刚/;
const ASKED = /[?？吗]|哪些|多少|怎么样|如何|什么|查询|查看|查一下|看看|看一下/;

export function looksLikeQuery(text: string): boolean {
  if (COMMAND.test(text) || REQUEST.test(text) || !KEYWORD.test(text)) return false;
  return !REPORTED.test(text) || ASKED.test(text);
}

/** "待办" alone, or "我" with words asking what is left ("我上季度还差什么"); "我" itself is left for the person. */
const TODO = /待办事项|待办/;
const MINE_WORDS = /的任务|的工作|还差什么|还差|还有什么没做|还有什么|还有啥没做|还有啥|还有哪些|还要做什么|要做什么|还要做啥|要做啥|还要干啥|要干啥|还要干什么|还剩什么|还剩啥|还剩哪些|该做什么|啥没做|什么没做|哪些没做|的事项|的待办/;
// 「我分管的两个科室还差哪些」 asks about the departments, not the sender's own tasks (found by the tester, round 10).
const SELF = /我(?!们|所?分管)/;
/** Politeness that says "我" without meaning the sender as the subject. */
const POLITE = /请帮我|帮我|帮忙|给我看|给我|我想要|我想|麻烦你|麻烦/;
const OVERDUE = /到期未完成|逾期|超期|过期/;
const BEHIND = /拖后腿|进度慢|滞后|落后/;
/** 「没谈」 is open, but the 谈 of 谈话 belongs to the duty word: 「还有谁没谈话」 still names 谈话. */
const OPEN = /尚未完成|没有完成|没完成|未完成|没[弄搞做干]完|没做|未做|还差|还要[做干](?:啥|什么)|还剩(?:啥|什么|哪些)|差什么|缺什么|欠什么|未落实|没落实|谁还没|还有谁没|谁没|哪些人没|还没(?:[交报做搞开签]|谈(?!话))|没(?:[交报搞开签]|谈(?!话))|未(?:[交报开签]|谈(?!话))/;

export interface Intent {
  filter?: LineFilter;
  mine: boolean;
}

function blankAll(text: string, pattern: RegExp): string {
  return text.replace(new RegExp(pattern.source, 'g'), GAP);
}

export function parseQueryIntent(text: string): Consumed<Intent> {
  const polite = blankAll(text, POLITE);
  const mine = TODO.test(polite) || (SELF.test(polite) && MINE_WORDS.test(polite));
  const filter: LineFilter | undefined = OVERDUE.test(text)
    ? 'overdue'
    : BEHIND.test(text)
      ? 'behind'
      : OPEN.test(text) || mine
        ? 'open'
        : undefined;
  let rest = polite;
  for (const p of [TODO, ...(mine ? [MINE_WORDS] : []), OVERDUE, BEHIND, OPEN]) rest = blankAll(rest, p);
  return { value: { mine, ...(filter ? { filter } : {}) }, rest };
}

/** Words that carry no meaning of their own in a question; longest first so 完成情况 goes before 完成. */
const FILLER_WORDS = [
  // 「哪些部门的信息还没报」: which of all the departments, so the whole unit (its heads' lines name each one).
  '哪几个部门', '哪几个科室', '哪些部门', '哪个部门', '哪些科室', '哪个科室', '哪些部室', '哪个部室', '哪些处室', '哪些单位', '各单位',
  // 「11月份各部室信息报送情况怎么样」 (round 6): 部室 and 中心 are what 残联 call their departments.
  '各部室', '各中心',
  '完成得怎么样', '完成的怎么样', '完成情况', '完成了多少', '完成多少', '完成度', '完成率', '完成了吗', '完成没有', '完成没',
  '跟分管科室负责人', '与分管科室负责人', '和分管科室负责人', '分管科室负责人', '党风廉政建设', '全面从严治党', '党风廉政', '廉政建设', '廉政工作', '全单位',
  // 「咱们单位今年廉政工作落实得咋样」 (a newcomer: 没能识别「咱们单位」「廉政」): the whole unit, as 全单位.
  '咱们单位', '我们单位', '本单位', '咱单位', '党组', '各科室', '各部门', '各处室', '所有人', '所有', '全部', '整体', '总体', '各项',
  // 「第四季度我们的完成率多少」「这个季度大家谈话谈得怎么样了」 (a newcomer: 没能识别「我们」「大家」「谈得」): the asker's
  // own default scope (全单位 for the secretary, a head's department), as if no one were named.
  '我们', '咱们', '大家', '谈得', '做得', '搞得', '干得', '开得', '落实得', '年底前', '年前',
  '帮我', '帮忙', '给我', '我想', '请问', '麻烦', '查一下', '查一查', '看一下', '看一看', '看下', '查查', '看看', '查询', '查看',
  '统计', '汇总', '一下', '情况', '怎么样', '如何', '进度', '进展', '完成', '多少', '哪些', '什么', '目前', '现在', '当前',
  '截至', '截止', '为止', '任务', '工作', '事项', '开展', '落实', '执行',
  '那边', '这边', '那里', '这里', '方面', '同志', '领导', '都谈完了', '谈完了', '做完了', '搞完了', '弄完了', '都完了',
  // 「责任书都签完了吗」 (round 12: 签完 left unread, so 这个问题我还回答不了).
  '签完了', '签完', '讲完了', '开完了', '报完了', '交完了', '签了没有', '签了没',
  '搞了没有', '搞了没', '报了没有', '报了没', '交了没有', '交了没', '谈了没有', '谈了没', '开了没有', '开了没',
  '有没有', '了没有', '没有', '几次了', '几次', '几回', '几篇', '几份', '几场', '几条', '几项', '几个', '几人次', '咋样', '怎样', '是否', '报了', '交了', '搞了', '开了', '谈了',
  '签订', '签署', '签了', '怎么', '啥', '谁', '达标', '到位', '进行', '组织', '召开', '搞', '报', '交',
];
/** Particles are only trimmed from the ends of what is left, so they never cut a name (宣传中心) in two. */
const PARTICLES = new Set('的了吗呢啊呀吧请想还有是都和与及在中里要做该看查下个些没已过'.split(''));
const SEPARATORS = /[\s,，.。!！?？、;；:：~～"“”'‘’()（）【】\[\]《》<>-]+/g;

function trimParticles(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && PARTICLES.has(word[start] as string)) start++;
  while (end > start && PARTICLES.has(word[end - 1] as string)) end--;
  return word.slice(start, end);
}

/** What remains after every recognised part is blanked: the words the bot could not place. */
export function leftovers(text: string): string[] {
  let rest = text.replace(SEPARATORS, GAP);
  for (const word of FILLER_WORDS) rest = rest.split(word).join(GAP);
  return rest
    .split(GAP)
    .map(trimParticles)
    .filter((w) => w.length >= 2);
}
