// 「11月25日带队对财务科开展专项检查，并将检查情况向党组作了汇报」 (round 36, ffa: only a 向党组报告 was stored, at once, the
// check dropped) · 「…与李明进行了廉政谈话，并将谈话情况向张伟书记作了汇报」 (the talk given to 张伟, the one reported to) ·
// 「…作风纪律检查，检查结果已向党组报告」 (a second record, 向党组报告, beside the check). Telling whom a deed was reported to
// afterwards is part of telling that deed: the duty 向党组报告 (duties.md: unit-report) is a 部门负责人's half-year report
// on 全面从严治党 as a whole, never one check's or one talk's result, and the one reported to is neither the deed's doer nor
// anyone it was done with. Such a clause is taken out before reading, and the card or receipt names it as not recorded.
// A 向党组报告 told on its own (11月20日向党组报告了本部门党风廉政建设情况), or about the duty as a whole beside a deed
// (…，并向党组报告了本部门上半年全面从严治党情况), or about a paper that is a duty of its own (自查 · 调研 · 信息 · 述责述廉),
// keeps its reading.
import type { ParsedReport } from './draft.js';
import { activityTypeName } from '../activityTypes.js';
import { parseDay } from './parseDay.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { findKinds } from './parseKind.js';
import { extractTitles } from './parseTraining.js';
import { isOfReportedFamily, reportedFamily, type ReportedFamily } from './reportedDeedFamily.js';

export interface ReportOnDeed {
  /** The message without the clauses that report a deed told before them. */
  text: string;
  /** Whom each such clause reported to (党组 · 机关纪委 · a directory name · 分管领导), once each, in order. */
  addressees: string[];
  /** Each clause's report in the remark's words, once each: 向党组汇报 · 向各部室通报 · 向机关纪委报送. */
  said: string[];
  /** Those of them who are people of the directory (by name). */
  people: string[];
  /** Who made a report the clause names by name (会后，孙丽将整改情况向党组作了汇报), once each; none when unnamed. */
  reporters: string[];
  /**
   * The sentence of the deed each report followed (11月19日带队对维权部开展作风纪律检查，), in order: the remark goes on that
   * deed's record (round 41, t40b F2: it named the list's first item, a meeting, for item 3's check).
   */
  deeds: string[];
  /** Each report apart, in order: the deed's sentence, its words (向党组汇报), whom of the directory it went to, who made it. */
  each: { deed: string; said: string; addressee: string; people: string[]; reporter?: string; family?: ReportedFamily }[];
}

/** A gap inside one clause. */
const C = '[^,，;；。！!？?\\n]';

/** A clause with the mark that ends it (none at the end of the text). */
const CLAUSE = /[^,，;；。！!？?\n]+[,，;；。！!？?\n]?|[,，;；。！!？?\n]/g;

/** Words of the deed whose outcome is reported: 检查情况 · 谈话情况 · 学习情况 · 会议情况 · 有关情况 … */
const DEED_OBJECT = /检查|督查|抽查|巡查|暗访|督导|谈话|谈心|约谈|学习|教育|培训|会议|会|党课|活动|观看|签订|整改|考勤|此次|本次|这次|该次|有关|相关|上述|以上|前述|具体|发现/;
/** What a report on the duty as a whole, or a paper that is a duty of its own, is about: never a deed's follow-up. */
const DUTY_OBJECT = /全面从严治党|主体责任|一岗双责|履职|履责|半年|年度|全年|自查|述责|述廉|述职|调研|信息|简报/;

/** The report on the deed: its outcome (情况 · 结果 · 发现的问题 · 谈话记录 · 检查报告), at most a few words before. */
const OBJECT = `${C}{0,16}?(?:情况|结果|结论|问题|问题清单|记录|内容|报告|材料|意见|建议|要求|措施)`;
/** 作了专题汇报 · 进行了书面报告 · 汇报 · 通报了: reporting to someone named before it. */
const REPORTED = '(?:作了?|做了?|进行了?)?(?:专题|书面|口头|详细|专门|当面|简要|全面)?(?:汇报|报告|通报)了?(?:一下|一声)?';
/** 报 · 报送 · 上报 · 呈报 · 抄送 …: sending to someone named after it. */
// 谈话记录已发给李明主任 · 记录已转发给王磊部长 · 材料已交给黄志刚书记 (round 45, frg: the one the papers went to was stored at
// once as one more talked to): sent, passed on or handed over is sent too.
const SENT = '(?:书面|专题)?(?:报告|报送|上报|呈报|通报|汇报|抄送|抄报|转发|转交|发送|呈送|递交|送|报|发|交|转)(?:给|至|到)?了?';
/** Whom it went to: a body, a post or a person, a few words. */
const ADDRESSEE = `((?:(?!提交|递交|呈|报|汇|通|作了|做了|进行)${C}){1,14}?)`;
/** 备案 · 审阅 after the one sent to. */
const AFTER = '(?:备案|审阅|审核|审定|知悉|参阅)?';
/** 及时 · 已 · 第一时间 between the report and its addressee. */
const WHEN = '(?:及时|第一时间|已经?|均已|也已?|都已?|随即|当即)?(?:于|在)?(?:当天|当日|同日|次日|第二天)?';

