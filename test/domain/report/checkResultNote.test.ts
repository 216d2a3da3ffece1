// Round 44 (t46a F3/F5, t46b F6): a check's or a 自查's results are kept whole as the record's note — every result clause,
// not only one short clause (已形成自查报告 is the deed itself, masked) — while the side checked (已当场反馈孙丽科长), work set apart (另外…) and any talk's words are not.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const notes = (from: string, text: string) =>
  parseReport(text, { now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!.map((r) => r.draft.note);

describe('a check or a 自查 keeps its results as its note', () => {
  it.each([
    ['何平', '康复中心本周一组织开展了廉政风险点自查，共排查风险点6个，制定防控措施12条', ['共排查风险点6个，制定防控措施12条']],
    ['孙丽', '财务科11月20日开展了廉政风险点自查，共梳理风险点5个，制定防控措施8条，已形成自查报告', ['共梳理风险点5个，制定防控措施8条']],
    ['徐辉', '11月18日中心开展廉政风险自查，排查出风险点4个，均已整改', ['排查出风险点4个，均已整改']],
    ['黄志刚', '11月25日我和林晓对财务科的专项资金使用情况进行了检查，重点查了残疾人康复救助资金，发现2个问题已督促整改', ['重点查了残疾人康复救助资金，发现2个问题已督促整改']],
    ['黄志刚', '11月26日带林晓到维权部检查考勤，发现1人迟到、1人早退，已当场指出', ['发现1人迟到、1人早退']],
    ['林晓', '11月20日随黄书记到康复中心开展专项资金检查，查阅凭证40余份，发现问题3个', ['查阅凭证40余份，发现问题3个']],
    // Round 53 (fkd; t55b F4): what the check looked at (查看了…, its 台账 once masked) goes before the result.
    ['陈志强', '11月24日到教就部检查作风纪律，查看了考勤记录和公车台账，情况良好', ['查看考勤记录和公车台账，情况良好']],
    ['陈志强', '11月25日到维权部检查作风纪律，没发现问题', ['没发现问题']],
    // The side checked is named in its clause: no note of it.
    ['黄志刚', '11月25日对财务科开展专项资金检查，发现报销凭证不规范问题2个，已当场反馈孙丽科长并要求限期整改', ['发现报销凭证不规范问题2个']],
    // Round 46 (t48b F4: 「提出整改意见3条」 dropped as words said): what was counted out to the side checked is its result.
    ['林晓', '补录：9月下旬（9月24日）黄志刚书记带队对康复中心开展专项资金使用情况检查，检查了2025年以来辅具适配补贴发放台账，提出整改意见3条。', ['检查了2025年以来辅具适配补贴发放台账，提出整改意见3条']],
    ['林晓', '11月25日黄书记带队对财务科开展作风纪律检查，发现问题2个，提出整改建议2条，已当场反馈。', ['发现问题2个，提出整改建议2条，已当场反馈']],
    ['胡军', '11月26日黄志刚带领检查组对教育就业部开展作风纪律检查，指出问题1个。', ['指出问题1个']],
    ['李明', '11月27日陈志强副理事长带队到维权部开展作风纪律检查，已当场提醒相关人员', ['已当场提醒相关人员']],
    ['胡军', '11月25日由黄志刚书记带队，对维权部开展工作纪律明察暗访，未发现问题。', ['未发现问题']],
    // Round 54 (fjb, issue 10): typed by voice, a space before what was found ends a clause as a comma does (the result dropped).
    ['王磊', '11月20日检查了 考勤和公车使用情况 发现 两人迟到', ['检查考勤和公车使用情况，发现2人迟到']],
    ['王磊', '11月20日检查了考勤和公车使用情况 发现两人迟到', ['检查考勤和公车使用情况，发现2人迟到']],
    ['王磊', '昨天 检查了 考勤 发现 一人早退', ['检查考勤，发现1人早退']],
    ['黄志刚', '11月18日到组联部检查了考勤 发现 一人脱岗', ['检查考勤，发现1人脱岗']],
    ['何平', '11月19日 检查了 中心考勤 发现 两人迟到 已督促整改', ['检查中心考勤，发现2人迟到，已督促整改']],
    ['周涛', '11月17日 检查了 组联部 考勤 发现 两人迟到 提出整改意见2条', ['发现2人迟到，提出整改意见2条']],
    ['黄志刚', '11月18日 检查了 财务科考勤 发现 两人迟到 责令整改', ['发现2人迟到，责令整改']],
    ['王磊', '11月20日检查了考勤和公车使用情况，发现两人迟到', ['检查考勤和公车使用情况，发现2人迟到']],
  ])('%s：%s', (from, text, want) => {
    expect(notes(from, text)).toEqual(want);
  });

  it("a pasted check table keeps each row's 检查内容 and 发现问题 alike (t46b F6)", () => {
    const table = '机关纪委11月作风纪律检查台账\n序号\t检查日期\t被检查科室\t检查内容\t带队领导\t发现问题\n1\t11月3日\t办公室\t上班考勤\t黄志刚\t无\n2\t11月10日\t财务科\t公务接待\t黄志刚\t1人迟到\n3\t11月24日\t残疾人康复中心\t工作纪律\t黄志刚\t无';
    expect(notes('林晓', table)).toEqual(['上班考勤', '公务接待，发现问题：1人迟到', '工作纪律']);
  });

  it('talks keep no words; work set apart is no result of the check', () => {
    expect(notes('李明', '11月12日与王芳进行了廉政谈话，发现她工作中存在的问题并督促整改')).toEqual([undefined]);
    expect(notes('王建国', '11月10日到财务科检查专项资金使用情况，发现2个问题，已督促整改。另外，11月12日与孙丽进行了廉政谈话')).toEqual(['发现2个问题，已督促整改', undefined]);
  });
});
