// cardClauseEdits (round 60, fbd): several changes typed on a waiting card, clause by clause, against the demo organisation.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import type { ActivityTypeCode } from '../../../src/domain/activityTypes.js';
import { cardClauseEdits, type ClauseEditContext } from '../../../src/domain/report/cardClauseEdits.js';
import type { PendingItem } from '../../../src/domain/report/followUp.js';
import { parseCounterparts } from '../../../src/domain/report/parseCounterparts.js';
import { seniorityIn } from '../../../src/domain/report/seniority.js';
import { departmentInWords, departmentNameOf } from '../../../src/bot/departmentInWords.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-12-04T08:00:00+08:00');
const idOf = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const nameOf = (id: string) => directory.person(id)?.name ?? id;

function ctxOf(sender: string): ClauseEditContext {
  const senderId = idOf(sender);
  const read = (w: string) => parseCounterparts(w, { now: NOW, directory, senderId, mentions: [] });
  return {
    today: '2026-12-04',
    senderId,
    personId: (w) => {
      const f = read(w);
      return f.counterparts.length === 1 && f.problems.length === 0 ? f.counterparts[0]!.id : undefined;
    },
    personName: nameOf,
    peopleIn: (w) => {
      const f = read(w);
      return f.problems.length === 0 && f.counterparts.length > 0 ? f.counterparts.map((c) => c.id) : undefined;
    },
    seniority: (id) => seniorityIn(directory, id),
    departmentOf: (id) => directory.person(id)?.departmentId,
    departmentId: (w) => departmentInWords(directory, w),
    departmentName: (id) => departmentNameOf(directory, id),
  };
}
const item = (type: ActivityTypeCode, date: string, with_: string[], actor?: string, departmentIds?: string[]): PendingItem => ({
  draft: {
    type,
    date,
    counterpartIds: with_.map(idOf),
    late: false,
    ...(actor !== undefined ? { actorId: idOf(actor) } : {}),
    ...(departmentIds !== undefined ? { departmentId: departmentIds[0], departmentIds } : {}),
  },
  problems: [],
});
/** [type, date or '?', doer name or '-', counterparts, a check's departments] per item, and the kind of the result. */
const shape = (r: ReturnType<typeof cardClauseEdits>) =>
  r === undefined || (r.kind !== 'changed' && r.kind !== 'ask_days')
    ? r?.kind
    : [r.kind, ...r.items.map((i) => [i.draft.type, i.draft.date ?? '?', i.draft.actorId ? nameOf(i.draft.actorId) : '-', i.draft.counterpartIds.map(nameOf).join('、'), i.draft.type?.startsWith('inspect_') ? (i.draft.departmentIds ?? (i.draft.departmentId !== undefined ? [i.draft.departmentId] : [])).join('、') : ''])];

const leaders = ['王建国', '刘芳'];
const signingsAndTalks = [...leaders.map((p) => item('pledge_sign', '2026-12-01', [p], '张伟')), ...leaders.map((p) => item('talk_integrity', '2026-12-01', [p]))];

describe('a doer said like the others (t62a B-F3)', () => {
  it.each([['谈话也是张书记谈的，不是我'], ['谈话也是张书记谈的 不是我'], ['廉政谈话也是张伟书记谈的'], ['不对，谈话也是张书记谈的'], ['谈话其实是张书记谈的，我没谈']])(
    '王芳 「%s」 → the talks held by 张伟, the signings kept',
    (text) => {
      expect(shape(cardClauseEdits(text, signingsAndTalks, ctxOf('王芳')))).toEqual([
        'changed',
        ['pledge_sign', '2026-12-01', '张伟', '王建国', ''],
        ['pledge_sign', '2026-12-01', '张伟', '刘芳', ''],
        ['talk_integrity', '2026-12-01', '张伟', '王建国', ''],
        ['talk_integrity', '2026-12-01', '张伟', '刘芳', ''],
      ]);
    },
  );
  it('a doer who is on the other side of the talk is no reading', () => {
    expect(cardClauseEdits('谈话也是王建国谈的', signingsAndTalks, ctxOf('王芳'))).toBeUndefined();
  });
  it('不是我 alone is no reading of this one', () => {
    expect(cardClauseEdits('不是我', signingsAndTalks, ctxOf('王芳'))).toBeUndefined();
  });
});

