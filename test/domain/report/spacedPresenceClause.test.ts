import { describe, expect, it } from 'vitest';
import { withSpacedPresenceClauses } from '../../../src/domain/report/spacedPresenceClause.js';

describe('withSpacedPresenceClauses', () => {
  it('writes a bystander clause before a second deed between commas', () => {
    expect(withSpacedPresenceClauses('今天跟李娟谈心谈话 王强也一起 另外下午带大家看了警示片《迷途》')).toBe('今天跟李娟谈心谈话，王强也一起，另外下午带大家看了警示片《迷途》');
    expect(withSpacedPresenceClauses('上周四跟孙杰谈了心 徐辉 也在 另外 中心全体人员 看了 警示片')).toBe('上周四跟孙杰谈了心，徐辉也在，另外 中心全体人员 看了 警示片');
    expect(withSpacedPresenceClauses('上周五跟李娟谈心谈话　王强也一起　另外下午看了警示片')).toBe('上周五跟李娟谈心谈话，王强也一起，另外下午看了警示片');
  });

  it('joins a space inside the clause (张主任 也在 · 孙科长 只是 旁听 · 何平 不在)', () => {
    expect(withSpacedPresenceClauses('上周二和李明谈了廉政谈话 张主任 也在')).toBe('上周二和李明谈了廉政谈话，张主任也在');
    expect(withSpacedPresenceClauses('昨天 王副理事长 找我 谈了谈 孙科长 只是 旁听')).toBe('昨天 王副理事长 找我 谈了谈，孙科长只是旁听');
    expect(withSpacedPresenceClauses('今天和周涛谈了谈心 何平 不在')).toBe('今天和周涛谈了谈心，何平不在');
    expect(withSpacedPresenceClauses('昨天和周涛谈心谈话 张颖 出差了 没谈')).toBe('昨天和周涛谈心谈话，张颖出差了没谈');
  });

  it('two clauses in a row share the comma between them', () => {
    expect(withSpacedPresenceClauses('昨天刘副理事长找我谈心 吴静部长只是在场 孙丽也一起')).toBe('昨天刘副理事长找我谈心，吴静部长只是在场，孙丽也一起');
  });

  it('leaves near-misses as they are', () => {
    // 也一起谈了: a second talk, the deed goes on.
    expect(withSpacedPresenceClauses('上周五跟李娟谈心谈话 王强也一起 谈了')).toBe('上周五跟李娟谈心谈话 王强也一起 谈了');
    // A list of names, no presence word; the sender's own 我只是在场; no talk before the clause.
    expect(withSpacedPresenceClauses('上周三和王芳 胡军谈心谈话')).toBe('上周三和王芳 胡军谈心谈话');
    expect(withSpacedPresenceClauses('今天和王磊谈心 我只是在场')).toBe('今天和王磊谈心 我只是在场');
    expect(withSpacedPresenceClauses('李明 不在 所以改天再谈')).toBe('李明 不在 所以改天再谈');
    // A clause typed with commas already.
    expect(withSpacedPresenceClauses('今天跟李娟谈心谈话，王强也一起')).toBe('今天跟李娟谈心谈话，王强也一起');
    // 也在 goes on with a place: no clause end after it.
    expect(withSpacedPresenceClauses('今天和周涛谈了谈心 徐辉也在中心学习')).toBe('今天和周涛谈了谈心 徐辉也在中心学习');
  });
});
