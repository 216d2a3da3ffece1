import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { withTitleSlip } from '../../../src/domain/report/titleSlip.js';

const directory = loadConfig('config').directory;

describe('withTitleSlip (round 57, fea; t59a F6)', () => {
  it('writes a title slip after a surname or name as the title', () => {
    expect(withTitleSlip('王副理市长昨天和孙科长谈话', directory)).toBe('王副理事长昨天和孙科长谈话');
    expect(withTitleSlip('王付理事长昨天和孙科长谈话', directory)).toBe('王副理事长昨天和孙科长谈话');
    expect(withTitleSlip('昨天王副理事和孙科长谈话', directory)).toBe('昨天王副理事长和孙科长谈话');
    expect(withTitleSlip('张书纪昨天和李明主任谈话', directory)).toBe('张书记昨天和李明主任谈话');
    expect(withTitleSlip('周部常 上周五 和我谈心', directory)).toBe('周部长 上周五 和我谈心');
    expect(withTitleSlip('何主仼昨天和孙杰谈心', directory)).toBe('何主任昨天和孙杰谈心');
    expect(withTitleSlip('王建国副理市长昨天和孙丽谈话', directory)).toBe('王建国副理事长昨天和孙丽谈话');
  });
  it('leaves a title written right, a traditional one and a slip after no surname as they are', () => {
    expect(withTitleSlip('王副理事长昨天和孙科长谈话', directory)).toBe('王副理事长昨天和孙科长谈话');
    expect(withTitleSlip('王建國副理事長昨天開展了廉政談話', directory)).toBe('王建國副理事長昨天開展了廉政談話');
    expect(withTitleSlip('市里的副理市长昨天来调研', directory)).toBe('市里的副理市长昨天来调研');
    expect(withTitleSlip('全部常规检查都做了', directory)).toBe('全部常规检查都做了');
  });
});
