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
 * Departments as the subject, then as many days, 分别/先后 and what they held (分管的教就部和维权部11月10日、17日分别召开了
 * 党风廉政建设工作会议 · 教就部、维权部分别于11月10日、17日召开了…): group 1 a lead (分管的), 2 the departments, 3 or 4 the
 * days, 5 the verb, 6 what was held.
 */
const SUBJECT_FIRST = new RegExp(
  `((?:我|其|他|她)?分管的)?(${DEPARTMENT}(?:\\s*[、和及与]\\s*${DEPARTMENT}){1,5})\\s*(?:(?:于|在)?\\s*(${DAY}(?:\\s*[、，,和及]\\s*${DAY}){1,5})\\s*(?:分别|先后)|(?:分别|先后)\\s*(?:于|在)\\s*(${DAY}(?:\\s*[、，,和及]\\s*${DAY}){1,5}))\\s*((?:组织)?(?:召开|举行|组织|开展)了?)([^，,；;。\\n]*)`,
  'g',
);

/**
 * `text` with each run of days paired by 分别 with as many departments (11月5日、11月12日分别参加了办公室、财务科的…会议)
 * written out one clause per pair (11月5日参加了办公室的…会议；11月12日参加了财务科的…会议). A run whose days and departments
 * differ in number, or whose first day has no month, is left as it is.
 */
export function withRespectiveDayDepartments(text: string): string {
  return withSubjectDepartmentsPaired(withDaysPaired(text));
}

/**
 * Each day of a list spelled whole (11月10日、17日 → 11月10日、11月17日 · 本周一、周三 → 本周一、本周三): a bare day takes the month
 * of the last day that named one, a bare weekday the week of the last one that named it.
 */
function daysSpelled(days: string[]): string[] {
  let month = '';
  let week = '';
  return days.map((day) => {
    month = /^(\d{1,2})月/.exec(day)?.[1] ?? month;
    const w = WEEKDAY.exec(day);
    if (w) week = w[1] ?? week;
    return w ? (w[1] || !week ? day : `${week}${day}`) : /月/.test(day) ? day : `${month}月${day}`;
  });
}

/**
 * `text` with departments written as the subject before as many days and 分别 (分管的教就部和维权部11月10日、17日分别召开了
 * …会议) written out one clause per pair, each department before its own day (11月10日在分管的教就部召开了…会议；11月17日在分管的
 * 维权部召开了…会议), read as a single day's meeting at a department is.
 */
// t42c F14: read as it stood, each meeting went in at once at both departments. The lead (分管的) stays on every clause,
// so each department is still one the sender oversees. Written department first (教就部11月10日召开了…) a lone clause
// is read as the head's deed of no known kind, so the day goes first.
function withSubjectDepartmentsPaired(text: string): string {
  return text.replace(
    SUBJECT_FIRST,
    (all, lead: string | undefined, deptList: string, daysBefore: string | undefined, daysAfter: string | undefined, verb: string, what: string) => {
      const dayList = (daysBefore ?? daysAfter)!;
      const days = dayList.split(/\s*[、，,和及]\s*/);
      const depts = deptList.split(/\s*[、和及与]\s*/);
      const weekdays = days.every((d) => WEEKDAY.test(d));
      if (!weekdays && !/月/.test(days[0]!)) return all;
      // Counts that differ: the days before 分别在 and the departments, which unpairedDays then asks day by day.
      if (days.length !== depts.length) return `${dayList}分别在${lead ?? ''}${depts.join('、')}${verb}${what}`;
      return daysSpelled(days).map((said, i) => `${said}在${lead ?? ''}${depts[i]}${verb}${what}`).join('；');
    },
  );
}

function withDaysPaired(text: string): string {
  return text.replace(RESPECTIVE, (all, dayList: string, along: string | undefined, verb: string, deptList: string, what: string) => {
    const days = dayList.split(/\s*[、，,和及]\s*/);
    const depts = deptList.split(/\s*[、和及]\s*/);
    // 本周一、周三分别随黄书记对宣文部、教就部开展明察暗访 (t39a F10: each check at both departments): weekdays pair as days do,
    // the week of the first going on to the bare ones after it; the one gone along with (随X) stays in every clause.
    const weekdays = days.every((d) => WEEKDAY.test(d));
    if (days.length !== depts.length || (!weekdays && !/月/.test(days[0]!))) return all;
    return daysSpelled(days).map((said, i) => `${said}${along ?? ''}${verb}${depts[i]}${what}`).join('；');
  });
}
