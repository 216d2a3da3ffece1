// 「郑部长前天和我谈心，谈了什么就不写了」 · 「…和我谈了谈心，内容就不写了吧」 (round 68, ghm; t71b FB2's kin): the member says the
// content is left out — as the bot asks (a talk keeps no word of what was said) — and the 什么 of 谈了什么 read the whole
// report as a question, the talk dropped. The clause waives no deed; it is taken out before the question and denial tests.

/** 谈了什么 · 谈话内容 · 具体内容 · 内容, then 就/都/也 不写(了)(吧) · 略 · 从略 · 不展开 · 不赘述 · 不细说. */
const WAIVED =
  /[，,；;。\s]*(?:具体)?(?:谈了什么|谈的什么|谈了啥|谈的啥|说了什么|聊了什么|聊了啥|具体谈话内容|谈话内容|谈心内容|具体内容|主要内容|内容)(?:我|这里|这儿)?(?:就|都|也)?(?:先)?(?:不写了|不写|不用写了|不用写|不详细写了?|不细写了?|不细说了?|不展开了?|不赘述了?|从略|略)(?:吧|啦|了)?[。！!]?/g;

/**
 * `text` without the clauses that say the content is left out (谈了什么就不写了); unchanged when there is none. Pure; the
 * deed before the clause is what the gate then reads.
 */
export function withoutContentWaived(text: string): string {
  return text.replace(WAIVED, '');
}
