// 张伟：…分别和王建国、刘芳、陈志强、赵敏四位同志谈了廉政谈话，具体是11月16日王建国、刘芳，11月18日陈志强、赵敏 (t47a F4: four
// questions — 「是谁的？」 twice for the sender's own talks, the days asked though written — while the same text without
// 「四位同志」 was a right card at once): a count right after a list of names only counts them.
import type { Directory } from '../organization.js';
import { oncePer } from './oncePer.js';
import { directoryIndex } from './parseDirectoryIndex.js';

/** 四位同志 · 两位部长 · 几位班子成员 · 4位领导: a count of people and what they are (group 1 the count). */
const COUNT = /(\d{1,2}|[两二三四五六七八九十]|几)位(?:同志|领导|班子成员|党组成员|(?:部门|部室|科室)?负责人|副理事长|部长|科长|主任|干部)?/g;
const CN_DIGIT: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/** 分别 · 逐一 · 依次 · 各自 right after the count: each of those listed did the deed that follows. */
const EACH_DID = /^\s*(?:分别|逐一|依次|各自)/;
/** How far back from a count its list of names is looked for, in characters. */
const LOOK_BACK = 60;

/** The directory's names, longest first, sorted once per directory (issue 14, r50 fxh: sorted for every reading); shared, so readonly. */
const longestFirst = oncePer((directory: Directory): readonly string[] => [...directoryIndex(directory).peopleByName.keys()].sort((a, b) => b.length - a.length));

/** A count of people (三位同志) right after a list of directory names brought in by 和/与/同/跟/对. */
export interface CountedList {
  /** Where the count's words start and end in the text. */
  from: number;
  to: number;
  /** The count's words (三位同志). */
  words: string;
  /** The number it says; undefined for 几 (as many as named). */
  count: number | undefined;
  /** The names of the list, in order. */
  names: string[];
}

/**
 * Every 「N位同志」 of `text` that follows a list of two or more directory names brought in by 和/与/同/跟/对 (those
 * talked or signed with; a list as a subject, 郑华、冯雪两位部长参加, is a head count and not one), or followed by 分别/逐一
 * (王建国、刘芳两位班子成员分别述责述廉: the doers, counted). The names are taken from
 * the end backwards, name by name (no backtracking pattern: a fuzz string of 500 和 had hung a nested one).
 */
export function countedNameLists(text: string, directory: Directory): CountedList[] {
  const names = longestFirst(directory);
  const endingName = (s: string) => names.find((n) => s.endsWith(n));
  const found: CountedList[] = [];
  for (const m of text.matchAll(COUNT)) {
    // 周涛、吴静等三位同志 (round 45, fre kind 5): 等 between the list and its count still counts that list.
    let s = text.slice(Math.max(0, m.index - LOOK_BACK), m.index).replace(/等$/, '').replace(/同志$/, '');
    const listed: string[] = [];
    for (;;) {
      const name = endingName(s);
      if (name === undefined) break;
      listed.unshift(name);
      s = s.slice(0, -name.length).replace(/同志$/, '');
      // 王磊和何平 · 王建国、刘芳: a join goes on to the name before it; otherwise it brings the list in (分别和王建国…).
      if (/[、和及与]$/.test(s) && endingName(s.slice(0, -1).replace(/同志$/, '')) !== undefined) s = s.slice(0, -1);
      else break;
    }
    // 王建国、刘芳、陈志强、赵敏4位班子成员分别述责述廉 (round 49, fvf kind 3: one 述责述廉 with its doer asked and #4): a list
    // of doers counted, then 分别/逐一/依次 and the deed each did, is counted as those talked with are.
    // Only a list standing as the subject, its names joined by 、 alone: 陈志强与郑华、冯雪两位部长分别… counts those talked with.
    const listText = text.slice(Math.max(0, m.index - LOOK_BACK), m.index).slice(s.length);
    const eachDid = EACH_DID.test(text.slice(m.index + m[0].length)) && !/[与和同跟及]/.test(listText) && /(?:^|[，,。；;：:\s]|[日号天])$/.test(s);
    if (listed.length < 2 || (!/[和与同跟对]$/.test(s) && !eachDid)) continue;
    const count = m[1]!;
    found.push({ from: m.index, to: m.index + m[0].length, words: m[0], count: count === '几' ? undefined : (CN_DIGIT[count] ?? Number(count)), names: listed });
  }
  return found;
}

/**
 * `text` with every 「N位同志」 dropped where it follows a list of exactly N directory names (or 几 after two or more)
 * brought in by 和/与/同/跟/对 (countedNameLists): it is no group to expand or person to ask about, only their count.
 * Unchanged otherwise (三位同志 after two names, 两位 after no names: the count says more than the names, and
 * countUnlikeNames reads it).
 */
export function withoutListCount(text: string, directory: Directory): string {
  const cuts = countedNameLists(text, directory).filter((c) => c.count === undefined || c.count === c.names.length);
  return cuts.reduceRight((t, c) => t.slice(0, c.from) + t.slice(c.to), text);
}
