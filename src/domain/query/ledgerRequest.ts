// 「导出台账」「导出第三季度台账」「导出我的台账」: is a message an export request, and for which period.
import { currentPeriod, type Period } from '../period.js';
import { leftovers } from './intent.js';
import { parseQueryPeriod } from './period.js';
import { parseQueryWho, type WhoResult } from './who.js';
import type { Scope } from '../completion/types.js';
import type { Directory } from '../organization.js';

export interface LedgerRequest {
  period: Period;
  /** A person, department or group named in the request (「导出财务科上半年的台账」); the viewer's reach when absent. */
  named?: { scope: Scope; name: string };
  /** Only the sender's own records, even for someone who may see more. */
  mine: boolean;
  /** Words that looked meaningful but were not understood (shown, not guessed at). */
  unplaced: string[];
}

/** Full-width digits typed on phones, and the spaces Feishu leaves around @mentions. */
export function normalizeRequest(text: string): string {
  return text
    .replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/@_user_\d+/g, ' ')
    .replace(/\s+/g, '');
}

/** Someone telling what they did with the ledger is reporting, not asking for it. */
// 「述责述廉报告何主任已经交了」: handing it in is a deed reported (found by the tester: read as a request for the draft).
// 「述责述廉已完成」「导出台账已完成」 (f18): said done, not asked for.
// 「…实地检查了责任书签订及落实台账，听取了…汇报」 (round 29 t29f A7: a pasted report answered 「您暂无权限查看…的台账」): the
// ledger checked at a visit is a deed told, as is any message longer than a request (REQUEST_MAX).
// 「这周二去财务科跟孙丽科长和王强副科长廉证谈话了，顺便看了看他们的三公经费台帐」 (round 42, t42a F4: an xlsx sent, nothing
// recorded): a talk told (谈话了 · 谈了心) or the ledger looked at (看了看 · 翻了翻) is a report; 看看他们的台账 still asks.
// 林晓「黄书记周五上午带队去财务科查了考勤和公务卡报销台账，我一起去的」 (round 55, t58b F1: an xlsx of 黄志刚's 台账 sent, the
// check not recorded): a check told (查了) is a report too; 带队 alone is not (导出黄书记带队检查的台账 asks).
export const REPORTED = /谈话了|谈了|谈过|查了|看了看|看了一下|翻了翻|翻看了|瞅了瞅|(整理|完成|提交|报送|更新|录入|填写|登记|上报|签订|召开|开展|进行|组织|作|做|参加|举行|交|递交|上交|写好|写完|检查|抽查|查阅|查看|核查|听取|调研)了|已经?(?:交|提交|报送|上报|递交|上交|完成|开展|召开|举办|组织)|(?:搞|弄|做|写)完|交过|今天|昨天|前天/;

/**
 * 刘芳副理事长本周工作：12月1日与周涛进行谈心谈话；12月4日到康复部检查廉政风险防控台账 (round 57, the merge; t60a F8: answered
 * 「您暂无权限查看刘芳、周涛的台账」, both deeds dropped): a day said before a deed (within 20 characters of its clause), with no
 * word of an ask, is a deed told (导出11月5日至12月1日的检查台账 still asks).
 */
const DATED_DEED = /(?:\d{1,2}月\d{1,2}[日号]|[昨前今]天|上周[一二三四五六日天]|本周[一二三四五六日天])[^。；;]{0,20}?(?:进行|开展|召开|组织|检查|抽查|谈话|谈心|签订|学习|观看|报送)/;

const LEDGER = /台账|台帐/;
/** The longest a request for the ledger is written (「请帮我导出第三季度王建国分管科室的全部台账」 is 22), in characters. */
const REQUEST_MAX = 60;

/** Words of an ask (导出, 发我, 能…吗): a line naming the 台账 without any is a title, not a request. */
const ASKS = /导出|下载|发|生成|打印|输出|要|给我|能|可以|吗|请|帮|麻烦|[?？]/;
/** A day or a pasted cell (11月5日 · 11.5 · 2026年 · a tab). */
// 11-03 too (round 18: a 台账 whose days were written so was exported and its talks dropped without a word).
const DAY_OR_CELL = /\d{1,2}\s*月\s*\d{1,2}|\d{1,2}[./-]\d{1,2}|\d{4}\s*年|\t/;

/**
 * 组联部廉政谈话台账⏎11月5日 周涛 与 张颖 廉政谈话: a title naming a 台账 over dated lines is a 台账 pasted as a report
 * (round 16: an export sent and both talks dropped without a word). A request is a short ask of its own.
 */
function pastedLedger(text: string): boolean {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  const at = lines.findIndex((l) => LEDGER.test(l));
  return at >= 0 && !ASKS.test(lines[at]!) && lines.some((l, i) => i !== at && DAY_OR_CELL.test(l));
}
const VERBS = /请|帮我|帮忙|麻烦|给我|发给我|发我|发一下|发一份|一下|导出|下载|生成|打印|输出|我要|要一份|一份|excel|表格|文件|全部|所有/gi;
const MINE = /我的|本人|自己的?/;

function namedScope(who: WhoResult): { scope: Scope; name: string } | undefined {
  if (who.group) return { scope: { kind: 'group', ...who.group }, name: who.group.label };
  if (who.person && !who.self) return { scope: { kind: 'person', personId: who.person.id }, name: who.person.name };
  if (who.department) return { scope: { kind: 'department', departmentId: who.department.id }, name: who.department.name };
  return undefined;
}

/**
 * The year as default: an export is the 台账 so far this year unless a period is named.
 * With `asker`, a person, department or group named in it narrows the export.
 */
export function parseLedgerRequest(text: string, now: Date, asker?: { directory: Directory; senderId: string }): LedgerRequest | null {
  const clean = normalizeRequest(text);
  if (!LEDGER.test(clean) || REPORTED.test(clean) || clean.length > REQUEST_MAX || pastedLedger(text) || (DATED_DEED.test(clean) && !ASKS.test(clean))) return null;
  const mine = MINE.test(clean);
  const rest = clean.replace(new RegExp(LEDGER.source, 'g'), ' ').replace(new RegExp(MINE.source, 'g'), ' ');
  const period = parseQueryPeriod(rest, now);
  const who = asker && !mine ? parseQueryWho(period.rest, asker.directory, asker.senderId) : undefined;
  const named = who ? namedScope(who.value) : undefined;
  const unplaced = leftovers((named ? who!.rest : period.rest).replace(VERBS, ' '));
  return { period: period.value ?? currentPeriod('year', now), mine, ...(named ? { named } : {}), unplaced };
}
