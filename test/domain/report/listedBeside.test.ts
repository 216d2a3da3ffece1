// inNameDayList (r55 fhg) reads the same as the three patterns it replaced on the hot path (byPatterns): random texts of
// names (some the start of others), posts, days, separators and spaces, every name's place asked of, both must agree.
import { describe, expect, it } from 'vitest';
import { byPatterns, inNameDayList } from '../../../src/domain/report/listedBeside.js';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const NAMES = ['王强', '王强华', '李明', '刘芳', '陈志强', '赵敏', '强华'];
const PIECES = [
  ...NAMES, ...NAMES,
  '主任', '副主任', '副理事长', '理事长', '同志', '科长', '医师',
  '周一', '上周二', '这星期三', '礼拜天', '11月3日', '12月30号', '3日', '12号', '3.5', '11．30', '昨天', '前天', '123日', '1月',
  '、', '，', ',', '和', '及', '；', '。', ';', ' ', ' ', '  ', '\u3000', '\n', '\t',
  '谈话', '参加', '与', '在', '办公室', '都是廉政谈话', '9', '月', '日',
];

const POSTS = ['主任', '副主任', '副理事长', '理事长', '同志', '科长', '医师', '书记'];
const SPACES = [' ', '  ', '\u3000', '\n', '\t', ' \u3000 '];
const DAYS = ['周一', '上周二', '这星期三', '礼拜天', '11月3日', '12月30号', '3月5', '3日', '12号', '3.5', '11．30', '昨天', '今天', '123日'];
const JOINERS = ['、', '，', ',', '和', '及', '；', '。', ';', ''];

describe('inNameDayList', () => {
  it('answers as the three patterns do, wherever a name stands', () => {
    const r = rng(55);
    let asked = 0;
    let yes = 0;
    for (let c = 0; c < 4000; c++) {
      const n = 2 + Math.floor(r() * 14);
      let text = '';
      const pick = (xs: string[]) => xs[Math.floor(r() * xs.length)]!;
      for (let i = 0; i < n; i++) {
        // Half the time a list's member as the patterns spell it — name, post, spaces, day, spaces, joiner — with a piece
        // now and then left out or put in its place, so both sides of every test are reached.
        text += r() < 0.5
          ? [pick(NAMES), r() < 0.4 ? pick(POSTS) : '', r() < 0.3 ? pick(SPACES) : '', pick(DAYS), r() < 0.3 ? pick(SPACES) : '', pick(JOINERS), r() < 0.3 ? pick(SPACES) : ''].filter(() => r() < 0.9).join('')
          : pick(PIECES);
      }
      const names = NAMES.filter(() => r() < 0.6);
      if (r() < 0.1) names.push('');
      for (const name of NAMES) {
        for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
          const want = byPatterns(text, at, name, names);
          expect(inNameDayList(text, at, name, names), JSON.stringify({ text, at, name, names })).toBe(want);
          asked++;
          if (want) yes++;
        }
      }
    }
    expect(asked).toBeGreaterThan(10_000);
    expect(yes).toBeGreaterThan(asked / 10);
  });

  it('pairs a name with its day in a list, not on its own', () => {
    const names = ['王建国', '刘芳', '陈志强'];
    const text = '王建国周一、刘芳周二、陈志强和赵敏周三，都是廉政谈话';
    expect(inNameDayList(text, text.indexOf('刘芳'), '刘芳', names)).toBe(true);
    expect(inNameDayList(text, 0, '王建国', names)).toBe(true);
    const alone = '王建国周一和刘芳谈了话';
    expect(inNameDayList(alone, 0, '王建国', ['王建国', '刘芳'])).toBe(false);
  });
});
