// The one precise question for the first thing a pending report still lacks, with one-tap answers where there are obvious ones.
import { isCheckType, activityTypeName, type ActivityTypeCode } from '../domain/activityTypes.js';
import type { PendingItem } from '../domain/report/followUp.js';
import { button, buttonRow, card, markdown } from '../feishu/cards/cardParts.js';
import { buttonFlow } from '../feishu/cards/completionParts.js';
import type { BotDeps } from './botDeps.js';
import type { Duty } from '../domain/duty.js';
import { describePending, personLabel } from './describeActivity.js';
import { talkWhoHeld } from './talkWhoHeld.js';
import { organiserQuestion } from './organiserQuestion.js';
import { weekSpan } from '../domain/report/reportWeek.js';
import { waitingTogether } from '../domain/report/waitingTogether.js';
import { datelessListed } from '../domain/report/datelessListed.js';
import { listedDaysQuestion } from './listedDaysQuestion.js';
import { talksAskedAsOne, untypedSigning } from '../domain/report/typedTogether.js';
import { whomAskedTogether } from '../domain/report/whomAskedTogether.js';
import { addDays, weekday as weekdayOf0 } from '../domain/shanghai.js';

const answer = (text: string) => ({ action: 'answer', text });
const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'] as const;
/** 2026-11-23 → 11月23日. */
const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
/**
 * The example day offered for a month the message named (month 'YYYY-MM'): the 20th, or in the current month a day
 * that has already come (round 29 t29: 「本月…」 on 12-03 was asked with the example 「12月20日」, a day the bot refuses).
 */
const monthExample = (month: string, today: string) => (today.startsWith(month) ? Math.min(20, Number(today.slice(8, 10))) : 20);

/** The month a report named (YYYY-MM) and, after a bare weekday, that weekday's days in it. */
export interface MonthFrame {
  month: string;
  days?: string[];
  weekdayWord?: string;
}

/** The answer a person choice offers when the one meant is none of those listed (typed or tapped). */
export const NOT_LISTED = '不在名单里';

/**
 * The types offered as buttons for 「是哪类活动？」, each with the words that answer it (parseKind reads them back
 * as that type: test/e2e/oneTapAnswers.test.ts taps each). Chosen from what the draft already holds: someone
 * talked to or signed with → talks and 责任书; a title or a head count → the studies; otherwise the commonest kinds.
 */
const TYPE_CHOICES: Record<'withPeople' | 'study' | 'other', readonly [ActivityTypeCode, string][]> = {
  withPeople: [['talk_integrity', '廉政谈话'], ['talk_heart', '谈心谈话'], ['pledge_sign', '签订责任书']],
  study: [['edu_integrity', '廉政教育'], ['edu_warning', '警示教育'], ['edu_lecture', '廉政党课']],
  other: [['talk_integrity', '廉政谈话'], ['talk_heart', '谈心谈话'], ['edu_integrity', '廉政教育'], ['edu_warning', '警示教育'], ['edu_lecture', '廉政党课'], ['meeting_special', '专题会议']],
};

export function typeChoices(draft: PendingItem['draft'], among: readonly ActivityTypeCode[] = [], duties: readonly Duty[] = []): readonly [ActivityTypeCode, string][] {
  // A check of no named kind: the check types the duty catalogue counts, by their catalogue names (parseKind reads them back).
  const fit = among.filter((code) => duties.some((d) => d.types.includes(code)));
  if (fit.length > 0) return fit.map((code) => [code, activityTypeName(code)]);
  if (draft.counterpartIds.length > 0) return TYPE_CHOICES.withPeople;
  if (draft.title !== undefined || draft.attendees !== undefined) return TYPE_CHOICES.study;
  return TYPE_CHOICES.other;
}

/**
 * 「王建国与王强、李娟的这 3 次谈话是哪一类谈话？…」: the one question for several untyped talks (typedTogether), saying
 * that one kind answers them all and how to give each person their own (kindsPerPerson reads it back).
 */
