// 廉政谈话记录 … 谈话对象：徐辉 记录人：孙杰 (round 20u, L06: 孙杰 made a second counterpart): the one who wrote a form
// down, checked it or filed it took no part in the deed.

/** 记录人：孙杰 · 审核人：李明 · 填表人：林晓（纪检干事） · 经办人：王强: a form's clerk field, name and all. */
const CLERK_FIELD = /(?:记录人|记录员|审核人|填表人|填报人|经办人|整理人)\s*:\s*[\u4e00-\u9fa5]{2,4}(?:\s*\([^)]{0,16}\))?/g;

/** `text` without the clerk fields of a pasted form, so no one named there is read as a counterpart. */
export function withoutFormClerks(text: string): string {
  return text.replace(CLERK_FIELD, '');
}
