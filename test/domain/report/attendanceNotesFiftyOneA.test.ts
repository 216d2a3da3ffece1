// Round 51 (fza; t53a F2, F9): who was there is kept in the record's note — names before 也在/都在/也来了 at a study, a whole
// group at a meeting (班子成员全部参加) — never as a doer or a counterpart; a bare
// list of who sat in a meeting stays no note (attendeeListNote), as 「，赵敏书记参加」 at a study does (noteFragments).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const read = (from: string, text: string) =>
  parseReport(text, { now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!.map((r) => ({ note: r.draft.note, counterparts: r.draft.counterpartIds }));

describe('those present kept in the note', () => {
  it.each([
    ['郑华', '上周三我们教就部和维权部一起开展了廉政教育 学习了准则 陈静 赵磊也在', '陈静、赵磊参加'],
    ['何平', '上周五中心组织观看警示教育片《蜕变》 徐辉 孙杰都在', '徐辉、孙杰参加'],
    ['吴静', '11月24日康复部集中学习了《中国共产党纪律处分条例》 刘洋也来了', '刘洋参加'],
    ['赵磊', '上周三我们维权部和教就部一起开展了廉政教育，学习了《廉洁自律准则》，郑华部长 冯雪部长都在', '郑华、冯雪参加'],
    ['张伟', '11月27日召开党组会议专题研究党风廉政建设，班子成员全部参加', '班子成员全部参加'],
    ['赵敏', '上周五召开党风廉政建设专题会议 班子成员全部参加', '班子成员全部参加'],
    ['王建国', '11月26日召开分管科室会议，分管科室负责人全部参加', '分管科室负责人全部参加'],
    ['张伟', '11月27日召开党风廉政建设专题会议，班子成员全部参加，部署年底廉政风险防控', '部署年底廉政风险防控；班子成员全部参加'],
    // Round 52 (fwa; round 51's left-alone): a meeting's people named with no agenda are kept too, as they are after one.
    ['刘芳', '上周三主持召开分管科室会议 周涛 吴静都在', '周涛、吴静参加'],
  ])('%s：%s → 「%s」', (from, text, note) => {
    expect(read(from, text)).toEqual([{ note, counterparts: [] }]);
  });

  it.each([
    ['张伟', '11月27日召开党风廉政建设专题会议，各部室负责人参加'],
    ['杨帆', '11月13日下午，宣文部组织全体党员观看警示教育片《围猎》，参加9人，赵敏书记参加'],
  ])('near-miss %s：%s — no note', (from, text) => {
    expect(read(from, text).map((r) => r.note)).toEqual([undefined]);
  });
});
