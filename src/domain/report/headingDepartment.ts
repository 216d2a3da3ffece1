// 财务科11月廉政工作情况：… sent by a clerk of 财务科: an item with no subject of its own (开展专项资金自查) is the department's, so its head's.
import type { Department, Directory } from '../organization.js';
import { parseDay } from './parseDay.js';
import { arabicizeNumerals } from './parseNumerals.js';

/**
 * The name (as written) of the department whose items a heading line lists:
 * the sender's own when the heading names it and no other department, and the
 * sender is not its head; or another one named alone over its 台账/补报/工作/情况
 * (the sender writing it up for them); otherwise undefined.
 */
export function headingDepartment(heading: string, directory: Directory, senderId: string): string | undefined {
  const sender = directory.person(senderId);
  const own = sender?.departmentId ? directory.department(sender.departmentId) : undefined;
  const named = directory.org.departments.filter((d) => [d.name, ...(d.aliases ?? [])].some((n) => heading.includes(n)));
  // 康复中心 holds 康复: a department whose name is part of another named one is not named apart.
  const distinct = named.filter((d) => !named.some((o) => o !== d && [o.name, ...(o.aliases ?? [])].some((n) => [d.name, ...(d.aliases ?? [])].some((m) => n !== m && n.includes(m)))));
  const foreign = foreignHeadingDepartment(heading, distinct.length > 0 ? distinct : shortCentre(heading, directory), sender?.roles ?? [], own?.id);
  if (foreign !== undefined) return foreign;
  if (!own || own.headId === senderId || !own.headId) return undefined;
  // 11月份中心工作： · 部里11月工作： (found by the tester, round 8: the items given to the clerk): the sender's own unit
  // named by its short form, no department named.
  if (distinct.length === 0) {
    // 报告一下我们部11月份的： (round 43, t44a F2: item 2, subjectless, stored as the 科员's own): a chat opening and 我们部 too.
    const unit = /^[\s\d月份年本上]*(?:补报|补录|补充报送|上报|报送|汇报|(?:报告|汇报|报|说)一下)?[\s\d月份年本上]*(?:我们|我|本)?(中心|部里|科里|室里|部门|科室|(?<=我们)部|(?<=我们)科)/.exec(heading)?.[1]?.replace('里', '');
    const fits = unit !== undefined && (unit === '部门' || unit === '科室' || [own.name, ...(own.aliases ?? [])].some((n) => n.endsWith(unit)));
    return fits ? own.name : undefined;
  }
  if (distinct.length !== 1 || distinct[0]!.id !== own.id) return undefined;
  return own.name;
}

/**
 * 中心本月开展了以下工作： from a clerk of 办公室 (round 37, t36c F5's kind: the items stored as the clerk's own): 中心 opening a
 * heading (not 中心组) is the one department whose name ends with it, as a list of 负责人 reads it; none or several: no one.
 */
function shortCentre(heading: string, directory: Directory): Department[] {
  if (!/^[\s\d月份年本上周]*中心(?!组)/.test(heading)) return [];
  const centres = directory.org.departments.filter((d) => [d.name, ...(d.aliases ?? [])].some((n) => n.endsWith('中心')));
  return centres.length === 1 ? centres : [];
}

/** A heading that lists a department's work (维权部11月工作台账 · 财务科10月份补报：), not a check of it or one's time there. */
const WORK_LIST_HEADING = /(?:台账|补报|补录|工作|情况)/;
const NOT_ITS_OWN = /检查|督查|巡查|暗访|抽查|调研|指导|走访|到|去|赴|配合|协助|参加|参与|帮助/;

/**
 * 财务科11月工作台账 sent by someone of another department (round 18u, #2: the items stored as the sender's own): the one
 * department named is whose items these are, its head's (on the card, as the sender is no doer named). A leader's or
 * an inspector's heading naming a department may tell what they did there, so it is left to the items.
 */
function foreignHeadingDepartment(heading: string, named: readonly Department[], roles: readonly string[], ownId: string | undefined): string | undefined {
  if (named.length !== 1 || named[0]!.id === ownId || !named[0]!.headId) return undefined;
  if (roles.some((r) => r === 'secretary' || r === 'leader' || r === 'inspector')) return undefined;
  if (!WORK_LIST_HEADING.test(heading) || NOT_ITS_OWN.test(heading)) return undefined;
  return named[0]!.name;
}

/**
 * 会同办公室对各部室… · 联合财务科到… under 机关纪委上周工作小结： (round 61, gab; t63a F2: the check the clerk's at once): a
 * piece opening with the unit it went along with is still the heading's unit's deed, the partner no subject of it.
 */
