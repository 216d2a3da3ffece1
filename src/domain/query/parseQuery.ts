// parseQuery: a completion question in Chinese ("办公室本季度完成情况", "我还差什么") → view, scope, filter.
import { activityTypeName, type ActivityTypeCode } from '../activityTypes.js';
import type { LineFilter } from '../completion/status.js';
import type { Scope } from '../completion/types.js';
import type { Duty } from '../duty.js';
import { currentPeriod, type Period } from '../period.js';
import { countAsked } from './countAsked.js';
import { parseQueryDuties } from './duty.js';
import { isDocumentRequest, leftovers, looksLikeQuery, looksLikeSpokenQuestion, parseQueryIntent } from './intent.js';
import { parseQueryPeriod, unreadablePeriod } from './period.js';
import type { ParsedQuery, QueryContext } from './types.js';
import { parseQueryWho, parseRoleWord, type WhoResult } from './who.js';

export type { ParsedQuery, QueryContext } from './types.js';

/** Full-width digits and letters as typed on phones; Feishu's @mention keys are not words. */
/** Slips of the pinyin keyboard seen in real questions: 完成清况, 进渡, 完城. */
const TYPOS: [RegExp, string][] = [
  [/清况|情形/g, '情况'],
  [/进渡/g, '进度'],
  [/完城|完陈/g, '完成'],
  [/任物/g, '任务'],
];

function normalize(text: string): string {
  let out = text
    .replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/@_user_\d+/g, ' ')
    .replace(/\s+/g, '')
    .trim();
  for (const [typo, word] of TYPOS) out = out.replace(typo, word);
  return out;
}

/** A single day: 11月20日, 11月20号. */
const ONE_DAY = /(\d{1,2})月(\d{1,2})[日号]/;

/** The name people use for a type in a question (签订责任书/承诺书 → 签订责任书). */
function typeWordOf(code: ActivityTypeCode): string {
  return activityTypeName(code).split('/')[0]!;
}

const FILTER_TEXT: Record<LineFilter, string> = { open: '只看未完成', overdue: '只看逾期', behind: '只看滞后和逾期' };

interface Subject {
  scope: Scope;
  name: string;
}

function subjectOf(who: WhoResult, secretaryName: string | undefined, ctx: QueryContext, mine: boolean): Subject {
  const self: Subject = { scope: { kind: 'person', personId: ctx.senderId }, name: '你' };
  if (mine) return self;
  if (who.person && !who.self) return { scope: { kind: 'person', personId: who.person.id }, name: who.person.name };
  if (who.group) return { scope: { kind: 'group', ...who.group }, name: who.group.label };
  if (who.department) return { scope: { kind: 'department', departmentId: who.department.id }, name: who.department.name };
  if (who.self) return self;
  const secretary = ctx.directory.secretary();
  if (secretaryName && secretary) return { scope: { kind: 'person', personId: secretary.id }, name: secretary.name };
  return { scope: { kind: 'all' }, name: '全单位' };
}

function withDuties(scope: Scope, duties: readonly Duty[]): Scope {
  if (duties.length === 0) return scope;
  const ids = duties.map((d) => d.id);
  if (scope.kind === 'all') {
    const [first, ...more] = ids as [string, ...string[]];
    return more.length > 0 ? { kind: 'duty', dutyId: first, dutyIds: more } : { kind: 'duty', dutyId: first };
  }
  return { ...scope, dutyIds: ids };
}

function understoodText(q: { view?: Period; subject: Subject; duties: readonly Duty[]; filter?: LineFilter; mine: boolean }): string {
  const duties = q.duties.length > 0 ? q.duties.map((d) => d.name).join('、') : '';
  const filter = q.filter && !(q.mine && q.filter === 'open') ? `（${FILTER_TEXT[q.filter]}）` : '';
  if (q.mine) {
    const when = q.view ? `${q.view.label}` : '今年以来尚未完成的事项（含已逾期）';
    return `你的待办：${when}${duties ? `，${duties}` : ''}${filter}`;
  }
  const view = q.view as Period;
  return `${view.label}${q.subject.name}的${duties ? `${duties}` : ''}完成情况${filter}`;
}

/**
 * 「廉政党课一共讲了几次」「责任书一共签了多少份」「信息报了几篇」: in a count question, how much and the verb of the deed
 * are no words left unread (found by a tester: answered 这个问题我还回答不了).
 */
const COUNT_FILLER = /^(?:一共|总共|共计?|累计|总计|合计|目前|现在|到现在|截至目前|已经?|都)*(?:讲|签|报|开|搞|办|组织|开展|谈|进行|学|学习|发|上报|报送|交|提交|看|观看|召开|召|检查|查|做|写)?(?:了|过)?$/;

