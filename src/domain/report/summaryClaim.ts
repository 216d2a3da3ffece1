// 「据统计，截至11月底，班子成员均已与分管部室负责人开展廉政谈话。」 (round 23 F5: answered as a completion query): a claim that a
// whole group did a duty's deeds, with no day of any of them — many deeds, none of which can be recorded as said.
import { activityTypeName } from '../activityTypes.js';
import { findKinds } from './parseKind.js';
import { normalizeText } from './parseNormalize.js';

/**
 * The unit's leadership as the ones who did it, or with whom: 班子成员 · 党组成员 · 各部室负责人 · 分管科室负责人. A department's
 * 全体人员都已签订 is its head's signings with a known few, asked their day as a report (not this claim).
 */
const GROUP = /班子成员|党组成员|(?:各|全体|所有|分管)[^,;。!?]{0,6}?(?:负责人|主任|科长|部长|一把手)|各(?:部室|科室|部门|单位)/;
/** Said of every one of them, before the deed: 均已 · 都已 · 已全部 · 全部已. */
const ALL_DONE = /(?:均已|都已|均已经|都已经|已全部|已经全部|全部已|全都已)[^,;。!?]{0,16}?(?:开展|进行|完成|签订|签署|签了|谈了|谈过|组织|召开|讲|报告|报送|提交|上报|交了|谈心|谈话|约谈)/;
/** 均/都 alone says it of all only in a statistic's words (据统计, 截至…, 目前): 上周都签了 is a report of one week. */
const ALL = /(?:均|都|全部)[^,;。!?]{0,16}?(?:开展|进行|完成|签订|签署|签了|谈了|谈过|组织|召开|讲|报告|报送|提交|上报|交了|谈心|谈话|约谈)/;
const STATISTIC = /据统计|统计|截至|截止|目前|至今|为止|迄今/;
/** A day or a span of deeds (截至11月底 is none): 11月5日 · 5号 · 周三 · 昨天 · 上周 · 本月. */
const DAY = /\d{1,2}月\d{1,2}[日号]|(?<![\d月])\d{1,2}[日号]|\d{1,2}[./]\d{1,2}(?!\d)|周[一二三四五六日天]|星期[一二三四五六日天]|今天|昨天|前天|[上本这]周|[上本这]个?月(?!底)|上旬|中旬|下旬/;
/** A question stays the query's: 班子成员都谈完了吗？ */
const ASKS = /[?？吗呢]|是否|有没有|哪些|哪几|多少|几[个位次项]/;

/**
 * The kind a summary claim speaks of (廉政谈话) when `text` says a group of people all did deeds of one kind, naming no
 * day: no record can be made of it, and the member is told each deed needs its own day. Undefined otherwise.
 */
export function summaryClaim(text: string): string | undefined {
  const t = normalizeText(text);
  if (ASKS.test(t) || DAY.test(t) || !GROUP.test(t) || !(ALL_DONE.test(t) || (ALL.test(t) && STATISTIC.test(t)))) return undefined;
  const codes = [...new Set(findKinds(t).map((k) => k.code))];
  return codes.length === 1 ? activityTypeName(codes[0]!) : undefined;
}
