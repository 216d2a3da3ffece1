// 本周一、三分别到康复部和组联部查了考勤 · 上周二、四分别和王强、李娟谈了心 (round 24, E: the second weekday was lost, both
// deeds put on the first day; the talks were stored at once so): a weekday list that names the week once is written out
// whole (上周二、上周四), so each 分别 item takes its own day.

/** 周一、三 · 上周二和四 · 星期一、三、五: the week word once, then more weekday numerals joined by 、/和/及. */
const LIST = /((?:上上|上|本|这|下)?(?:个)?)(周|星期|礼拜)([一二三四五六日天])((?:\s*[、,，和及与]\s*[一二三四五六日天](?![月日号点个次人十位名年]))+)/g;

/** `text` with each such list spelled out day by day (本周一、本周三); `text` itself when there is none. */
export function withWeekdayListsSpelled(text: string): string {
  if (!/[周期拜][一二三四五六日天]\s*[、,，和及与]\s*[一二三四五六日天]/.test(text)) return text;
  return text.replace(LIST, (_whole, week: string, word: string, first: string, more: string) => {
    const days = [...more.matchAll(/[一二三四五六日天]/g)].map((m) => m[0]);
    return [first, ...days].map((d) => `${week}${word}${d}`).join('、');
  });
}
