// Photo captions left in a pasted item are no part of what was done.
import { describe, expect, it } from 'vitest';
import { withoutPhotoCaptions } from '../../../src/domain/report/withoutPhotoCaptions.js';

describe('withoutPhotoCaptions', () => {
  it.each([
    ['11月19日上午，检查组到维权部开展明查暗访。（图为检查组在维权部查看考勤记录）', '11月19日上午，检查组到维权部开展明查暗访。'],
    ['11月26日，宣文部组织学习《条例》。\n（图1：学习现场  图2：交流发言）', '11月26日，宣文部组织学习《条例》。'],
    ['参观了展区。▲参观现场 大家纷纷表示，要以案为鉴。', '参观了展区。 大家纷纷表示，要以案为鉴。'],
    ['观看警示片。\n图1：观看现场 图2：讨论\n参加20人', '观看警示片。\n\n参加20人'],
    ['学习《准则》（摄影：李明）', '学习《准则》'],
    // A bare 图为 line under a pasted 工作动态 item (round 64, gdd: read as a second 党课 of no day).
    // The byline under it goes too since round 64's gdh (bylineTrailer, t67a F2: （通讯员 王芳） read as a second person).
    ['中心15名党员参加学习。\n图为党课现场\n（通讯员 孙杰）', '中心15名党员参加学习。'],
    ['机关40余名党员参加。\n图为赵敏书记讲授党课。', '机关40余名党员参加。'],
    // 图为 inside a sentence of a deed is no caption line.
    ['11月19日何平讲授党课，图为现场。', '11月19日何平讲授党课，图为现场。'],
    // Brackets that are no caption stay.
    ['与刘洋廉政谈话（11月3日）', '与刘洋廉政谈话（11月3日）'],
    ['廉政谈话（王强，11.5）', '廉政谈话（王强，11.5）'],
    // Nothing but a caption: kept, so the member still gets an answer about what they sent.
    ['（图为学习现场）', '（图为学习现场）'],
  ])('%j → %j', (text, want) => {
    expect(withoutPhotoCaptions(text)).toBe(want);
  });
});
