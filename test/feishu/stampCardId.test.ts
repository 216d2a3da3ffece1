// The card id goes into every answer button of a 确认 or question card, and into nothing else.
import { describe, expect, it } from 'vitest';
import { stampCardId } from '../../src/feishu/cards/stampCardId.js';
import { confirmReportCard } from '../../src/feishu/cards/confirmReportCard.js';
import { button, buttonRow, card } from '../../src/feishu/cards/cardParts.js';
import { buttonValues } from '../support/testBot.js';

describe('stampCardId', () => {
  it('puts the id into 确认 / 修改 / 取消 of a 确认 card and leaves the card it was given unchanged', () => {
    const original = confirmReportCard([{ text: '廉政谈话｜2026-11-30｜对象：王建国', actor: '张伟', duplicate: false }], ['记在他人名下'], []);
    const before = JSON.stringify(original);
    const stamped = stampCardId(original, 'c1');
    expect(buttonValues(stamped)).toEqual([
      { action: 'answer', text: '确认', card: 'c1' },
      { action: 'answer', text: '修改', card: 'c1' },
      { action: 'answer', text: '取消', card: 'c1' },
    ]);
    expect(JSON.stringify(original)).toBe(before);
  });

  it('leaves other buttons (撤销 on a receipt, 填报) as they are', () => {
    const receipt = card('已记录', 'green', [buttonRow([button('撤销', { action: 'undo', activityId: 'a1' }), button('填报', { action: 'report_duty', dutyId: 'd1' })])]);
    expect(buttonValues(stampCardId(receipt, 'c1'))).toEqual([
      { action: 'undo', activityId: 'a1' },
      { action: 'report_duty', dutyId: 'd1' },
    ]);
  });
});
