// Round 40 (t39a F9, F18; t39b F5): a summary or headline over the items that tell its deeds. 「…与科室负责人开展了年底廉政
// 谈话。其中，王建国副理事长于12月1日与李明、孙丽谈话，…」 made four undated talks beside two untyped items; 「教育就业部扎实
// 开展岗位廉政教育。一是11月10日组织…」 asked the lead's day and item 一's doer; a post's headline line 「宣文部召开党风廉政
// 建设专题会议⏎12月2日下午，宣文部召开…」 was a deed of its own asked its type and day. The lead is written as a heading
// with a colon (what the readers after already take as a heading over its items: its kind passes to untyped items, it
// makes no record), and a repeated headline line goes.
import type { Directory } from '../organization.js';
import { findKinds } from './parseKind.js';
import { extractTitles } from './parseTraining.js';
import { sentenceDay } from './sentenceDay.js';
import type { PassEnv } from './textPass.js';

/** 其中 · 具体为 · 具体是 · 分别是 · 一是 opening the sentence after a summary: its breakdown or its first item. */
const BREAKDOWN = /^\s*(?:其中|具体为|具体是|具体如下|分别是|分别为|一是|第一是|(?:一|1)[、.])\s*[,:]?\s*/;

/** A day written in the items (11月10日 · 10日 · 11.10 · 周三 · 昨天): the items tell their own days. */
const DAY = /\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号]|\d{1,2}\.\d{1,2}|周[一二三四五六日天]|[今昨前]天/;

/** A lead with a count or place of its own (参加32人 · 共3次 · 在三楼会议室): a deed told whole, not a headline. */
const OWN_DETAIL = /\d+\s*人|[\d两二三四五六七八九十]+\s*(?:名|位)(?:同志|干部|党员|职工)?参加|参加\s*[\d两二三四五六七八九十]+|(?:^|[^先])(?:共|计)\s*[\d两二三四五六七八九十]+\s*次|《/;

/** An item after 一是 opening with its day and then a verb of no subject (组织 · 开展 · 召开…): the lead's department holds it. */
const DAY_THEN_VERB = /^((?:[一二三四五六七八九十]是|第[一二三四五六七八九十]是|[一二三四五六七八九十\d]+[、.])?\s*)((?:\d{4}年)?\d{1,2}月\d{1,2}[日号](?:上午|下午|晚上)?\s*,?\s*)(?=组织|开展|召开|举办|举行|集中|学习|观看|传达|进行)/;

/** A written day opening the sentence after a lead: 11月23日， · 2026年11月23日上午. */
const DATED_OPENING = /^\s*(?:\d{4}年)?\d{1,2}月\d{1,2}[日号](?:上午|下午|晚上)?\s*,?\s*/;

/**
 * 近日，市残联班子成员深入分管部门开展廉政谈话。11月23日，王建国副理事长与…；11月24日，刘芳副理事长与… (round 43, t44a F4b:
 * the lead read as talks with every 班子成员 or its kind lost, and the second item put on the first item's day): with no
 * 其中 between them, a lead that names the leaders as a group and no one by name, followed by items each opening with a
 * written day and then a doer of their own (a name within a title's length), is a headline over those items as well. An
 * empty match (no words to take out), or null.
 */
function datedDoerOpening(rest: string, lead: string, env: PassEnv): RegExpExecArray | null {
  if (!/(?:班子成员|党组成员|领导班子)/.test(lead) || env.names.some((n) => lead.includes(n))) return null;
  const day = DATED_OPENING.exec(rest);
  if (!day) return null;
  const after = rest.slice(day[0].length, day[0].length + 12);
  if (!env.names.some((n) => after.includes(n))) return null;
  return /^/.exec(rest);
}

/** Whether `s` tells a kind of the catalogue and names no day of its own. */
function undatedKind(s: string, today: string): boolean {
  return findKinds(extractTitles(s).rest).length > 0 && sentenceDay(s, today) === undefined && !DAY.test(s);
}

/** The department `lead` opens with (教育就业部扎实开展… · 宣文部召开…), by the directory's names, or undefined. */
function leadDepartment(lead: string, directory: Directory): string | undefined {
  const words = directory.org.departments.flatMap((d) => [d.name, ...d.aliases]).filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
  const body = lead.replace(/^\s*(?:近日|近期|本月|上月|11月份|\d{1,2}月份?|今年以来)?\s*,?\s*/, '');
  return words.find((w) => body.startsWith(w) && !/^(?:负责人|部长|科长|主任|同志)/.test(body.slice(w.length)));
}

/**
 * `text` (normalised: ASCII `,` `:` `;`) with (1) a first sentence of a line that tells a kind and no day, ended by 。 and
 * followed by 其中/具体为/分别是/一是 items that tell their own days, written as a heading (`lead:` items): it makes no
 * record and its kind passes to items that name none; when it opens with a department (教育就业部扎实开展…), that
 * department is written before each item's day whose deed names no doer (一是教育就业部11月10日组织…), so it is held by
 * the department's head as 「教育就业部11月10日组织…」 is. (2) A first line of a message of several lines with no end mark
 * and no day that the body repeats word for word, or that names no person and only kinds the dated body tells, left out:
 * it is the post's headline. A lead with its own day, count or title, or items of a kind the lead does not tell (two
 * unrelated sentences), is left as it is. `env` gives the directory, names and today.
 */
