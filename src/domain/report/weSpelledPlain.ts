// 「咱们科昨天看了警示教育片 …」 from 孙丽 (round 50, fxe kind 3: stored at once with no department, where 「我们科昨天…」 is
// 财务科's): the spoken 咱们 (咱们科 · 咱们部 · 咱们中心 · 咱俩 · 咱科) is the sender's 我们, and only a few readers knew it.

/** 咱们 · 咱俩 · 咱 before a unit word (咱科 · 咱部 · 咱中心): the spoken first person plural. */
const SPOKEN_WE = /咱们|咱(?=俩|科|部|室|中心|单位)/g;

/** `text` with the spoken 咱们 / 咱俩 / 咱科 written 我们 / 我俩 / 我科, as every reader knows them; unchanged otherwise. */
export function withWeSpelledPlain(text: string): string {
  return text.replace(SPOKEN_WE, (w) => (w === '咱们' ? '我们' : '我'));
}
