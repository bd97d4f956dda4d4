import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every request DTO bounds what it accepts: each string has a maximum length, each array a maximum size (and its
 * string elements a maximum length), each number a minimum and a maximum, each free-form object a byte cap. A new
 * validator name fails here until it is classified, so the rule cannot be skipped by accident.
 */

const SRC = join(__dirname, '../../src');

/** Validators whose accepted values are bounded by their format (fixed sets, UUIDs, anchored patterns). */
const BOUNDED_BY_FORMAT = new Set(['isUuid', 'isIn', 'isBoolean', 'isInstantWithOffset', 'isIcd10Code']);
/** Validators that accept strings of any length unless a cap goes with them. */
const NEEDS_LENGTH_CAP = new Set(['isString', 'isEmail', 'isUrl', 'isTimeZone', 'isIso8601', 'isDateString']);
const LENGTH_CAPS = new Set(['maxLength', 'isLength', 'maxBytes']);
const NUMBERS = new Set(['isInt', 'isNumber']);
/** Validators that only narrow further, or say when to validate. */
const NEUTRAL = new Set([
  'isOptional',
  'isDefined',
  'isDivisibleBy',
  'notInTheFuture',
  'min',
  'max',
  'arrayMaxSize',
  'arrayMinSize',
  'arrayUnique',
  'maxJsonBytes',
  ...LENGTH_CAPS,
]);

function dtoFiles(): string[] {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((file) => /(^|\/)dto\/[^/]+\.dto\.ts$/.test(file))
    .map((file) => join(SRC, file));
  return [...files, join(SRC, 'common/http/pagination.dto.ts')];
}

type Constructor = abstract new (...args: never[]) => unknown;

function requestDtoClasses(): Map<string, Constructor> {
  const classes = new Map<string, Constructor>();
  for (const file of dtoFiles()) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported = require(file) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported)) {
      if (typeof value === 'function' && validationsOf(value as Constructor).length > 0) {
        classes.set(`${relative(SRC, file)}:${name}`, value as Constructor);
      }
    }
  }
  return classes;
}

function validationsOf(target: Constructor): ValidationMetadata[] {
  return getMetadataStorage().getTargetValidationMetadatas(target, '', true, false);
}

function isAnchored(pattern: unknown): boolean {
  return pattern instanceof RegExp && pattern.source.startsWith('^') && pattern.source.endsWith('$');
}

/** What is missing on one property, as readable problems. */
function problemsOf(property: string, rules: ValidationMetadata[]): string[] {
  const problems: string[] = [];
  const named = (name: string, each: boolean) => rules.some((r) => r.name === name && Boolean(r.each) === each);
  const capped = (each: boolean) =>
    [...LENGTH_CAPS].some((name) => named(name, each)) ||
    rules.some((r) => r.name === 'matches' && Boolean(r.each) === each && isAnchored(r.constraints?.[0]));
  for (const rule of rules) {
    const name = rule.name ?? '';
    const each = Boolean(rule.each);
    if (rule.type === 'nestedValidation') {
      // class-validator walks into arrays under ValidateNested without checking them: `[]` would pass as a DTO.
      if (!named('isObject', Boolean(rule.each))) {
        problems.push(`${property}: nested DTO without isObject${rule.each ? ' (each)' : ''}`);
      }
      continue;
    }
    if (rule.type === 'conditionalValidation' || rule.type === 'isDefined') {
      continue;
    }
    if (NEEDS_LENGTH_CAP.has(name) && !capped(each)) {
      problems.push(`${property}: ${name}${each ? ' (each)' : ''} without a maximum length`);
    } else if (NUMBERS.has(name) && !(named('min', each) && named('max', each))) {
      problems.push(`${property}: ${name} without both min and max`);
    } else if (name === 'isArray' && !named('arrayMaxSize', false)) {
      problems.push(`${property}: array without a maximum size`);
    } else if (
      name === 'isObject' &&
      !named('maxJsonBytes', false) &&
      !rules.some((r) => r.type === 'nestedValidation')
    ) {
      problems.push(`${property}: object without a byte cap`);
    } else if (name === 'matches' && !isAnchored(rule.constraints?.[0]) && !capped(each)) {
      problems.push(`${property}: unanchored pattern without a maximum length`);
    } else if (
      !NEEDS_LENGTH_CAP.has(name) &&
      !NUMBERS.has(name) &&
      !BOUNDED_BY_FORMAT.has(name) &&
      !NEUTRAL.has(name) &&
      !['isArray', 'isObject', 'matches'].includes(name)
    ) {
      problems.push(`${property}: unclassified validator "${name}" (add it to this spec)`);
    }
  }
  return problems;
}

describe('Caps on every request DTO', () => {
  const classes = requestDtoClasses();

  it('finds the request DTOs of every feature', () => {
    const names = [...classes.keys()].map((key) => key.split(':')[1]);
    expect(names).toEqual(
      expect.arrayContaining([
        'RegisterDto',
        'LoginDto',
        'BookAppointmentDto',
        'UpdateAppointmentDto',
        'ChangeAppointmentStatusDto',
        'CreateMedicalRecordDto',
        'ReplaceScheduleDto',
        'WeeklyHoursDto',
        'SendMessageDto',
        'UpdatePatientDto',
        'PaginationQueryDto',
      ]),
    );
  });

  it.each([...classes.entries()])('%s caps every string, array and number', (_name, target) => {
    const byProperty = new Map<string, ValidationMetadata[]>();
    for (const rule of validationsOf(target)) {
      byProperty.set(rule.propertyName, [...(byProperty.get(rule.propertyName) ?? []), rule]);
    }
    const problems = [...byProperty.entries()].flatMap(([property, rules]) => problemsOf(property, rules));
    expect(problems).toEqual([]);
  });
});