const JOINED_WITH = String.raw`(?:会同|联合)[\u4e00-\u9fa5、]{2,12}?(?=对|到|赴|深入|开展|进行)`;
/** What an item does with no one named before the verb: 开展…, 组织…, 召开…, 学习…, 观看…; 全体职工签订… (round 15: the unit's signing). */
// 本月共开展廉政教育2次（11月5日、11月19日） (round 21, K3: left the clerk's while the 信息 beside it was the head's): a
// summary's period and count words before the verb leave it subjectless; so does a part of a month (11月下旬组织学习…, round
// 30a F4: its day asked, then stored as the clerk's).
// 11月27日向机关纪委报送廉政信息1篇 under 组联部廉政工作小结： (t30f §1.7: the clerk's own): a paper handed to a body,
// its recipient (向/给…) before the verb, has no subject of its own either.
// 2、11月17日全体职工赴市廉政教育基地参观学习 under 11月份中心工作： (round 32a, F2: the 医师 sender's): the whole staff going
// somewhere, no 组织 said, is the unit's outing too.
const TO_WHOM = '(?:向|给)[\\u4e00-\\u9fa5]{1,10}?(?:报送|上报|提交|报告|汇报|递交)';
// 11月10日 对财务科开展考勤检查 under 机关纪委11月工作台账 (round 37, t36c F5's kind: the clerk's own check): a place checked
// (对 a department, 各部室…) before the verb leaves the item subjectless too.
const ON_PLACE = '对(?:机关)?(?:各|全体)?[\\u4e00-\\u9fa5]{0,6}?(?:部|科|室|中心|单位|部门)(?![长任员])[^,，;；。]{0,16}?(?:开展|进行|组织)';
// 11月10日、11月24日分别组织… · 11月4日、11月18日两次组织… under 组联部近期工作： (round 34c §2.2: each day the clerk's): days
// listed (、/和 between them) and 分别/两次 before the verb leave the items subjectless too.
const SUBJECTLESS = new RegExp(String.raw`^(?:[\s\u0000,，、.。:：]|[和及与](?=\s*\u0000))*(?:上午|下午|晚上)?[\s\u0000,，、]*(?:(?:本月|当月|上月|\d{1,2}月份?)内?(?:上旬|中旬|下旬|月初|月中|月底|月末|初|底|末)?[\s\u0000,，]*)?(?:共计|累计|一共|共|先后|分别|各)?(?:[两二三四五六七八九十\d]{1,2}次)?(?:(?:全体(?:职工|党员|干部|人员)?)?(?:开展|组织|召开|举办|集中学习|学习|传达|观看|收看|完成|报送|上报|提交|看了|学了)|${TO_WHOM}|${ON_PLACE}|全体(?:干部)?(?:职工|党员|干部|人员|同志)[\s\u0000]*(?:都|均)?签|全体(?:党员干部|干部职工|职工|党员|干部|人员|同志)[\s\u0000]*(?:集中|一起|统一|分批)?(?:赴|到|前往|走进|参观)|${JOINED_WITH})`);
/** 签订承诺书 · 组织签订廉洁从业承诺书 · 签了责任书: a signing opening the piece, no one named before the paper. */
const BARE_SIGNING = /^[\s\u0000,，、.。:：]*(?:上午|下午)?[\s\u0000,，]*(?:组织|集中|统一)?(?:签订|签署|签了)(?![^,，;；。]*?个人)[^,，;；。与和同跟找]{0,16}?(?:承诺书|责任书|责任状)/;

/**
 * 12/1⇥廉政谈话⇥孙　丽 · 12/2⇥签订责任书⇥张　颖 · 12/4⇥警示教育⇥全体⇥6 under 组联部12月廉政工作台账 from its 科员 (round 65, geh;
 * t68a F6: row 1 stored as the 科员's own talk with the 财务科 head, the other rows the head's): a row of cells whose deed cell
 * is a kind alone, the cells after it short (whom, 全体, a count), names no doer: it is the department's, its head's, as
 * the other rows. A cell after the kind of no 全体/全员 is someone, so a signing there is with them, not the 全体's.
 */
const KIND_CELL_ROW = /^[\s\u0000]*(?:(?:集体|个别)?(?:廉政|谈心|提醒|诫勉|约)谈话|谈心|警示教育|廉政教育|(?:廉政)?党课|集中学习|(?:签订|签署)[\u4e00-\u9fa5]{0,10}?(?:责任书|承诺书|责任状))(?:[ \t]+[^\s，,。；;：:]{1,8}){1,3}[ \t]*$/;
const WHOLE_CELL = /[ \t](?:全体|全员|全部)/;

