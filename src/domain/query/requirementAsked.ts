// 「廉政谈话要谈几次」「述责述廉报告什么时候交」「警示教育是谁负责的」: what a duty requires, from the catalogue, not a count or a report.
import type { Duty, Responsible } from '../duty.js';
import { parseQueryDuties } from './duty.js';

/** Asking what is required: how often, by when, by whom, with whom, what the rule is. */
const REQUIRED =
  /要求|规定|多久|多长时间|隔多久|什么时候(?:交|报|签|开|搞|谈|讲|做|完成|之前|前)|何时(?:交|报|签|开|完成)|截止|期限|(?:要|需要|应该?|应当|得)[^，。吗]{0,3}几次|(?:一|每)(?:年|季度?|个?月|半年)[^，。]{0,4}(?:几次|几回|多少次)|谁负责|由谁|归谁|哪些人要|谁要|谁来|要(?:跟|和|与)谁|(?:跟|和|与)谁(?:签|谈)|是什么/;
/**
 * 「述责述廉报告要什么格式」「怎么写」 (found by the tester, round 10: a draft, or a refusal to draft 张伟's): how the paper
 * is written, which the catalogue does not say; answered as a requirement question, saying so.
 */
const FORMAT = /(?:要|用|是)?什么(?:格式|样式|模板)|格式(?:要求|是什么|怎么|如何)?|怎么写|如何写|写什么|写哪些|模板|范本|范文|包括哪些内容/;

/** Whether the question asks how the paper is written (the format), which the duty catalogue does not say. */
export function asksFormat(text: string): boolean {
  return FORMAT.test(text.replace(/\s+/g, ''));
}

/** A day named makes it a report (「11月20日和李明谈了，是什么类型」 is answered by the report reading). */
const DATED = /今天|昨天|前天|\d{1,2}月\d{1,2}[日号]|\d{1,2}[.\/]\d{1,2}/;

/**
 * 日前和赵磊进行了廉政谈话，对他提出了三点要求 · 上个月…开展了廉政教育，孙丽科长强调要严格执行…规定 (round 25 F1: answered with
 * the duty's requirement, nothing read or asked): a deed said done, with no mark of a question, is a report that uses
 * 要求/规定 in its ordinary sense. 已…报送 is done too (round 51: 「11月各部门信息报送情况：组联部1篇、…，均已按要求报送」, a
 * tally whose only verb has no 了, read as a requirement question).
 */
// 近日，机关党委组织全体党员干部观看警示教育片《迷途》，共32人参加。…赵敏书记…作了点评，要求大家以案为鉴 (round 64, a pasted
// 工作动态 item of gdd's: answered as a requirement question): a head count that took part (共32人参加) and 作了/做了 are deeds done.
// 按照通知要求报送廉政信息2篇 (round 52, fwf: answered with the 信息报送 duty, the papers dropped): papers counted, sent as
// an instruction asked, are sent — also with 依照, a time or a place between (按照通知要求的时间… · 向市纪委… · 财务科…), or
// 上报/递交/报了 (round 52, fwcc's rows, which the requirement reader had taken).
const DONE = /(?:进行|开展|组织|观看|学习|召开|签订|签署|签|谈|举办|讲授|讲|参加|报送|提交|检查|督查|开|提|提出|作|做)(?:了|过)|召开|(?:共|计)?\d+(?:名|人)(?:参加|参会|出席)|(?:参加|出席)并|已[^，。,；;？?]{0,4}?(?:报送|提交|上报|完成|签订)|(?:按照|根据|依据|依照|遵照|按)[^。；;？?]{0,16}?(?:要求|精神|安排|部署)[^。；;？?]{0,12}?(?:报送|上报|提交|递交|上交|报)了?[^，。,；;？?]{0,12}?(?:\d+|[一二两三四五六七八九十])[篇份条]/;
/**
 * 上周五维权部开了廉政专题会，陈志强副理事长参加并提了廉政要求 · 本周一我部召开分管科室会议，…提出要求 (round 46, t49a F1 and
 * t49b F1: answered with the duty list, nothing recorded): a weekday or a day of the month said, with no mark of a
 * question, is a report too (周五前要交吗 still asks).
 */
