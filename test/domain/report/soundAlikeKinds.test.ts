// Type words of the same sound (voice input, pinyin keyboard): read where a type word stands, nowhere else.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findSoundAlikes } from '../../../src/domain/report/soundAlikeKinds.js';

const found = (text: string) => findSoundAlikes(text).map((s) => [s.text, s.code]);

describe('findSoundAlikes', () => {
  it.each([
    ['和王强进行了廉政坦话', [['廉政坦话', 'talk_integrity']]],
    ['讲了一堂廉政当课', [['廉政当课', 'edu_lecture']]],
    ['跟周涛部长连政谈话', [['连政谈话', 'talk_integrity']]],
    ['观看井示教育片', [['井示教育', 'edu_warning'], ['井示教育片', 'edu_warning']]],
    ['签了责任输', [['责任输', 'pledge_sign']]],
    // One character in place, every other a common same-sounding one (round 14: 没看懂): still read, as a guess.
    ['和王强练正谈画', [['练正谈画', 'talk_integrity']]],
    ['讲了一堂连正当课', [['连正当课', 'edu_lecture']]],
    ['签了则任输', [['则任输', 'pledge_sign']]],
    // No character in place (dictated), where a type word stands: after 进行了, 和 and a name, before 一次 (f18).
    ['和周涛进行了连症坦化', [['连症坦化', 'talk_integrity']]],
    ['和周涛连症坦化一次', [['连症坦化', 'talk_integrity']]],
    ['组织观看警示教育骗', [['警示教育骗', 'edu_warning']]],
  ])('reads %s', (text, want) => expect(found(text)).toEqual(want));

  it.each([
    '和王强进行了廉政谈话', // the word itself is the catalogue's, not a slip
    '和王强联系了一下工作', // 联系 is not 廉政
    '连症坦化', // no character in place and not where a type word stands: too far to be a slip, however it sounds
    '连症坦化小组成立', // the same, in a name's place
    '签了则认输', // no character in place needs four characters at least (则认输 could be anything)
    '练习谈话', // 习 sounds nothing like 政
    '正在谈话',
    '连续谈话三次',
    '当课代表',
  ])('finds nothing in %s', (text) => expect(found(text)).toEqual([]));

  // pinyin-pro's tables are ~13 MiB of RSS (issue 14): a report whose words are catalogue words beside names must not load
  // it (round 14: 与郑华谈话 shared half of 廉政谈话 and was sounded out); a slip does. Each read in a fresh process.
  const loadsPinyin = (texts: string[]) => {
    const script = `const { findKinds } = await import('./src/domain/report/parseKind.ts');
for (const t of ${JSON.stringify(texts)}) findKinds(t);
const { createRequire } = await import('node:module');
console.log(Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('pinyin-pro')));`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    return run.stdout.trim();
  };
  it('ordinary reports never load pinyin-pro; a slip does', () => {
    expect(loadsPinyin(['昨天与郑华谈话', '今天和孙丽签了责任书', '11月20日与赵敏谈心谈话，提醒他要廉洁过节', '张伟书记讲授廉政党课', '10月9日组织全体干部职工开展警示教盲，观看《围猎》'])).toBe('false');
    expect(loadsPinyin(['昨天和王强练正谈画'])).toBe('true');
  }, 120_000);
});
