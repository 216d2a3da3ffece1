import { describe, expect, it } from 'vitest';
import { answerUnsureDays } from '../../../src/domain/report/answerUnsureDays.js';

const waiting = (name: string) => ['赵磊', '陈静', '李明', '孙丽', '王强'].includes(name);

describe('answerUnsureDays', () => {
  it.each([
    ['赵磊是周三 陈静记不清了', '赵磊是周三', ['陈静']],
    ['赵磊周三，陈静的日子记不清了', '赵磊周三', ['陈静']],
    ['周三 和陈静那次忘了', '周三', ['陈静']],
    ['李明是18号，孙丽不确定', '李明是18号', ['孙丽']],
    ['李明18号 孙丽那天想不起来了 王强不记得了', '李明18号', ['孙丽', '王强']],
    ['陈静记不清了', '', ['陈静']],
  ])('「%s」 → rest 「%s」, unsure %j', (answer, rest, unsure) => {
    expect(answerUnsureDays(answer, waiting)).toMatchObject({ rest, unsure });
  });

  it.each([
    ['算了，日子记不清了，取消吧'],
    ['赵磊是周三'],
    ['我记不清了'],
    ['何平记不清了'],
    ['赵磊和陈静都记不清了'],
    ['李明那次20号吧 孙丽记不清了 27号左右'],
  ])('「%s」 → nothing taken out', (answer) => {
    expect(answerUnsureDays(answer, waiting)).toBeUndefined();
  });
});
