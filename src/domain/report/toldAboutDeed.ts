// 我跟何平主任说了和徐辉谈心的事 · 向张书记汇报了11月20日和徐辉谈心的情况 · 把跟刘洋谈心的事跟刘芳副理事长说了 (round 44,
// fqd kind 1: two talks were stored, one with the one told). Telling someone about a talk or signing is no deed with them:
// the one told (何平 · 张书记 · 刘芳) is neither the deed's doer nor anyone it was done with. Only the deed told about is
// read, with its own day or its day asked (the day the telling was done, 昨天跟何平说了…, is not the deed's). The one told
// is named on the record by the report-back remark (reportOnDeed), never silently dropped.
import { perNames } from './directoryNames.js';
import type { ReportOnDeed } from './reportOnDeed.js';

/** A gap inside one clause. */
const C = '[^,，;；。！!？?\\n]';
/** 说了 · 汇报了一下 · 作了简要汇报 · 讲了讲 · 沟通了 · 反映了: telling someone named before it. */
const TOLD = '(?:作了?|做了?|进行了?)?(?:专题|书面|口头|详细|专门|当面|简要|简单|电话)?(说|讲|汇报|报告|通报|反映|沟通|交流|介绍|讲述|提)了?(?:讲|说)?(?:一下|一声|一嘴)?';
/** What the telling was about, after the deed: 的事 · 的情况 · 的有关情况 · 的经过. */
const ABOUT = '(?:的)?(?:有关|相关|具体)?(?:事情?|情况|经过|结果|内容|进展)';
/** The deed told about: a talk or signing with someone (和徐辉谈心 · 与王强廉政谈话 · 与徐辉的谈话 · 找李娟谈话). */
const DEED = /(?:和|与|跟|同|找|对)[^,，;；。!?\n]{1,16}?(?:的)?(?:谈|签|聊)/;
/** The teller's own words before the telling: nothing, 我, when (a day here is the telling's), 已/也/专门. */
const OPENING = `(${C}{0,10}?)`;

/** 我跟何平主任说了和徐辉谈心的事: group 1 opening, 2 the one told, 3 the verb, 4 the deed. */
const TOLD_FIRST = new RegExp(`^${OPENING}(?:跟|和|同|向|给)(${C}{1,12}?)${TOLD}(?:了)?(?:关于)?(${C}{2,40}?)${ABOUT}(?:了)?$`);
/** 告诉何平主任和徐辉谈心的事了: group 1 opening, 2 the one told (a name or post, `who`), 3 the deed. */
const tellFirst = (who: string) => new RegExp(`^${OPENING}告诉了?(${who})(?:了)?(?:关于)?(${C}{2,40}?)${ABOUT}(?:了)?$`);
/** The one told right after 告诉, where nothing else marks where they end: a name (post after it), a post, 领导, 他/她. */
const whoWords = (names: readonly string[]) => `(?:${names.join('|')})(?:同志|副?理事长|党组书记|书记|副?主任|副?部长|副?科长)?|[\u4e00-\u9fa5]?(?:副?理事长|书记|副?主任|副?部长|副?科长)|(?:分管)?领导|他|她`;
/** tellFirst of the names, built once per names array (r49 fvg: built with the 1,000 names for every clause read). */
const tellFirstOf = perNames((names) => tellFirst(whoWords(names)));
/** 把跟刘洋谈心的事跟刘芳副理事长说了 · 和徐辉谈心的情况向何平汇报了: group 1 opening, 2 the deed, 3 the one told, 4 the verb. */
const DEED_FIRST = new RegExp(`^${OPENING}(?:把|将)?(${C}{2,40}?)${ABOUT}(?:跟|和|同|向|给)(${C}{1,12}?)${TOLD}$`);
/** 把和徐辉谈心的事告诉了何平: group 1 opening, 2 the deed, 3 the one told. */
const DEED_TOLD = new RegExp(`^${OPENING}(?:把|将)(${C}{2,40}?)${ABOUT}告诉了?(${C}{1,12}?)(?:了)?$`);