/** 将检查情况(及时)向党组作了汇报 · 把谈话情况向张伟书记报告: group 1 the outcome, 2 the one reported to. */
const TO_BEFORE = new RegExp(`^(?:将|把)(${OBJECT})${WHEN}(?:向|给)${ADDRESSEE}${REPORTED}${AFTER}$`);
/** 将学习情况报机关纪委 · 将检查报告报送党组备案. */
const TO_AFTER = new RegExp(`^(?:将|把)(${OBJECT})${WHEN}${SENT}${ADDRESSEE}${AFTER}$`);
/** 将检查情况形成书面报告报送党组. */
const AS_PAPER = new RegExp(`^(?:将|把)(${OBJECT})(?:整理)?形成${C}{0,4}?(?:报告|专报|材料)(?:后)?${WHEN}${SENT}${ADDRESSEE}${AFTER}$`);
/** 检查结果已向党组报告 · 谈话情况已报张书记: the outcome first, then 已/及时. */
const DONE_TO = new RegExp(`^(${OBJECT})(?:已经?|均已|也已?|都已?|及时)(?:于|在)?(?:当天|当日|同日|次日|第二天)?(?:向|给)${ADDRESSEE}${REPORTED}${AFTER}$`);
/** 检查情况已报党组备案 · 学习情况已报送机关纪委. */
const DONE_SENT = new RegExp(`^(${OBJECT})(?:已经?|均已|也已?|都已?|及时)(?:于|在)?(?:当天|当日|同日|次日|第二天)?${SENT}${ADDRESSEE}${AFTER}$`);
/** 形成检查报告报送党组 · 形成书面报告上报机关纪委. */
const PAPER_SENT = new RegExp(`^形成(${C}{0,6}?(?:报告|专报))(?:后)?${WHEN}${SENT}${ADDRESSEE}${AFTER}$`);
/** 向党组作了专题汇报 · 向分管领导汇报了检查情况 · 并向党组报告 · 跟张书记汇报了一下: group 1 the one reported to, 2 what, when said. */
const TO_FIRST = new RegExp(`^${WHEN}(?:向|给|跟|和|同)${ADDRESSEE}${REPORTED}(${OBJECT})?${AFTER}$`);
/** 向党组提交了检查报告 · 向机关纪委报送了检查情况: the paper said, after the one it went to. */
const PAPER_TO = new RegExp(`^${WHEN}(?:向|给)${ADDRESSEE}(?:提交|递交|呈送|呈报|报送|上报)了?(${OBJECT})${AFTER}$`);

// 昨天和徐辉谈了心，已经告诉何平主任了 · …，谈话情况跟何平主任说了 (round 44, fqd kind 1: a second talk, with 何平, on the
// card): telling the deed in chat words (说 · 讲 · 告诉 · 沟通) to someone named is a report-back too; never to 大家 or 们.
/** 说了 · 讲了一下 · 沟通了 · 反映了: the chat words of telling, after the one told. */
const TOLD = '(?:说|讲|反映|沟通|介绍|讲述|提)了?(?:说|讲)?(?:一下|一声|一嘴)?';
/** 跟何平主任说了 · 向刘副理事长讲了谈话情况: group 1 the one told, 2 what. */
const TOLD_FIRST = new RegExp(`^${WHEN}(?:跟|和|同|向)${ADDRESSEE}${TOLD}(${OBJECT})?$`);
/** 告诉何平主任了 · 告诉了书记: group 1 the one told. */
const TOLD_TELL = new RegExp(`^${WHEN}告诉了?${ADDRESSEE}(?:了|一声|一下)?$`);
/** 谈话情况跟何平主任说了 · 检查结果向黄书记汇报了: group 1 what, 2 the one told (no 已 needed, unlike DONE_TO). */
const TOLD_AFTER = new RegExp(`^(${OBJECT})${WHEN}(?:跟|和|同|向)${ADDRESSEE}(?:${TOLD}|${REPORTED})$`);
/** Not one told of a deed: a group (大家 · 全体 · 同志们) or the sender. */
const NOT_TOLD = /大家|全体|们|我|本人|职工|干部|党员/;

