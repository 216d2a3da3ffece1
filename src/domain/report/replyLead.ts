// 林晓「不是查询，是上报：11月6日对办公室、11月13日对康复部、11月27日对维权部开展了作风纪律检查，均由黄书记带队」 (round 54, fjc;
// t56b F3: a card with only 维权部, items 1–2 called 「一个问题」): words opening a message that answer the bot's misreading of
// the one before (不是查询，是上报) or ask it to record (补报一下：· 登记一下：) are about the message, never part of a deed.

/**
 * The lead: 不是查询/不是问/不是提问/不是导出 (，是上报; round 55, t58b F1: 「不是导出，是报一下：」 after a check naming a 台账 was
 * answered with an export), or 是上报 · 这是上报 · 我是来上报的, or 补报一下 · 登记一下 · 上报一下 · 报一下 · 记录一下 ·
 * 帮我登记一下 · 请登记, then a colon or comma. Only at the very start of the message.
 */
export const REPLY_LEAD =
  /^\s*(?:(?:我)?(?:不是|并不是|不是在)(?:查询|问|提问|咨询|要查|查|导出|要导出|要台账|要台帐|下载)(?:的|啊|哈)?\s*[，,。.！!]?\s*(?:(?:是|这是|我是|而是|是要|我要)(?:来)?(?:上报|报送|报告|补报|登记|记录|报)(?:的|一下|工作)?)?|(?:这|我)?(?:是|要)(?:来)?(?:上报|补报|报送)(?:的|一下)?|(?:麻烦|请|帮我|帮忙)?(?:补报|补录|登记|上报|报|记录|录入|补记)一下)\s*[：:，,。.！!]\s*/;

/** `text` without a REPLY_LEAD at its start, when a deed's words follow it; `text` itself otherwise. */
export function withoutReplyLead(text: string): string {
  const m = REPLY_LEAD.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  return /[\u4e00-\u9fa5\d]/.test(rest) ? rest : text;
}
