// Type words mistyped by voice input or a pinyin keyboard (廉政坦话, 廉政当课, 连政谈话): same sound, other characters.
import { createRequire } from 'node:module';
import type { ActivityTypeCode } from '../activityTypes.js';

/** The type words a slip is compared with; only a whole word of these counts, so a slip stands where a type word would. */
const TYPE_WORDS: ReadonlyArray<[ActivityTypeCode, string]> = [
  ['talk_integrity', '廉政谈话'],
  ['talk_integrity', '廉洁谈话'],
  ['talk_integrity', '提醒谈话'],
  ['talk_heart', '谈心谈话'],
  ['edu_lecture', '廉政党课'],
  ['edu_lecture', '廉洁党课'],
  ['edu_warning', '警示教育'],
  ['edu_warning', '警示教育片'],
  ['edu_integrity', '廉政教育'],
  ['edu_integrity', '廉洁教育'],
  ['pledge_sign', '责任书'],
  ['pledge_sign', '承诺书'],
  // 专提会议 · 自察 · 作风纪律捡查 (round 42, t41a F17's family: refused as no report): the other duty words staff slip on.
  // 党课 alone is not one: 当课代表 sounds the same with 课 in place (廉政党渫 is read through 廉政党课's look-alikes).
  ['meeting_special', '专题会议'],
  ['report_self', '自查'],
  ['inspect_style', '作风纪律检查'],
  ['inspect_style', '作风检查'],
];

// pinyin-pro's tables are ~13 MiB of RSS: loaded on the first window that may be a slip, which most messages never have
// (as src/org/pinyinIds.ts does). require() keeps the parser synchronous.
let pinyinPro: typeof import('pinyin-pro') | undefined;
const soundOf = (word: string): string => {
  pinyinPro ??= createRequire(import.meta.url)('pinyin-pro') as typeof import('pinyin-pro');
  return pinyinPro.pinyin(word, { toneType: 'none', type: 'array' }).join(' ');
};
/** Sounds of the words and windows met so far: the same few (廉政教育 beside 廉政谈话) come back in every message. */
const sounds = new Map<string, string>();
const SOUNDS_KEPT = 4096;
const cachedSound = (word: string): string => {
  let sound = sounds.get(word);
  if (sound === undefined) {
    if (sounds.size >= SOUNDS_KEPT) sounds.clear();
    sounds.set(word, (sound = soundOf(word)));
  }
  return sound;
};

/**
 * The characters of the type words and their common same-sounding (toneless) ones, checked against pinyin-pro once when
 * written. A window must fit this table before it is sounded out: so a far slip (练正谈画, one character in place; round
 * 14: 没看懂) can be read, and an ordinary message never loads pinyin-pro. A slip by a rarer character is missed.
 */
const HOMOPHONES: Readonly<Record<string, string>> = {
  廉: '连联练炼恋莲怜帘链敛殓涟脸', 政: '正证整症郑挣征睁蒸争铮狰', 谈: '坦谭潭弹探叹碳贪摊瘫滩炭毯痰檀', 话: '画化华花划滑桦哗',
  洁: '结节杰捷截劫睫竭', 党: '当档挡荡', 课: '可克刻客科颗棵渴', 警: '井景静京经竞镜境敬径颈', 示: '是事市式试室势世视适饰侍',
  教: '较叫交角焦胶轿窖', 育: '于与预遇玉语雨域欲浴狱愈', 心: '新欣辛信芯锌薪', 责: '则泽择', 任: '认人仁忍刃纫',
  书: '输树数属术述叔舒殊梳', 承: '成城诚程呈乘惩', 诺: '懦糯挪', 提: '题体替剃啼蹄', 醒: '性姓幸兴行星型形刑杏',
  片: '骗篇偏翩', 题: '提体', 查: '察茬碴', 检: '捡拣俭', 风: '峰丰封锋',
};

/**
 * Characters of the same shape (形近字) typed for those of the type words, by a handwriting or stroke keyboard or a slip of
 * the eye (round 41, t41a F17: 今天和陈静签了廉洁承偌书 → 没看懂). A word with one of them and every other character in place
 * is read as the word, a guess shown for a tap as a sound-alike is.
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  诺: '偌喏', 任: '仼壬', 责: '贵', 谈: '淡啖', 话: '活舌', 廉: '濂', 课: '棵渫', 警: '擎', 育: '盲', 承: '丞', 查: '査渣', 检: '俭验',
};

/**
 * Where a type word stands: after a verb that does one (进行了 · 开展了 · 讲了 · 签订), after 和/与 and a name (masked or
 * not), or before 一次/活动. A slip sharing no character with the word (连症坦化, voice input) is read only here: elsewhere
 * a run of same-sounding characters may be a real word (a unit's 联政…), never a deed's type.
 */
