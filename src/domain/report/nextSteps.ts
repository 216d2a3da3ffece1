// A closing 「下一步，…将…」 sentence of a 通讯稿: what the unit means to do, which must not make the deeds before it plans.
import { findKinds } from './parseKind.js';
import { extractTitles } from './parseTraining.js';

/** 下一步，市残联将持续深化以案促改。 · 今后将… · 接下来要…: a sentence of intentions with no deed of its own. */
const NEXT_STEPS = /(?:^|(?<=[。;!?\n]))[\s]*(?:下一步|今后|接下来|下一阶段|下阶段|未来)[^。;!?\n]*?(?:将|要|继续|持续|进一步)[^。;!?\n]*[。;!?]*/g;

/** A day named in the sentence (12月10日前…): a plan with a day is a plan of its own, read as one. */
const NAMES_DAY = /\d{1,2}月|[一二三四五六七八九十]{1,3}月|[上下本]周|明天|后天/;

/** A sentence naming a talk or a signing with someone (与/和…谈话 · 签订): a deed to come, not an intention. */
function names(sentence: string): boolean {
  const { titles, rest } = extractTitles(sentence);
  return titles.length > 0 || (findKinds(rest).length > 0 && /(?:与|和|跟|同|找)[^。;!?]{1,16}?(?:谈|签)/.test(rest));
}

/**
 * `text` (normalised) without its sentences of intentions (下一步…将…). A message that is
 * nothing but such a sentence, or one naming a day, is left as it is (the plan check reads it). Round 16, K10: the
 * 警示教育大会 of 11月13日 before 「下一步，…将…」 was dropped as a plan.
 */
export function withoutNextSteps(text: string): string {
  let taken = false;
  const out = text.replace(NEXT_STEPS, (m) => {
    // 下一步将与陈志强、赵敏两位同志开展廉政谈话 (round 35a, F4's kin: dropped without a word): a deed of a kind named is a
    // plan of its own, left for the plan check to name; only intentions naming no kind go.
    if (NAMES_DAY.test(m) || names(m)) return m;
    taken = true;
    return '';
  });
  return taken && out.trim() !== '' ? out.replace(/\n{2,}/g, '\n').trimEnd() : text;
}
