// 孙科长出差了，我代她昨天组织了科里的廉政教育… (round 41, t41a F10: asked 「这条廉政教育是谁的？」 with 孙丽 first): one standing in
// for an absent head (我代她 · 我代替孙科长 · 我临时代他) held the deed themself; the one away, named only to say why, is no
// candidate.

/** 我代她 · 我代孙科长 · 我代替他 · 我临时代他: the sender standing in, then within a few characters the deed. */
const STAND_IN = /我(?:临时)?代(?:替)?(?:她|他|[\u4e00-\u9fa5]{1,2}(?:科长|部长|主任|书记|理事长))?(?:临时)?(?=[\u4e00-\u9fa5\d]{0,8}?(?:组织|主持|召开|开展|带领|带着|领学))/;

/** 孙科长出差了， · 部长请假了， before the stand-in: why the sender stood in. */
const AWAY_BEFORE = /^[\s]*[\u4e00-\u9fa5]{1,6}?(?:出差|请假|休假|外出|不在|生病|住院)了?\s*[,，]\s*(?=我(?:临时)?代)/;

/**
 * `text` with a stand-in said plainly: the clause saying who was away dropped and 我代她 written 我 (孙科长出差了，我代她昨天
 * 组织了… → 我昨天组织了…); `text` itself when the sender stands in for no one.
 */
export function withStandInPlain(text: string): string {
  if (!/我(?:临时)?代/.test(text)) return text;
  return text
    .split('\n')
    .map((line) => (STAND_IN.test(line) ? line.replace(AWAY_BEFORE, '').replace(STAND_IN, '我') : line))
    .join('\n');
}