const TYPE_PLACE_BEFORE = /(?:进行|开展|组织|召开|举办|讲|上|听|观看|收看|签订|签署|签|搞|做|完成|作)了?(?:一次|一场|一堂|一个)?[\s\u0000]*$|(?:和|与|跟|同|对|找)[\u4e00-\u9fa5\u0000]{1,6}(?:的)?[\s\u0000]*$/;
const TYPE_PLACE_AFTER = /^[\s\u0000]*(?:一次|一场|1次|活动|已|了)/;
const inTypePlace = (text: string, start: number, end: number): boolean =>
  TYPE_PLACE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || TYPE_PLACE_AFTER.test(text.slice(end, end + 4));

/** A type word as written is no slip of another (廉政谈话 beside 廉政教育 shares half its characters): never sounded out. */
const KNOWN = new Set(TYPE_WORDS.map(([, w]) => w));

export interface SoundAlike {
  code: ActivityTypeCode;
  start: number;
  end: number;
  text: string;
  /** The type word it sounds like. */
  word: string;
}

/**
 * Each type word's characters as UTF-16 code units, with the look-alike and same-sounding characters of each place (''
 * for none), so the scan below compares numbers: `text[i]` of a Chinese text made a new one-character string for every
 * character of every window of every type word (issue 14, r50 fxh: most of the allocation of findSoundAlikes).
 */
const TYPE_WORD_CODES = TYPE_WORDS.map(([code, word]) => ({
  code,
  word,
  units: Array.from({ length: word.length }, (_, i) => word.charCodeAt(i)),
  lookAlikes: Array.from({ length: word.length }, (_, i) => LOOK_ALIKES[word[i]!] ?? ''),
  homophones: Array.from({ length: word.length }, (_, i) => HOMOPHONES[word[i]!] ?? ''),
}));

/** Whether `chars` holds the code unit `unit` (as `chars.includes(String.fromCharCode(unit))`, with no string made). */
function holdsUnit(chars: string, unit: number): boolean {
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === unit) return true;
  return false;
}

/**
 * Every run of characters in `text` that sounds exactly like a type word (toneless pinyin) and shares at least half its
 * characters in place, without being that word: 廉政坦话 → 廉政谈话, 连政谈话 → 廉政谈话, 廉政当课 → 廉政党课. Sharing
 * characters keeps unrelated words of the same sound out (round 12: 没看懂 and 未记录 for such slips). One shared
 * character is enough when every other one is a common same-sounding character of HOMOPHONES (练正谈画 → 廉政谈话):
 * always a guess, so the parser's caller shows it for a tap, never records it at once. None in place (连症坦化) is read
 * only where a type word stands (inTypePlace), and only for words of four characters or more.
 */
export function findSoundAlikes(text: string): SoundAlike[] {
  const out: SoundAlike[] = [];
  for (let w = 0; w < TYPE_WORD_CODES.length; w++) {
    const { code, word, units, lookAlikes, homophones } = TYPE_WORD_CODES[w]!;
    const n = word.length;
    for (let at = 0; at + n <= text.length; at++) {
      // Every character not in place must be a listed same-sounding one: only a likely slip is sounded out (and pinyin-pro
      // loaded), never 郑华谈话 beside 廉政谈话 (half the same: every talk report with a name loaded it before round 14).
      // Checked first and in place, before any window is cut out: almost every window fails on its first character, and
      // cutting every window of every type word was a tenth of the parser's time (issue 14).
      let same = 0;
      let shaped = 0;
      let fits = true;
      for (let i = 0; i < n && fits; i++) {
        const unit = text.charCodeAt(at + i);
        if (unit === units[i]) same++;
        else if (holdsUnit(lookAlikes[i]!, unit)) shaped++;
        else fits = holdsUnit(homophones[i]!, unit);
      }
      if (!fits) continue;
      const window = text.slice(at, at + n);
      if (KNOWN.has(window) || !/^[\u4e00-\u9fa5]+$/.test(window)) continue;
      // 承偌书 · 责仼书: one character of the same shape, every other in place, is that word (no sound to compare).
      if (shaped > 0) {
        if (shaped === 1 && same === n - 1) out.push({ code, start: at, end: at + n, text: window, word });
        continue;
      }
      // 连症坦化 (dictated): no character in place is a guess only where a type word stands (issue 10, f18).
      if (same === 0 && (n < 4 || !inTypePlace(text, at, at + n))) continue;
      if (cachedSound(window) === cachedSound(word)) out.push({ code, start: at, end: at + n, text: window, word });
    }
  }
  return out;
}
