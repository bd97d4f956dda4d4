import { isIcd10Code, normalizeIcd10Code } from './icd10';

describe('ICD-10 codes', () => {
  it.each(['E11', 'J45.909', 'A00.0', 'Z99.89', 'C7A.01', 'S72.001A', 'M1A'])('accepts %s', (code) => {
    expect(isIcd10Code(code)).toBe(true);
  });

  it.each([
    ['a lower-case code', 'e11'],
    ['a code starting with U (reserved)', 'U07.1'],
    ['a code starting with a digit', '1E1'],
    ['two characters', 'E1'],
    ['a dot without an extension', 'E11.'],
    ['an extension of five characters', 'J45.90901'],
    ['a U inside the extension', 'J45.U'],
    ['surrounding spaces', ' E11 '],
    ['an empty string', ''],
    ['a number', 11],
  ])('refuses %s', (_case, code) => {
    expect(isIcd10Code(code)).toBe(false);
  });

  it('normalises by trimming and capitalising, which makes lower-case input valid', () => {
    expect(normalizeIcd10Code('  j45.909 ')).toBe('J45.909');
    expect(isIcd10Code(normalizeIcd10Code('e11'))).toBe(true);
  });
});
