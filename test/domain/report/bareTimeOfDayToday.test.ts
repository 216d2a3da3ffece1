// Round 62, gba (t64a): a bare time of day opening a message is today's, never the day a later clause names.
import { describe, expect, it } from 'vitest';
import { withBareTimeOfDayToday } from '../../../src/domain/report/bareTimeOfDayToday.js';

describe('withBareTimeOfDayToday', () => {
  it.each([
    ['上午到宣文部和王磊 杨帆分别谈了话 都是廉政谈话 昨天还和何平谈了心', '今天上午到宣文部和王磊 杨帆分别谈了话 都是廉政谈话 昨天还和何平谈了心'],
    ['我下午和王磊进行了廉政谈话', '我今天下午和王磊进行了廉政谈话'],
    ['晚上和何平谈了心', '今天晚上和何平谈了心'],
    ['刚才和王磊进行了廉政谈话，11月27日和何平谈心', '今天刚才和王磊进行了廉政谈话，11月27日和何平谈心'],
  ])('%s → %s', (text, written) => {
    expect(withBareTimeOfDayToday(text)).toBe(written);
  });

  it.each([['今天上午和王磊谈了话'], ['昨天上午和王磊谈了话'], ['11月5日上午和王磊谈了话'], ['刚才说的是和王磊谈心'], ['刚才那条删掉'], ['上周五和何平谈了心，上午和王磊谈了话']])(
    'leaves %s as it is',
    (text) => {
      expect(withBareTimeOfDayToday(text)).toBe(text);
    },
  );
});