const DAY_SAID = /(?:上上?|本|这)?(?:周|星期|礼拜)[一二三四五六日天]|\d{1,2}[日号]/;
/**
 * 截止11月底各部室报送廉政信息情况：财务科2篇，… (round 49, fvb's tally rows: answered with the 信息报送 duty, nothing
 * recorded): 截止/截至 a day or 目前 is "as of", not a deadline asked; with no mark of a question it is a report.
 */
const AS_OF = /截[止至](?:目前|今天|今日|当前|\d{1,2}月(?:底|末|\d{1,2}[日号]))/;
/** 顺便问一下 · 另外问下 · 想问 · 请问: where a question beside a report begins. */
const ASKING = /(?:顺便|另外|还有|再)?(?:我)?(?:想问|问一下|问下|请问)/;
const ASKED = /[?？吗呢]|什么|多久|几次|几回|多少|谁|何时|怎么|如何|哪些|是否|有没有/;

/** The duties a requirement question names, or undefined when it is no such question (or names no duty). */
export function requirementAsked(text: string, duties: readonly Duty[]): Duty[] | undefined {
  // 学的是《八项规定实施细则》 (a card correction): a title's words (规定, 要求) ask nothing.
  const t = text.replace(/\s+/g, '').replace(/《[^《》]*》/g, '《》');
  if (!(REQUIRED.test(t) || FORMAT.test(t)) || DATED.test(t)) return undefined;
  if ((DONE.test(t) || DAY_SAID.test(t) || AS_OF.test(t)) && !ASKED.test(t)) return undefined;
  // 上周四和刘洋谈心了 顺便问一下谈心谈话一年要几次 (round 48, fte: the rule answered, the talk dropped): a deed on a day told
  // before the words that ask is a report with a question beside it, for reportWithQuestion.
  const asking = ASKING.exec(t);
  if (asking && asking.index > 0 && (DATED.test(t.slice(0, asking.index)) || DAY_SAID.test(t.slice(0, asking.index)))) return undefined;
  const named = parseQueryDuties(t, duties).value;
  return named.length > 0 ? named : undefined;
}

/** A cadence as a member says it: month → 每月, halfyear → 每半年. */
export const CADENCE: Record<Duty['cadence'], string> = { month: '每月', quarter: '每季度', halfyear: '每半年', year: '每年' };
const WHO: Record<Responsible, string> = {
  party_group: '党组（党组书记牵头）',
  secretary: '党组书记',
  leaders: '每位班子成员',
  dept_heads: '每个科室（部室、中心）的主要负责人',
  inspectors: '纪检人员',
};

function monthDay(mmdd: string): string {
  return `${Number(mmdd.slice(0, 2))}月${Number(mmdd.slice(3, 5))}日`;
}

/** How one responsible role meets the duty: 「党组书记与每位班子成员各至少1次」. */
function perText(duty: Duty, who: Responsible): string {
  if (duty.per === 'subordinate') {
    const whom = who === 'secretary' ? '每位班子成员' : who === 'leaders' ? '分管科室的每位负责人' : '每位下属';
    return `${WHO[who]}与${whom}各至少${duty.min}次`;
  }
  if (duty.per === 'supervised_department') return `${WHO[who]}对每个分管科室各至少${duty.min}次`;
  return `${WHO[who]}至少${duty.min}次`;
}

/**
 * One line per duty, in Chinese: how often and by when, who and how many, and the source document's own words
 * (the 「…」 quoted in `source`), e.g. 「廉政谈话：书记与每位班子成员：每半年（上半年6月30日前、下半年12月31日前各
 * 一期），党组书记与每位班子成员各至少1次（原文：「每半年开展一次廉政谈话」）。」
 */
export function requirementText(duty: Duty): string {
  const who = duty.responsible.map((r) => perText(duty, r)).join('；');
  const due = duty.window ? `限${monthDay(duty.window.from)}至${monthDay(duty.window.to)}内完成` : DUE[duty.cadence];
  const quoted = [...duty.source.matchAll(/「([^」]+)」/g)].map((m) => `「${m[1]}」`);
  return `${duty.name}：${CADENCE[duty.cadence]}（${due}），${who}${quoted.length > 0 ? `（原文：${quoted.join('')}）` : ''}。`;
}

/** By when each period's share is due: the period's last day (completion counts it so). */
const DUE: Record<Duty['cadence'], string> = {
  month: '当月底前完成',
  quarter: '当季度末前完成',
  halfyear: '上半年6月30日前、下半年12月31日前各一期',
  year: '12月31日前完成',
};