/** Words that open the clause without telling a deed: when, who, 并. What is left must be one of the shapes above. */
const OPENING = /^(?:[\s\u0000]|并且?|同时|随后|然后|之后|此后|事后|过后|会后|课后|完了|完事后?|回来后?|回头|(?:检查|谈话|谈心|学习|会议|活动|观看|督查|党课)?(?:结束|完成)?后|[查谈学看开]完(?:后|以后|之后)?|及时|第一时间|已经?|均已|均(?=将|把|向|给)|(?:[两三四几]次|每次)(?:都|均)|也|还|都|又|我们?|本人|我部|我科|我室|(?![向给将把])[\u4e00-\u9fa5]{2,3}(?:副理事长|理事长|书记|主任|部长|科长|同志)(?=将|把|向|给|形成|已|及时))+/;
/** What follows the one who reported, up to the report: 同志 · a post · 将/把/向/给/形成/已/及时. */
const AFTER_REPORTER = /^(?:同志|副?科长|副?部长|副?主任|副?理事长|书记|主任)?(?=将|把|向|给|形成|已|及时|随即|当即)/;

/**
 * The words naming who reported, when `shape` opens with a directory name (a department or post before it allowed:
 * 财务科孙丽 · 科长孙丽) and then the report; undefined otherwise.
 */
function reporterNamed(shape: string, names: readonly string[]): string | undefined {
  for (const n of names) {
    const at = shape.indexOf(n);
    if (at < 0 || at > 8 || !/^[\u4e00-\u9fa5]*$/.test(shape.slice(0, at))) continue;
    const post = AFTER_REPORTER.exec(shape.slice(at + n.length));
    if (post) return shape.slice(0, at + n.length + post[0].length);
  }
  return undefined;
}

/** A clause that only says when the next one happened: 检查结束后 · 会后 · 随后 · 次日. */
const WHEN_ONLY = /^[\s\u0000]*(?:(?:检查|谈话|谈心|学习|会议|活动|观看|督查|党课)?(?:结束|完成)?后|随后|之后|此后|事后|会后|课后|同时|然后|当天|当日|次日|第二天)[\s\u0000]*$/;
/** 并 · 随后 inside a clause: where a report of the deed told before it in the same clause may begin. */
const INNER_LEAD = /并且?(?=将|把|向|给|及时|第一时间|形成)|随后(?=将|把|向|给|形成)/g;

/** 转发给王磊部长了 · 已发给李明主任 (round 45, frg): passed on to someone with nothing said of what, after the deed told. */
const PASSED_ON = new RegExp(`^${WHEN}(?:转发|转交|发送|抄送|报送|转|发|送|交)给${ADDRESSEE}(?:了)?$`);

/** A deed of the catalogue, in words (the check of sample 1 names no kind: 开展专项检查). */
const DEED = /检查|查了|考勤|督查|抽查|巡查|暗访|谈话|谈心|约谈|谈了|学习|学了|观看|会议|召开|开会|党课|教育|培训|签订|签了|签署|研判|座谈|讲座|辅导|警示/;

/**
 * The one reported to, when `tail` (a clause, or its part after 并/随后) reports on the deed told before it; undefined
 * when it is no such report. `ownDayBefore`: the clause names a day of its own.
 */
