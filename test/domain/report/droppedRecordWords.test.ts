// Round 33c (issue 10): the words of a message asking to leave a record out (孙丽的廉政谈话不用记 · 和王强那条不算 ·
// 刚才那条警示教育不用记了), read with nothing waiting as well as on a card; what is no such message gives undefined.
import { describe, expect, it } from 'vitest';
import { droppedRecordWords } from '../../../src/domain/report/namedItemDrop.js';

describe('droppedRecordWords', () => {
  it.each([
    ['孙丽的廉政谈话不用记', '孙丽的廉政谈话'],
    ['和王强那条不算', '王强'],
    ['刚才那条警示教育不用记了', '警示教育'],
    ['刚才的警示教育不算。', '警示教育'],
    ['刚才报的和孙丽的谈话不算', '孙丽的谈话'],
    ['刚才的廉政党课不用记了', '廉政党课'],
    ['去掉王强那条', '王强'],
    ['刚才和孙丽那条不要了', '孙丽'],
    ['上面王建国那条去掉吧', '王建国'],
    // Round 33 (r3): 不用再记一条了 · 不用记录 · 不要记 · 别再记了 (was asked as a new talk).
    ['和张颖的谈心谈话不用再记一条了', '张颖的谈心谈话'],
    ['和张颖的谈心谈话不用记录', '张颖的谈心谈话'],
    ['张颖的谈心谈话不要记', '张颖的谈心谈话'],
    ['刚才那条警示教育别再记了', '警示教育'],
    ['和周涛那条不用再记了', '周涛'],
    ['王强那条也不需要登记', '王强'],
    // Round 48 (t51a F7: 撤销和孙丽那条 was 没看懂): 撤销/撤回 before or after the record named.
    ['撤销和孙丽那条', '孙丽'],
    ['撤回警示教育那条', '警示教育'],
    ['请撤销和孙丽的那条记录', '孙丽'],
    ['撤销王强那一条', '王强'],
    ['孙丽那条撤销', '孙丽'],
    ['和李明那条撤回吧', '李明'],
    ['删掉11月25日那条', '11月25日'],
    ['刚才和孙丽的谈话不要了', '孙丽的谈话'],
  ])('%s → %s', (text, said) => expect(droppedRecordWords(text)).toBe(said));

  it.each([
    // 刚才说的 names no record; a correction, a report, and a clause after a report are other things.
    '刚才说的不算',
    '刚才那条警示教育是11月20日',
    '今天和孙丽进行了廉政谈话',
    '今天和孙丽进行了廉政谈话，谈话内容不用记',
    '第2条不要了',
    // 撤销 with a number, alone or 这条 is undo's or undoNumbered's.
    '撤销第2条',
    '撤销',
    '撤销这条',
    '撤销上一条',
    '刚才那条不用记了，重新报',
    // Near-misses of 不用再记: what is not to be written down is the talk's content, or a paper not handed in.
    '今天和张颖进行了谈心谈话，谈话内容不用记录',
    '和张颖的谈心谈话记录不用再交了',
    '谈话内容不用再记一遍了',
  ])('%s is no such words', (text) => expect(droppedRecordWords(text)).toBeUndefined());
});
