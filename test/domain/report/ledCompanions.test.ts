import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadConfig } from '../../../src/config/loadConfig.js';
import type { ParseContext } from '../../../src/domain/report/draft.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig(resolve(import.meta.dirname, '../../../config')).directory;
const ctx = (sender: string): ParseContext => ({ now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: directory.org.people.find((p) => p.name === sender)!.id, mentions: [] });
const read = (sender: string, text: string) => parseReport(text, ctx(sender)) ?? [];
const seen = (sender: string, text: string) => read(sender, text).map((r) => [r.draft.type, r.draft.actorId, [...(r.draft.companionIds ?? [])].sort().join()]);

describe('withLedCompanions (through parseReport)', () => {
  it('a titled companion, a comma before 到, 带着/率/率领, several, the sender among them', () => {
    expect(seen('林晓', '11月26日，党组书记张伟带领机关纪委书记黄志刚，到教育就业部开展作风纪律检查')).toEqual([['inspect_style', 'zhangwei', 'huangzhigang']]);
    expect(seen('胡军', '11月26日张伟书记率机关纪委书记黄志刚到维权部开展作风纪律检查')).toEqual([['inspect_style', 'zhangwei', 'huangzhigang']]);
    expect(seen('林晓', '11.26，张伟书记率领黄志刚等同志到康复中心开展作风纪律检查')).toEqual([['inspect_style', 'zhangwei', 'huangzhigang']]);
    expect(seen('林晓', '11月26日，张伟带领黄志刚、林晓到财务科开展作风纪律检查')).toEqual([['inspect_style', 'zhangwei', 'huangzhigang,linxiao']]);
    expect(seen('孙杰', '11月26日，党组书记张伟带领机关纪委书记黄志刚一行到康复中心检查作风纪律')).toEqual([['inspect_style', 'zhangwei', 'huangzhigang']]);
  });
  it('the card names them, the sender as 您本人; a unit taken along is named, no one recorded', () => {
    expect(read('林晓', '11月26日，张伟带领黄志刚、林晓到财务科开展作风纪律检查')[0]!.remarks).toContain('同行：黄志刚、您本人（同一次检查，未另记）');
    const [unit] = read('王芳', '11月26日，张伟书记带领办公室同志到财务科开展作风纪律检查');
    expect(unit!.draft.companionIds ?? []).toEqual([]);
    expect(unit!.remarks).toContain('同行：办公室同志（单位，未记为同行人）');
  });
  it('near-misses: an audience is no companion; a check with no one taken along is as before', () => {
    expect(seen('林晓', '11月26日张伟带领全体党员观看警示教育片')).toEqual([['edu_warning', 'zhangwei', '']]);
    expect(seen('林晓', '11月26日，张伟书记到财务科开展作风纪律检查')).toEqual([['inspect_style', 'zhangwei', '']]);
  });
});
