// 王建国副理事长带领办公室、财务科负责人对机关各部室…开展监督检查 (round 29a, A4: the check stored at 办公室、财务科 on a card):
// the units a checker leads (带领/率领…) go along with them; what was checked is the object of 对/到 after them.

/** 带领 · 率领 · 带着 · 领着 · 带队 before the unit, maybe after other units of the same list (带领办公室、). */
const LED_BEFORE = /(?:带领|率领|带着|领着|带上|陪同)(?:[^,;。!?对到赴\n]{1,10}?[、和及与])*[\s\u0000]*$/;
/**
 * After the unit: who of it went (负责人, 同志, 工作人员…), maybe more units of the list, then the place checked (对/到/赴…).
 * 带领办公室开展自查 (no place after) is no companion.
 */
const LED_AFTER = /^[\s\u0000]*(?:的)?(?:(?:主要|相关)?负责(?:同志|人)|同志|人员|工作人员|干部|科长|主任|部长|相关人员|骨干)?(?:等)?(?:[、和及与][^,;。!?\n]{1,16}?)?(?:一起|一道|共同)?[\s\u0000]*(?:对|到|赴|深入|前往|来到)/;

/**
 * Whether a department named between `before` and `after` (the text either side of it) is led along on a check: the
 * object of 带领/率领… (alone or in a list) with a place checked (对/到…) after it. 带领办公室开展自查 is not.
 */
export function checkLedAlong(before: string, after: string): boolean {
  return LED_BEFORE.test(before) && LED_AFTER.test(after);
}
