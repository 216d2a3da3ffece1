// withoutReportOnDeed: the clause reporting a deed told before it, taken out with whom it went to (round 36, ffa).
import { describe, expect, it } from 'vitest';
import { withoutReportOnDeed } from '../../../src/domain/report/reportOnDeed.js';

const NAMES = ['张伟', '王建国', '刘芳', '李明'];
const TODAY = '2026-11-30';
const read = (text: string) => withoutReportOnDeed(text, NAMES, TODAY);

describe('withoutReportOnDeed', () => {
  it.each([
    ['11月25日带队对财务科开展专项检查，并将检查情况向党组作了汇报', '11月25日带队对财务科开展专项检查', ['党组'], []],
    ['11月18日与李明进行了廉政谈话，并将谈话情况向张伟书记作了汇报', '11月18日与李明进行了廉政谈话', ['张伟'], ['张伟']],
    ['上周对康复部开展了作风纪律检查，检查结果已向党组报告', '上周对康复部开展了作风纪律检查', ['党组'], []],
    ['11月25日对财务科开展作风纪律检查并将检查情况向纪检组作了通报', '11月25日对财务科开展作风纪律检查', ['纪检组'], []],
    ['11月18日与李明进行了廉政谈话。谈话结束后，我将谈话情况向张伟书记作了汇报。11月20日与王强谈心', '11月18日与李明进行了廉政谈话。11月20日与王强谈心', ['张伟'], ['张伟']],
    ['组织学习《准则》，学习情况已向刘芳副理事长和机关纪委报告', '组织学习《准则》', ['刘芳和机关纪委'], ['刘芳']],
  ])('「%s」 → 「%s」', (text, left, addressees, people) => {
    const got = read(text);
    expect(got?.text).toBe(left);
    expect(got?.addressees).toEqual(addressees);
    expect(got?.people).toEqual(people);
  });

  it.each([
    // Told alone, or on the duty as a whole, or a paper that is a duty of its own: read as before.
    '11月25日向党组汇报了检查情况',
    '11月20日组织科室学习《准则》，并向党组报告了本部门上半年全面从严治党情况',
    '11月27日开展了科室自查，并将自查情况向机关纪委作了汇报',
    '11月20日组织观看警示教育片，并将活动情况形成信息报送机关纪委',
    // Its own day and nothing said of what: another report.
    '11月20日组织科室学习《准则》，11月27日向党组作了专题汇报',
    // Told to the one talked with, or at the meeting: the deed's own content.
    '11月25日与李明进行了廉政谈话，并向其通报了检查发现的问题',
    '11月24日召开专题会议，会上向全体党员通报了近期检查发现的问题',
    '请各部室将学习情况于12月10日前报送机关纪委',
  ])('「%s」 is left as it is', (text) => {
    expect(read(text)).toBeUndefined();
  });
});
