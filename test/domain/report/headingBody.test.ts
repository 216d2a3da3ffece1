// Round 37 (t36c F5): the body a heading names (机关党委 · 党组 · 机关纪委 · 纪检组) whose subjectless items are its own, unless the
// sender leads it; never an office (机关党委书记), an outside body (市纪委), one reported to (向党组) or a heading of attending.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { headingBody } from '../../../src/domain/report/headingBody.js';

const directory = loadConfig('config').directory;
const id = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const body = (heading: string, from: string) => headingBody(heading, directory, id(from));

describe('headingBody', () => {
  it.each([
    ['本周机关党委开展了以下工作:', '胡军', '机关党委'],
    ['党组11月工作:', '王芳', '党组'],
    ['党组本月开展了以下工作:', '王建国', '党组'],
    ['党组理论学习中心组11月学习情况:', '王芳', '党组理论学习中心组'],
    ['机关纪委11月工作台账', '王芳', '机关纪委'],
    ['机关纪委11月工作:', '林晓', '机关纪委'],
    ['纪检组本月开展了以下工作:', '胡军', '纪检组'],
    ['机关党委补报:', '胡军', '机关党委'],
    ['机关党委11月组织了两次廉政教育', '胡军', '机关党委'],
  ])('%s from %s: %s', (heading, from, want) => expect(body(heading, from)).toBe(want));

  it.each([
    ['本周机关党委开展了以下工作:', '赵敏'],
    ['党组11月工作:', '张伟'],
    ['机关纪委11月工作:', '黄志刚'],
    ['机关党委书记赵敏本月工作:', '胡军'],
    ['市纪委11月来我会工作情况:', '胡军'],
    ['向党组汇报本月工作情况:', '孙丽'],
    ['参加机关党委组织的活动情况:', '胡军'],
    ['党组会议情况:', '王芳'],
    ['基层党组织建设工作情况:', '王芳'],
    ['财务科本月开展了以下工作:', '胡军'],
  ])('%s from %s: none', (heading, from) => expect(body(heading, from)).toBeUndefined());
});
