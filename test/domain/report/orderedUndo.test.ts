// Round 61 (gad; fbc's left-alone): 撤销 ordered or told done in the work is a deed; a record named after it keeps a command.
import { describe, expect, it } from 'vitest';
import { undoneAsOrdered } from '../../../src/domain/report/orderedUndo.js';
import { undoesWorkThing } from '../../../src/domain/report/parseGate.js';

describe('undoneAsOrdered', () => {
  it.each([
    ['11月25日到财务科开展作风纪律检查，发现的问题已督促撤销'],
    ['对发现的违规报销已责令撤回'],
    ['违规的审批已予以撤销'],
    ['不合规的加班记录已要求撤销'],
    ['发现的问题均已撤销'],
  ])('「%s」 → a deed of the work', (text) => {
    expect(undoneAsOrdered(text)).toBe(true);
    expect(undoesWorkThing(text)).toBe(true);
  });
  it.each([['撤销第2条'], ['刚才那条撤销'], ['把11月25日那条检查撤销'], ['已督促撤销那条记录'], ['撤回刚才那条']])('「%s」 → no deed, the command stays', (text) => {
    expect(undoneAsOrdered(text)).toBe(false);
  });
});
