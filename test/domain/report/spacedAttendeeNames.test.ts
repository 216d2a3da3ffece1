// withSpacedAttendeeNames (round 60, fbf; t62b F3): names parted by spaces and closed by 参加 after a sitting's word.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { directoryNames } from '../../../src/domain/report/directoryNames.js';
import { withSpacedAttendeeNames } from '../../../src/domain/report/spacedAttendeeNames.js';

const names = directoryNames(loadConfig('config').directory);

describe('withSpacedAttendeeNames', () => {
  it.each([
    ['上周一 召集分管的两个部门负责人开了个廉政工作会 郑华 冯雪参加 会上通报了两起典型案例', '上周一 召集分管的两个部门负责人开了个廉政工作会，郑华、冯雪参加 会上通报了两起典型案例'],
    ['开了廉政工作会议 周涛 吴静 张颖出席', '开了廉政工作会议，周涛、吴静、张颖出席'],
    ['组织了集中学习　王芳　胡军参加', '组织了集中学习，王芳、胡军参加'],
  ])('「%s」 → 「%s」', (text, want) => {
    expect(withSpacedAttendeeNames(text, names)).toBe(want);
  });

  it.each([
    ['上周三集体廉政谈话 李明 王强参加 孙丽科长陪同'],
    ['开了廉政工作会 郑华参加'],
    ['开了廉政工作会，郑华、冯雪参加'],
    ['开了廉政工作会 老王 小李参加'],
  ])('near-miss 「%s」 is left as written', (text) => {
    expect(withSpacedAttendeeNames(text, names)).toBe(text);
  });
});
