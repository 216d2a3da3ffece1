// 今天下发了信息报送通知 · 今天把信息报送通知发给各部门了 · 上周五给各部门发了警示教育的通知 · 今天布置了信息报送工作
// (round 51, fzc finding, fzaa): the catalogue's name inside the notice's (信息报送 in 信息报送通知) was read as the sender's
// own 信息报送 (or 警示教育, 廉政教育) on that day, stored at once. A notice, reminder, form or requirement ABOUT a duty sent
// out to others is no record of that duty: nothing is recorded and the bot says so (dutyNoticeSentReply).
// The duty done beside the notice (…，并报送了廉政信息1篇 · 按照信息报送通知要求，今天报送信息1篇) keeps today's reading.
import type { ParsedReport } from './draft.js';
import { normalizeText } from './parseNormalize.js';

/** A duty of the catalogue by name, as a notice about it is named: 信息报送 · 廉政谈话 · 警示教育 · 专题会议 · 自查自纠 … */
const DUTY =
  '(?:廉政|廉洁)?信息(?:报送|上报)?|(?:廉政|谈心|提醒|集体)谈话|谈心|(?:廉政|廉洁|警示)教育|(?:廉政)?党课|(?:党风廉政建设)?专题会议|' +
  '分管(?:科室|部门|部室)会议?|自查自纠|自查|述责述廉|述廉|(?:廉政)?调研|(?:廉政)?风险研判|研判|(?:作风|资金|专项)?检查';
/** The paper about it: 通知 · 提醒 · 统计表 · 登记表 · 工作要求 · 方案 · 模板 (a 表 alone only after 登记/统计/汇总/报). */
const PAPER = '(?:通知|提醒|(?:统计|登记|汇总|台账|报)表|表格|模板|(?:工作)?要求|(?:工作|实施)?方案)';
/** 信息报送通知 · 廉政信息报送的通知 · 关于做好廉政信息报送工作的通知 · 警示教育的通知. */
// 警示教育月活动方案 · 廉政教育周工作安排: a month or week of the duty, its 活动 or 工作, before the paper.
const DUTY_PAPER = new RegExp(`(?:关于)?(?:做好|开展|加强)?(?:${DUTY})\\s*(?:月|周)?(?:活动|工作)?\\s*的?\\s*${PAPER}`);
/** Sent out: 下发 · 印发 · 转发 · 发给 · 发到 · 发了 · 群发 · 发布 · 发 (发 alone only beside the paper, see below). */
const SENT = /下发|印发|转发|发送|群发|发布|发出|发给|发到|发至|发往|发了|推送|已发|把[^，,。；;]{0,24}?发/;
/**
 * 布置了信息报送工作 · 部署了一下警示教育工作 · 安排了信息报送任务: the work handed out, not done. Round 52 (fwf): 召开会议布置了
 * 信息报送工作 · 开了个会部署廉政谈话工作 was 林晓's 信息报送 (or a talk asked 和谁) of that day — a meeting of no kind of its
 * own (会议 · 工作会 · 部署会, not 专题会议 or 分管科室会议, which are records) held only to hand the work out is the handing out.
 */
// 对信息报送工作进行了布置 · 就廉政谈话工作作了部署: the same, the work said first.
const HANDED = '(?:布置|部署|安排)';
const WHEN = '(?:今年|本月|年底|下一步|近期|全年|年度)?的?';
const WORK_SET = new RegExp(
  `(?:(?:召开|开)了?(?:个|一个|一次)?(?:工作|部署|布置|专门|碰头)?(?:会议|会)[，,]?(?:专门|专题)?)?` +
    `(?:${HANDED}了?(?:一下)?${WHEN}(?:${DUTY})(?:工作|任务)|(?:对|就)${WHEN}(?:${DUTY})(?:工作|任务)(?:进行了?|作了|作出了?|做了)?(?:${HANDED}))`,
);
/**
 * 收到信息报送通知 · 接到市纪委关于警示教育月的通知 (round 52, fwf: asked the day of a 信息报送 never made): a notice about a
 * duty received is no deed of it either, as one sent out is not.
 */
