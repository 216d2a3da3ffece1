// personItemDrop (round 34a F10): a person named alone to leave out of waiting records, and words that are not that.
import { describe, expect, it } from 'vitest';
import { personItemDrop } from '../../../src/domain/report/personItemDrop.js';
import type { ReportDraft } from '../../../src/domain/report/draft.js';

const talk = (actorId: string, other: string): { draft: ReportDraft } => ({ draft: { type: 'talk_integrity', date: '2026-12-02', actorId, counterpartIds: [other], late: false } });
const ITEMS = [talk('wangjianguo', 'wangfang'), talk('wangjianguo', 'hujun')];
const NAMES: Record<string, string> = { wangjianguo: '王建国', wangfang: '王芳', hujun: '胡军', liming: '李明' };
const nameOf = (id: string) => NAMES[id];
const isPerson = (name: string) => Object.values(NAMES).includes(name);
const read = (text: string) => personItemDrop(text, ITEMS, nameOf, isPerson, '2026-12-03');

describe('personItemDrop', () => {
  it.each(['去掉胡军', '删掉和胡军的', '把胡军去掉', '胡军不要了', '不要胡军了', '和胡军的删掉', '去掉胡军同志。', '请帮我把胡军删掉吧'])('「%s」 is the record with 胡军', (text) => {
    expect(read(text)).toEqual({ index: 1 });
  });

  it('the doer of both is every record (asked which); someone on none is none', () => {
    expect(read('去掉王建国')).toEqual({ fits: [0, 1], said: '王建国' });
    expect(read('去掉李明')).toEqual({ fits: [], said: '李明' });
  });

  it.each(['去掉日期', '删掉吧', '不要了', '去掉第二条', '胡军那条不要', '和胡军谈话不要了', '去掉小马'])('「%s」 is no person named alone', (text) => {
    expect(read(text)).toBeUndefined();
  });
});
