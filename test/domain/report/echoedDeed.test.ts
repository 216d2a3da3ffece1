// A clause saying someone (or the same doer, on another day) did it too takes the kind of the clause before it (round 28b).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { withEchoedDeed } from '../../../src/domain/report/echoedDeed.js';

const names = loadConfig('config').directory.org.people.map((p) => p.name);

describe('withEchoedDeed', () => {
  it.each([
    ['11月20日我讲了廉政党课，陈志强11月21日也讲了一次', '11月20日我讲了廉政党课，陈志强11月21日也讲了廉政党课'],
    ['孙丽11月20日报送了信息，李明11月21日也报了', '孙丽11月20日报送了信息，李明11月21日也报了信息报送'],
    ['11月3日我主持了专题会议，11月17日又开了一次', '11月3日我主持了专题会议，11月17日又开了专题会议'],
    // The day first: the doer is written first, as the reader knows it.
    ['11月9日我和林晓开展了作风纪律检查，11月23日林晓又单独查了一次', '11月9日我和林晓开展了作风纪律检查，林晓11月23日又单独查了作风纪律检查'],
    ['11月10日林晓开展了作风纪律检查，我11月12日也查了一次', '11月10日林晓开展了作风纪律检查，我11月12日也查了作风纪律检查'],
  ])('%j → %j', (text, want) => {
    expect(withEchoedDeed(text, names)).toBe(want);
  });

  it.each([
    // The same talk partner again: read by AGAIN as before.
    '昨天和王芳谈心谈话，今天又谈了一次',
    // No doer and no day before 也: those who took part or were there.
    '11月12日孙科长组织学习了《廉洁自律准则》，我也参加了',
    '11月20日和周涛谈心谈话，吴静也在场',
    '11月20日我讲了廉政党课，大家也都很受教育',
    // A kind of its own, or no kind before.
    '11月20日我讲了廉政党课，陈志强11月21日也讲了廉政党课',
    '11月20日开会，王建国11月21日也开了一次',
    // Two kinds before: whose kind is unclear.
    '11月20日讲了廉政党课并观看警示教育片，陈志强11月21日也搞了一次',
  ])('%j stays as it is', (text) => {
    expect(withEchoedDeed(text, names)).toBe(text);
  });
});
