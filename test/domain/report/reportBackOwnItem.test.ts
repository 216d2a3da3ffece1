// Round 41 (fnd, t40b F2): a report-back clause (并将检查情况向党组作了汇报 · 检查结果已向黄书记汇报) on a later item of a list
// was named on the first item's record with that item's type (「向党组汇报了这次分管科室党风廉政建设工作会议的情况」). The
// remark goes on the record of the deed it followed, naming that deed's type; reports after different deeds each on
// their own. The corpus rows (corpusFortyOneD.ts) hold the records; these assert where the remark is and what it says.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { activityTypeName } from '../../../src/domain/activityTypes.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const id = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const ctx = (sender: string) => ({ now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: id(sender), mentions: [] });
const REPORT_BACK = /(?:汇报|报告|通报|报送)了这次(.+?)的情况，算作/;

describe('a report-back remark names its own item', () => {
  it.each([
    ["陈志强", "11月份履行\"一岗双责\"情况小结\n1、11月5日，主持召开分管科室党风廉政建设工作会议，教育就业部、维权部负责人参加。\n2、11月12日上午与郑华部长进行了廉政谈话，下午与冯雪部长进行谈心谈话。\n3、11月19日带队对维权部开展作风纪律检查，并将检查情况向党组作了汇报。\n4、11月26日参加机关党委组织的警示教育，观看了警示片《警钟长鸣》。", ["作风纪律检查"]],
    ["林晓", "11月工作补报：\n1、11月5日、11月19日分别对办公室、组联部开展了考勤检查；\n2、11月12日参加了张书记讲的廉政党课；\n3、11月26日和王芳一起找胡军进行了谈心谈话，并将谈话情况向黄书记作了汇报。", ["谈心谈话"]],
    ["吴静", "康复部11月党风廉政工作小结\n（一）组织学习2次。11月5日集中学习《廉洁自律准则》，应到6人，实到5人；11月19日组织观看警示片《迷途》，实到6人。\n（二）11月12日与刘洋进行了廉政谈话。\n（三）11月26日配合机关纪委开展作风纪律检查，检查结果已向刘芳副理事长汇报。", ["作风纪律检查"]],
    ["黄志刚", "本月工作：\n1. 11月10日组织机关纪检干部学习《中国共产党纪律处分条例》，参加3人；\n2. 11月18日与王强进行了提醒谈话；\n3. 11月25日带队对财务科开展专项检查，并将检查情况向党组作了汇报。", ["活动"]],
    ["王建国", "1、11月3日主持召开分管科室党风廉政建设工作会议；\n2、11月20日与李明进行了廉政谈话，并将谈话情况向张伟书记作了汇报。", ["廉政谈话"]],
    ["刘芳", "11月5日参加康复部集中学习。11月24日到组联部开展作风纪律检查，检查结束后将检查情况向党组作了汇报。", ["作风纪律检查"]],
    ["赵敏", "一、11月9日为机关党员讲授廉政党课《守住底线》，参加40人。\n二、11月23日与何平进行了谈心谈话，并将谈话情况向张书记作了汇报。", ["谈心谈话"]],
    ["黄志刚", "11月11日与孙丽进行了廉政谈话；11月19日到康复部检查考勤，并将检查情况向党组作了汇报；11月26日报送廉政信息1篇。", ["作风纪律检查"]],
    ["陈志强", "11月5日与郑华进行了廉政谈话，并将谈话情况向张伟书记作了汇报。11月19日带队对维权部开展作风纪律检查。", ["廉政谈话"]],
    ["林晓", "1、11月6日到财务科检查上班纪律，检查结果已向黄书记汇报；\n2、11月20日到组联部检查上班纪律。", ["作风纪律检查"]],
    ["刘芳", "1.11月3日主持召开分管科室党风廉政建设工作会议\n2.11月17日到康复部检查廉政风险防控台账\n3.11月24日与吴静进行了谈心谈话，并将谈话情况向张伟书记作了汇报", ["谈心谈话"]],
    ["王建国", "11月4日组织办公室、财务科观看警示片《围猎》，实到9人；11月18日带队到财务科开展专项资金检查，并将检查报告报送党组。", ["专项资金检查"]],
    ["赵敏", "11月2日参加党组中心组学习；11月16日对组联部开展作风纪律检查，并将检查情况向党组作了汇报；11月23日与何平进行谈心谈话。", ["作风纪律检查"]],
    ["张伟", "11月10日主持召开党风廉政建设专题会议。11月20日与王建国进行廉政谈话，并将谈话情况向党组作了通报。", ["廉政谈话"]],
    ["陈志强", "1、11月6日与冯雪进行了廉政谈话；\n2、11月13日到维权部检查考勤，检查结果已向党组汇报；\n3、11月27日与郑华进行谈心谈话，谈话情况已向张书记汇报。", ["作风纪律检查", "谈心谈话"]],
    ["黄志刚", "11月25日带队对财务科开展专项检查，并将检查情况向党组作了汇报", ["活动"]],
  ] as [string, string, string[]][])('%s: 「%s」 → on the records of %j', (sender, text, kinds) => {
    const r = parseReport(text, ctx(sender))!;
    const carrying = r.filter((x) => x.remarks.some((m) => REPORT_BACK.test(m)));
    expect(carrying.map((x) => (x.draft.type !== undefined ? activityTypeName(x.draft.type) : '活动'))).toEqual(kinds);
    for (const x of carrying) {
      const named = REPORT_BACK.exec(x.remarks.find((m) => REPORT_BACK.test(m))!)![1];
      expect(named).toBe(x.draft.type !== undefined ? activityTypeName(x.draft.type) : '活动');
    }
  });
});
