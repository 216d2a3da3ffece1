// 上周的几件事报一下：周一…；周三… · 上个星期做了这些：星期二… (round 20u, L11: put in this week): a lead-in naming a week
// before a colon and a bare weekday heads the weekdays after it, as 「上周工作：」 does.

/**
 * A lead-in (at most 16 characters, no day of its own) that names a week (上周, 上个星期, 上礼拜, 本周, 这周, 上上周) and
 * ends in a colon, followed by a bare weekday. Used to break it onto a line of its own, where it is read as a heading.
 */
export const WEEK_LEAD_IN = /(^|\n)(\s*[^:\n]{0,8}?(?:上上|上|本|这)个?(?:周|星期|礼拜)(?![一二三四五六日天])[^:\n\d]{0,12}:)\s*(?=(?:周|星期|礼拜)[一二三四五六日天])/g;

/** `text` with each week lead-in (上周的几件事报一下：) on a line of its own, before the entries it heads. */
export function breakWeekLeadIn(text: string): string {
  return text.replace(WEEK_LEAD_IN, '$1$2\n');
}

/** 上周的几件事报一下: · 这周的情况说一下: : the week a lead-in line of its own names ('上', '本', '上上'), or undefined. */
export function weekOfLeadIn(line: string): '上' | '本' | '上上' | undefined {
  const m = /^\s*[^:\n]{0,8}?(上上|上|本|这)个?(?:周|星期|礼拜)(?![一二三四五六日天])[^:\n\d]{0,12}:\s*$/.exec(line);
  if (!m) return undefined;
  return m[1] === '这' ? '本' : (m[1] as '上' | '本' | '上上');
}