/** A post written after a name: 孙丽科长 · 何平主任 · 王建国副理事长. */
const POST_AFTER = '(?:同志)?(?:副?理事长|党组书记|书记|副?主任|副?部长|副?科长)?(?:同志)?';
// 孙丽向我汇报了11月18日与王强廉政谈话的情况 · 听取了孙丽关于和王强谈心情况的汇报 (round 44, fqd kind 1: a talk with 孙丽,
// the one who told, stored beside 王强's; the day of the hearing given to both): someone telling the sender about their talk
// is a relay of that talk, theirs (孙丽与王强…, read as 孙丽's by the relay readers), its day its own or asked.
/** 孙丽向我汇报了…的情况: group 1 opening, 2 the teller, 3 the verb, 4 the deed. */
const relayTold = (name: string) => new RegExp(`^${OPENING}(${name})${POST_AFTER}(?:向|跟|给|和|对|同)(?:我|本人)${TOLD}(?:了)?(?:关于)?(${C}{2,40}?)${ABOUT}(?:了)?$`);
/** 听取了孙丽关于和王强谈心情况的汇报: group 1 opening, 2 the teller, 3 the deed. */
const relayHeard = (name: string) => new RegExp(`^${OPENING}听(?:取|了)了?(${name})${POST_AFTER}(?:关于|对)?(${C}{2,40}?)(?:的)?(?:有关|相关)?(?:情况|工作情况|事情?)?(?:的)?(?:汇报|报告)$`);

/** Both relay shapes for `names`, built once per names array (issue 14, r50 fxh: joined and compiled with the 1,000 names
 * for every clause read); not global (`exec` keeps no state). */
const relayShapesOf = perNames((names) => ({ told: relayTold(names.join('|')), heard: relayHeard(names.join('|')) }));

/** A post (or body) that names one told without their name: 书记 · 主任 · 领导 · 分管领导 · 刘副理事长. */
const POST = /(?:副?理事长|党组书记|书记|副?主任|副?部长|副?科长|领导|分管领导|纪委|机关纪委)$/;
/** Those who cannot be the one told for this reading: the teller, a whole group, the 党组 (a 向党组报告 of the duties). */
const NOT_TOLD = /我|本人|自己|大家|全体|同志们|党组|们/;

/** Whether `who` names one person or post told (何平主任 · 张书记 · 领导 · 刘副理事长), not 大家 or the sender. */
function toldWords(who: string, names: readonly string[]): boolean {
  if (NOT_TOLD.test(who)) return false;
  return names.some((n) => who.startsWith(n)) || POST.test(who) || /^[他她]$/.test(who);
}

/** The verb for the remark: 汇报 · 报告 · 通报 as said; any chat word (说 · 讲 · 告诉 · 沟通) as 说. */
const remarkVerb = (verb: string | undefined): string => (verb !== undefined && /汇报|报告|通报|反映/.test(verb) ? verb : '说');

/**
 * `text` with each clause that tells someone about a talk or signing (跟X说了…的事 · 向X汇报了…的情况 · 把…的事跟X说了 ·
 * 告诉X…的事) read as the deed told about alone, and who was told, in the shape the report-back remark takes; undefined
 * when no clause is such. The teller must be the sender (nothing or 我 before 跟): 孙丽跟我说了她和王强谈心的事 is a relay,
 * read as it was. A day before the telling is the telling's and goes; the deed keeps its own.
 */