function reportedTo(tail: string, ownDayBefore: boolean): string | undefined {
  const t = tail.replace(/[。.!！\s]+$/, '');
  // 向其通报了… · 向他反馈: the one the deed was done with, told in the deed itself; 会上向全体党员通报了…: the meeting's content.
  if (/^[^向给跟和同]*(?:向|给|跟|和|同)(?:其|他|她|他们|对方)/.test(t) || /^(?:会上|会议上|会中|课上)/.test(tail)) return undefined;
  // 记录已报给X · 材料已交给X (round 45, frg): the deed's own record or papers, said bare, are of the deed told before.
  const deedObject = (o: string | undefined) => o !== undefined && !DUTY_OBJECT.test(o) && (DEED_OBJECT.test(o) || /^(?:情况|结果|问题|记录|材料)$/.test(o));
  for (const re of [TO_BEFORE, TO_AFTER, AS_PAPER, DONE_TO, DONE_SENT]) {
    const m = re.exec(t);
    if (m && deedObject(m[1]) && !/汇报|报告|情况/.test(m[2]!)) return m[2]!;
  }
  const paper = PAPER_SENT.exec(t);
  if (paper && !DUTY_OBJECT.test(paper[1]!) && !/汇报|报告|情况/.test(paper[2]!)) return paper[2]!;
  const handed = PAPER_TO.exec(t);
  if (handed && deedObject(handed[2])) return handed[1]!;
  const first = TO_FIRST.exec(t);
  // 和张书记通报 is no report up to him; 跟/和/同 only before 汇报/报告.
  if (first && /^[^向给]*(?:跟|和|同)/.test(t) && /通报/.test(t)) return undefined;
  // 向党组作了专题汇报 with nothing said of what: the deed before it, unless it has a day of its own (another report);
  // …向党组报告了本部门全面从严治党情况: the duty's own report.
  if (first && !/汇报|报告|情况/.test(first[1]!) && (first[2] === undefined ? !ownDayBefore : deedObject(first[2]))) return first[1]!;
  const told = TOLD_FIRST.exec(t);
  if (told && !NOT_TOLD.test(told[1]!) && (told[2] === undefined ? !ownDayBefore : deedObject(told[2]))) return told[1]!;
  const passed = PASSED_ON.exec(t);
  if (passed && !NOT_TOLD.test(passed[1]!) && !ownDayBefore) return passed[1]!;
  const tell = TOLD_TELL.exec(t);
  if (tell && !NOT_TOLD.test(tell[1]!) && !ownDayBefore) return tell[1]!;
  const after = TOLD_AFTER.exec(t);
  if (after && deedObject(after[1]) && !NOT_TOLD.test(after[2]!) && !/汇报|报告|情况/.test(after[2]!)) return after[2]!;
  return undefined;
}

/** A directory name with the post written after it (张伟书记 · 王建国副理事长). */
const POST_AFTER = '(?:副理事长|理事长|党组书记|书记|主任|部长|科长|同志)?';

/** The addressee as the remark names it: the words, each directory name in them without its post; 我 is the sender. */
function addresseeName(words: string, names: readonly string[]): string {
  let out = words.replace(/^(?:了|的)/, '').trim();
  for (const n of names) if (out.includes(n)) out = out.replace(new RegExp(`${n}${POST_AFTER}`, 'g'), n);
  return out === '我' || out === '本人' ? '您' : out;
}

/**
 * `text` without the clauses that report a deed told before them to someone (并将检查情况向党组作了汇报 · 检查结果已向党组报告 ·
 * 会后将谈话情况报告了张书记 · 形成检查报告报送党组 · 及时向党组作了专题汇报), and whom they went to; undefined when there is
 * none, or no deed is told before it (向党组汇报了检查情况 alone keeps its reading). A clause that only says when the report
 * was made (检查结束后，) goes with it. `names`: the directory's names, for the remark; `today` (YYYY-MM-DD) reads days.
 */
