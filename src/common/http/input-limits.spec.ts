import { findUnsafeInput, MAX_NESTING_DEPTH } from './input-limits';

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i += 1) {
    value = [value];
  }
  return value;
}

describe('findUnsafeInput', () => {
  it('accepts ordinary bodies, emoji and other scripts included', () => {
    expect(findUnsafeInput({ fullName: 'Zoë 😀 中文', patient: { allergies: ['nuts'] } })).toBeNull();
    expect(findUnsafeInput(nested(MAX_NESTING_DEPTH - 1))).toBeNull();
  });

  it('refuses nesting deeper than the limit, however deep, without overflowing its own stack', () => {
    expect(findUnsafeInput(nested(MAX_NESTING_DEPTH + 1))).toBe('too_deep');
    expect(findUnsafeInput({ a: nested(100_000) })).toBe('too_deep');
  });

  it('refuses a NUL character in a value or a key', () => {
    expect(findUnsafeInput({ fullName: 'a\u0000b' })).toBe('nul_character');
    expect(findUnsafeInput({ ['k\u0000']: 1 })).toBe('nul_character');
  });

  it('refuses a lone surrogate but not a paired one', () => {
    expect(findUnsafeInput({ data: { note: '\ud800' } })).toBe('lone_surrogate');
    expect(findUnsafeInput(['x\udc00'])).toBe('lone_surrogate');
    expect(findUnsafeInput('\ud83d\ude00')).toBeNull();
  });
});
