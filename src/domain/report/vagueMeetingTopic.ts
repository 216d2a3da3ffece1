// What a meeting studied, said in words that name no work in particular: its topic is left open, never other work
// (offTopicMeeting drops a meeting only for a topic of other work: 安全生产, 意识形态, 年终考核…).

/** Topics that name no work in particular (下一步工作 · 本部门工作). */
const PLAIN = /^(?:下一步|下步|近期|当前|相关|有关|年度|全年|重点|各项|具体|本部门|部门|科室|分管|有关事项|相关事项|)(?:工作|事项|任务)?$/;

/** A time still to come, the turn of the year or a month or year by number (12月份 · 2027年): when the work is, never what work. */
const COMING_TIME = '(?:年底|年终|岁末|年末|年初|年前|明年|来年|新一年|下一年度?|下一阶段|下阶段|下一步|下步|冬春|今冬明春|近期|当前|第四季度|四季度|\\d{4}年度?|\\d{1,2}月份?|十二月份?|下个?月|元旦春节|两节|节前)';

/**
 * 年底工作 · 年终各项工作 · 明年工作思路 · 下一阶段重点工作 · 冬春工作 (round 48, ftz, found by ftb: 「召开分管科室会议，部署年终工作」
 * and 「…，研究部署年底工作」 were taken for a meeting on other work and the whole message dropped, while 「…，部署工作」 was
 * recorded): coming work named by its time only is work left open.
 */
const COMING_WORK = new RegExp(`^${COMING_TIME}+(?:的)?(?:各项|重点|有关|相关|具体|主要)?(?:工作|任务|事项)(?:思路|安排|计划|打算|重点|要点|任务)?$`);

/**
 * What the capture may still hold of the verb: 研究部署12月份工作 leaves 部署 (the month's digits end the words read), 部署了一下
 * 年底工作 leaves 一下年底工作.
 */
const VERB_LEFT = /^(?:了?一下|部署|研究|安排|谋划)+/;

/**
 * 上级精神 · 上级文件 · 会议精神 · 精神 · 上级要求 · 有关文件精神 (round 49, fwc task 2: 「昨天开了分管科室会议 传达上级精神」
 * asked its type, and 「…传达精神」 · 「…学习上级文件」 were dropped as meetings on other work): words from above named only by
 * where they came from name no work; 传达市纪委全会精神 was read already, 传达安全生产工作要求 still names other work.
 */
// 市残联通知要求 · 省残联文件 · 市委有关要求 (round 69, gie; 何平「上周五 中心 开了 专题会 传达 市残联 通知 要求 共 9 人」 asked its
// type): the body above that issued them, named, says where they came from as 上级 does, never what work they are on.
const UNNAMED_DIRECTIVE = /^(?:上级|上面|上边|市里|省里|区里|县里|有关|相关|最新|近期|领导|(?:[市省区县]|中国|中)残联|残联|[市省区县]委|[市省区县]政府)?(?:的)?(?:各级|有关|相关)?(?:会议|文件|通知|讲话|指示)?(?:的)?(?:精神|文件|要求|部署|指示|通知|讲话精神|有关要求|相关要求)$/;

/** Whether `topic`, the words a meeting was said to be about, names no work in particular. */
export function vagueMeetingTopic(topic: string): boolean {
  const words = topic.replace(VERB_LEFT, '');
  return PLAIN.test(words) || COMING_WORK.test(words) || UNNAMED_DIRECTIVE.test(words);
}

/** A unit that reports to the meeting: 组联部 · 各科室 · 分管部室 · 教育就业部、维权部. */
const UNIT = '(?:各|分管|所属|相关|有关)?[\\u4e00-\\u9fa5]{0,6}?(?:部|科|室|中心|部门|部室|科室|单位|处|站|所)';
/**
 * Those who report, by post (负责人 · 负责同志 · 部长), after names or not: 各科室负责人 · 郑华、冯雪两位部长. Names alone are not
 * taken (招商、信访工作汇报 would pass for two people).
 */
const REPORTERS = '(?:[\\u4e00-\\u9fa5]{2,3}(?:[、和及与][\\u4e00-\\u9fa5]{2,3})*)?(?:两位|三位|几位|各位|等)?(?:主要负责人|负责人|负责同志|部长|科长|主任|同志)';
/** 听取…汇报 opening the clause after the meeting, the units, those reporting and a plain 工作/情况 between (no other work named). */
const HEARD_REPORTS = new RegExp(
  `^(?:会议?)?[,，]?\\s*(?:专题)?听取了?(?:${UNIT}(?:[、和及与]${UNIT})*)?(?:${REPORTERS})?(?:的)?(?:关于)?(?:${COMING_TIME}|本月|今年|年度|全年|前期|阶段性?)?(?:的)?(?:各项)?(?:工作|履职)?(?:开展|进展|落实)?(?:情况)?(?:的)?汇报`,
);

/**
 * 听取了工作汇报 · 听取组联部工作汇报 · 听取各科室近期工作情况汇报 (round 48, ftz, found by ftb: the meeting that heard them taken
 * for one on other work, the message dropped): a meeting hearing its units report on their work is the 分管 meeting's own
 * business; 听取安全生产工作汇报 names other work and is not this.
 */
export function hearsReportsOnly(after: string): boolean {
  return HEARD_REPORTS.test(after);
}
