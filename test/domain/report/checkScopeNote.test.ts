// What a check looked at is kept in its note (round 53, fkd; t55a F4 A3/A11, t55b F4): 检查了X · 主要/着重查看了X · 检查内容为X ·
// 围绕X到…开展检查 · 就X对…开展检查, on a typed check and on one of no named kind; the type restated or a unit named is none.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const read = (from: string, text: string) => parseReport(text, { now: NOW, directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!;

describe('the scope of a check in its note', () => {
  it.each([
    ['张伟', '昨天到维权部检查了考勤和公车使用情况', '检查考勤和公车使用情况'],
    ['王建国', '11月23日上午到财务科检查了报销票据情况', '检查报销票据情况'],
    ['黄志刚', '11月23日到康复中心开展作风纪律检查，主要查看了考勤记录和值班情况', '主要查看考勤记录和值班情况'],
    ['黄志刚', '11月23日围绕公务接待和公车使用到办公室开展作风纪律检查', '检查公务接待和公车使用'],
    ['黄志刚', '11月23日就节日期间公车封存情况对办公室开展作风纪律检查', '检查节日期间公车封存情况'],
    ['黄志刚', '11月23日到宣文部检查作风纪律，检查了考勤、请销假和上班纪律', '检查考勤、请销假和上班纪律'],
    ['黄志刚', '11月23日对维权部开展作风纪律检查，检查内容为考勤和公车使用', '检查考勤和公车使用'],
    ['黄志刚', '11月23日到康复部开展作风纪律检查，着重查看了窗口服务和上班纪律', '着重查看窗口服务和上班纪律'],
    ['刘芳', '11月18日到组联部检查作风纪律，主要查看了考勤和办公纪律，发现1人迟到', '主要查看考勤和办公纪律，发现1人迟到'],
    // Voice-input pieces (round 53, fkdd): joined without their spaces, up to a result.
    ['黄志刚', '11月23日到维权部 检查了 考勤 和 公车使用情况', '检查考勤和公车使用情况'],
    ['黄志刚', '11月23日 到维权部 检查了 考勤和公车使用情况', '检查考勤和公车使用情况'],
    ['黄志刚', '11月24日到办公室 检查了 公务接待 及 办公用房使用情况', '检查公务接待及办公用房使用情况'],
    ['黄志刚', '11月24日到财务科 查看了 报销票据 和 资金支付台账', '查看报销票据和资金支付台账'],
    ['林晓', '11月25日 跟黄书记 到康复中心 检查了 考勤、值班 情况', '检查考勤、值班情况'],
    ['黄志刚', '11月23日 到康复部 开展作风纪律检查 主要查看了 窗口服务 和 上班纪律', '主要查看窗口服务和上班纪律'],
    ['黄志刚', '11月20日 到康复中心 检查了 考勤 和 值班 林晓参加', '检查考勤和值班'],
    ['黄志刚', '11月24日 去财务科 核查了 报销票据', '核查报销票据'],
    ['黄志刚', '11月25日到宣文部 检查了 一下 考勤', '检查考勤'],
  ])('%s「%s」 notes 「%s」', (from, text, note) => {
    const got = read(from, text);
    expect(got).toHaveLength(1);
    expect(got[0]!.draft.note).toBe(note);
  });

  it.each([
    ['黄志刚', '11月23日到维权部开展作风纪律检查，检查了作风纪律'],
    ['黄志刚', '11月23日到维权部开展作风纪律检查，检查了维权部'],
    ['黄志刚', '11月23日到维权部检查作风纪律'],
    ['黄志刚', '11月23日到维权部 检查了 作风纪律'],
    ['黄志刚', '11月23日到维权部 检查了 维权部 考勤'],
    ['黄志刚', '11月27日 到财务科 检查了 专项资金 使用情况'],
  ])('%s「%s」 keeps no note', (from, text) => {
    expect(read(from, text)[0]!.draft.note).toBeUndefined();
  });
});

describe('who went along on a check, a title before the name', () => {
  it.each([
    ['张伟', '11月24日带队到康复中心开展作风纪律检查，机关纪委书记黄志刚参加', ['huangzhigang']],
    ['张伟', '11月24日带队到财务科开展作风纪律检查，办公室主任李明参加', ['liming']],
    ['张伟', '11月24日带队到财务科开展作风纪律检查，机关纪委书记黄志刚、纪检干事林晓参加', ['huangzhigang', 'linxiao']],
    ['刘芳', '11月18日到组联部检查作风纪律，机关纪委黄志刚书记参加', ['huangzhigang']],
    ['张伟', '11月24日到维权部检查作风纪律 机关纪委书记 黄志刚 参加', ['huangzhigang']],
    ['张伟', '11月24日到康复部开展作风纪律检查，康复部部长吴静参加', []],
  ])('%s「%s」 went with %j', (from, text, along) => {
    const got = read(from, text);
    expect(got[0]!.draft.companionIds ?? []).toEqual(along);
  });
});

describe('全部门 · 全科 · 全体参加 mark the whole unit', () => {
  it.each([
    ['郑华', '教就部11月25日开展了廉政教育学习，全部门参加'],
    ['郑华', '教就部11月25日开展了廉政教育学习，全体参加'],
    ['孙丽', '11月25日财务科组织学习《廉洁自律准则》，全科参加'],
    ['何平', '11月25日康复中心开展廉政教育，全中心参加'],
  ])('%s「%s」', (from, text) => {
    expect(read(from, text)[0]!.draft.allMembers).toBe(true);
  });
});