export function withHeadlineOverItems(text: string, env: PassEnv): string {
  return withoutHeadlineLine(text, env)
    .split('\n')
    .map((line) => lineWithHeading(line, env))
    .join('\n');
}

function lineWithHeading(line: string, env: PassEnv): string {
  // 教育就业部扎实开展岗位廉政教育，一是11月10日…: a comma before 一是 ends a headline as a full stop does.
  const numberedAfterComma = /,(?=\s*(?:一是|第一是)\s*(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]?)/.exec(line);
  const fullStop = line.indexOf('。');
  const stop = numberedAfterComma && (fullStop < 0 || numberedAfterComma.index < fullStop) ? numberedAfterComma.index : fullStop;
  if (stop < 0) return line;
  const lead = line.slice(0, stop);
  const rest = line.slice(stop + 1);
  const marker = BREAKDOWN.exec(rest) ?? datedDoerOpening(rest, lead, env);
  if (!marker || !undatedKind(lead, env.today) || OWN_DETAIL.test(lead)) return line;
  const items = rest.slice(marker[0].length);
  if (!DAY.test(items)) return line;
  // Items of kinds the lead does not tell are deeds beside it (王建国开展廉政谈话。其中11月5日组织了警示教育), unless items
  // are numbered (一是…二是…), which a headline over several kinds of work (扎实开展岗位廉政教育) lists as its own.
  const numbered = /^\s*(?:一是|第一是|(?:一|1)[、.])/.test(marker[0]);
  const leadKinds = findKinds(extractTitles(lead).rest).map((k) => k.code);
  const told = findKinds(extractTitles(items).rest).map((k) => k.code);
  if (!numbered && !told.every((code) => leadKinds.includes(code))) return line;
  const keep = numbered ? marker[0].replace(/[,:]\s*$/, '') : '';
  const dept = numbered ? leadDepartment(lead, env.directory) : undefined;
  // …签订了党风廉政建设责任书。其中，王建国…于11月3日与李明、孙丽签订，…: an item's bare 签订 signs what the lead names.
  const signed = /(?:签订|签署|签)了?([^,;:。]{0,14}?(?:责任书|承诺书))/.exec(lead)?.[1];
  const full = signed === undefined ? items : items.replace(/(签订|签署|签)(了?)(?=\s*(?:[,;。]|$))/g, `$1$2${signed}`);
  const body = `${keep}${full}`;
  const held = dept === undefined ? body : body.split(/(?<=;)/).map((item) => item.replace(DAY_THEN_VERB, `$1${dept}$2`)).join('');
  // 班子成员分别…开展廉政谈话。其中，王建国副理事长于…与李明谈话，刘芳副理事长于…: items opening with their own doer
  // split the group already; the group left in the heading spread each item's people over every leader of it.
  // 11月23日，王建国副理事长与… (t44a F4b): a doer after the item's opening day is the item's own too.
  const opening = DATED_OPENING.exec(items)?.[0].length ?? 0;
  const ownDoers = env.names.some((n) => {
    const at = items.indexOf(n);
    return at >= 0 && at <= opening + 6;
  });
  const heading = ownDoers ? lead.replace(/(?:各|全体)?(?:领导)?(?:班子成员|党组成员)(?:分别|先后|逐一|一一)?/g, '') : lead;
  return `${heading}:${held}`;
}

/** `text` without its first line when that line is the post's headline over the body (see withHeadlineOverItems). */
function withoutHeadlineLine(text: string, env: PassEnv): string {
  const lines = text.split('\n');
  if (lines.length < 2) return text;
  const first = lines[0]!.trim();
  const body = lines.slice(1).join('\n');
  if (first === '' || first.length > 40 || /[。!?;:,]/.test(first) || !undatedKind(first, env.today)) return text;
  // A post's body opens with its day (12月2日下午，宣文部召开…); a body opening with a span (11月以来，…扎实开展…) is a lead of
  // its own over its items, under which the line stays the heading it was read as.
  const opening = body.replace(/^\n+/, '').split(/[。!?;\n]/)[0]!;
  if (sentenceDay(opening, env.today) === undefined) return text;
  // 组织观看警示教育片《围猎》⏎11月20日…《蜕变》: a title the body does not name is another deed, asked its day.
  if (/《/.test(first) && ![...first.matchAll(/《([^》]*)》/g)].every((m) => body.includes(m[1]!))) return text;
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  const repeated = squeeze(body).includes(squeeze(first));
  const kinds = findKinds(extractTitles(first).rest).map((k) => k.code);
  const told = new Set(findKinds(extractTitles(body).rest).map((k) => k.code));
  const titleOnly = !env.names.some((n) => first.includes(n)) && kinds.every((code) => told.has(code));
  if (!repeated && !titleOnly) return text;
  return lines.slice(1).join('\n').replace(/^\n+/, '');
}
