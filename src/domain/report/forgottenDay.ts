// 上周和周涛吴静都谈了心，具体哪天忘了 (h24 probe: 没看懂, 哪天 read as a question): a clause saying the day is forgotten
// is no question; it goes, and the day is asked (in the week said, when one was) as for any report without one.

/** …，具体哪天忘了 · ，日子记不清了 · ，几号不记得了: the member saying they forgot the day, the day word first. */
// Not only at the end (round 43, t44a F7: 「…谈过一次心，具体几号记不清了，大概20号左右」 was 没看懂): the approximate day
// after it stays, read as any 大概…左右 day is (a card).
// 「…观看了警示教育片 具体哪天记不得了 应该是周三 3人」 (round 46 frg K3, voice input: the whole report dropped as no report):
// 记不得 and 记不太清 are the same forgetting, and a space parts the clause from what follows as a comma does.
const FORGOT =
  /[,，;；\s]+(?:具体)?(?:是)?(?:哪天|哪一天|哪日|日期|日子|时间|几号)(?:我)?(?:忘了|忘记了|记不清了?|记不太清了?|记不得了?|不记得了?|不太记得了?|想不起来了?)(?:[。.!！]?\s*$|(?=[,，;；\s]))/;
/**
 * …，记不清具体哪天了 · ，不记得是几号了 · ，忘了是哪天，大概是中旬: the same said verb first, and not only at the end (t42c F18:
 * 「1月份跟郑华、冯雪两位部长签了责任书，记不清具体哪天了，大概是中旬」 was answered 「这个问题我还回答不了」).
 */
const FORGOT_VERB_FIRST = /[,，;；\s]+(?:我)?(?:记不清|记不太清|记不得|不记得|不太记得|忘了|忘记了|想不起来)(?:了)?(?:具体)?(?:是)?(?:哪天|哪一天|哪日|几号|具体日子|具体日期|具体时间)(?:了)?(?=[,，;；。.!！\s]|\s*$)/;

/** `text` without a clause that says the day is forgotten; `text` itself when there is none. */
export function withoutForgottenDay(text: string): string {
  return text.replace(FORGOT, '').replace(FORGOT_VERB_FIRST, '');
}
