// 签定 is read 签订 before a 责任书/承诺书 (round 36, t36b F9).
import { describe, expect, it } from 'vitest';
import { withSigningSlip } from '../../../src/domain/report/signingSlip.js';

describe('签定 as 签订', () => {
  it.each([
    ['随后签定了廉洁自律承诺书', '随后签订了廉洁自律承诺书'],
    ['和刘洋签定承诺书', '和刘洋签订承诺书'],
    ['签定党风廉政建设责任书', '签订党风廉政建设责任书'],
  ])('%s', (text, read) => expect(withSigningSlip(text)).toBe(read));

  it('leaves 签定 with no paper after it in its clause', () => {
    expect(withSigningSlip('合同已签定，另报送承诺书')).toBe('合同已签定，另报送承诺书');
  });
});
