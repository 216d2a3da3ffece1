// 「上周对各部门开展了作风纪律督查 周二去了康复部 周三去了教就部和财务科」 · 「上周查了两次作风纪律，周二去了康复部，周三去了
// 教就部、财务科」 (round 51 fzf, issue 10: one check on the first day at 康复部 and 教育就业部, 财务科 and the second day lost, or
// the second day asked with the first's places): a lead naming the check, then clauses each a weekday and the departments gone
// to that day, is one check per weekday at that day's departments. Written out as one clause per day (上周二到康复部作风纪律
// 督查;上周三到教就部和财务科作风纪律督查。), the lead's week before each weekday, which the day and place readers read as they
// read any such clause. A lead of another shape (someone with the checker, a remark after the days) stays as written.

/** The week the lead names, said again before each weekday. */
const SPAN = '(上上周|上周|本周|这周|上星期|上个星期|这个星期|本星期)?';
/** 对各部门 · 对机关各科室: whom the checks were of, said once (the days say where). */
const OVER = '(?:(?:对|在|到)(?:机关)?各(?:部门|科室|部室|单位|处室))?';
/** 开展了 · 进行了 · 搞了 · 组织了: the lead's verb. */
const VERB = '(?:组织开展了?|开展了?|进行了?|搞了|组织了?)?';
/** A count of the checks: 两次 · 2次. */
const COUNT = '(?:共|一共)?([两二三四五\\d])次';
/** The check as the lead names it: 作风纪律督查 · 作风检查 · 考勤抽查 · 明察暗访. */
const CHECK_NAMED = '((?:作风纪律|纪律作风|作风建设|工作纪律|作风|考勤|在岗)(?:专项)?(?:检查|督查|抽查|巡查)|明察暗访)';
/** 查了两次作风纪律: the spoken check, its object after the count. */
const CHECK_SPOKEN = '(?:查了|检查了|督查了)(?:共|一共)?([两二三四五\\d])次(作风纪律|作风|考勤|工作纪律)';
const LEAD = new RegExp(
  `^${SPAN}${OVER}(?:${VERB}(?:${COUNT})?${CHECK_NAMED}(?:工作)?(?:${COUNT})?|${CHECK_SPOKEN})(?:[,:]|\\s)+`,
);
/** The check named after the days for all of them: 都是作风纪律检查 · 均为作风督查. Group: the check. */
const TRAIL = new RegExp(`(?:[,:]|\\s)+(?:都是|均为|都为|均是|均系|都系|都属于)${CHECK_NAMED}$`);
/** Departments joined by 和 · 、 · 及: 教就部和财务科. */
const PLACES = '[\\u4e00-\\u9fa5]{1,8}?(?:部|科|室|中心)(?:[和、及与][\\u4e00-\\u9fa5]{1,8}?(?:部|科|室|中心))*';
/** One day's clause: 周二去了康复部 · 星期三到了教就部和财务科 · 周四查了维权部. Groups: week word, weekday, places. */
// 上周二去了康复部 (the lead's week already put before the first weekday by weekLeadIn): the day's own week is kept.
const DAY_PLACES = new RegExp(`^((?:上上|上|本|这)?个?(?:周|星期|礼拜))([一二三四五六日天])(?:上午|下午)?(?:去了|到了|去|到|走了|查了|检查了|督查了|看了)(${PLACES})$`);
const ONLY_PLACES = new RegExp(`^${PLACES}$`);

const NUMBER: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5 };

/**
 * `text` (normalised: `,` `:` `;` ASCII) with each line of the shape 「<week> <check lead> 周X去了<departments> 周Y去了
 * <departments>」 written as one clause per weekday, and whether any line was; other lines as they are. A count in the lead
 * (两次) that differs from the days leaves the line as written, read as before (which day the other check was is asked).
 */
export function withWeekdayCheckPlaces(text: string): { text: string; split: boolean } {
  let split = false;
  const lines = text.split('\n').map((line) => {
    const body = line.trim().replace(/[。.!！]+$/, '');
    const lead = LEAD.exec(body);
    // 上周二去了康复部 上周三去了教就部和财务科 都是作风纪律检查: the check named after the days, for all of them.
    const trail = lead ? null : TRAIL.exec(body);
    if (!lead && !trail) return line;
    const [said, span, countBefore, named, countAfter, countSpoken, spokenObject] = lead ?? ['', undefined, undefined, trail![1]];
    const check = named ?? `${spokenObject}检查`;
    const parts: string[] = [];
    const days = lead ? body.slice(said.length) : body.slice(0, trail!.index);
    for (const part of days.split(/[,;\s]+/).filter((p) => p !== '')) {
      // 周三去了教就部 财务科: a department spaced after a day's is that day's too.
      if (!DAY_PLACES.test(part) && ONLY_PLACES.test(part) && parts.length > 0) parts[parts.length - 1] += `、${part}`;
      else parts.push(part);
    }
    const read = parts.map((p) => DAY_PLACES.exec(p));
    if (read.length < 2 || read.some((d) => d === null)) return line;
    const count = countBefore ?? countAfter ?? countSpoken;
    if (count !== undefined && (NUMBER[count] ?? Number(count)) !== read.length) return line;
    split = true;
    // A bare weekday takes the week said before it: the lead's, or (with the check after the days) the first day's own.
    const week = span ?? (/^(?:周|星期|礼拜)$/.test(read[0]![1]!) ? undefined : read[0]![1]);
    return read.map((d) => `${/^(?:周|星期|礼拜)$/.test(d![1]!) && week ? week : d![1]}${d![2]}到${d![3]}${check}`).join(';') + '。';
  });
  return { text: lines.join('\n'), split };
}
