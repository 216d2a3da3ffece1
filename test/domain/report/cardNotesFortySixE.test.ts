// Round 46, fixer E (t48a F6, t48b F6, F7; issue 10): every note the card and the receipt carry beside right records is true of
// what they show — a deed put off named by its own type, a talk's topic no leftover, 受X委托 no note against X the doer, no
// 句首的人 warning where each item is right. The records themselves are rows of corpusFortySixE.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { confirmReasons } from '../../../src/domain/report/confirmReasons.js';
import type { ReportDraft } from '../../../src/domain/report/draft.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { remarksStillTrue } from '../../../src/domain/report/remarksStillTrue.js';
import { unrecordedNamesNote } from '../../../src/domain/report/unrecordedNamesNote.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const idOf = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const nameOf = (id: string) => directory.person(id)?.name;
const read = (from: string, text: string) => parseReport(text, { now: NOW, directory, senderId: idOf(from), mentions: [] })!;
const notesOf = (from: string, text: string) => read(from, text).flatMap((r) => r.remarks);
const reasonsOf = (from: string, text: string) => {
  const got = read(from, text);
  return [...new Set([...confirmReasons(got, text), ...got.flatMap((r) => r.reasons ?? [])])];
};

describe('a deed put off is named by the type the member wrote (t48b F6)', () => {
  it.each([
    ['赵敏', '上周三与宣文部王磊部长进行了谈心谈话。原定上周四和康复中心何平主任的廉政谈话因其外出培训推迟到下周。', '廉政谈话'],
    ['刘芳', '11月24日和组联部周涛部长谈心谈话，原定同日与吴静部长的廉政谈话因其参加培训改期', '廉政谈话'],
    ['陈志强', '11月25日与郑华部长进行廉政谈话，和冯雪部长的廉政谈话因她外出学习取消了', '廉政谈话'],
    ['王磊', '11月19日与杨帆谈心谈话。和张颖的廉洁谈话因她培训推迟了', '廉政谈话'],
    ['赵敏', '11月26日与何平主任进行廉政谈话，原定与王磊部长的廉政谈话因其外出培训未能进行', '廉政谈话'],
    ['张伟', '11月23日与王建国副理事长开展廉政谈话，原定与刘芳副理事长的廉政谈话因其参加党校培训推迟', '廉政谈话'],
    ['何平', '11月27日与孙杰谈心谈话，原定与徐辉副主任的谈心谈话因其外出培训延期', '谈心谈话'],
    ['吴静', '11月20日与刘洋谈心谈话，原计划的廉政党课因讲课人外出培训推迟到12月', '廉政党课'],
    ['郑华', '11月18日部门集中学习廉政准则，原定11月25日的警示教育因大家外出培训取消了', '警示教育'],
    // A 廉政教育培训 put off is a 廉政教育: the note says so, as before.
    ['周涛', '11月26日组织部门观看警示教育片，原定的廉政教育培训因故取消', '廉政教育'],
  ])('%s「%s」: 「%s没有进行…」', (from, text, type) => {
    const notes = notesOf(from, text).filter((m) => m.includes('没有进行（延期、取消或未开成），未记录'));
    expect(notes).toEqual([`${type}没有进行（延期、取消或未开成），未记录`]);
  });
});

describe('a talk’s topic is no deed left out (t48a F6)', () => {
  it.each([
    ['刘芳', '11月中旬分别找组联部周涛、康复部吴静两位部长谈心谈话，主要是节前廉洁提醒'],
    ['刘芳', '11月16日找组联部周涛部长谈心谈话，主要是节前廉洁提醒'],
    ['陈志强', '11月20日与教就部郑华部长谈心谈话，内容是廉洁自律和警示教育'],
    ['赵敏', '上周五和王磊部长谈了谈心，谈话内容为节前廉政提醒'],
    ['王建国', '11月18日与李明主任进行了廉政谈话，主要围绕廉政风险防控'],
    ['何平', '11月25日和徐辉副主任谈心，就节前廉洁自律进行了提醒'],
    ['吴静', '11月26日与刘洋谈心谈话，主题是廉政教育'],
    ['王磊', '11月23日与杨帆同志进行了谈心谈话，谈的是警示教育片观后感'],
  ])('%s「%s」: no 「…没有对应到任何记录」, no leftover reason', (from, text) => {
    expect(notesOf(from, text).filter((m) => m.includes('没有对应到任何记录'))).toEqual([]);
    expect(reasonsOf(from, text)).not.toContain('leftover');
  });
});

