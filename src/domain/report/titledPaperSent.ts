// 本月向市纪委报送党风廉政建设信息2篇，11月30日报送了一篇《市残联扎实开展警示教育月活动》 (round 69, gim; t72b F2, issue 10:
// the card held a 警示教育 on 11-30 made from the article's title, and the 信息报送 of that day was kept with no title): the
// words inside 《》 after a paper sent (报送了一篇 · 报送稿件 · 上报简报 · 投稿一篇) are that paper's title, never a deed. The
// kind readers see a paper only where 信息 is said, so the paper is written 信息 before its title; a title after a bare
// count (11月30日一篇《…》) in a message that counts papers is a paper sent too.

/** Sending a paper: 报送 · 上报 · 呈报 · 投送 · 投稿 · 报了 · 投了 · 发了, maybe 了, maybe 向…/给… in between is not taken. */
const SENT = '(?:报送|上报|呈报|投送|投稿|报了|投了|发了)了?';
/** One paper (or two) counted: 一篇 · 1篇 · 两篇 · 一份 · 一期. */
const COUNT = '(?:[一二两1-9]|另一)\\s*(?:篇|份|期)';
/** A paper's name other than 信息: 稿件 · 文章 · 简报 · 稿子 · 新闻稿 · 宣传稿 · 通讯稿 · 一期简报's 简报. */
const NOUN = '(?:稿件|文章|简报|稿子|新闻稿|宣传稿|通讯稿|工作动态)';

/** Sent, counted and/or named, then its title: at least one of the count and the noun said (a bare 报送《…》 is left). */
const SENT_TITLED = new RegExp(`(${SENT}\\s*)(?=(?:${COUNT})?\\s*(?:${NOUN})?\\s*《)((?:${COUNT})?\\s*)((?:${NOUN})?)(\\s*)《`, 'g');

/** A message that counts papers: 信息2篇 · 稿件3篇 · 报送了2篇信息 · 简报两期. */
const PAPERS_COUNTED = new RegExp(`(?:信息|稿件|简报|文章|稿子)[^,，;；。\\n]{0,4}?(?:\\d{1,2}|[一二两三四五六七八九十])\\s*(?:篇|份|期)|(?:\\d{1,2}|[一二两三四五六七八九十])\\s*(?:篇|份|期)\\s*(?:[\\u4e00-\\u9fa5]{0,6}?)(?:信息|稿件|简报|文章)`);

/** A day opening a clause: 11月30日 · 11月30号 · 11.30 · 前天 · 上周三 · 本周一. */
const DAY = '(?:\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]?|\\d{1,2}\\.\\d{1,2}|[昨前]天|大前天|(?:上|本|这)(?:周|星期)[一二三四五六日天]|周[一二三四五六日天])';
/** At a clause's start, a day and maybe 其中/还有, then a bare count and the title: no verb, no noun. */
const DAY_COUNT_TITLED = new RegExp(`((?:^|[,，;；。:：\\n\\s])(?:其中\\s*)?)(${DAY})(\\s*(?:还有|又|另)?\\s*)(${COUNT}\\s*)《`, 'g');

/**
 * `text` with each paper sent before a title written as a 信息 (报送了一篇《A》 → 报送了一篇信息《A》, 报送稿件《A》 →
 * 报送信息稿件《A》) and, when the message counts papers, each clause of a day and a bare count before a title written as a
 * paper sent (11月30日一篇《A》 → 11月30日报送信息一篇《A》). A paper that says 信息 already, a title after no count and no
 * paper name (报送了《A》), and a title after another verb (观看了一部《A》 · 学习了一篇《A》) are left as they are.
 */
export function withTitledPaperSent(text: string): string {
  if (!text.includes('《')) return text;
  let out = text.replace(SENT_TITLED, (whole, sent: string, count: string, noun: string, gap: string) => {
    if (!count.trim() && !noun) return whole;
    return `${sent}${count}信息${noun}${gap}《`;
  });
  if (PAPERS_COUNTED.test(out)) out = out.replace(DAY_COUNT_TITLED, (whole, lead: string, day: string, gap: string, count: string) => {
      // 11.20 一篇《…》: a dotted day is written out, as the other dotted-day passes do, so the clause keeps its title.
      const written = day.replace(/^(\d{1,2})\.(\d{1,2})$/, '$1月$2日');
      return `${lead}${written}${gap.trim()}报送信息${count}《`;
    });
  return out;
}