export function withoutReportOnDeed(text: string, names: readonly string[], today: string): ReportOnDeed | undefined {
  const clauses = text.match(CLAUSE) ?? [];
  const kept: string[] = [];
  const addressees: string[] = [];
  const people: string[] = [];
  const said: string[] = [];
  const reporters: string[] = [];
  const deeds: string[] = [];
  const each: ReportOnDeed['each'] = [];
  let before = '';
  for (const clause of clauses) {
    const mark = /[,，;；。！!？?\n]$/.exec(clause)?.[0] ?? '';
    const body = clause.slice(0, clause.length - mark.length);
    const starts = [0, ...[...body.matchAll(INNER_LEAD)].map((m) => m.index)];
    let cut: { at: number; to: string; verb: string; by?: string } | undefined;
    for (const at of starts) {
      const head = body.slice(0, at);
      const rest = body.slice(at);
      // When and who before the report's shape (随后 · 11月26日 · 我): a day there is the report's own.
      const day = parseDay(arabicizeNumerals(rest), today);
      const plain = day.rest.replace(/\u0000/g, '');
      const opened = plain.slice(OPENING.exec(plain)?.[0].length ?? 0);
      // 会后，孙丽将整改情况向党组作了汇报 (round 38, fkg F1: a 向党组报告 of 张伟's, the paragraph's doer, asked its day): the
      // report-back of someone named, with no post written, is a follow-up all the same, never a paper of the deed's doer.
      const reporter = reporterNamed(opened, names);
      const shape = reporter === undefined ? opened : opened.slice(reporter.length).replace(OPENING, '');
      const to = reportedTo(shape, day.date !== undefined);
      if (to === undefined) continue;
      if (!DEED.test(before + head)) continue;
      const by = reporter === undefined ? undefined : names.find((n) => reporter.includes(n));
      cut = { at, to, verb: /通报/.test(shape) ? '通报' : /汇报/.test(shape) ? '汇报' : /报告/.test(shape) ? '报告' : /说|讲|告诉|沟通|介绍|反映|提/.test(shape) ? '说' : '报送', ...(by !== undefined ? { by } : {}) };
      break;
    }
    if (cut === undefined) {
      kept.push(clause);
      before += clause;
      continue;
    }
    // The deed reported on is told in the sentence (or line) the report closes: what follows the last stop before it.
    const told = (before + body.slice(0, cut.at)).split(/[。！!？?\n;；]/).filter((s) => s.trim() !== '').pop() ?? '';
    deeds.push(told);
    const name = addresseeName(cut.to, names);
    // 并将检查情况向党组作了汇报 (t50b F3): what the report names as reported on, beside the sentence it closes.
    const family = reportedFamily(body.slice(cut.at));
    each.push({ deed: told, said: toldWords(name, cut.verb), addressee: name, people: names.filter((n) => name.includes(n)), ...(cut.by !== undefined ? { reporter: cut.by } : {}), ...(family !== undefined ? { family } : {}) });
    if (!addressees.includes(name)) addressees.push(name);
    for (const n of names) if (name.includes(n) && !people.includes(n)) people.push(n);
    if (!said.includes(toldWords(name, cut.verb))) said.push(toldWords(name, cut.verb));
    if (cut.by !== undefined && !reporters.includes(cut.by)) reporters.push(cut.by);
    const head = body.slice(0, cut.at);
    if (head.trim() !== '') {
      kept.push(head + mark);
      before += head + mark;
      continue;
    }
    // 检查结束后，将…汇报。: the clause that only said when goes with the report.
    if (kept.length > 0 && WHEN_ONLY.test(kept[kept.length - 1]!.replace(/[,，;；。！!？?\n]$/, ''))) kept.pop();
    // A sentence's end mark stays: 「A，并将…汇报。B」 is 「A。B」, never one sentence 「A，B」.
    if (/[。！!？?\n;；]/.test(mark) && kept.length > 0) kept[kept.length - 1] = kept[kept.length - 1]!.replace(/[,，]$/, mark);
  }
  if (addressees.length === 0) return undefined;
  const left = kept.join('').replace(/[,，;；]+(?=[。\n]|$)/g, '').trim();
  if (!DEED.test(left)) return undefined;
  return { text: left, addressees, said, people, reporters, deeds, each };
}

/** The remark's words of one report: 向党组汇报 · 跟何平说 (a chat word is said with 跟). */
const toldWords = (name: string, verb: string): string => `${verb === '说' ? '跟' : '向'}${name}${verb}`;

/** The bodies whose 向…报告 the duty 向党组报告 counts. */
const PARTY_GROUP = /党组/;

/**
 * `reports` read without the clauses that reported their deed to someone, the first record saying so: whom it went to,
 * that it is no record of its own, and, when it went to the 党组, what the 向党组报告 of the duties is instead. No word
 * of the member's but the addressee's name is kept (a talk's card keeps no words of the message).
 */
