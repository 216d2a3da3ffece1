// Round 68, ghh (t71a F1, F2): the readers of listed and summarised items' doers — typedHeadingPerson (whose a typed
// heading's items are), organisedAfterJunior (a unit's activity after a junior's deed), and the notes and question bodies
// they leave on the records (the whose question asked once for all, the 其中 count weighed with 各).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import type { ParseContext } from '../../../src/domain/report/draft.js';
import { organisedAfterJunior } from '../../../src/domain/report/organisedAfterJunior.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { typedHeadingPerson } from '../../../src/domain/report/typedHeadingPerson.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const idOf = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const ctx = (sender: string): ParseContext => ({ now: NOW, directory, senderId: idOf(sender), mentions: [] });
const read = (sender: string, text: string) => parseReport(text, ctx(sender))!;

describe('typedHeadingPerson: the person a typed heading opens with', () => {
  it.each([
    ['张伟书记11月份廉政谈话情况：', '张伟'],
    ['党组书记张伟同志11月份廉政谈话情况：', '张伟'],
    ['11月份张伟书记廉政谈话情况：', '张伟'],
    ['关于张伟书记11月份廉政谈话情况：', '张伟'],
    ['11月份廉政谈话情况（张伟书记）：', '张伟'],
    ['一、何平主任11月份谈心谈话情况：', '何平'],
    ['黄志刚书记本月廉政谈话开展情况：', '黄志刚'],
  ])('「%s」 → %s', (line, name) => {
    expect(typedHeadingPerson(line, ctx('王芳'))).toBe(idOf(name));
  });

  it.each([['与张伟书记谈话情况：'], ['和黄书记谈心情况：'], ['11月份廉政谈话情况：'], ['张伟、刘芳11月份廉政谈话情况：']])('「%s」 → none', (line) => {
    expect(typedHeadingPerson(line, ctx('王芳'))).toBeUndefined();
  });
});

describe('organisedAfterJunior: a unit\'s activity after a junior\'s deed is the sender\'s', () => {
  it.each([
    ['黄志刚', '林晓', '11月26日组织警示教育,参加45人。', undefined, true],
    ['黄志刚', '林晓', '组织警示教育1次', '11月17日林晓与张颖谈心谈话;', true],
    ['何平', '徐辉', '11月26日组织中心全体人员观看警示教育片', undefined, true],
    ['孙丽', '王强', '11月26日组织科室学习《廉洁自律准则》', undefined, true],
    // The carried doer outranks the sender: 郑部长…和我谈话；…组织部门观看 stays 郑华's.
    ['陈静', '郑华', '11月19日组织部门观看警示教育片《镜鉴》', undefined, false],
    ['林晓', '黄志刚', '11月26日组织警示教育', undefined, false],
    // Not after ；/。, or no organised activity: the doer goes on.
    ['黄志刚', '林晓', '组织警示教育', '11月17日林晓与张颖谈心谈话,', false],
    ['黄志刚', '林晓', '会后与王强谈心谈话', undefined, false],
    ['黄志刚', '林晓', '11月26日组织与王强谈话', undefined, false],
  ])('%s, carried %s: 「%s」 after 「%s」 → %s', (sender, carried, piece, before, want) => {
    expect(organisedAfterJunior(piece, before, idOf(carried), ctx(sender))).toBe(want);
  });
});

describe('what the records carry', () => {
  it('a clerk\'s list under a heading naming no one: one whose question for all, its body the heading, 张伟 offered', () => {
    const got = read('王芳', '11月份廉政谈话情况：\n1. 11月4日 与王建国副理事长\n2. 11月6日 与刘芳副理事长\n3. 11月9日 与陈志强副理事长');
    const asked = got.map((r) => r.problems.find((p) => p.code === 'missing_actor'));
    expect(asked.every((p) => p !== undefined && 'body' in p && p.body === '11月份廉政谈话情况')).toBe(true);
    expect(asked.every((p) => p !== undefined && 'candidateIds' in p && p.candidateIds[0] === idOf('张伟'))).toBe(true);
    expect(got.every((r) => r.draft.actorId === undefined)).toBe(true);
    expect(got.flatMap((r) => r.remarks).join('')).not.toMatch(/是您的上级/);
  });

  it('各 with two people counts two: 「…写明的3次已逐条列出」, never 「另1次没有写明」', () => {
    const notes = read('黄志刚', '11月份机关纪委共开展谈心谈话3人次，其中黄志刚与王强、李娟各谈1次（11月17日），林晓与张颖谈1次（11月19日）；组织警示教育1次（11月26日，观看警示教育片《镜鉴》，参加45人）。').flatMap((r) => r.remarks);
    expect(notes).toContain('「11月份机关纪委共开展谈心谈话3人次」是合计，只用来核对：其中写明的3次已逐条列出，不另记');
    expect(notes.join('')).not.toMatch(/没有写明/);
  });
});