describe('受X委托 says nothing against X the doer (t48b F7)', () => {
  it.each([
    ['陈静', '受陈理事长委托报一下：11月中旬陈志强副理事长到教就部开展谈心谈话，与郑华部长和我分别谈了话，郑华部长是11月17日，我是11月18日'],
    ['陈静', '受陈志强副理事长委托报一下：11月18日陈志强副理事长与郑华部长进行了谈心谈话'],
    ['赵磊', '受冯部长委托报一下：11月20日冯雪部长和我进行了谈心谈话'],
    ['王芳', '受李主任委托，报一下：11月25日李明主任和胡军进行了廉政谈话'],
    ['胡军', '按照李明主任安排报一下：11月26日李明主任与王芳谈心谈话'],
    ['孙杰', '受何主任委托报送：11月19日何平主任与徐辉副主任进行了廉政谈话'],
  ])('%s「%s」: no 「…未记为活动人或对象」 note', (from, text) => {
    expect(notesOf(from, text).filter((m) => m.includes('未记为活动人或对象'))).toEqual([]);
  });

  it.each([
    ['徐辉', '受何平主任委托，我于11月27日与孙杰进行了廉政谈话', '「受何平主任委托」：何平是委托、安排或同意的人，未记为活动人或对象'],
    ['王强', '按照孙丽科长安排，11月24日我和李娟谈心谈话', '「按照孙丽科长安排」：孙丽是委托、安排或同意的人，未记为活动人或对象'],
    ['刘洋', '经吴静部长同意，11月25日我与康复部同事开展了廉政教育', '「经吴静部长同意」：吴静是委托、安排或同意的人，未记为活动人或对象'],
  ])('%s「%s」: one who only asked is still named', (from, text, note) => {
    expect(notesOf(from, text)).toContain(note);
  });

  const draft = (actor: string | undefined, ...with_: string[]): ReportDraft => ({ type: 'talk_heart', date: '2026-11-18', counterpartIds: with_.map(idOf), late: false, ...(actor ? { actorId: idOf(actor) } : {}) });
  it('unrecordedNamesNote keeps the names no record makes a doer or counterpart, by the roles the note denies', () => {
    const asked = '「受陈理事长委托」：陈志强是委托、安排或同意的人，未记为活动人或对象';
    expect(unrecordedNamesNote(asked, [draft('陈志强', '郑华')], idOf('陈静'), nameOf)).toBeUndefined();
    expect(unrecordedNamesNote(asked, [draft(undefined, '郑华')], idOf('陈静'), nameOf)).toBe(asked);
    const two = '「受刘芳、陈志强委托」：刘芳、陈志强是委托、安排或同意的人，未记为活动人或对象';
    expect(unrecordedNamesNote(two, [draft('陈志强', '郑华')], idOf('陈静'), nameOf)).toBe('「受刘芳、陈志强委托」：刘芳是委托、安排或同意的人，未记为活动人或对象');
    // 主持…，未记为活动人: a chair made a counterpart is still no doer, the note stands.
    const chair = '「孙丽科长主持」：孙丽主持或记录这次谈话，未记为活动人';
    expect(unrecordedNamesNote(chair, [draft(undefined, '孙丽')], idOf('王强'), nameOf)).toBe(chair);
    expect(unrecordedNamesNote(chair, [draft('孙丽', '李娟')], idOf('王强'), nameOf)).toBeUndefined();
    expect(unrecordedNamesNote('转达的是刘芳的要求，刘芳未记为活动人或对象', [draft('刘芳', '徐辉')], idOf('吴静'), nameOf)).toBeUndefined();
    expect(unrecordedNamesNote('谈话人为陈志强（代为上报）', [draft('陈志强', '郑华')], idOf('陈静'), nameOf)).toBe('谈话人为陈志强（代为上报）');
  });

  it('remarksStillTrue drops the name once the card makes X the doer', () => {
    const asked = '「受何平主任委托」：何平是委托、安排或同意的人，未记为活动人或对象';
    expect(remarksStillTrue([asked], [draft('何平', '孙杰')], idOf('徐辉'), nameOf, '2026-11-30')).toEqual([]);
    expect(remarksStillTrue([asked], [draft(undefined, '孙杰')], idOf('徐辉'), nameOf, '2026-11-30')).toEqual([asked]);
  });
});

describe('句首的人被记成了对象 only when no clause turns the sender to them (t48b F7)', () => {
  it.each([
    ['何平', '补报康复中心10月份工作：\n（1）10月15日中心召开廉政风险防控专题会议，研究康复服务项目采购环节风险点，中心班子及各科室负责人9人参加；\n（2）10月22日我与副主任徐辉进行廉政谈话；\n（3）10月30日徐辉与医师孙杰开展谈心谈话。'],
    ['何平', '补报10月工作：\n1.10月22日我与副主任徐辉进行廉政谈话；\n2.10月30日徐辉与医师孙杰开展谈心谈话。'],
    ['孙丽', '11月份工作：1.11月18日我与王强副科长进行廉政谈话；2.11月20日王强与李娟开展谈心谈话'],
    ['李明', '本月工作：11月17日与王芳谈心谈话；11月19日王芳与胡军谈心谈话'],
    ['孙丽', '11月18日王强与李娟谈心谈话，11月20日我与王强进行廉政谈话'],
  ])('%s「%s」: no subject_unclear', (from, text) => {
    expect(reasonsOf(from, text)).not.toContain('subject_unclear');
  });
});
