// 「对 没问题」「可以，确认」「好的 就这样改吧」 typed on a waiting card (round 61, gaf; t63b: 「对 没问题」 on a 请确认修改 card
// was 「记录还没有修改，下面的卡片仍在等您确认」): a yes said in more than one word. Only words that say yes and nothing else
// (对 · 是的 · 没问题 · 可以 · 行 · 好的 · 确认 · 就这样 · 谢谢…): 「对了，还有一件事」 and 「对 是廉政谈话」 say more, so are no yes.
// 对，就是这些 (round 62, gbc; t64a Part B near-miss: 「这条消息没有记录」): 就是这些 · 就这些 say the card holds all of it.

/** One word of yes (longest first, so 没问题 is not read as 没 + …), with a soft particle after it. */
const YES_WORD =
  '(?:确认无误|确认修改|确认记录|确认没问题|没有问题|没问题|没毛病|没错|对的|对对对|对对|是的|是对的|可以的|可以|行的|行|好的|好|嗯嗯|嗯|确认|确定|同意|正确|就是这些|就这些|就是这样|就这样改|就这样|就这么改|就这么记|就这么定|按这个改|按这个记|改吧|记吧|ok|OK|Ok|okay|谢谢|多谢|辛苦了|麻烦了|对|是)(?:吧|啊|呀|哈|哦|的|啦)?';

/** The whole message: yes words, any number of them, apart by spaces or marks; nothing else. */
const YES_SAID = new RegExp(`^(?:${YES_WORD}[,，、;；:：。.!！~～\\s]*){2,6}$`);

/** Thanks alone (谢谢 谢谢 · 辛苦了，谢谢) say no yes to the card. */
const THANKS_ONLY = /^(?:(?:谢谢|多谢|辛苦了|麻烦了)(?:吧|啊|呀|哈|哦|的|啦)?[,，、;；:：。.!！~～\s]*)+$/;

/** Thanks words (said to be polite, not to agree), and the same as one test. */
const THANKS = /谢谢|多谢|辛苦了|麻烦了/g;
const THANKED = new RegExp(THANKS.source);
/**
 * A yes word that agrees to the card (对 · 没问题 · 可以 · 确认 · 就这样…), as against 好的 · 嗯 · 行 · ok, which also just
 * acknowledge what was said: 「好的谢谢」 on a 请确认修改 card is a thank-you for the answer (round 24's correctionsInWords: the
 * card keeps waiting), 「对，没问题，谢谢」 a yes.
 */
const AGREEING = /确认|确定|没有问题|没问题|没毛病|没错|对|是|可以|同意|正确|就这样|就这么|按这个|改吧|记吧/;

/**
 * Whether `text` is a yes said in two to six yes words (对 没问题 · 可以，确认 · 对，没问题，谢谢), nothing else in it. A single word is
 * CONFIRM_WORDS' (the dialog's own list), so this only widens it; 对了 (an aside opener) is no yes: 了 is not a yes word.
 */
export function confirmationSaid(text: string): boolean {
  const t = text.trim();
  if (t.length > 24 || !YES_SAID.test(t) || THANKS_ONLY.test(t)) return false;
  // 好的谢谢 · 行 谢谢 (the merge of round 61: correctionsInWords' 「好的谢谢」 had confirmed the change): with thanks, only an
  // agreeing word makes it a yes.
  return !THANKED.test(t) || AGREEING.test(t.replace(THANKS, ''));
}
