// Round 48 (ftb, t50b F3): 「…开展专项资金检查…。检查结束后，黄志刚同志与孙丽进行了廉政谈话，并将检查情况向党组作了汇报。」 — the
// card said 「向党组汇报了这次廉政谈话的情况」: the remark went on the deed of the sentence the report closed. What the report
// names as reported on (检查情况 · 检查结果 · 谈话情况 · 学习情况) says which record it followed; when it names a deed no record
// is, the remark names none (「汇报了有关情况」). The records are unchanged (the corpus holds them); these assert the remark.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { activityTypeName } from '../../../src/domain/activityTypes.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const id = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const ctx = (sender: string) => ({ now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: id(sender), mentions: [] });
const REPORT_BACK = /(?:汇报|报告|通报|报送)了(?:这次(.+?)的情况，算作|有关情况，)/;

describe('a report-back remark names the deed the report says it was about (t50b F3)', () => {
  it.each([
    ['王芳', '【清风残联】筑牢廉洁防线 守好"钱袋子"\n11月25日，机关纪委书记黄志刚带队对财务科开展专项资金检查，重点检查了补贴发放。检查结束后，黄志刚同志与财务科科长孙丽进行了廉政谈话，并将检查情况向党组作了汇报。', '专项资金检查'],
    ['林晓', '11月25日随黄志刚书记对财务科开展专项资金检查，检查结束后黄志刚书记与孙丽进行了廉政谈话，并将检查情况向党组作了汇报。', '专项资金检查'],
    ['王建国', '上周三带队到办公室开展作风纪律检查，随后与李明进行了廉政谈话，检查结果已向党组报告。', '作风纪律检查'],
    ['刘芳', '11月24日到康复部检查考勤，之后和吴静谈了谈心，并将检查情况向张伟书记作了汇报。', '作风纪律检查'],
    ['黄志刚', '11月19日对组联部开展作风纪律检查，检查结束后与周涛部长进行了廉政谈话，并将检查发现的问题向党组作了汇报。', '作风纪律检查'],
    // Near-misses: the talk reported on stays the talk's.
    ['陈志强', '11月20日到维权部开展作风纪律检查，检查后与冯雪部长进行了廉政谈话，并把谈话情况向张书记作了汇报。', '廉政谈话'],
    ['黄志刚', '11月25日带队对财务科开展专项资金检查，检查结束后与孙丽进行了廉政谈话，并将谈话情况向党组作了汇报。', '廉政谈话'],
    ['赵敏', '11月18日与何平进行了谈心谈话，会后组织中心职工学习《廉洁自律准则》，并将学习情况向党组作了汇报。', '廉政教育'],
    // A deed reported on that no record is: no deed named.
    ['王建国', '11月19日与李明进行了廉政谈话，并将学习情况向党组作了汇报。', ''],
  ] as [string, string, string][])('%s: 「%s」 → %s', (sender, text, kind) => {
    const r = parseReport(text, ctx(sender))!;
    const carrying = r.filter((x) => x.remarks.some((m) => REPORT_BACK.test(m)));
    expect(carrying).toHaveLength(1);
    const named = REPORT_BACK.exec(carrying[0]!.remarks.find((m) => REPORT_BACK.test(m))!)![1] ?? '';
    expect(named).toBe(kind);
    if (kind !== '') expect(activityTypeName(carrying[0]!.draft.type!)).toBe(kind);
  });
});
