// Round 49, fvd (t51a F8, t51b F9): details a member wrote were neither kept nor said — a 专题会议's topic run into 专题研究,
// a 分管科室会议's attendees, a check's subject (对…情况进行了自查), 查找风险点5个 beside 明确整改措施 (only the latter kept, a
// fragment), a 信息's 其中1篇被市纪委网站采用, and names after a film (《王强》, the film's title). Each is kept in the note now.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const read = (from: string, text: string) =>
  parseReport(text, { now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!;
const notes = (from: string, text: string) => read(from, text).map((r) => r.draft.note);

describe('details written are kept in the note (round 49, fvd)', () => {
  it.each([
    ['张伟', '11月27日党组会议，专题研究年终廉政工作', ['专题研究年终廉政工作']],
    ['张伟', '11月27日召开党组会议专题研究年终廉政工作', ['专题研究年终廉政工作']],
    ['周涛', '上周二组联部召开专题会议 专题研究廉政风险点排查', ['专题研究廉政风险点排查']],
    ['周涛', '上周二组联部召开科室会议 专题研究廉政风险点排查 另外和张颖进行了谈心谈话', ['专题研究廉政风险点排查', undefined]],
    ['张伟', '11月28日党组召开专题会议，查找风险点5个，明确整改措施', ['查找风险点5个，明确整改措施']],
    ['何平', '11月26日康复中心召开专题会议，排查廉政风险点3个，制定防控措施', ['排查廉政风险点3个，制定防控措施']],
    ['王建国', '上周五跟分管的办公室和财务科开了分管科室会议 部署年底廉政风险防控 李明 孙丽参加', ['部署年底廉政风险防控；李明、孙丽参加']],
    ['刘芳', '11月26日召开分管科室会议，传达市纪委全会精神，周涛、吴静参加', ['传达市纪委全会精神；周涛、吴静参加']],
    ['何平', '康复中心昨天开展了专项资金检查，对残疾儿童康复救助资金使用情况进行了自查，我和徐辉参加', ['检查残疾儿童康复救助资金使用情况']],
    ['孙丽', '本周一财务科对今年残疾人就业保障金使用情况开展了专项资金检查', ['检查残疾人就业保障金使用情况']],
    ['郑华', '11月19日对教育就业部就业补贴发放情况开展了专项资金检查，未发现问题', ['检查就业补贴发放情况，未发现问题']],
    // Round 54 (fjb): the space typed before 已当场提醒 parts the result's clauses as a comma does (was 「发现2人迟到已当场提醒」).
    ['黄志刚', '今天对财务科开展作风纪律检查，发现两人迟到 已当场提醒', ['发现2人迟到，已当场提醒']],
    ['李明', '办公室11月份报送廉政信息2篇，其中1篇被市纪委网站采用', ['其中1篇被市纪委网站采用']],
    ['王磊', '上周三宣文部报送廉政信息一篇 已被市纪委网站采用', ['被市纪委网站采用']],
    ['王磊', '上周五宣文部组织观看警示教育片 王强、李娟都参加了', ['王强、李娟参加']],
    ['王磊', '上周五宣文部组织观看警示教育片 王强 李娟参加了', ['王强、李娟参加']],
    ['吴静', '上周三康复部开展了廉政教育 差不多二十人参加', ['参加约20人']],
  ] as const)('%s：%s', (from, text, expected) => {
    expect(notes(from, text)).toEqual(expected);
  });

  it('a meeting that also analysed keeps what it went through beyond the analysis; the analysis no piece of it', () => {
    expect(notes('张伟', '11月28日党组召开专题会议，对本单位第四季度党风廉政建设形势进行分析研判，查找风险点5个，明确整改措施')).toEqual([
      '查找风险点5个，明确整改措施',
      undefined,
    ]);
  });

  it('a meeting with its generic subject only, and a talk, keep no note', () => {
    expect(notes('张伟', '11月27日党组会 专题研究党风廉政建设')).toEqual([undefined]);
    expect(notes('王建国', '11月24或25号和李明进行了廉政谈话')).toEqual([undefined]);
  });

  it('a film named after its kind is still its title', () => {
    expect(read('王磊', '上周五宣文部组织观看警示教育片 零容忍').map((r) => r.draft.title)).toEqual(['零容忍']);
  });

  it('two days offered are both asked about, in the order written', () => {
    const [r] = read('吴静', '上周开展了廉政教育 应该是25号或者26号');
    expect(r!.problems[0]).toEqual({ code: 'weekday_conflict', dates: ['2026-11-25', '2026-11-26'], said: '25号或者26号', offered: true });
  });
});
