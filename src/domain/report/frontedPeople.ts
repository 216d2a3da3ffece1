// 吴静周涛我都谈完了 · 李明和孙丽我都谈过了 (round 22 #2: the second name read as the doer, or one day answered for one
// of them only): people put before 我…都谈 are those the sender talked to, written here in the order the reader knows
// (我和吴静、周涛都谈完了), so each gets a talk and one day, said or asked, is theirs together.
import { namesKey } from './directoryNames.js';
import { guardedAlternation } from './guardedAlternation.js';
import { alternation } from './parseDirectoryIndex.js';

/** A day said before or after the people (今天吴静周涛我都… · 吴静周涛我今天都…). */
const TIME = '((?:今天|昨天|前天|刚刚|刚才|刚|上午|下午|晚上|(?:上|本|这)(?:周|星期|礼拜)[一二三四五六日天]?|\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}[日号]|(?:周|星期|礼拜)[一二三四五六日天]){0,3})';
/** 两个 · 两位 · 他们: a word counting or gathering the people named before 我. */
const GATHERED = '(?:[两二三四五六几](?:个人?|位|人)|他们|她们|他俩|她俩|这几位|这几个)?';


const cache = new Map<string, { re: RegExp; one: RegExp }>();

/**
 * The fronted people's pattern and one name's (`one`, for splitting them), built once per set of names: `one` was built
 * for every message with a 我 (issue 14, r47), its 1,000 names sorted, escaped and compiled each time. Both global, used
 * only by `replace` and `match`, which start from 0.
 */
function pattern(names: readonly string[]): { re: RegExp; one: RegExp } {
  const key = namesKey(names);
  const hit = cache.get(key);
  if (hit) return hit;
  const name = `(?:${guardedAlternation(names)})(?:同志)?`;
  const re = new RegExp(
    `(^|[，,。；;！!？?\\s])${TIME}(${name}(?:[、,，和与及跟]?${name}){0,7})${GATHERED}[,，]?\\s*我${TIME}(都|也|全都|全|均)(已经|已)?(?=约谈|谈|聊|签)`,
    'g',
  );
  const made = { re, one: new RegExp(`(?:${alternation(names)})`, 'g') };
  cache.set(key, made);
  return made;
}

/**
 * `text` with people fronted before 我…都/也 + 谈/签 written after 我和 (吴静周涛我都谈完了 → 我和吴静、周涛都谈完了); `text`
 * itself when none. `names`: the directory's names, the only words read as people here (names run together are split by
 * them, so 吴静周涛 is two people, never one unknown).
 */
export function withFrontedPeople(text: string, names: readonly string[]): string {
  if (!text.includes('我')) return text;
  const { re, one } = pattern(names);
  return text.replace(re, (_whole, pre: string, before: string, people: string, after: string, adv: string, already: string | undefined) => {
    const listed = people.match(one) ?? [];
    return `${pre}${before}我${after}和${listed.join('、')}${adv}${already ?? ''}`;
  });
}
