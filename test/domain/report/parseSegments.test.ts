// How a message is cut into activities (lines, clauses) and which lines are not reports at all.
import { describe, expect, it } from 'vitest';
import { notAReport } from '../../../src/domain/report/parseGate.js';
import { splitActivities } from '../../../src/domain/report/parseSegments.js';

describe('splitActivities', () => {
  it.each([
    ['昨天与李明廉政谈话,今天组织观看警示教育片', ['昨天与李明廉政谈话,', '今天组织观看警示教育片']],
    ['开展廉政教育,组织观看警示教育片', ['开展廉政教育,组织观看警示教育片']],
    ['与李明廉政谈话,与王刚廉政谈话', ['与李明廉政谈话,与王刚廉政谈话']],
    ['讲了一堂廉政党课,并组织观看警示教育片', ['讲了一堂廉政党课,', '并组织观看警示教育片']],
    ['今天上午,与李明进行了廉政谈话,重点提醒了风险', ['今天上午,与李明进行了廉政谈话,重点提醒了风险']],
  ])('%s', (line, pieces) => {
    expect(splitActivities(line, '2026-11-22')).toEqual(pieces);
  });
});

describe('notAReport', () => {
  it.each([
    ['怎么上报廉政谈话?', 'question'],
    ['廉政谈话要几个人', 'question'],
    ['下周准备开展警示教育', 'plan'],
    ['计划下个月召开专题会议', 'plan'],
    // 将 before the deed's verb is still to come, whatever day it names (today's included).
    ['12月1日至3日将对各部室开展节前作风纪律检查', 'plan'],
    ['今天将与各科室负责人进行集体廉政谈话', 'plan'],
    ['本周将组织观看警示教育片', 'plan'],
    ['昨天开展了廉政教育，将学习材料发到各科室', undefined],
    ['还没有开展警示教育', 'denial'],
    ['本季度完成情况', 'query'],
    ['帮助', 'command'],
    ['撤销刚才的廉政谈话', 'command'],
    ['按计划开展了警示教育', undefined],
    ['昨天与李明廉政谈话', undefined],
    ['现场查看了考勤', undefined],
  ])('%s → %s', (line, reason) => {
    expect(notAReport(line)).toBe(reason);
  });
});
