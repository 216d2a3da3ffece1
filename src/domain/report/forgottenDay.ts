// 上周和周涛吴静都谈了心，具体哪天忘了 (h24 probe: 没看懂, 哪天 read as a question): a clause saying the day is forgotten
// is no question; it goes, and the day is asked (in the week said, when one was) as for any report without one.

/** …，具体哪天忘了 · ，日子记不清了 · ，几号不记得了: the member saying they forgot the day. */
const FORGOT = /[,，;；\s]+(?:具体)?(?:是)?(?:哪天|哪一天|哪日|日期|日子|时间|几号)(?:我)?(?:忘了|忘记了|记不清了?|不记得了?|想不起来了?)[。.!！]?\s*$/;

/** `text` without a closing clause that says the day is forgotten; `text` itself when there is none. */
export function withoutForgottenDay(text: string): string {
  return text.replace(FORGOT, '');
}
