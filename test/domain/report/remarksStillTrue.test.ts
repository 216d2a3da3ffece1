// remarksStillTrue (round 34a A06, A16, A18): notes of an old reading go once the records changed; notes still true stay.
import { describe, expect, it } from 'vitest';
import { remarksStillTrue } from '../../../src/domain/report/remarksStillTrue.js';
import type { ReportDraft } from '../../../src/domain/report/draft.js';

const TODAY = '2026-12-03';
const NAMES: Record<string, string> = { chenzhiqiang: '陈志强', fengxue: '冯雪', zhoutao: '周涛' };
const nameOf = (id: string) => NAMES[id];
const draft = (type: ReportDraft['type'], date: string, actorId?: string): ReportDraft => ({ type, date, counterpartIds: [], late: false, ...(actorId ? { actorId } : {}) });
const keep = (remarks: string[], drafts: ReportDraft[]) => remarksStillTrue(remarks, drafts, 'chenzhiqiang', nameOf, TODAY);

describe('remarksStillTrue', () => {
  it('a 同行 note drops whoever is now the check\'s doer, and goes with the last check (round 44, t45a F6)', () => {
    const note = '同行：冯雪、您本人（同一次检查，未另记）';
    // 周涛 led it: both still went along.
    expect(keep([note], [draft('inspect_style', '2026-11-20', 'zhoutao')])).toEqual([note]);
    // Made 冯雪's on the card: only the sender went along with her.
    expect(keep([note], [draft('inspect_style', '2026-11-20', 'fengxue')])).toEqual(['同行：您本人（同一次检查，未另记）']);
    // Made the sender's own: 冯雪 went along.
    expect(keep([note], [draft('inspect_funds', '2026-11-20')])).toEqual(['同行：冯雪（同一次检查，未另记）']);
    // No check any more (the type answered otherwise): nothing to go along on.
    expect(keep([note], [draft('talk_heart', '2026-11-20', 'zhoutao')])).toEqual([]);
  });

  it('a doer note goes with the last record of that doer', () => {
    const note = '按冯雪的活动记录（代为上报）';
    expect(keep([note], [draft('talk_integrity', '2026-11-06')])).toEqual([]);
    expect(keep([note], [draft('talk_integrity', '2026-11-06'), draft('review_analysis', '2026-11-21', 'fengxue')])).toEqual([note]);
  });

  it('a type note goes when no record has that type any more', () => {
    const note = '「典型案例通报」按警示教育记录（未按廉政教育）';
    expect(keep([note], [draft('edu_integrity', '2026-11-16')])).toEqual([]);
    expect(keep([note], [draft('edu_warning', '2026-11-16')])).toEqual([note]);
    // 按…共8个部门记录 · 按王建国与李明的廉政谈话记录 name no type: kept whatever the records.
    const departments = '「各部室」按办公室、财务科共2个部门记录';
    expect(keep([departments], [draft('edu_integrity', '2026-11-16')])).toEqual([departments]);
  });

  it('a leftover day some record now has is no longer said; other words stay', () => {
    expect(keep(['消息里的「11月25日」没有对应到任何记录，请核对是否漏记'], [draft('inspect_style', '2026-11-25')])).toEqual([]);
    expect(keep(['消息里的「11月25日」、「《监察法》」没有对应到任何记录，请核对是否漏记'], [draft('inspect_style', '2026-11-25')])).toEqual([
      '消息里的「《监察法》」没有对应到任何记录，请核对是否漏记',
    ]);
    expect(keep(['消息里的「11月25日」、「11月26日」没有对应到任何记录，请核对是否漏记'], [draft('edu_lecture', '2026-11-24')])).toEqual([
      '消息里的「11月25日」、「11月26日」没有对应到任何记录，请核对是否漏记',
    ]);
  });

  it('every other note is kept, in order', () => {
    const notes = ['其中的计划安排，未记录；完成后再发给我即可', '第4条「自查总结｜2026-11-21｜维权部」还没有做，未记录；做完后再发给我即可'];
    expect(keep(notes, [draft('talk_integrity', '2026-11-06')])).toEqual(notes);
  });
});

// Round 50 fxc (t52a F7 tail's kind): a note on how a day was read goes once the day was put right on the card.
describe('remarksStillTrue: day notes of the old reading', () => {
  it('日期沿用上一句 goes when no record has that day, stays while one does', () => {
    expect(keep(['日期沿用上一句：11-25'], [draft('talk_heart', '2026-11-26')])).toEqual([]);
    expect(keep(['日期沿用上一句：11-25'], [draft('talk_heart', '2026-11-26'), draft('edu_warning', '2026-11-25')])).toEqual(['日期沿用上一句：11-25']);
  });
  it('「…」按M月D日已进行记录 goes with its day', () => {
    const note = '「原定周二的会」按11月3日已进行记录；如那天没有进行，请点「修改」去掉这一条';
    expect(keep([note], [draft('meeting_special', '2026-11-05')])).toEqual([]);
    expect(keep([note], [draft('meeting_special', '2026-11-03')])).toEqual([note]);
  });
  it('a record with no day yet keeps the note', () => {
    expect(keep(['日期沿用上一句：11-25'], [{ type: 'talk_heart', counterpartIds: [], late: false } as ReportDraft])).toEqual(['日期沿用上一句：11-25']);
  });
});