describe('the two who signed, the member out (t62a B-F2)', () => {
  const wrong = [item('pledge_sign', '2026-12-01', ['王芳'], '张伟'), item('pledge_sign', '2026-12-01', ['王芳'], '李明')];
  it.each([['不对，是张书记和李明签的，我没签'], ['不对 是张书记和李明主任签的 我没签字'], ['是张伟和李明签的，不是我'], ['其实是李明和张书记签的，我没有签']])(
    '王芳 「%s」 → one signing 张伟–李明',
    (text) => {
      expect(shape(cardClauseEdits(text, wrong, ctxOf('王芳')))).toEqual(['changed', ['pledge_sign', '2026-12-01', '张伟', '李明', '']]);
    },
  );
});

describe('kind, day and people in one message (t62b G4, G8)', () => {
  const talk = [item('talk_heart', '2026-11-27', ['何平'], '赵敏')];
  it.each([['赵书记说不对 那次是廉政谈话 徐辉副主任也在'], ['赵书记说不对，那次是廉政谈话，徐辉副主任也在。'], ['赵书记反馈 那次是廉政谈话 徐辉副主任也在']])('孙杰 「%s」', (text) => {
    expect(shape(cardClauseEdits(text, talk, ctxOf('孙杰')))).toEqual([
      'changed',
      ['talk_integrity', '2026-11-27', '赵敏', '何平', ''],
      ['talk_integrity', '2026-11-27', '赵敏', '徐辉', ''],
    ]);
  });
  const one = [item('talk_integrity', '2026-11-20', ['王强'], '王建国')];
  it('王芳 「不对 王强是25号 李明孙丽也要记上」 → 王强 on the 25th, 李明 and 孙丽 their day asked', () => {
    expect(shape(cardClauseEdits('不对 王强是25号 李明孙丽也要记上', one, ctxOf('王芳')))).toEqual([
      'ask_days',
      ['talk_integrity', '2026-11-25', '王建国', '王强', ''],
      ['talk_integrity', '?', '王建国', '李明', ''],
      ['talk_integrity', '?', '王建国', '孙丽', ''],
    ]);
  });
  it.each([['不对，王强是11月25日，李明、孙丽也是25号'], ['王强是25号 李明孙丽同一天也谈了']])('王芳 「%s」 → all three on the 25th', (text) => {
    expect(shape(cardClauseEdits(text, one, ctxOf('王芳')))).toEqual([
      'changed',
      ['talk_integrity', '2026-11-25', '王建国', '王强', ''],
      ['talk_integrity', '2026-11-25', '王建国', '李明', ''],
      ['talk_integrity', '2026-11-25', '王建国', '孙丽', ''],
    ]);
  });
  it('a day of another deed pointed at is not this card\'s', () => {
    expect(cardClauseEdits('黄书记说11月3号那次 王强是25号', one, ctxOf('王芳'))).toBeUndefined();
  });
});

describe('a check\'s places passed on (t62b G3)', () => {
  const check = [item('inspect_style', '2026-12-03', [], '黄志刚', ['office', 'finance'])];
  it.each([['黄书记说12月3号那次 办公室没去成 只查了财务科'], ['黄书记说 12月3日那次办公室没去成，只查了财务科'], ['那次办公室没去，只查了财务科']])('林晓 「%s」 → 财务科 only', (text) => {
    expect(shape(cardClauseEdits(text, check, ctxOf('林晓')))).toEqual(['changed', ['inspect_style', '2026-12-03', '黄志刚', '', 'finance']]);
  });
  it('a clause no reader takes makes the whole message no reading', () => {
    expect(cardClauseEdits('黄书记说12月3号那次 办公室没去成 下次再去', check, ctxOf('林晓'))).toBeUndefined();
  });
});

describe('a turned-round sentence moves only the card\'s own people (round 60 merge, dialogFortyThreeD near-miss)', () => {
  const talk = [item('talk_heart', '2026-11-20', ['王芳'], '李明')];
  it('王芳 「反了，是王强找我谈的」 on a talk 李明→王芳: 王强 is not on the card, no reading', () => {
    expect(shape(cardClauseEdits('反了，是王强找我谈的', talk, ctxOf('王芳')))).toBeUndefined();
  });
  it('near-miss: 赵书记反馈 holds 记反 and is no turning', () => {
    expect(shape(cardClauseEdits('赵书记反馈 那次是廉政谈话 徐辉副主任也在', [item('talk_heart', '2026-11-27', ['何平'], '赵敏')], ctxOf('孙杰')))).toEqual([
      'changed',
      ['talk_integrity', '2026-11-27', '赵敏', '何平', ''],
      ['talk_integrity', '2026-11-27', '赵敏', '徐辉', ''],
    ]);
  });
});