function talksKindQuestion(deps: BotDeps, together: readonly PendingItem[], doerName: string | undefined): string {
  const ids = [...new Set(together.flatMap((i) => i.draft.counterpartIds))];
  const names = ids.map((id) => deps.directory.person(id)?.name ?? id);
  const count = together.reduce((n, i) => n + i.draft.counterpartIds.length, 0);
  const example = names.length > 1 ? `类型不同的，请分别说明，如「和${names[0]}是廉政谈话，和${names[1]}是谈心谈话」。` : '';
  return `${doerName ?? ''}与${names.join('、')}的这 ${count} 次谈话是哪一类谈话？请点选，或回复类型，如「廉政谈话」「谈心谈话」：${count} 次都按这一类记录。${example}`;
}

/**
 * 「孙丽与王强、李娟的这 2 次签字是签订责任书（承诺书）吗？…」 (round 67, ggc): the one question for several signings said
 * with 签了 alone (untypedSigning), one answer typing them all.
 */
function signingsKindQuestion(deps: BotDeps, together: readonly PendingItem[], doerName: string | undefined): string {
  const names = [...new Set(together.flatMap((i) => i.draft.counterpartIds))].map((id) => deps.directory.person(id)?.name ?? id);
  const count = together.reduce((n, i) => n + i.draft.counterpartIds.length, 0);
  return `消息里只写了「签了」。${doerName ?? ''}与${names.join('、')}的这 ${count} 次签字是签订责任书（承诺书）吗？是的请点选或回复「签订责任书」：${count} 次都按这一类记录；不是请回复「取消」。`;
}

/** 中层干部 · 科室骨干 · 全体人员 · 班组成员: words that name a group of people, not one person whose name was not found (a 负责人 is one: 「信访负责人」 stays a name not found). */
const GROUP_WORD = /(?:干部|人员|职工|员工|党员|成员|骨干)$/;

/** 「残疾人康复中心的」: the department the asked record is of (or its doer's), before a group word; '' when none is known. */
function groupOwner(deps: BotDeps, draft: PendingItem['draft']): string {
  const doer = draft.actorId ? deps.directory.person(draft.actorId) : undefined;
  const department = deps.directory.department(draft.departmentId ?? doer?.departmentId ?? '');
  return department ? `${department.name}的` : '';
}

/** Who to ask to add someone to the directory, by name. */
function inspectorNames(deps: BotDeps): string {
  const names = deps.directory.withRole('inspector').map((p) => p.name);
  return names.length > 0 ? `纪检管理员（${names.join('、')}）` : '纪检管理员';
}

/** Whether `ids` offers leaders only (the secretary or 班子成员), at least one: the doer asked is which leader. */
function leadersOnly(deps: BotDeps, ids: readonly string[]): boolean {
  return ids.length > 0 && ids.every((id) => (deps.directory.person(id)?.roles ?? []).some((r) => r === 'leader' || r === 'secretary'));
}

/** Types whose doer leads a check rather than chairs or lectures. */

/** Types someone chairs or lectures. */
const HELD: ReadonlySet<ActivityTypeCode> = new Set(['meeting_special', 'meeting_dept', 'review_analysis', 'edu_lecture']);

/** 「您的警示教育（《警钟长鸣》，18人参加）」: the sender's own item of a several-item message, by its kind and what is known. */
// 「这次警示教育（32人参加）」 when whose it is waits to be asked (round 69, gia): 您的 would say it is the member's own.
function ownItemNamed(item: PendingItem): string {
  const known = [item.draft.title ? `《${item.draft.title}》` : '', item.draft.attendees !== undefined ? `${item.draft.attendees}人参加` : ''].filter((k) => k !== '');
  const whose = item.problems.some((p) => p.code === 'missing_actor' || p.code === 'ambiguous_actor') ? '这次' : '您的';
  return `${whose}${activityTypeName(item.draft.type!)}${known.length > 0 ? `（${known.join('，')}）` : ''}`;
}