export function withReportOnDeedNoted(reports: ParsedReport[] | null, r: ReportOnDeed, today: string): ParsedReport[] | null {
  if (reports === null || reports.length === 0) return reports;
  // 1、…检查，检查结果已向党组汇报；2、…谈心谈话，谈话情况已向张书记汇报 (round 41): reports that followed different deeds
  // are each named on their own deed's record.
  const targets = r.each.map((e) => reportedRecordOfFamily(reports, reportedRecord(reports, e.deed, today), e.family));
  if (targets.length > 1 && targets.every((t) => t >= 0) && new Set(targets).size > 1) {
    return reports.map((x, i) => {
      const mine = r.each.filter((_, k) => targets[k] === i);
      if (mine.length === 0) return x;
      const part: ReportOnDeed = { ...r, addressees: unique(mine.map((e) => e.addressee)), said: unique(mine.map((e) => e.said)), people: unique(mine.flatMap((e) => e.people)), reporters: unique(mine.flatMap((e) => (e.reporter ? [e.reporter] : []))) };
      return { ...x, remarks: [...x.remarks, reportRemark(x, part)] };
    });
  }
  // 并将学习情况向党组汇报 after a talk only (t50b F3): the deed reported on is none of the records, so the remark names none.
  const unnamed = targets.length > 0 && targets.every((t) => t === NONE_OF_FAMILY);
  const at = targets.length > 0 && targets.every((t) => t >= 0 && t === targets[0]) ? targets[0]! : 0;
  return reports.map((x, i) => (i === at ? { ...x, remarks: [...x.remarks, reportRemark(x, r, unnamed)] } : x));
}

const unique = (xs: string[]): string[] => [...new Set(xs)];

/** The remark on `first`, the record of the deed reported on: whom it went to, and that it is no record of its own. */
function reportRemark(first: ParsedReport, r: Pick<ReportOnDeed, 'addressees' | 'said' | 'people' | 'reporters'>, unnamed = false): string {
  const kind = first.draft.type !== undefined ? activityTypeName(first.draft.type) : '活动';
  const party = r.addressees.some((a) => PARTY_GROUP.test(a));
  const told = unnamed ? `${r.reporters.join('、')}${r.said.join('、')}了有关情况，` : `${r.reporters.join('、')}${r.said.join('、')}了这次${kind}的情况，算作${kind}的后续，`;
  return party
    ? `${told}未另记「向党组报告」（该项记的是部门负责人每半年向党组报告全面从严治党情况）`
    : `${told}未另记一条${r.people.length > 0 ? `；${r.people.join('、')}不记为活动人或对象` : ''}`;
}

/** reportedRecordOfFamily's answer when the report names a deed no record is (学习情况 beside a talk only). */
const NONE_OF_FAMILY = -2;

/**
 * The record a report named by its outcome's words (`family`: 检查情况 → a check) followed, given `found` (reportedRecord's,
 * from the sentence it closed): `found` when it is of that family or none is named; else the last record of the family
 * before `found` (the first when `found` is none); NONE_OF_FAMILY when no record is of it (t50b F3).
 */
function reportedRecordOfFamily(reports: ParsedReport[], found: number, family: ReportedFamily | undefined): number {
  // 带队对财务科开展专项检查，并将检查情况… (a check whose type is still asked): an untyped record may be of any family.
  if (family === undefined || (found >= 0 && (reports[found]!.draft.type === undefined || isOfReportedFamily(reports[found]!.draft.type, family)))) return found;
  const ofFamily = reports.map((x, i) => (isOfReportedFamily(x.draft.type, family) ? i : -1)).filter((i) => i >= 0);
  if (ofFamily.length === 0) return NONE_OF_FAMILY;
  return ofFamily.filter((i) => found < 0 || i <= found).at(-1) ?? ofFamily[0]!;
}

/**
 * Which of `reports` a report on a deed followed, from `deed` (the sentence or ；-item that told it): the first record of a
 * kind it names, on its day when it names one; else the last record of its day; -1 when none fits (the caller then
 * names it on the first record, as before).
 */
function reportedRecord(reports: ParsedReport[], deed: string, today: string): number {
  const kinds = new Set(findKinds(extractTitles(deed).rest).map((k) => k.code));
  const day = parseDay(arabicizeNumerals(deed), today).date;
  const ofKind = (x: ParsedReport) => x.draft.type !== undefined && kinds.has(x.draft.type);
  const onDay = reports.findIndex((x) => ofKind(x) && (day === undefined || x.draft.date === day));
  if (onDay >= 0) return onDay;
  if (kinds.size > 0) return reports.findIndex(ofKind);
  // 11月19日到康复部检查考勤 · 带队对财务科开展专项检查 (a check whose kind is asked, or named by what was looked at):
  // the record of that day, the last of them (a report follows its deed).
  if (day === undefined) return -1;
  const sameDay = reports.map((x, i) => (x.draft.date === day ? i : -1)).filter((i) => i >= 0);
  return sameDay.length > 0 ? sameDay[sameDay.length - 1]! : -1;
}
