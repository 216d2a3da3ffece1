// 「日期记不清了，11月下旬吧」 to 「…是哪一天进行的？」 (round 67, ggb; t69b A: read as a completion query for 11月, the report
// left waiting unmentioned): a reply that says the day is not remembered, with at most a rough part of a month, gives no day.
// It is no question either: the member is told a day is needed, and how to go on (look it up, 取消 and 补录 later).
import { monthOnlyAnswer } from './monthOnlyAnswer.js';
import { arabicizeNumerals } from './parseNumerals.js';

/** A clause saying the day is not remembered: 日期记不清了 · 具体哪天忘了 · 记不太清 · 不记得是几号了 · 想不起来. */
const FORGOT_CLAUSE =
  /(?:具体)?(?:是)?(?:哪天|哪一天|日期|日子|时间|几号)?(?:我)?(?:也)?(?:记不清|记不太清|记不得|不记得|不太记得|想不起来|忘了|忘记了)(?:了)?(?:具体)?(?:是)?(?:哪天|哪一天|几号|日期|日子)?(?:了)?/g;
/** A hedge before or after a rough time: 大概 · 应该是 · 好像 · 吧 · 左右 · 前后. */
const HEDGE = /反正是?|大概是?|大约是?|应该是?|好像是?|可能是?|差不多是?|估计是?|左右|前后|的样子|吧|呢|啊/g;
/** A rough part of a month said without the month: 下旬 · 月底 · 月中 · 月初 · 中旬. */
const PART_ONLY = /^(?:(?:这个?|本|上个?)月)?(上旬|中旬|下旬|月初|月中|月底|月末|初|底|末)$/;
/**
 * 都是11月份报的 · 均在11月开展的 (round 68, ghb; t70b: 「具体哪天记不清了 都是11月份报的」 was no answer read): every item's month
 * said with its deed after it, the month alone as a rough time (group 1).
 */
const ALL_IN_MONTH = /^(?:都是|都在|均是|均在|全是|全在|都)((?:\d{1,2}月份?|(?:这个?|本|上个?)月)(?:上旬|中旬|下旬|初|底|末|中)?)(?:份)?(?:报送|上报|报|开展|组织|谈|学习|学|开|签|搞|做|检查|查)?的?$/;
/**
 * 就按11月记 · 按11月份算 · 记在11月 · 算11月的 (round 68, lead; t71c F2: 「具体日子记不清了，就按11月记吧」 was read as a 完成情况
 * query and the clerk made days up): the month as the member would have it recorded — still no day (group 1).
 */
const BY_MONTH = /^(?:就|那就|先)?(?:按|算|记在|记到|算在|按照)((?:\d{1,2}月份?|(?:这个?|本|上个?)月)(?:上旬|中旬|下旬|初|底|末|中)?)(?:份)?(?:来)?(?:记|算|填|报)?的?$/;
/** A day the rough part suggests as an example to reply with. */
const EXAMPLE_DAY: Record<string, number> = { 上旬: 5, 初: 5, 月初: 5, 中旬: 15, 中: 15, 月中: 15, 下旬: 25, 底: 28, 末: 28, 月底: 28, 月末: 28 };

/**
 * The reply to `answer` (the member's raw reply to a day question) when it says the day is not remembered or gives only a
 * rough part of a month with a hedge (日期记不清了，11月下旬吧 · 记不清了 月底左右 · 大概下旬吧); undefined when it names a
 * day, says nothing of forgetting, or says anything else. `today` is YYYY-MM-DD in Shanghai (the month of a bare 下旬);
 * `others` how many other records of the message wait beside the one asked (then 「这条不要」 records them without it).
 */
export function dayNotRemembered(answer: string, today: string, others = 0): string | undefined {
  const text = arabicizeNumerals(answer.trim());
  const forgot = FORGOT_CLAUSE.test(text);
  FORGOT_CLAUSE.lastIndex = 0;
  const rough = text.replace(FORGOT_CLAUSE, '').replace(/[\s,，;；。.!！、~～]+/g, '');
  const hedged = HEDGE.test(rough);
  HEDGE.lastIndex = 0;
  const rest = rough.replace(HEDGE, '').replace(ALL_IN_MONTH, '$1').replace(BY_MONTH, '$1');
  // A bare 下旬/月底 is rough only when hedged or beside a forgetting (「月底」 alone may be a later question's answer).
  const part = PART_ONLY.exec(rest);
  const month = part === null && rest !== '' ? monthOnlyAnswer(rest) : undefined;
  if (rest !== '' && month === undefined && !(part !== null && (forgot || hedged))) return undefined;
  if (rest === '' && !forgot) return undefined;
  const thisMonth = Number(today.slice(5, 7));
  const said = month ?? (part !== null ? `${/上个?月/.test(rest) ? '上个月' : `${thisMonth}月`}${part[1]!.replace(/^月/, '')}` : undefined);
  const span = said === undefined ? '' : `您说的是${said}，`;
  const partWord = /上旬|中旬|下旬|初|底|末|中$/.exec(said ?? '')?.[0];
  const m = /^(\d{1,2})月/.exec(said ?? '')?.[1] ?? String(said?.startsWith('上个月') === true ? ((thisMonth + 10) % 12) + 1 : thisMonth);
  const example = `${Number(m)}月${partWord !== undefined ? (EXAMPLE_DAY[partWord] ?? 20) : 20}日`;
  const leaveOut = others > 0 ? `回复「这条不要」先记其余${others}条、不记这一条，` : '';
  return (
    `${span}记录需要具体是哪一天。可以查一下工作笔记、签到表或会议记录，再回复日期（如「${example}」）；` +
    `也可以${leaveOut}${leaveOut ? '或' : ''}回复「取消」放弃这条上报，查到日期后再发「补录：日期＋做了什么」补记。`
  );
}

/**
 * 「月底」 · 「中旬」 · 「下旬」 alone to a day question whose message said its month (`span`, e.g. 11月 of a summary; round 69,
 * gic; t71c: 没能把这条回复读成… with nothing said of what is needed): the rough part is read in that month, and the reply is
 * dayNotRemembered's (「您说的是11月底，记录需要具体是哪一天…」). Undefined for anything else, or with no span.
 */
export function monthPartAlone(answer: string, span: { from: string } | undefined, today: string, others = 0): string | undefined {
  const part = PART_ONLY.exec(answer.trim().replace(/[。.!！\s]+$/, ''));
  if (span === undefined || part === null || /月(?!初|中|底|末)/.test(answer.replace(/^(?:这个?|本|上个?)月/, '月'))) return undefined;
  return dayNotRemembered(`${Number(span.from.slice(5, 7))}月${part[1]!.replace(/^月/, '')}吧`, today, others);
}
