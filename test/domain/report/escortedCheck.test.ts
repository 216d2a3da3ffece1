import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadConfig } from '../../../src/config/loadConfig.js';
import type { ParseContext } from '../../../src/domain/report/draft.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig(resolve(import.meta.dirname, '../../../config')).directory;
const ctx = (sender: string): ParseContext => ({ now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: directory.org.people.find((p) => p.name === sender)!.id, mentions: [] });
const read = (sender: string, text: string) => parseReport(text, ctx(sender)) ?? [];

describe('withEscortedCheck (through parseReport)', () => {
  const seen = (sender: string, text: string) => read(sender, text).map((r) => [r.draft.actorId, [...(r.draft.companionIds ?? [])].sort().join(), r.problems.map((p) => p.code).join()]);
  it('the one escorted leads; 和X with no subject, 我和X, a list naming the sender, 在X陪同下 all go along', () => {
    expect(seen('林晓', '11月25日和胡军陪同黄志刚书记到康复中心开展作风纪律检查')).toEqual([['huangzhigang', 'hujun,linxiao', '']]);
    expect(seen('林晓', '11月25日我和胡军、王芳陪同黄书记到康复中心开展作风纪律检查')).toEqual([['huangzhigang', 'hujun,linxiao,wangfang', '']]);
    expect(seen('林晓', '胡军和林晓陪同黄书记到康复中心开展作风纪律检查')).toEqual([['huangzhigang', 'hujun,linxiao', 'missing_date']]);
    expect(seen('孙杰', '11月25日，林晓、胡军陪同黄志刚书记到康复中心开展作风纪律检查')).toEqual([['huangzhigang', 'hujun,linxiao', '']]);
    expect(seen('孙杰', '11月25日，黄志刚书记在林晓陪同下到康复中心开展作风纪律检查')).toEqual([['huangzhigang', 'linxiao', '']]);
    expect(seen('林晓', '11月25日，黄志刚书记在我的陪同下到康复中心开展作风纪律检查')).toEqual([['huangzhigang', 'linxiao', '']]);
  });
  it('the card says whose and who went along', () => {
    const [r] = read('胡军', '11月25日和王芳陪同王副理事长到财务科开展作风纪律检查');
    expect(r!.remarks).toContain('按王建国的活动记录（代为上报）');
    expect(r!.remarks).toContain('同行：您本人、王芳（同一次检查，未另记）');
    expect(r!.reasons).toContain('third_person');
  });
  it('near-misses: a talk, a trailing 陪同, an unknown escort keep their readings', () => {
    expect(seen('孙杰', '11月25日黄书记到康复中心开展作风纪律检查，林晓陪同')).toEqual([['huangzhigang', 'linxiao', '']]);
    expect(seen('徐辉', '11月25日何主任陪同赵敏书记来中心检查了考勤')).toEqual([['zhaomin', 'heping', '']]);
    expect(read('李明', '11月20日和王芳谈了心，孙丽陪同').map((r) => r.draft.actorId)).toEqual([undefined]);
  });
});
