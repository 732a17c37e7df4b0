import { FREE_TEXT_MAX, isUuid, SHORT_TEXT_MAX, textProblem } from '../../../shared/input/text.js';

describe('input text', () => {
  it('refuses a NUL byte anywhere, even in free text', () => {
    expect(textProblem('王\u0000芳')).toBe('contains a NUL byte');
    expect(textProblem('摘要\u0000', { freeText: true })).toBe('contains a NUL byte');
  });

  it('refuses control characters; free text keeps tab and line breaks', () => {
    expect(textProblem('柳河镇\n社工站')).toBe('contains a control character');
    expect(textProblem('第一次走访\r\n\t家中无人', { freeText: true })).toBeNull();
    expect(textProblem('bell\u0007', { freeText: true })).toMatch(/control character/);
    expect(textProblem('del\u007f')).toBe('contains a control character');
  });

  it('refuses unpaired surrogates but keeps characters outside the basic plane', () => {
    expect(textProblem('a\ud800b')).toMatch(/unpaired surrogate/);
    expect(textProblem('\udc00')).toMatch(/unpaired surrogate/);
    expect(textProblem('𠀀家')).toBeNull();
  });

  it('limits length by kind, or tighter when asked', () => {
    expect(textProblem('x'.repeat(SHORT_TEXT_MAX))).toBeNull();
    expect(textProblem('x'.repeat(SHORT_TEXT_MAX + 1))).toBe(
      `is ${SHORT_TEXT_MAX + 1} characters long, at most ${SHORT_TEXT_MAX} allowed`,
    );
    expect(textProblem('x'.repeat(FREE_TEXT_MAX), { freeText: true })).toBeNull();
    expect(textProblem('x'.repeat(FREE_TEXT_MAX + 1), { freeText: true })).not.toBeNull();
    expect(textProblem('2301271', { maxLength: 6 })).toMatch(/at most 6/);
  });

  it('knows a hub id', () => {
    expect(isUuid('0b6f3c38-2e0c-4a51-9b39-7a1f3c1d2e4f')).toBe(true);
    expect(isUuid('0B6F3C38-2E0C-4A51-9B39-7A1F3C1D2E4F')).toBe(true);
    expect(isUuid('not-a-uuid')).toBe(false);
    expect(isUuid('0b6f3c382e0c4a519b397a1f3c1d2e4f')).toBe(false);
    expect(isUuid(42)).toBe(false);
  });
});
