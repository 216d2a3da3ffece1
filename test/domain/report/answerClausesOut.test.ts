import { describe, expect, it } from 'vitest';
import { takeClausesOut } from '../../../src/domain/report/answerClausesOut.js';

const AWAY = /(?<=^|[,，\s])([\u4e00-\u9fa5]{2,3}?)(?:休假|出差)(?=$|[,，\s])/g;

describe('takeClausesOut: the one way answers lose the clauses that only leave someone out', () => {
  it('takes every accepted clause out, trims the stops left at both ends, keeps the order', () => {
    expect(takeClausesOut('王强休假，就李娟一个，胡军出差', AWAY)).toEqual({ rest: '就李娟一个', words: ['王强', '胡军'], said: ['王强休假', '胡军出差'] });
  });

  it('leaves a clause the caller refuses where it was, and says undefined when nothing is taken', () => {
    const onlyWangQiang = (name: string): boolean => name === '王强';
    expect(takeClausesOut('张三休假 王强休假', AWAY, onlyWangQiang)).toEqual({ rest: '张三休假', words: ['王强'], said: ['王强休假'] });
    expect(takeClausesOut('张三休假', AWAY, onlyWangQiang)).toBeUndefined();
    expect(takeClausesOut('就李娟一个', AWAY)).toBeUndefined();
  });

  it('gives the caller the offset of each clause, so a day written right after can keep it', () => {
    const text = '王强休假 27号回来';
    const seen: number[] = [];
    takeClausesOut(text, AWAY, (_w, _whole, at) => {
      seen.push(at);
      return false;
    });
    expect(seen).toEqual([0]);
  });

  it('is reusable: the same global expression reads the next answer from its start', () => {
    expect(takeClausesOut('王强休假', AWAY)?.words).toEqual(['王强']);
    expect(takeClausesOut('李娟出差', AWAY)?.words).toEqual(['李娟']);
  });
});
