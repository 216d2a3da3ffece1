// 「赵敏同志就下一步纪律教育作了安排」: arranging an education (at a meeting) is no education held, by anyone.
/** A clause where someone 就 an education or study 作了安排/部署/提出要求, with the comma before it. */
const ARRANGED = /[，,]?[^，,。；;！!？?\n]{0,16}?就[^，,。；;！!？?\n]{0,12}?(?:教育|学习|党课)(?:工作)?(?:作了?|作出了?|进行了?|提出了?)(?:安排|部署|要求)/g;

/**
 * The text without clauses that arrange an education (…就下一步纪律教育作了安排), so the meeting they were said at
 * stays the one record. Read as a deed, it made a 廉政教育 of the sender who pasted the item (round 22, K4).
 */
export function withoutArrangedOnly(text: string): string {
  return text.replace(ARRANGED, '');
}
