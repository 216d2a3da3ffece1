// 看了警示教育片 忘了报 · …警示片 补录 · …警示片 麻烦登记一下 · …警示片 谢谢 (round 45 frf, members' phone chat: stored at
// once as the film 《忘了报》《补录》《谢谢》): words a member adds about the report itself, or to the bot, after a space.

/** 忘了报 · 忘记报了 · 之前漏报了 · 没登记 (the report late, not the deed). */
const LATE = /^(?:之前|上次|当时|那天|刚才?)?(?:忘了?|忘记了?|漏了?|没有?|迟了?)(?:报|录|登记|填|说)了?(?:一下)?$/;
/** 补录 · 补报一下 · 补记下. */
const BACKFILL = /^补(?:报|录|登|记|填)(?:一下|下)?了?$/;
/** 麻烦登记一下 · 请登记 · 帮我记一下 · 记一下 · 辛苦记一下: a request to the bot (记录 alone may end a film's name, 忏悔录). */
const REQUEST = /^(?:(?:麻烦|辛苦|请|劳驾|帮忙|帮我)(?:您|你)?(?:帮忙|帮我)?(?:登记|记录|记|录|报|上报|补|录入)(?:一下|下)?|(?:登记|记录|记|录|报|上报|补|录入)(?:一下|下))$/;
/** 谢谢 · 辛苦了 · 刚想起来 · 差点忘了. */
const COURTESY = /^(?:谢谢|多谢|感谢|辛苦了?|收到|好的|刚想起来|才想起来|想起来了|差点忘了)$/;

/** Whether `words` (a run of text between spaces) is a member's aside about the report or to the bot, never a name. */
export function isChatAside(words: string): boolean {
  return LATE.test(words) || BACKFILL.test(words) || REQUEST.test(words) || COURTESY.test(words);
}