const RECEIVED = new RegExp(`(?:收到|接到|接收到|收到了|接到了)[^，,。；;！!？?]{0,16}?(?:${DUTY_PAPER.source})`);
/** Still to come (明天下发 · 拟于…印发): the plan reading takes it as today. */
const TO_COME = /拟|将于|将在|将要|准备|计划|打算|即将|明天|后天|下周|下个?月|待(?:发|印发|下发)/;
/**
 * A deed done beside the notice, read on the text without the notice's words: a paper handed in (报送了 · 上报 · N篇), a
 * talk held, a meeting, a study, a check… — then the message is read as today.
 */
const OTHER_DEED =
  /报送|上报|报了|提交|交了|篇|谈话|谈心|约谈|谈了|召开|开了|会议|组织|学习|观看|党课|检查|督查|签订|述廉|自查|研判|调研|开展|参加|讲了|主持|收到/;

/**
 * Whether `text` tells only that a notice, reminder, form or requirement about a duty was sent out (今天下发了信息报送通知 ·
 * 把廉政谈话登记表发给各部门了) or the duty's work handed out (布置了信息报送工作): true means no record of any type is in it,
 * and the caller says so. False when a deed is told done beside it, or the sending is still to come.
 */
export function dutyNoticeSent(text: string): boolean {
  const plain = normalizeText(text).replace(/\s+/g, '');
  if (TO_COME.test(plain)) return false;
  let rest: string;
  if (DUTY_PAPER.test(plain) && SENT.test(plain.replace(DUTY_PAPER, '〔〕'))) rest = plain.replace(new RegExp(DUTY_PAPER.source, 'g'), '〔〕');
  else if (WORK_SET.test(plain)) rest = plain.replace(new RegExp(WORK_SET.source, 'g'), '〔〕');
  else if (RECEIVED.test(plain)) rest = plain.replace(new RegExp(RECEIVED.source, 'g'), '〔〕');
  else return false;
  return !OTHER_DEED.test(rest);
}

/** A message read without its clauses telling only of a notice about a duty sent out, and those clauses for the remark. */
export interface DutyNotice {
  /** The message without those clauses (a day that opened a clause taken out kept before the rest). */
  text: string;
  /** The clauses as written, trimmed of their ending mark. */
  clauses: string[];
}

/** 今天 · 11月26日 · 上周五 · 下午 opening a clause: kept for the deeds after it when the clause is taken out. */
const LEAD_DAY = /^\s*(?:(?:\d{1,2}月)?\d{1,2}[日号]|[今昨前]天|本周[一二三四五六日]|上周[一二三四五六日]|周[一二三四五六日]|上午|下午|当天)+/;

/**
 * `text` without its clauses telling only of a notice about a duty sent out (今天下发了信息报送通知。下午和胡军进行了谈心谈话 —
 * round 51 fzaa: the notice was a second record, 林晓's 信息报送), or undefined when there is none or nothing else is left.
 */
export function withoutDutyNotice(text: string): DutyNotice | undefined {
  const parts = text.split(/(?<=[，,；;。！!\n])/);
  const notice = (c: string) => dutyNoticeSent(c.replace(/[，,；;。！!\n]+$/, ''));
  const kept = parts.filter((c) => !notice(c));
  if (kept.length === parts.length || kept.length === 0) return undefined;
  let left = kept.join('').replace(/^[\s，,；;。]*(?:还|另外|同时|并|并且)?/, '').replace(/[，,；;]\s*$/, '');
  if (left.trim() === '') return undefined;
  const day = LEAD_DAY.exec(parts.find(notice)!)?.[0]?.trim();
  if (day !== undefined && !LEAD_DAY.test(left)) left = day + left;
  return { text: left, clauses: parts.filter(notice).map((c) => c.replace(/[，,；;。！!\n]+$/, '').trim()) };
}

/** `reports` read without the notice clauses, the first saying they were not recorded and why. */
export function withDutyNoticeNoted(reports: ParsedReport[] | null, n: DutyNotice): ParsedReport[] | null {
  if (reports === null || reports.length === 0) return reports;
  const [first, ...others] = reports;
  const remark = `「${n.clauses.join('」「')}」是下发工作通知或布置工作，不单独记录`;
  return [{ ...first!, remarks: [...first!.remarks, remark] }, ...others];
}