/**
 * Null when the message is not a completion question (a report, 帮助). Otherwise the
 * query, with `unplaced` naming what looked meaningful but matched nothing, so the
 * bot can say what it understood rather than guess.
 */
/**
 * 「@清风 今年分管部门的责任书都签完了吗？」 typed in a private chat (round 12): an @word at the start that names no one
 * of the directory addresses the bot as text, not as a mention, and is no word of the question.
 */
function withoutTypedBotMention(text: string, ctx: QueryContext): string {
  const m = /^\s*@([^\s@]{1,12})\s*/.exec(text);
  if (!m || m[1]!.startsWith('_user_')) return text;
  const d = ctx.directory.org;
  const names = [...d.people.map((p) => p.name), ...d.departments.flatMap((x) => [x.name, ...(x.aliases ?? [])])];
  return names.some((n) => m[1]!.includes(n) || n.includes(m[1]!)) ? text : text.slice(m[0].length);
}

export function parseQuery(text: string, ctx: QueryContext): ParsedQuery | null {
  const clean = normalize(withoutTypedBotMention(text, ctx));
  if (isDocumentRequest(clean)) return null;
  const intent = parseQueryIntent(clean);
  const period = parseQueryPeriod(intent.rest, ctx.now);
  const who = parseQueryWho(period.rest, ctx.directory, ctx.senderId);
  const duties = parseQueryDuties(who.rest, ctx.duties);
  const named = who.value.person || who.value.department || who.value.group || who.value.self;
  const role = named ? undefined : parseRoleWord(duties.rest, ctx.directory);
  const rest = role?.rest ?? duties.rest;
  const badPeriod = period.value ? undefined : unreadablePeriod(rest);
  const asksCount = countAsked(who.rest) !== undefined;
  const unplaced = [
    ...leftovers(badPeriod ? rest.split(badPeriod).join('｜') : rest).filter((w) => !(asksCount && COUNT_FILLER.test(w))),
    ...(who.value.ambiguous ? [`${who.value.ambiguous}（有同名，请说明科室）`] : []),
  ];
  const periodOnly = period.value !== undefined && leftovers(period.rest).length === 0;
  const about = !!intent.value.filter || intent.value.mine || duties.value.length > 0 || !!named || !!role?.value || !!who.value.ambiguous || !!who.value.noGroup || period.value !== undefined || !!badPeriod;
  // 「财务那边」「周部长那边」: someone's side, asked after; a bare name may be the answer to a pending question.
  const sideOnly =
    unplaced.length === 0 && ((!!(named || role?.value) && /那边|那里|这边|方面/.test(clean)) || !!who.value.roleGroup);
  const mineAsked = intent.value.mine && unplaced.length === 0;
  if (!looksLikeQuery(clean) && !periodOnly && !sideOnly && !mineAsked && !looksLikeSpokenQuestion(clean, about)) return null;

  const { mine, filter } = intent.value;
  const subject = subjectOf(who.value, role?.value?.name, ctx, mine);
  // 我的任务 looks back over the whole year, so a missed month or half-year stays listed until it is done.
  const view = period.value ?? currentPeriod(mine ? 'year' : 'quarter', ctx.now);
  const understood = understoodText({
    ...(period.value || !mine ? { view } : {}),
    subject,
    duties: duties.value,
    ...(filter ? { filter } : {}),
    mine,
  });
  // 「王建国11月20日谈话情况」: one day is no period a duty is counted over; said as such, not as 「无法按「11月」统计」.
  const oneDay = period.value ? undefined : rest.match(ONE_DAY);
  const firstType = duties.value[0]?.types[0];
  const cannot = oneDay
    ? `完成情况按月、季度、半年或全年统计，不能只看「${oneDay[0]}」一天。可以问「${oneDay[1]}月完成情况」；要看那天有哪些记录，可以问「${oneDay[1]}月${firstType ? typeWordOf(firstType) : '谈话'}几次了」，明细里有每条记录的日期。`
    : badPeriod
    ? `暂时无法按「${badPeriod}」统计。可以这样问：本季度、上半年、1-10月、前两个季度、今年以来、上个月、2025年。`
    : who.value.noGroup
      ? `${who.value.noGroup}。您可以问「我的完成情况」或「我的任务」。`
      : undefined;
  const counted = mine ? undefined : countAsked(who.rest);
  return {
    view,
    scope: withDuties(subject.scope, duties.value),
    ...(counted ? { count: { types: counted, view: period.value ?? currentPeriod('year', ctx.now) } } : {}),
    ...(filter ? { filter } : {}),
    ...(mine ? { mine } : {}),
    understood,
    ...(unplaced.length > 0 ? { unplaced } : {}),
    ...(cannot ? { cannot } : {}),
  };
}
