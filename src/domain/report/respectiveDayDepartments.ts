// 王建国「11月5日、11月12日分别参加了办公室、财务科的党风廉政建设会议并讲话。」 (l3, issue 10: both meetings given to 孙丽,
// 财务科's head, the first day's department lost): days listed, then 分别 and as many departments, pair in order — the
// first day goes with the first department — so each pair is a clause of its own, read as a single one is.

/** A day, its month perhaps left to the one before (11月5日、12日), or a weekday its week perhaps left (本周一、周三). */
// 10月、11月分别对办公室、财务科开展了…检查 (t39a F14: the days answered later, each check stored at both): months pair too,
// each clause then asking its own day.
const DAY = '(?:(?:(?:本|上|这)个?(?:周|星期)?)?(?:周|星期)[一二三四五六日天]|(?:\\d{1,2}月)?\\d{1,2}[日号]|\\d{1,2}月份?(?![\\d日号]))';
/** A weekday, the week said or not (周三 · 本周一 · 上周周一): group 1 the week (本 · 上 · 这). */
const WEEKDAY = /^(?:(本|上|这)个?(?:周|星期)?)?(?:周|星期)[一二三四五六日天]$/;
/** A department as written in a list (办公室 · 财务科 · 康复中心), as bracketedDayPlaces reads one. */
const DEPARTMENT = '[\\u4e00-\\u9fa5]{2,10}?(?:部|科|室|中心)';
/** Days, 分别/先后, going to or attending, departments, what was there (to the clause's end). */
const RESPECTIVE = new RegExp(
  `(${DAY}(?:\\s*[、，,和及]\\s*${DAY}){1,5})\\s*(?:分别|先后)\\s*((?:随|跟随|跟着|陪同)[\\u4e00-\\u9fa5]{1,8}?)?\\s*(参加了?|出席了?|列席了?|到|赴|深入|对)\\s*(${DEPARTMENT}(?:\\s*[、和及]\\s*${DEPARTMENT}){1,5})(的?[^，,；;。\\n]*)`,
  'g',
);

/**
 * `text` with each run of days paired by 分别 with as many departments (11月5日、11月12日分别参加了办公室、财务科的…会议)
 * written out one clause per pair (11月5日参加了办公室的…会议；11月12日参加了财务科的…会议). A run whose days and departments
 * differ in number, or whose first day has no month, is left as it is.
 */
export function withRespectiveDayDepartments(text: string): string {
  return text.replace(RESPECTIVE, (all, dayList: string, along: string | undefined, verb: string, deptList: string, what: string) => {
    const days = dayList.split(/\s*[、，,和及]\s*/);
    const depts = deptList.split(/\s*[、和及]\s*/);
    // 本周一、周三分别随黄书记对宣文部、教就部开展明察暗访 (t39a F10: each check at both departments): weekdays pair as days do,
    // the week of the first going on to the bare ones after it; the one gone along with (随X) stays in every clause.
    const weekdays = days.every((d) => WEEKDAY.test(d));
    if (days.length !== depts.length || (!weekdays && !/月/.test(days[0]!))) return all;
    let month = '';
    let week = '';
    return days
      .map((day, i) => {
        month = /^(\d{1,2})月/.exec(day)?.[1] ?? month;
        const w = WEEKDAY.exec(day);
        if (w) week = w[1] ?? week;
        const said = w ? (w[1] || !week ? day : `${week}${day}`) : /月/.test(day) ? day : `${month}月${day}`;
        return `${said}${along ?? ''}${verb}${depts[i]}${what}`;
      })
      .join('；');
  });
}
