// Round 68 (ghd; t70b): a short question about what a report needs, typed while a question waits, and the replies that are no
// such question (an answer with a question mark, a report, a question about nothing of a report).
import { describe, expect, it } from 'vitest';
import { askedField, fieldQuestionAnswer } from '../../../src/domain/report/fieldQuestionAnswer.js';

describe('askedField', () => {
  it.each([
    ['参加人数也要填吗？', 'missing_date', 'attendees'],
    ['不知道几个人怎么办', 'missing_date', 'attendees'],
    ['人数不清楚咋办', 'missing_counterpart', 'attendees'],
    ['参会人数可以不写吗', 'missing_date', 'attendees'],
    ['日期必须写吗', 'missing_date', 'date'],
    ['时间一定要填吗?', 'missing_counterpart', 'date'],
    ['具体哪天记不清了怎么办', 'missing_date', 'date'],
    ['这个能不填吗', 'missing_date', 'date'],
    ['这个能不填吗', 'missing_counterpart', 'counterpart'],
    ['这一项可以跳过吗', 'missing_type', 'type'],
    ['对象必须写吗', 'missing_date', 'counterpart'],
    ['片名要写吗', 'missing_date', 'title'],
    ['題目必須寫嗎', 'missing_date', 'title'],
    ['部门要不要填', 'missing_date', 'department'],
    ['议题可以不写吧', 'missing_actor', 'agenda'],
  ])('「%s」 (waiting %s) → %s', (text, code, field) => {
    const waiting = code === 'missing_date' ? 'date' : code === 'missing_counterpart' ? 'counterpart' : code === 'missing_type' ? 'type' : 'actor';
    expect(askedField(text, waiting)).toBe(field);
  });

  it.each([['5个人？对，5个'], ['昨天？对，昨天'], ['王强吗？是王强'], ['要不要我再发一遍'], ['上周三组织学习《廉洁自律准则》，参加8人，人数要填吗'], ['好的']])(
    'near-miss: 「%s」 is no question about a field',
    (text) => {
      expect(fieldQuestionAnswer(text, 'missing_date', 'edu_warning')).toBeUndefined();
    },
  );
});

describe('fieldQuestionAnswer', () => {
  it('says the head count may be left out and asks to answer the waiting question', () => {
    const said = fieldQuestionAnswer('参加人数也要填吗？', 'missing_date', 'edu_warning')!;
    expect(said).toMatch(/参加人数可以不填/);
    expect(said).toMatch(/请先回答下面的问题/);
  });

  it('says the day is needed, and how to go on when it is not remembered', () => {
    const said = fieldQuestionAnswer('日期必须写吗', 'missing_date', 'edu_warning')!;
    expect(said).toMatch(/日期必须有/);
    expect(said).toMatch(/补录/);
  });

  it('a talk needs whom; a film has no one to name', () => {
    expect(fieldQuestionAnswer('这个能不填吗', 'missing_counterpart', 'talk_integrity')).toMatch(/谈话要写和谁谈的/);
    expect(fieldQuestionAnswer('对象必须写吗', 'missing_date', 'edu_warning')).toMatch(/这类活动不用写对象/);
  });
});
