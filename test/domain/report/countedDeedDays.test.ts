// A month's summary (本月开展了廉政教育 · 11月份先后两次…) leads its dated instances; a day of another month is no instance of it.
import { describe, expect, it } from 'vitest';
import { withCountedDeedDays } from '../../../src/domain/report/countedDeedDays.js';

const NAMES = ['张伟', '王磊', '吴静'];

describe('withCountedDeedDays', () => {
  it('本月开展了廉政教育，11月20日…: the summary is that day\'s deed, written out on its day', () => {
    expect(withCountedDeedDays('本月开展了廉政教育,11月20日组织观看廉政微电影《一念之间》。', NAMES)).toMatch(/^11月20日/);
  });

  it('11月开展了…，11月20日…: the lead\'s month holds the day, so it is read as the summary', () => {
    expect(withCountedDeedDays('11月开展了廉洁文化进机关活动,11月20日组织观看警示教育片《围猎》。', NAMES)).toMatch(/^11月20日/);
  });

  // Round 33a (fault 1b's kind): the October deed was lost into the November film.
  it.each(['10月开展了廉洁文化进机关活动,11月20日组织观看警示教育片《围猎》。', '10月份组织开展了警示教育,11月3日组织观看警示教育片《迷途》。'])(
    '%s: a day of another month is no instance of the lead, the text is left as written',
    (text) => expect(withCountedDeedDays(text, NAMES)).toBe(text),
  );
});
