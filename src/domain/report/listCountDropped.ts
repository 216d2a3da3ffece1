// 张伟：…分别和王建国、刘芳、陈志强、赵敏四位同志谈了廉政谈话，具体是11月16日王建国、刘芳，11月18日陈志强、赵敏 (t47a F4: four
// questions — 「是谁的？」 twice for the sender's own talks, the days asked though written — while the same text without
// 「四位同志」 was a right card at once): a count right after a list of names only counts them.
import type { Directory } from '../organization.js';
import { directoryIndex } from './parseDirectoryIndex.js';

/** 王建国、刘芳两位同志 · 王磊和何平两位部长: a list of two or more names, then N位 and what they are (group 2 the count). */
const LIST_COUNT = /((?:[\u4e00-\u9fa5]{2,4}(?:同志)?(?:、|和|及|与))+[\u4e00-\u9fa5]{2,4}?)(?:同志)?(\d{1,2}|[两二三四五六七八九十]|几)位(?:同志|领导|班子成员|党组成员|负责人|部门负责人|部长|科长|主任|干部)?/g;

const CN_DIGIT: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * `text` with every 「N位同志」 (两位部长 · 几位班子成员 · 4位领导) dropped where it follows a list of exactly N directory
 * names (or 几 after two or more) brought in by 和/与/同/跟/对 (those talked or signed with; a list as a subject, 两位部长参加,
 * is a head count and stays): it is no group to expand or person to ask about, only their count. Unchanged otherwise
 * (三位同志 after two names, 两位 after no names: the count says more than the names, and is read as before).
 */
export function withoutListCount(text: string, directory: Directory): string {
  const names = directoryIndex(directory).peopleByName;
  return text.replace(LIST_COUNT, (whole, list: string, count: string, offset: number) => {
    const parts = list.split(/同志?(?=、|和|及|与)|、|和|及|与/).map((p) => p.replace(/同志$/, '')).filter((p) => p !== '');
    // 分别和王建国、刘芳… : the words before the first name (分别和) are no names; the names are the list's tail.
    let first = 0;
    while (first < parts.length && !names.has(parts[first]!)) first++;
    const named = parts.slice(first);
    if (named.length < 2 || !named.every((p) => names.has(p))) return whole;
    // Only those talked or signed with (和/与/同/跟/对 before the names): 郑华、冯雪两位部长参加 is a head count, kept.
    const at = list.indexOf(named[0]!, parts.slice(0, first).join('').length);
    const before = at > 0 ? list[at - 1] : text[offset - 1];
    if (before === undefined || !/[和与同跟对]/.test(before)) return whole;
    const n = count === '几' ? named.length : (CN_DIGIT[count] ?? Number(count));
    return n === named.length ? list : whole;
  });
}
