// A member's own words shown inside a card's markdown: shown as written, never as markup.

/** ASCII characters Feishu's card markdown reads as syntax (links, tags, emphasis, code) and their full-width twins. */
const FULL_WIDTH: Record<string, string> = {
  '[': '［',
  ']': '］',
  '(': '（',
  ')': '）',
  '<': '＜',
  '>': '＞',
  '*': '＊',
  '~': '～',
  '`': '｀',
  '_': '＿',
  '#': '＃',
  '|': '｜',
  '\\': '＼',
};

/**
 * `text` (a title, a quoted message, anything a member typed) made safe to put into a card's `markdown` element: the
 * characters Feishu's markdown treats as syntax — `[x](url)` links, `<font>`/`<at>`/`<link>` tags, `**`, `~~`, code,
 * table pipes — become their full-width forms, which read the same in Chinese text and render as themselves (found by
 * a newcomer: a title 《[点这里](https://…)》 became a link on the receipt, `<font color=red>` coloured it). Feishu
 * documents which tags its markdown renders, not a complete escape syntax (open.feishu.cn 富文本（Markdown）组件), so
 * nothing here relies on one. Line breaks become spaces. Only for display: the record keeps the text as written.
 */
export function plainInMarkdown(text: string): string {
  return text.replace(/[[\]()<>*~`_#|\\]/g, (c) => FULL_WIDTH[c]!).replace(/\s*[\r\n]+\s*/g, ' ');
}