/**
 * A talk with someone names its own doer or is the sender's: never the department's. 对照/对标/针对/核对 (…自查，由各部室对照
 * 清单逐项梳理, round 37 t36c F5: the 自查 left the clerk's) are no one talked to, nor is 对 a place (对财务科开展考勤检查 under
 * 机关纪委11月工作台账: the body's check, as 办公室对财务科…检查 is the office's, round 35a ee2).
 */
const WITH_SOMEONE = /与|和|同|跟|找|(?<![针核比相])对(?![照标表接])(?!(?:机关)?(?:各|全体)?[\u4e00-\u9fa5]{0,6}?(?:部|科|室|中心|单位|部门)(?![长任员]))/;

/** Whether `rest` (a piece after its day) opens with a talk or signing with the sender: 与杨帆… · 和我… · 找本人… · 与陈静、杨帆…. */
function withSender(rest: string, senderName: string): boolean {
  return new RegExp(`^[\\s\\u0000,，]*(?:上午|下午|晚上)?[\\s\\u0000,，]*(?:与|和|同|跟|找)(?:[\\u4e00-\\u9fa5]{2,4}[、和及])*(?:我(?![们部科室的])|本人(?![所的])|${senderName})`).test(rest);
}

/**
 * `piece` with the heading's department put before it when it tells of a deed
 * with no subject (11.25 开展专项资金自查 → 财务科11.25 开展专项资金自查), so the
 * department's head is read as its doer, as for 部里组织…; otherwise `piece`.
 * `today` (YYYY-MM-DD, Shanghai) only lets the day be skipped.
 */
export function underHeadingDepartment(piece: string, department: string | undefined, today: string, senderName?: string): string {
  if (department === undefined) return piece;
  // 宣文部11月两次廉政教育：11月6日学习… (round 18): the first piece still opens with the inline heading naming the department.
  const opening = /^[^:\n]{2,30}?:/.exec(piece)?.[0];
  const whole = opening !== undefined && opening.includes(department) ? piece.slice(opening.length) : piece;
  // 1⇥12月1日⇥组织开展…自查 under 财务科12月上旬党风廉政建设台帐 ⏎ 序号⇥日期⇥内容 (round 37: the clerk's own): a table row's
  // 序号 stands before the day; the department takes its place, opening the row as its subject.
  const serial = /^\s*\d{1,3}[\t\u3000 ]+(?=\S)/.exec(whole)?.[0] ?? '';
  const body = whole.slice(serial.length);
  const rest = parseDay(arabicizeNumerals(body), today).rest;
  // 学习《会计人员职业道德规范》和《廉洁自律准则》 (round 18): a 和 between two titles joins what was studied, no one's name.
  // 分别是11月10日和11月24日 (k22): a 和 between two days joins the days, no one's name either.
  // 周二 与杨帆谈心谈话 under 宣文部本周工作： from 杨帆 (round 39, t38b F7: the clerk's own name dropped, 和谁 asked): a talk
  // with the sender (by name, 我 or 本人) is no talk of the sender's own, so it is the department's, its head's.
  if (senderName !== undefined && withSender(rest, senderName)) return `${department}${body}`;
  // 1⇥3月12日⇥签订承诺书⇥12 under 康复中心2026年廉政活动一览 (round 42, t41a F28: the sender's own signing with no one, the other
  // rows the head's, the 12 lost): a bare signing with no one named, under the unit's heading, is the unit's 全体 signing —
  // its head with everyone of it, as 全体职工签订… reads (the table's head count is then named on the card, not recorded).
  if (KIND_CELL_ROW.test(rest) && !WITH_SOMEONE.test(rest.replace(/^[\s\u0000]*(?:签订|签署)/, '')) && !(/^[\s\u0000]*(?:签订|签署)/.test(rest) && WHOLE_CELL.test(rest))) return `${department}${body}`;
  const bare = BARE_SIGNING.exec(rest);
  if (bare && !WITH_SOMEONE.test(rest)) return `${department}${body.replace(/(组织|集中|统一)?(签订|签署|签了)/, (_w, how: string | undefined, verb: string) => `${how ?? ''}全体职工${verb}`)}`;
  if (!SUBJECTLESS.test(rest) || WITH_SOMEONE.test(rest.replace(/^([\s\u0000,，、]*)会同/, '$1会').replace(/》\s*(?:和|与|及)\s*《/g, '》《').replace(/([日号\u0000])\s*(?:和|与|及)\s*(?=[\d\u0000])/g, '$1'))) return piece;
  return `${department}${body}`;
}