/**
 * The card asking what a pending report still lacks. `week`: the week the report (上周…) or an earlier answer (就是上周那次)
 * named, asked in so the member sees it and a tapped weekday is that week's. `month`: the month the report named (上个月,
 * 10月份), and the days a bare weekday answered could be in it, offered as buttons. `senderId`: the member asked, the doer
 * of a record with no actorId, so a day outside a duty's window is said of the duties that are theirs, as the 确认 card
 * after it says it (round 52 fwe, t54a F4: the question said 「不在规定期限…」 of a 责任书 the card then did not).
 */
export function followUpCard(deps: BotDeps, items: PendingItem[], today: string, week?: '上' | '本', month?: MonthFrame, senderId?: string): object {
  const item = items.find((i) => i.problems.length > 0)!;
  const problem = item.problems[0]!;
  // Someone else's record: the question says whose it is, so the member knows which item is meant (found by the tester).
  const doer = item.draft.actorId ? deps.directory.person(item.draft.actorId) : undefined;
  // Talks of one doer and kind waiting for their day are asked as one (round 22 #2: asked once per person), all named.
  // Untyped talks of one message are asked their kind as one too (n25: a clerk's table of three was asked three times).
  // A talk and a signing of one day waiting for whom (round 36: 和谁 asked twice) are asked whom as one too.
  const at = items.indexOf(item);
  // A summary's dateless items of several doers and kinds, its month said (round 69, gic): one question lists them all.
  const listed = problem.code === 'missing_date' && problem.span !== undefined ? datelessListed(items) : undefined;
  const together = (
    listed !== undefined
      ? listed
      : problem.code === 'missing_date'
      ? waitingTogether(items, at)
      : problem.code === 'missing_type'
        ? (talksAskedAsOne(items, at) ?? [at])
        : problem.code === 'missing_counterpart'
          ? whomAskedTogether(items, at)
          : [at]
  ).map((i) => items[i]!);
  // 谈了话，还签了责任书 (round 26, W5): talks and signings asked as one name each person once and every kind.
  const togetherNames = [...new Set(together.map((i) => deps.directory.person(i.draft.counterpartIds[0]!)?.name ?? ''))];
  const togetherKinds = [...new Set(together.map((i) => activityTypeName(i.draft.type!)))];
  // No one named yet (集体廉政谈话，并签订了责任书, round 36): the kinds alone.
  const namedTogether = togetherNames.filter((n) => n !== '');
  const withThem = together.length > 1 && problem.code === 'missing_date' ? `${namedTogether.length > 0 ? `与${namedTogether.join('、')}的` : ''}${togetherKinds.join('和')}` : undefined;
  const whoseNamed = withThem ? `${doer ? doer.name : ''}${withThem}` : doer ? `${doer.name}的${item.draft.type ? activityTypeName(item.draft.type) : '这项活动'}` : undefined;
  // 警示教育｜18人参加 asked a bare 「是哪一天进行的？」 after questions naming whose talk (round 68, ghm; t71b F6): in a message of
  // several items the member's own one is named too — its kind and what is known of it — so every question says its item.
  // 「与王芳、胡军的谈心谈话是哪一天」 asked of the doer herself (round 69, gid; t71c) said not whose: 「您与…」, as ownItemNamed
  // says 「您的…」. The month's question below keeps its 「6月与王建国的…」 (the month leads it).
  const whose = (withThem && !doer ? `您${withThem.startsWith('与') ? '' : '的'}${withThem}` : whoseNamed) ?? (items.length > 1 && item.draft.type ? ownItemNamed(item) : undefined);
  // Several items each show the number 第N条 in a reply is read against (messageEntryItems): a numbered message's own
  // numbers, else the place in the list (round 31f X4: the card named none and the reply's 3 was taken another way).
  const numbered = items.every((i) => i.entry !== undefined);
  const entryOf = (i: PendingItem): string => (items.length > 1 ? `（第${numbered ? i.entry : items.indexOf(i) + 1}条）` : '');
  const understood = listed !== undefined ? `我理解的是：${together.map((i) => `${i.draft.actorId && i.draft.actorId !== senderId ? `活动人 ${personLabel(deps.directory, i.draft.actorId)}｜` : ''}${describePending(deps.directory, deps.duties, i.draft, today, senderId)}${entryOf(i)}`).join('；')}` : `我理解的是：${doer ? `活动人 ${personLabel(deps.directory, doer.id)}｜` : ''}${together.map((i) => describePending(deps.directory, deps.duties, i.draft, today, senderId) + entryOf(i)).join('；')}`;
  const cancel = button('取消', { action: 'answer', text: '取消' });
  let question: string;
  let buttons: object[] = [];
  switch (problem.code) {
    case 'missing_date':
      if (listed !== undefined && problem.span !== undefined) {
        question = listedDaysQuestion(deps, items, listed, problem.span, senderId);
        break;
      }
      // 两次…: every one of them is asked for, never one day recorded and the others lost (a newcomer's finding).
      if (problem.count !== undefined) {
        const name = item.draft.type ? activityTypeName(item.draft.type) : '活动';
        // 「还有」 only for more of the same department's (round 49, fvb: a tally's 宣文部 papers were asked 「还有 2 次」 after
        // 办公室's were answered, as if the rest of those).
        const answered = items.some((i) => i !== item && i.draft.type === item.draft.type && i.draft.date !== undefined && i.draft.departmentId === item.draft.departmentId);
        question =
          problem.count > 1
            ? `${answered ? '还有' : '共'} ${problem.count} 次${name}，分别是哪几天？请列出每一天，如「11月5日、11月19日」。`
            : `还有 1 次${name}是哪一天？请回复日期，如「11月20日」。`;
        if (answered) question += '记不清的，回复「只记这些」只记录已给出日期的。';
        break;
      }
      if (problem.month !== undefined) {
        // 6月和11月分别与王建国、刘芳… (issue 10, round 31: 「与王建国、刘芳的…是哪一天」 asked again and again, no month said):
        // one question a month, naming it and everyone in it, and how to give each their own day or one for all.
        const m = Number(problem.month.slice(5, 7));
        const last = monthExample(problem.month, today);
        // A record with no one talked to (11月工作⏎1.5日对财务科开展检查, r2) is named by its kind alone, not 「与的…」.
        const named = togetherNames.filter((n) => n !== '');
        // The month's question names its item by its people already (ownItemNamed's 「您的…」 would hide them).
        const subject = whoseNamed ?? (named.length > 0 ? `与${named.join('、')}的` : '的') + (item.draft.type ? togetherKinds.join('和') : '这项活动');
        question =
          together.length > 1
            ? `${m}月${subject}分别是哪一天？请按顺序回复每人的日期，如「${m}月${Math.max(1, last - 2)}日、${m}月${last}日」；是同一天的，回复「都是${m}月${last}日」。`
            : `${m}月${subject}是哪一天？请回复日期，如「${m}月${last}日」。`;
        break;
      }
      // 10月下旬 部门集中学习… (round 50, fxd, t52b F7: 今天/昨天 offered, the 10月下旬 not said): the span the entry said is
      // said, with its days, and only days inside it are offered.
      // A whole month the message named as a whole (上个月 · 10月份) keeps the month's question below.
      if (problem.span !== undefined && week === undefined && (month === undefined || (/[旬初中底末]|前/.test(problem.span.said) && (month.days ?? []).length === 0))) {
        const { said, from, to } = problem.span;
        const days = from === to ? monthDay(from) : `${monthDay(from)}—${monthDay(to)}`;
        const middle = addDays(from, Math.floor((Date.parse(to) - Date.parse(from)) / 86_400_000 / 2));
        question = `${whose ?? ''}是哪一天进行的？消息说的是${said}（${days}），请回复日期，如「${monthDay(middle)}」。`;
        const near: [string, string][] = [['今天', today], ['昨天', addDays(today, -1)]];
        buttons = near.filter(([, d]) => d >= from && d <= to).map(([w], i) => button(w, answer(w), i === 0 ? 'primary' : undefined));
        break;
      }
      if (week !== undefined) {
        // Round 21 K1: 「上周…」 asked 「是哪一天？」 and 周三 was stored as this week's; the week is said and its days offered.
        const { monday, sunday } = weekSpan(week, today);
        question = `${whose ?? ''}是${week}周（${monthDay(monday)}—${monthDay(sunday)}）哪一天？请回复如「${week}周三」或日期。`;
        buttons = WEEKDAYS.flatMap((w, i) => (addDays(monday, i) <= today ? [button(`${week}周${w}`, answer(`${week}周${w}`))] : []));
        break;
      }
      if (month !== undefined) {
        // Round 22u A1: 「上个月…」 → 周三 was stored as today; the month is said, and a weekday it has several of is asked again.
        const m = Number(month.month.slice(5, 7));
        const days = month.days ?? [];
        question =
          days.length > 1
            ? `${whose ?? ''}是${m}月的哪个${month.weekdayWord}？${days.slice(0, -1).map((d) => `${Number(d.slice(8, 10))}日`).join('、')}还是${Number(days.at(-1)!.slice(8, 10))}日？`
            : `${whose ?? ''}是哪一天进行的？消息说的是${m}月，请回复日期，如「${m}月${monthExample(month.month.slice(0, 7), today)}日」。`;
        buttons = days.map((d) => button(monthDay(d), answer(monthDay(d))));
        // …其中廉政谈话2次、谈心谈话1次，分别是11月9日、11月16日 (round 59, fcb): the days written fit no count of the tally, so
        // none was given to a record; the question names them, so they are not lost from sight.
        if (problem.written !== undefined && problem.written.length > 0) question = `消息里写了${problem.written.length}个日期（${problem.written.map(monthDay).join('、')}），与次数对不上，不知道哪一次是哪一天。${question}`;
        break;
      }
      question = `${whose ?? ''}是哪一天进行的？请回复日期，如「昨天」「11月20日」。${withThem ? '不是同一天的，请按顺序列出每一天，如「11月3日、11月5日」。' : ''}`;
      buttons = [button('今天', answer('今天'), 'primary'), button('昨天', answer('昨天'))];
      // 11月10日、17日、24日，分别到组联部、康复部… (round 33a): the days written pair with nothing, so the question names
      // them, and each is offered as an answer.
      if (problem.written !== undefined && problem.written.length > 0) {
        question = `消息里写了${problem.written.length}个日期（${problem.written.map(monthDay).join('、')}），与所列的人或部门数量对不上，无法逐一对应。${question}`;
        // One day a button answers one record; a question over several (与周涛、吴静的…) keeps its own, lest one tap put all on it.
        if (!withThem) buttons = problem.written.map((d) => button(monthDay(d), answer(monthDay(d))));
      }
      break;
    case 'future_date':
      question = `${problem.date} 还没到，只能记录已经完成的活动。${whose ?? ''}是哪一天进行的？`;
      buttons = [button('今天', answer('今天'), 'primary')];
      break;
    case 'weekday_conflict': {
      // Round 22u A3: 「11月13日（周四）」 was stored on 11-13, a Friday; the two days are named and offered.
      const [written, other] = problem.dates;
      const label = (d: string) => `${monthDay(d)}（周${WEEKDAYS[(weekdayOf0(d) + 6) % 7]}）`;
      if (problem.offered) {
        // Round 49 (fvd): 「应该是2号或者3号」 offered 2号 alone on a card; both days the member wrote are offered as written.
        question = `${whose ?? ''}写的是「${problem.said}」，是哪一天？请点选或回复日期。`;
        buttons = problem.dates.map((d) => button(label(d), answer(monthDay(d))));
        break;
      }
      question = `${whose ?? ''}写的「${problem.said}」对不上：${monthDay(written)}是周${WEEKDAYS[(weekdayOf0(written) + 6) % 7]}。是${label(other)}还是${label(written)}？`;
      buttons = [button(label(other), answer(monthDay(other))), button(label(written), answer(monthDay(written)))];
      break;
    }
    case 'ambiguous_year': {
      // Round 18: 「10月份漏报的：去年10月22日…」 was stored for last year at once; the two readings are offered.
      const [mine, last] = problem.dates;
      const day = `${Number(mine.slice(5, 7))}月${Number(mine.slice(8, 10))}日`;
      question = `${whose ?? ''}是哪一年的${day}？消息里既有「${Number(mine.slice(5, 7))}月份」或本期的补录，又写了「去年」，请点选年份。`;
      buttons = [button(`${mine.slice(0, 4)}年`, answer(`${mine.slice(0, 4)}年`), 'primary'), button(`${last.slice(0, 4)}年`, answer(`${last.slice(0, 4)}年`))];
      break;
    }
    case 'missing_type': {
      if (problem.disciplinary !== undefined) {
        ({ question, buttons } = disciplinaryQuestion(deps, item, problem.disciplinary));
        break;
      }
      const choices = typeChoices(item.draft, problem.among, deps.duties);
      question = talksAskedAsOne(items, items.indexOf(item)) ? (untypedSigning(item) ? signingsKindQuestion(deps, together, doer?.name) : talksKindQuestion(deps, together, doer?.name)) : `${doer ? `${doer.name}的这项活动` : ''}是哪类活动？请点选，或回复类型，如「${choices.map(([, w]) => w).slice(0, 3).join('」「')}」。`;
      buttons = choices.map(([, words], i) => button(words, answer(words), i === 0 ? 'primary' : 'default'));
      break;
    }
    case 'missing_counterpart': {
      // 又与两位部长签订了责任书, the two not found (round 10): a 责任书 is signed, not talked.
      const signs = together.some((i) => i.draft.type === 'pledge_sign');
      const talks = together.some((i) => i.draft.type !== 'pledge_sign');
      const verb = signs && talks ? '谈话、签订责任书' : signs ? '签订' : '谈';
      question = `${doer ? `${doer.name}是` : ''}和谁${verb}的？请回复姓名（多人用顿号分隔），或 @对方。`;
      // 何平「与中心各科室负责人开展了集体廉政谈话」 (round 59, fce): the directory lists no 科室 under 康复中心, so the group
      // cannot be expanded; the question says so rather than leave the member guessing why it asks.
      const group = problem.groupOf;
      const unitName = group ? deps.directory.department(group.departmentId)?.name : undefined;
      if (group && unitName) question = `通讯录里${unitName}没有下设科室，「${group.text}」无法自动展开。${question}`;
      // 11月18日⇥廉政谈话⇥全体 (round 60, fbe): 全体 is no person; the question says what was read where the people go.
      const all = problem.allWord;
      if (all && !group) question = `${all.inTable ? '表里' : '消息里'}写的是「${all.text}」，是和哪些人${verb}的？请回复姓名（多人用顿号分隔），或 @对方。`;
      if (together.length > 1) question += `上面 ${together.length} 条都按回复的人记录。`;
      // Someone not in the directory (新来的见习生小马, round 20u L15) has a way out: this one is left out, the rest goes on.
      question += `对方不在名单（通讯录）里时请点「${NOT_LISTED}」：${together.length > 1 ? '这几条' : '这一条'}不计入，其余照常。`;
      // 到教育就业部开展廉政谈话 (round 36: only 不在名单里 offered): the people of the department visited, its head first.
      buttons = [
        ...(problem.suggestedIds ?? []).slice(0, 6).map((id) => button(personLabel(deps.directory, id), answer(deps.directory.person(id)?.name ?? id))),
        button(NOT_LISTED, answer(NOT_LISTED)),
      ];
      break;
    }
    case 'unknown_counterpart':
      // Never recorded with a guessed person: the member names them, or gives up, and knows whom to ask.
      // 中层干部 · 科室骨干 (round 33a, A25: 「找不到「中层干部」」 read as a name gone missing): a group word is asked as a group.
      // 李名主任 (round 37 fjf, t36b: only 不在名单里 offered): the directory people one character or sound off, offered as
      // buttons (「是不是李明？」); a tap or 是的 answers, nothing is recorded on the guess.
      if (problem.nearIds !== undefined && problem.nearIds.length > 0 && !GROUP_WORD.test(problem.text)) {
        const near = problem.nearIds.slice(0, 5);
        const named = near.map((id) => personLabel(deps.directory, id));
        // 孙莉副科长 (round 63, gce): the one of that sound holds another title; said, so the tap is made knowingly.
        const unfit = problem.titleSaid !== undefined ? `（消息里写的是「${problem.text}${problem.titleSaid}」，职务对不上）` : '';
        question = `通讯录里找不到「${problem.text}」。是不是${named.length === 1 ? named[0] : `${named.slice(0, -1).join('、')}或${named.at(-1)}`}？${unfit}请点选${near.length === 1 ? '（或回复「是的」）' : ''}；都不是请回复全名。对方不在通讯录中时，这条无法计入台账：请点「${NOT_LISTED}」（这一条不计入，其余照常）或回复「取消」，并请${inspectorNames(deps)}把对方加入名单后再上报。`;
        buttons = [
          ...near.map((id, i) => button(`是不是${deps.directory.person(id)?.name ?? id}？`, answer(deps.directory.person(id)?.name ?? id), i === 0 ? 'primary' : 'default')),
          button(NOT_LISTED, answer(NOT_LISTED)),
        ];
        break;
      }
      question = GROUP_WORD.test(problem.text)
        ? `${groupOwner(deps, item.draft)}${problem.text}是哪几位？请回复姓名（多人用顿号分隔）。其中有人不在名单（通讯录）里时请点「${NOT_LISTED}」（这一条不计入，其余照常），并请${inspectorNames(deps)}把对方加入名单后再上报。`
        : `通讯录里找不到「${problem.text}」。是哪一位？请回复全名。对方不在通讯录中时，这条无法计入台账：请点「${NOT_LISTED}」（这一条不计入，其余照常）或回复「取消」，并请${inspectorNames(deps)}把对方加入名单后再上报。`;
      buttons = [button(NOT_LISTED, answer(NOT_LISTED))];
      break;
    case 'ambiguous_actor':
      question = `「${problem.text}」是哪一位？（主持、主讲或谈话的人）`;
      // 他/她 after a relayed report (m25): the people of the member's last report offered, any other name typed still answers.
      buttons = [
        ...(problem.candidateIds.length > 0 ? problem.candidateIds : (problem.suggestedIds ?? [])).slice(0, 6).map((id) => button(personLabel(deps.directory, id), answer(deps.directory.person(id)?.name ?? id))),
        button(NOT_LISTED, answer(NOT_LISTED)),
      ];
      break;
    case 'missing_actor':
      // A check is led, not chaired (机关纪委对各部室开展明察暗访: one of the inspectors).
      // 宣文部王磊部长…向党组报告了…: a paper or a study is someone's, neither led nor chaired.
      // 班子成员与我签订了责任书 from a head (round 36): whom the signing was with is known, which leader signed is asked.
      question = item.draft.type === 'pledge_sign' && item.draft.counterpartIds.length === 1 && leadersOnly(deps, problem.candidateIds)
        ? `与${deps.directory.person(item.draft.counterpartIds[0]!)?.name ?? ''}签订责任书的是哪位领导？请点选，或回复姓名（记在其名下，您为上报人）。`
        : isCheckType(item.draft.type)
        ? '是谁带队检查的？请回复姓名（记在其名下，您为上报人）。'
        : problem.organiser === true
        ? organiserQuestion(deps, item, problem.candidateIds)
        : HELD.has(item.draft.type ?? 'report_info')
          ? '是哪位领导主持或主讲的？请回复姓名（记在其名下，您为上报人）。'
          : talkWhoHeld(deps, item.draft, problem.candidateIds, senderId) ??
            `这条${item.draft.type ? activityTypeName(item.draft.type) : '活动'}是谁的？请回复姓名（记在其名下，您为上报人；是您本人的请回复您的姓名）。`;
      buttons = problem.candidateIds.slice(0, 6).map((id) => button(personLabel(deps.directory, id), answer(deps.directory.person(id)?.name ?? id)));
      // A doer not in the directory is no answer either (round 20u L15's loop): the way out leaves this one out.
      buttons.push(button(NOT_LISTED, answer(NOT_LISTED)));
      break;
    case 'ambiguous_department': {
      // 到中心康复科室检查 (康复部 or 残疾人康复中心): was named on the card and stored with no department; now asked.
      const names = problem.candidateIds.map((id) => deps.directory.department(id)?.name ?? id);
      question = `「${problem.text}」是哪个部门？${names.map((n, i) => `${i + 1}. ${n}`).join('  ')}。请点选，或回复部门名称或序号。`;
      buttons = names.map((n, i) => button(n, answer(n), i === 0 ? 'primary' : 'default'));
      break;
    }
    case 'ambiguous_counterpart': {
      question = `「${problem.text.replace(/\s+/g, '')}」是哪一位？`;
      // 孙丽副科长 (round 64, gde): the name is one person, the title another's; said, so the tap is made knowingly.
      const named = problem.misfitOf !== undefined ? deps.directory.person(problem.misfitOf) : undefined;
      if (named) question += `（通讯录里${named.name}是${named.title}，职务对不上）请点选，或回复全名。`;
      buttons = [
        ...problem.candidateIds.slice(0, 6).map((id) => button(personLabel(deps.directory, id), answer(deps.directory.person(id)?.name ?? id))),
        button(NOT_LISTED, answer(NOT_LISTED)),
      ];
      break;
    }
  }
  // More than a few buttons wrap on a phone rather than squeeze into one row.
  const row = buttons.length + 1 > 4 ? buttonFlow([...buttons, cancel]) : buttonRow([...buttons, cancel]);
  const elements = [markdown(understood), markdown(`**${question}**`), row];
  // The other records of the same message wait with this one: said, so 取消 is not taken for dropping one item only.
  const others = items.filter((i) => !together.includes(i));
  if (others.length > 0) {
    const list = others.map((i) => `· ${describePending(deps.directory, deps.duties, i.draft, today, senderId)}${entryOf(i)}`).join('\n');
    elements.splice(1, 0, markdown(`同一条消息里还有 ${others.length} 条，回答后一起记录（或确认）：\n${list}`));
  }
  elements.push(markdown(`<font color='grey'>30分钟内回复有效；回复「取消」放弃这条上报${others.length > 0 ? '（整条消息都不记录）' : ''}。</font>`));
  return card('还差一点', 'orange', elements);
}

