// A follow-up adding a person to the record just made (round 20u, fault 6): the name and the day it says.
import { describe, expect, it } from 'vitest';
import { addedPerson } from '../../../src/domain/report/addedPerson.js';

const TODAY = '2026-11-30';

describe('addedPerson', () => {
  it.each([
    ['还有王磊，也是那天谈的', { name: '王磊' }],
    ['刚才那条，孙丽也签了', { name: '孙丽' }],
    ['吴芳也参加了', { name: '吴芳' }],
    ['另外和周杰也谈了', { name: '周杰' }],
    ['还有马超，也是昨天谈的', { name: '马超', date: '2026-11-29' }],
    ['黄磊同志也签了。', { name: '黄磊' }],
  ])('「%s」', (text, expected) => {
    expect(addedPerson(text, TODAY)).toEqual(expected);
  });

  it.each(['今天和王磊进行了廉政谈话', '王磊', '确认', '孙丽也签了责任书，另外还开了会', '我也不知道'])('「%s」 is no follow-up adding a person', (text) => {
    expect(addedPerson(text, TODAY)).toBeUndefined();
  });
});
