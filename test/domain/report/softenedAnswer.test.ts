// Round 68 (ghi; t71a FB2): the answer inside a softened reply — 谈心谈话吧 · 李明吧 · 嗯 应该是前天吧 — and the rest of the round's
// pure readers: a withdrawal by a kind's full name (latestWithdrawal), a body's 专题会议 (meetingBodySaid), 是我报的 (namesSelfAsDoer).
import { describe, expect, it } from 'vitest';
import { softenedAnswer } from '../../../src/domain/report/softenedAnswer.js';
import { latestWithdrawal, nounFitsType } from '../../../src/domain/report/latestWithdrawal.js';
import { meetingBodySaid } from '../../../src/domain/report/meetingBodySaid.js';
import { namesSelfAsDoer } from '../../../src/domain/report/selfAsDoerWords.js';

describe('softenedAnswer', () => {
  it.each([
    ['谈心谈话吧', '谈心谈话'],
    ['是谈心谈话吧', '谈心谈话'],
    ['嗯 谈心谈话吧', '谈心谈话'],
    ['廉政谈话的', '廉政谈话'],
    ['应该是谈心谈话', '谈心谈话'],
    ['谈心谈话呗~', '谈心谈话'],
    ['談心談話吧', '谈心谈话'],
    ['李明吧', '李明'],
    ['大概是孫麗吧', '孙丽'],
    ['嗯嗯 应该是前天吧', '前天'],
    ['11.26吧', '11.26'],
  ])('「%s」 → 「%s」', (text, core) => {
    expect(softenedAnswer(text)).toBe(core);
  });

  it.each([['谈心谈话'], ['李明'], ['是的'], ['吧'], ['谈了吧，和张颖吧'], ['是吗'], ['谈话情况怎么样呢'], ['一篇28号，另一篇是30号报的'], ['上周三、上周五的']])('「%s」 is no softened answer', (text) => {
    expect(softenedAnswer(text)).toBeUndefined();
  });
});

describe('round 68 readers', () => {
  it.each([
    ['刚才那个作风纪律检查撤回吧，报重了', '作风纪律检查', '报重了'],
    ['刚才那个检查撤了吧 报重了', '检查', '报重了'],
    ['那条不要了，报重了', undefined, '报重了'],
    ['刚才那条信息报送撤了吧，报错了', '信息报送', '报错了'],
    ['剛才那個談心談話撤回吧，報重了', '谈心谈话', '报重了'],
  ])('「%s」: noun %s, reason 「%s」', (text, noun, reason) => {
    expect(latestWithdrawal(text)).toEqual({ ...(noun !== undefined ? { noun } : {}), reason });
  });

  it.each([['那个检查撤回吧，应该是11月26号'], ['那条不要了'], ['刚才那条和王强的谈话撤销，报错了']])('「%s」 is no withdrawal with a reason', (text) => {
    expect(latestWithdrawal(text)).toBeNull();
  });

  it('a full kind name fits its family only', () => {
    expect(nounFitsType('作风纪律检查', 'inspect_style')).toBe(true);
    expect(nounFitsType('作风纪律检查', 'edu_lecture')).toBe(false);
    expect(nounFitsType('信息报送', 'report_info')).toBe(true);
  });

  it.each([
    ['赵敏书记主持召开机关党委专题会议', 'party_committee'],
    ['黄志刚书记主持召开机关纪委专题会议', 'discipline_committee'],
    ['机关党委（扩大）专题会议', 'party_committee'],
    ['康复中心党支部召开专题会议', 'branch'],
    ['张伟书记主持召开党组专题会议', 'party_group'],
    // Round 69 (gie): the chair's post names the body when the meeting names none (was undefined, the 党组's).
    ['机关党委书记赵敏主持召开专题会议', 'party_committee'],
    ['召开专题会议，会议由机关纪委书记黄志刚主持', 'discipline_committee'],
    ['赵敏书记主持召开专题会议', undefined],
    ['张伟书记主持召开专题会议，机关党委书记赵敏出席', undefined],
  ])('「%s」 → %s', (piece, body) => {
    expect(meetingBodySaid(piece)).toBe(body);
  });

  it('是我报的 · 我报送的 · 我自己报的 name the member; 孙科长报的 does not', () => {
    for (const w of ['是我报的', '我报送的', '我自己报的', '我上报的']) expect(namesSelfAsDoer(w)).toBe(true);
    expect(namesSelfAsDoer('孙科长报的')).toBe(false);
    expect(namesSelfAsDoer('我和王强报的')).toBe(false);
  });
});
