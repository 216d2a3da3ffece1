// The heads restated after 分别 over their departments add no deeds (round 28b).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { withoutRestatedOrganisers } from '../../../src/domain/report/restatedOrganisers.js';

const directory = loadConfig('config').directory;

describe('withoutRestatedOrganisers', () => {
  it.each([
    ['11月18日宣文部和康复中心分别开展了警示教育，王磊、何平各自组织', '11月18日宣文部和康复中心分别开展了警示教育'],
    ['11月14日宣文部、康复中心分别召开了自查总结会，分别由王磊、何平主持。', '11月14日宣文部、康复中心分别召开了自查总结会。'],
    ['11月24日办公室、财务科分别开展了警示教育，李明、孙丽各自组织，参加人数20人', '11月24日办公室、财务科分别开展了警示教育，参加人数20人'],
    ['11月25日组联部和康复部分别开展了警示教育，吴静和周涛各自负责', '11月25日组联部和康复部分别开展了警示教育'],
    // Not the heads (b28: four records, each organiser with each department): one sentence per department, its organiser
    // the doer; paired by membership (孙杰 is of 康复中心 whichever order), else in the order written.
    ['11月18日宣文部和康复中心分别开展了警示教育，杨帆、孙杰各自组织', '11月18日宣文部开展了警示教育，杨帆组织；11月18日康复中心开展了警示教育，孙杰组织'],
    ['11月18日宣文部和康复中心分别开展了警示教育，孙杰、杨帆各自组织', '11月18日宣文部开展了警示教育，杨帆组织；11月18日康复中心开展了警示教育，孙杰组织'],
    ['11月18日宣文部和康复中心分别开展了警示教育，王磊、孙杰各自组织', '11月18日宣文部开展了警示教育，王磊组织；11月18日康复中心开展了警示教育，孙杰组织'],
  ])('%j → %j', (text, want) => {
    expect(withoutRestatedOrganisers(text, directory)).toBe(want);
  });

  it.each([
    // Not one organiser per department, or a head count after them (of both deeds, or of one: not told).
    '11月18日宣文部和康复中心分别开展了警示教育，杨帆、孙杰、王磊各自组织',
    '11月18日宣文部和康复中心分别开展了警示教育，杨帆、孙杰各自组织，参加30人',
    '11月18日宣文部和康复中心分别开展了警示教育，王磊、何平、杨帆各自组织',
    // Not the end of the sentence: a deed goes on.
    '11月18日宣文部和康复中心分别开展了警示教育，王磊、何平各自组织观看了《蜕变》',
  ])('%j stays as it is', (text) => {
    expect(withoutRestatedOrganisers(text, directory)).toBe(text);
  });
});
