// 向党组报告：… · 现将本月情况报告如下：… (round 34b, §2c): a line at the head of a message that says to whom the sender writes.

/**
 * At the head of a message (text normalized, ：as :): 向/给 someone 报告/汇报 (如下), or 现将…报告如下, ending on a colon. Such
 * a heading names no deed: read as 向党组报告, it took the first item's day and 3人次 as a head count and lost that item.
 */
const ADDRESS_HEADING = /^\s*(?:(?:特此|现)?(?:向|给)[^,:。!?\n]{1,12}?(?:书面)?(?:报告|汇报)(?:如下)?|现将[^:。!?\n]{0,30}?(?:报告|汇报)如下)\s*:\s*/;

/**
 * Where the message's body starts after an address heading (`text` normalized: ：→ :), or 0 when it opens with none or
 * nothing readable follows it. 11月20日向党组报告了本部门…情况 (a deed with its day, no colon) is no heading.
 */
export function addressHeadingEnd(text: string): number {
  const m = ADDRESS_HEADING.exec(text);
  return m && /[\u4e00-\u9fa5]/.test(text.slice(m[0].length)) ? m[0].length : 0;
}
