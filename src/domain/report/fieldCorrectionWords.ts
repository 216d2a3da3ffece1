// 人数写错了，应该是12人 · 题目有误，应为《…》: the words that own a field as wrong and bring its right value, one list for each
// field's corrector (countCorrection, titleCorrection).

/** 写错了 · 有误 · 不对 · 填错: the field owned as wrong; a regexp source, no capturing groups. */
export const FIELD_WRONG = '(?:(?:写|填|报|记|搞|弄|说|打)?(?:错了?|有误|不对))';

/** 应为 · 改成 · 其实是 · 是: the words that bring the right value; a regexp source, no capturing groups. */
export const FIELD_CORRECTED_TO = '(?:应该?是|应为|应当是|改为|改成|其实是|实际是|是|为)';

/** 不对 · 错了 · 说错了 · 有误: a whole clause saying something is wrong, no field named; a regexp source, no capturing groups. */
export const SAID_WRONG = '(?:不对|错了|说错了|写错了|搞错了|记错了|有误)';