export function withoutToldAbout(text: string, names: readonly string[]): ReportOnDeed | undefined {
  const clauses = text.match(/[^,，;；。！!？?\n]+[,，;；。！!？?\n]?|[,，;；。！!？?\n]/g) ?? [];
  const each: ReportOnDeed['each'] = [];
  const kept = clauses.map((clause) => {
    const mark = /[,，;；。！!？?\n]$/.exec(clause)?.[0] ?? '';
    const body = clause.slice(0, clause.length - mark.length).trim();
    const relay = relayClause(body, names);
    if (relay !== undefined) {
      each.push({ deed: relay.deed, said: `${relay.verb === '说' ? '跟' : '向'}您${relay.verb}`, addressee: '您', people: [], reporter: relay.teller });
      return `${relay.teller}${relay.deed}${mark}`;
    }
    const read = toldClause(body, names);
    if (read === undefined) return clause;
    each.push({ deed: read.deed, said: `${read.verb === '说' ? '跟' : '向'}${read.who}${read.verb}`, addressee: read.who, people: names.filter((n) => read.who.includes(n)) });
    return `${read.own ? '我' : ''}${read.deed}${mark}`;
  });
  if (each.length === 0) return undefined;
  const unique = (xs: string[]) => [...new Set(xs)];
  return {
    text: kept.join(''),
    addressees: unique(each.map((e) => e.addressee)),
    said: unique(each.map((e) => e.said)),
    people: unique(each.flatMap((e) => e.people)),
    reporters: unique(each.flatMap((e) => (e.reporter !== undefined ? [e.reporter] : []))),
    deeds: each.map((e) => e.deed),
    each,
  };
}

/** One clause read as a telling about a deed: the deed, the one told (post kept, 何平主任), the verb, and whether 我 opened it. */
function toldClause(body: string, names: readonly string[]): { deed: string; who: string; verb: string; own: boolean } | undefined {
  const shapes: [RegExp, (m: RegExpExecArray) => { opening: string; who: string; verb?: string; deed: string }][] = [
    [TOLD_FIRST, (m) => ({ opening: m[1]!, who: m[2]!, verb: m[3]!, deed: m[4]! })],
    [tellFirstOf(names), (m) => ({ opening: m[1]!, who: m[2]!, deed: m[3]! })],
    [DEED_FIRST, (m) => ({ opening: m[1]!, deed: m[2]!, who: m[3]!, verb: m[4]! })],
    [DEED_TOLD, (m) => ({ opening: m[1]!, deed: m[2]!, who: m[3]! })],
  ];
  for (const [re, pick] of shapes) {
    const m = re.exec(body);
    if (!m) continue;
    const { opening, who, verb, deed } = pick(m);
    // The teller is the sender: nothing before but 我, when, 已/也/专门 (no one else's name, no deed of its own).
    if (names.some((n) => opening.includes(n)) || /谈|签|查|学|会|课|看/.test(opening)) continue;
    if (!toldWords(who, names) || !DEED.test(deed) || /^[了过]/.test(deed)) continue;
    // 已将与陈静签订…的情况向…汇报: the 已将 the lazy opening left to the deed is the telling's.
    return { deed: deed.replace(/^(?:我们?|本人)?(?:已经?|也|都)?(?:把|将)?/, ''), who: whoNamed(who, names), verb: remarkVerb(verb), own: /我|本人/.test(opening) || /^(?:我|本人)/.test(deed) };
  }
  return undefined;
}

/** One clause read as someone telling the sender about their own talk or signing: the teller's name, the deed, the verb. */
function relayClause(body: string, names: readonly string[]): { teller: string; deed: string; verb: string } | undefined {
  if (!/我|本人|听/.test(body)) return undefined;
  const { told: toldShape, heard: heardShape } = relayShapesOf(names);
  const told = toldShape.exec(body);
  const heard = told ? null : heardShape.exec(body);
  const m = told ?? heard;
  if (!m) return undefined;
  const deed = (told ? m[4] : m[3])!.replace(/^(?:她|他|自己)+/, '');
  if (names.some((n) => m[1]!.includes(n)) || /谈|签|查|学|会|课|看/.test(m[1]!) || !DEED.test(deed) || /^[了过]/.test(deed)) return undefined;
  // 孙丽向我汇报了和我谈心的情况: a talk with the sender is told the other way round; left to the readers as it was.
  if (/我|本人/.test(deed)) return undefined;
  return { teller: m[2]!, deed, verb: told ? remarkVerb(m[3]) : '汇报' };
}

/** The one told as the remark names them: a directory name without its post (何平主任 → 何平), else the words. */
function whoNamed(who: string, names: readonly string[]): string {
  return names.find((n) => who.startsWith(n)) ?? who;
}
