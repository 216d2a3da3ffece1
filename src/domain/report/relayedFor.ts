// 李主任让我补一下10月的： · 帮孙科长报一下， · 替何主任补录：: a message opened by someone's request that the sender report their deeds.
import { parseCounterparts } from './parseCounterparts.js';
import { directoryIndex } from './parseDirectoryIndex.js';
import { findKinds } from './parseKind.js';
import { extractTitles } from './parseTraining.js';
import type { ParseContext } from './draft.js';

/**
 * Whose request: X让我/叫我/托我…, X让报 (no 我), X说帮她…, or 帮/替/代/给X…, then the reporting verb (报, 补, 登记, 录, 填,
 * 记 — never the 记 of 书记), up to a colon or comma. 张书记说让我记一下 · 赵敏书记说帮她报一下 were read as the clerk's own
 * talk with the leader who asked, and stored at once (round 28b, K1).
 */
const RELAY_LEAD =
  /^\s*(?:[^,:;。!?\n]{1,12}?(?:(?:让|叫|请|托|要|安排|交代|交待|嘱咐)我|(?:让|叫)(?=报|补|登记|记))|(?:[^,:;。!?\n]{1,12}?说)?我?(?:帮|替|代(?!表))(?![我忙您你大])[^,:;。!?\n]{1,10}?)[^,:;。!?\n]{0,12}?(?:(?<!汇)报|补|登记|(?<!书)记(?![住得])|录|填)[^,:;。!?\n]{0,10}?[:,。;]\s*(?=\S)/;

/**
 * 替吴静部长补录一条11月6日的述责述廉 · 张书记让我报一下他和班子成员都谈了…，时间是… (no colon, the deed in the same breath):
 * a request read only when the clause after it names a kind (round 28b, K1: the doer was asked, or the leader made the
 * clerk's counterpart).
 */
const RELAY_IN_ONE =
  /^\s*(?:[^,:;。!?\n]{1,12}?(?:(?:让|叫|请|托|交代|交待|嘱咐)我|(?:让|叫)(?=报|补|登记|记))[^,:;。!?\n]{0,4}?|我?(?:帮|替|代(?!表))(?![我忙您你大])[^,:;。!?\n]{1,10}?)(?:补录|补报|登记|记录|记一下|(?<!汇)报)(?:一下|一条|一个|下)?/;

/** The request itself, without what the lead goes on to say (帮李主任报一下 of 帮李主任报一下昨天的廉政谈话，). */
const REQUEST = /^\s*(?:[^,:;。!?\n]{1,12}?(?:(?:让|叫|请|托|要|安排|交代|交待|嘱咐)我|(?:让|叫)(?=报|补|登记|记))|(?:[^,:;。!?\n]{1,12}?说)?我?(?:帮|替|代|给)[^,:;。!?\n]{1,10}?)[^,:;。!?\n]{0,6}?(?:报|补|登记|(?<!书)记|录|填)(?:报|录|上|一下|下)?/;

/** Whether a message opens with a request to report someone's deeds (a salutation-like lead that must be kept). */
export function opensWithRelay(text: string): boolean {
  return RELAY_LEAD.test(text) || relayInOne(text) !== undefined;
}

/** The request of a relay said in one breath with its deed (帮X补录一条…的Y), or undefined. */
function relayInOne(text: string): RegExpExecArray | undefined {
  const m = RELAY_IN_ONE.exec(text);
  if (!m) return undefined;
  const clause = /^[^,:;。!?\n]*/.exec(text.slice(m[0].length))![0];
  // 张书记让我报一下我参加的廉政教育: the sender's own deed, asked for, not relayed.
  if (/^(?:我|本人)/.test(clause)) return undefined;
  return findKinds(extractTitles(clause).rest).length > 0 ? m : undefined;
}

/**
 * …让我报一下：11月18日和组联部全体同志集体谈心 (round 28b, K5): a subjectless clause opening with 和 + a whole department
 * left the clerk, a member of it, out of those talked with (read as the clerk's own 和); with 与 it is the asker's talk
 * with everyone in it, as 与组联部全体同志 always was.
 */
const GROUP_AFTER_AND = /(^\s*|[,;。\n]\s*)((?:\d{1,2}月)?\d{1,2}[日号](?:上午|下午)?\s*)?和(?=[^,;。\n和与]{1,12}?(?:全体|所有|每位|每一位|各位))/g;

/** The sender's own department by its short form. */
const OWN_UNIT = /科里|部里|室里|中心|本部门|本科室|本科|本部|我们科|我们部|我们室|部门|科室/;

export interface Relayed {
  /** The message without its opening request. */
  rest: string;
  /** Directory id of the one who asked: their deeds follow. Absent when the request names no one person. */
  personId?: string;
}

/**
 * The opening request of a relayed report, or undefined when the message opens with none. The one who asked is the
 * doer of every item that names no doer and no 我 (found by the tester, round 10: the second item given to the clerk).
 */
export function relayedFor(text: string, ctx: ParseContext): Relayed | undefined {
  const lead = RELAY_LEAD.exec(text);
  const inOne = lead ? undefined : relayInOne(text);
  const m = lead ?? inOne;
  // 张书记让我报一下我参加的活动 · 让我报一下我们科的: the sender's own (or their department's) deeds, asked for, not relayed.
  if (!m || /我(?:的|们|参加|参与|自己)|本人/.test(m[0].replace(/^[^我]*?(?:让|叫|请|托|要|安排|交代|交待|嘱咐)我/, ''))) return undefined;
  // 帮李主任报一下昨天的廉政谈话，…: a request that names the deed itself is part of the report, not only its heading.
  const { titles, rest: words } = extractTitles(m[0]);
  const said = inOne ? text.slice(m[0].length) : titles.length > 0 || findKinds(words).length > 0 ? text.slice(REQUEST.exec(m[0])?.[0].length ?? 0) : text.slice(m[0].length);
  const rest = said.replace(GROUP_AFTER_AND, '$1$2与');
  // 张书记让我报一下他和四位班子成员都谈了…: the one who asked is named in the request itself, before the deed it goes on to.
  const request = REQUEST.exec(m[0])?.[0];
  const asked = request === undefined ? undefined : oneNamed(request, ctx);
  if (asked) return { rest, personId: asked };
  const whole = oneNamed(m[0], ctx);
  if (whole) return { rest, personId: whole };
  // 帮财务科报一下： a department's deeds are its head's; 帮科里报一下： the sender's own department's.
  const index = directoryIndex(ctx.directory);
  const departments = [...new Set([...m[0].matchAll(index.surfaces)].map((x) => index.departmentBySurface.get(x[0])).filter((d) => d !== undefined))];
  const dept = departments.length === 1 ? departments[0]! : OWN_UNIT.test(m[0]) ? ctx.directory.department(ctx.directory.person(ctx.senderId)?.departmentId ?? '') : undefined;
  if (dept) return dept.headId === ctx.senderId ? undefined : { rest, personId: dept.headId };
  return { rest };
}

/** The one person other than the sender that `words` name, or undefined when none, several or a group. */
function oneNamed(words: string, ctx: ParseContext): string | undefined {
  const named = parseCounterparts(words, ctx);
  const others = named.counterparts.filter((c) => c.id !== ctx.senderId);
  return others.length === 1 && named.problems.length === 0 && !named.grouped ? others[0]!.id : undefined;
}
