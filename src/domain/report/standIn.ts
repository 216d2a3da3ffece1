// 孙科长出差了，我代她昨天组织了科里的廉政教育… (round 41, t41a F10: asked 「这条廉政教育是谁的？」 with 孙丽 first): one standing in
// for an absent head (我代她 · 我代替孙科长 · 我临时代他) held the deed themself; the one away, named only to say why, is no
// candidate. Round 42 (t42a F8): the one standing in may be someone else, in any clause shape — 「…警示教育是王强副科长替她
// 组织的」 · 「王强代孙科长主持了…」 · 「由王强替她组织」 — the stand-in (替她 / 代孙科长) is dropped so X reads as the doer.

/** The verbs a stand-in does for the one away, within a few characters after 代她 / 替孙科长. */
const DEED_AHEAD = String.raw`(?=[\u4e00-\u9fa5\d]{0,8}?(?:组织|主持|召开|开展|带领|带着|领学|带队))`;

/** The one stood in for: 她 · 他 (not 他们) · 孙科长 · 冯部长 · 何主任 · 领导. */
const STOOD_FOR = String.raw`(?:她|他(?!们)|[\u4e00-\u9fa5]{1,3}?(?:副?科长|副?部长|副?主任|书记|副?理事长)|领导)`;

/** 我代她 · 我替她 · 我代孙科长 · 我代替他 · 我临时代他: the sender standing in, then within a few characters the deed. */
const STAND_IN = new RegExp(String.raw`我(?:临时)?(?:代替|替|代(?!表|理|办))${STOOD_FOR}?(?:临时)?${DEED_AHEAD}`);

/**
 * 王强副科长替她 · 王强代孙科长 · 由王强代替他临时: someone named standing in (not 我, read by STAND_IN): only the 替/代 + the
 * one away is dropped. 代表 / 代理 / 交代 / 时代 are no stand-in.
 */
const OTHER_STAND_IN = new RegExp(
  String.raw`(?<![我交时年世现取])(?:临时)?(?:代替|替|代(?!表|理|办))${STOOD_FOR}(?:临时)?${DEED_AHEAD}`,
  'g',
);

/** 孙科长出差了， · 部长请假了， at a line's start, before a stand-in: why someone stood in. */
// 何主任外出学习， (round 57, fef): away at a training or a meeting too.
const AWAY_BEFORE = /^[\s]*[\u4e00-\u9fa5]{1,6}?(?:出差|请假|休假|外出(?:学习|开会|培训)?|不在|生病|住院)了?\s*[,，]\s*/;

/**
 * 孙科长这周出差，12月2日由我组织科里同志学习了… · 孙丽出差了，周三我主持召开了… (round 55, fhe; t57b F7: asked whose, 孙丽 first):
 * after the clause saying the head was away, the sender saying they held it themself (由我 · 是我 · 我 + 组织/主持/…) stood in
 * as 我代她 does; the one away is no candidate. 我们 (the unit) is not this.
 */
const OWN_DEED_AFTER_AWAY = /(?:由|是)?(?:我|本人)(?!们)(?:临时|亲自|来|负责)?(?:组织|主持|召开|开展|带领|带着|领学|带队)/;

/**
 * `text` with a stand-in said plainly: the clause saying who was away dropped and 我代她 written 我 (孙科长出差了，我代她昨天
 * 组织了… → 我昨天组织了…), 王强副科长替她组织的 written 王强副科长组织的; `text` itself when no one stands in for anyone.
 */
export function withStandInPlain(text: string): string {
  if (!/[代替]/.test(text) && !/出差|请假|休假|外出|不在|生病|住院/.test(text)) return text;
  return text
    .split('\n')
    .map((line) => {
      const away = AWAY_BEFORE.exec(line);
      if (away && OWN_DEED_AFTER_AWAY.test(line.slice(away[0].length))) return line.slice(away[0].length);
      const own = STAND_IN.test(line);
      OTHER_STAND_IN.lastIndex = 0;
      const other = !own && OTHER_STAND_IN.test(line);
      if (!own && !other) return line;
      const rest = line.replace(AWAY_BEFORE, '');
      return own ? rest.replace(STAND_IN, '我') : rest.replace(OTHER_STAND_IN, '');
    })
    .join('\n');
}

/** 书记 · 理事长: one stood in for above the unit, whose deed may be no unit's. */
const ABOVE_UNIT = /书记|理事长/;

/**
 * Whether a line of `text` says the sender stood in for someone of their own unit away (孙科长这两天不在，…是我替她组织的 ·
 * 我代孙科长主持了… · 科长出差，由我组织…), before withStandInPlain writes the stand-in away (round 57, fef, t59b F6).
 */
export function senderStoodInForHead(text: string): boolean {
  return text.split('\n').some((line) => {
    if (ABOVE_UNIT.test(line)) return false;
    const away = AWAY_BEFORE.exec(line);
    return STAND_IN.test(line) || /是我(?:临时)?(?:代替|替|代)(?:她|他(?!们))/.test(line) || (away !== null && OWN_DEED_AFTER_AWAY.test(line.slice(away[0].length)));
  });
}
