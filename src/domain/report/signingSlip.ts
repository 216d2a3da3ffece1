// 随后签定了廉洁自律承诺书 (round 36, t36b F9: the signing after a talk stored with no one): 签定 is a slip of 签订.

/**
 * `text` with 签定 (a common homophone slip, or the older spelling) written 签订 before a 责任书/承诺书/责任状 within the clause,
 * so every reader of signings (who it was with, what goes on after a talk) sees the one spelling. Other text unchanged.
 */
export function withSigningSlip(text: string): string {
  return text.replace(/签定(?=[^,，;；。\n]{0,16}?(?:责任书|承诺书|责任状))/g, '签订');
}
