import { likePattern, trigramNarrows } from './like-pattern';

describe('likePattern', () => {
  it('matches anywhere, with the wildcards and the escape taken literally', () => {
    expect(likePattern('ada')).toBe('%ada%');
    expect(likePattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});

describe('trigramNarrows', () => {
  it.each([
    ['zam', true],
    ['Zamora', true],
    ['qs-100', true],
    ['Ça va', false],
    ['Ärz', true],
    ['王小明', true],
    ['za', false],
    ['a-b-c', false],
    ['%%%', false],
    ['', false],
  ])('%j → %j', (term, narrows) => {
    expect(trigramNarrows(term)).toBe(narrows);
  });
});
