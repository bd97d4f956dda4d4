import type { OperationOutcome } from '@medplum/fhirtypes';
import type { ErrorDetail, OccurrenceErrorDetail } from '@app/contracts';

/**
 * Errors of the FHIR API (`/api/v1/fhir/…`) as FHIR R4 `OperationOutcome`s in `application/fhir+json`: the status
 * and our error code are the ones the one mapping gives (`toErrorResponse`), only the shape is FHIR's. Here, beside
 * that mapping, so every failure under the FHIR base answers alike: a guard's 401, a pipe's 400, an unknown
 * resource type's 404.
 */

/** Where the FHIR API lives. */
export const FHIR_BASE_PATH = '/api/v1/fhir/R4';
export const FHIR_CONTENT_TYPE = 'application/fhir+json; charset=utf-8';

/** Whether a request path is under the FHIR API. */
export function isFhirPath(path: string): boolean {
  return path === FHIR_BASE_PATH || path.startsWith(`${FHIR_BASE_PATH}/`);
}

/** The IssueType of an answer's HTTP status. */
function issueCodeOf(status: number): OperationOutcome['issue'][number]['code'] {
  switch (status) {
    case 400:
      return 'invalid';
    case 401:
      return 'login';
    case 403:
      return 'forbidden';
    case 404:
      return 'not-found';
    case 409:
      return 'conflict';
    case 413:
      return 'too-long';
    case 415:
    case 405:
      return 'not-supported';
    case 422:
      return 'processing';
    case 429:
      return 'throttled';
    case 503:
      return 'transient';
    default:
      return status >= 500 ? 'exception' : 'invalid';
  }
}

/** Our error codes, as the `details` coding of an OperationOutcome issue. */
export const ERROR_CODE_SYSTEM = 'urn:clinic-booking:error-code';

/** An error answer as an OperationOutcome: the IssueType from the status, our error code in `details`. */
export function operationOutcomeOf(
  status: number,
  error: { code: string; message: string; requestId?: string; details?: (ErrorDetail | OccurrenceErrorDetail)[] },
): OperationOutcome {
  const issue: OperationOutcome['issue'][number] = {
    severity: 'error',
    code: issueCodeOf(status),
    details: { coding: [{ system: ERROR_CODE_SYSTEM, code: error.code }], text: error.message },
    diagnostics: error.requestId ? `${error.message} (request ${error.requestId})` : error.message,
  };
  const fields = (error.details ?? []).map((detail) => ({
    severity: 'error' as const,
    code: issueCodeOf(status),
    diagnostics: detail.message,
    // A field names its place in the request; a series occurrence its number and start.
    expression: ['field' in detail ? detail.field : `occurrence[${detail.occurrence}] (${detail.startsAt})`],
  }));
  return { resourceType: 'OperationOutcome', issue: [issue, ...fields] };
}
