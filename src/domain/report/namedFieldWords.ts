// 「是我参加的，应该记在我名下」「活动人是我」「是张伟搞的」「带队的是李明」「人数不对，是29人」 after the records a correction
// names (namedItems): the doer or the head count those records take (round 31g F1/F4/F7: not understood on a waiting card).
import { arabicizeNumerals } from './parseNumerals.js';
import { FIELD_CORRECTED_TO, FIELD_WRONG, SAID_WRONG } from './fieldCorrectionWords.js';

/** The change a named record takes: who did it (`doer`: words naming one person; 我 for the sender) or its head count. */
export type NamedFieldWords = { kind: 'doer'; words: string } | { kind: 'count'; to: number };

/** 我 · 本人 · 我们部 · 我们科室: the sender, or the sender's own unit (the member did it for it). */
const SELF = '我们(?:部|科|室|处|办|科室|部门|单位|支部)?|我本人|本人|我';
const NAME = `(${SELF}|[^,;。!\\s我谁]{2,10}?)(?:同志)?`;
/** 活动人 · 主讲人 · 带队的 · 组织者: the doer's field labelled. */
const DOER_FIELD = '(?:活动人|组织者|组织人|负责人|主持人|主讲人|讲课人|带队的|带队人|带队领导|谈话人)';
/** 活动人错了 · 主讲人不对 · 不对 · 错了: a clause owning the field wrong, no value in it. */
const OWNED = new RegExp(`^(?:${SAID_WRONG}|更正|修改|${DOER_FIELD}${FIELD_WRONG})$`);
/** 活动人是我 · 主讲人应为张伟 · 带队的是李明. */
const LABELLED = new RegExp(`^${DOER_FIELD}${FIELD_WRONG}?(?:应该?是|应为|改为|改成|换成|是|为)${NAME}$`);
/** 是我参加的 · 是我们部组织的 · 应该是张伟搞的 · 李明带队的 · 张伟主讲的. */
const DEED = new RegExp(`^(?:是|应该是|应为|其实是|实际是|都是)?${NAME}(?:参加|组织|主讲|讲|带队|搞|开展|主持|召开|牵头|负责)的$`);
/** 应该记在我名下 · 记到张伟名下 · 算在我名下吧. */
const UNDER = new RegExp(`^(?:应该?|应当|要|请|都)?(?:记在|记到|算在|算到|挂在|放在)${NAME}(?:的)?名下(?:吧|才对)?$`);
/** 人数 · 参加人数 · 实到人数. */
const COUNT_FIELD = '(?:(?:参加|参会|参训|到会|实到|出席|听课|参与)(?:的)?)?(?:人数|人员数)';
/** 是29人 · 应该是29人 · 参加人数改为29人 · 29人 · 实到29人. */
const COUNT = new RegExp(`^(?:${COUNT_FIELD}${FIELD_WRONG}?)?(?:${FIELD_CORRECTED_TO}|实到|参加了?|到会)?(\\d{1,4})(?:人|名|位)$`);
const COUNT_OWNED = new RegExp(`^${COUNT_FIELD}${FIELD_WRONG}$`);

const SELF_ALONE = new RegExp(`^(?:${SELF})$`);

/** Who a clause names as the doer (the name's words, 我 for the sender's forms), or undefined. */
function doerIn(clause: string): string | undefined {
  const m = LABELLED.exec(clause) ?? DEED.exec(clause) ?? UNDER.exec(clause);
  if (!m) return undefined;
  return SELF_ALONE.test(m[1]!) ? '我' : m[1]!;
}

/**
 * The one change `words` (after namedItems took the records off; normalised) asks of the records named: every clause
 * (split at ， ； and spaces) owns a field wrong (活动人错了 · 人数不对 · 不对) or gives the doer (活动人是我 · 是我参加的 ·
 * 应该记在我名下 · 是张伟搞的 · 带队的是李明) or the head count (是29人 · 参加人数改为29人), and the values agree. The
 * sender's forms (我 · 本人 · 我们部) are `我`. Undefined when a clause is something else, or doer and count are mixed.
 */
export function namedFieldWords(words: string): NamedFieldWords | undefined {
  const clauses = arabicizeNumerals(words).replace(/个人/g, '人').split(/[,;:\s]+/).filter((c) => c !== '');
  const doers = new Set<string>();
  const counts = new Set<number>();
  for (const clause of clauses) {
    if (OWNED.test(clause) || COUNT_OWNED.test(clause)) continue;
    const doer = doerIn(clause);
    if (doer !== undefined) {
      doers.add(doer);
      continue;
    }
    const count = COUNT.exec(clause);
    if (!count) return undefined;
    counts.add(Number(count[1]));
  }
  if (doers.size === 1 && counts.size === 0) return { kind: 'doer', words: [...doers][0]! };
  if (counts.size === 1 && doers.size === 0) return { kind: 'count', to: [...counts][0]! };
  return undefined;
}