/** The answer that leaves a disciplinary talk out (continueDialog's notToRecord reads it as this item's drop). */
const LEAVE_OUT = '这条不用记';

/**
 * 「与王强的函询是哪类活动？…」 (round 61, gad; t63b: asked 是哪类活动 with 廉政谈话 first, no word of what a 函询 is here): a
 * talk the message called 函询/诫勉/工作谈话/批评教育 is no talk kind of the duty catalogue (duties.md: 廉政谈话 and its
 * synonyms 约谈/提醒谈话, 谈心谈话). The question says the bot does not count it as a 廉政谈话 by itself, and offers leaving it
 * out first; 廉政谈话 / 谈心谈话 stay, for a member who knows it was held as one.
 */
function disciplinaryQuestion(deps: BotDeps, item: PendingItem, word: string): { question: string; buttons: object[] } {
  const names = item.draft.counterpartIds.map((id) => deps.directory.person(id)?.name ?? id);
  const whom = names.length > 0 ? `与${names.join('、')}的` : '';
  const question =
    `${whom}${word}是哪类活动？「${word}」不是党风廉政建设职责里的谈话（计入的只有廉政谈话、谈心谈话），不会自动按廉政谈话记录：` +
    `不需要记录请点「${LEAVE_OUT}」；如它同时就是一次廉政谈话或谈心谈话，请点选对应类型。`;
  return {
    question,
    buttons: [button(LEAVE_OUT, answer(LEAVE_OUT), 'primary'), button('廉政谈话', answer('廉政谈话')), button('谈心谈话', answer('谈心谈话'))],
  };
}
