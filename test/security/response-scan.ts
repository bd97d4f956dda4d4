/** Recursive checks over JSON answers: secrets that must never leave the server, and data of another patient. */

export interface Finding {
  at: string;
  problem: string;
}

const BCRYPT_HASH = /^\$2[abxy]\$\d{2}\$/;
const SECRET_KEY = /password|hash/i;
/** A whole API key (its prefix alone, `cbk_` + 8, is not secret). */
const API_KEY = /cbk_[A-Za-z0-9_-]{8}_[A-Za-z0-9_-]{43}/;

/** Visits every node once, with the key it sits under (null for array items and the root). */
function walk(
  value: unknown,
  at: string,
  key: string | null,
  visit: (key: string | null, value: unknown, at: string) => void,
): void {
  visit(key, value, at);
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, `${at}[${index}]`, null, visit));
  } else if (value !== null && typeof value === 'object') {
    for (const [childKey, child] of Object.entries(value)) {
      walk(child, `${at}.${childKey}`, childKey, visit);
    }
  }
}

/**
 * No key that names a password or a hash, no bcrypt hash as a value, and tokens only where `allowTokens` (the
 * `TokenResponse` of register, login and refresh; the `key` of a created API key).
 */
export function findSecrets(body: unknown, allowTokens: boolean): Finding[] {
  const findings: Finding[] = [];
  walk(body, '$', null, (key, value, at) => {
    if (key !== null && SECRET_KEY.test(key)) {
      findings.push({ at, problem: `key "${key}"` });
    }
    if (key !== null && /refreshToken|accessToken/i.test(key) && !(allowTokens && at.split('.').length === 2)) {
      findings.push({ at, problem: `token key "${key}"` });
    }
    if (typeof value === 'string' && BCRYPT_HASH.test(value)) {
      findings.push({ at, problem: 'a bcrypt hash' });
    }
    if (typeof value === 'string' && API_KEY.test(value) && !(allowTokens && at === '$.key')) {
      findings.push({ at, problem: 'an API key' });
    }
  });
  return findings;
}

/**
 * Every place a string value contains one of `secrets`. An error answer repeats the request path (which holds the
 * id the caller sent), so its `path` is left out: echoing the caller's own input is not a leak.
 */
export function findSecretValues(body: unknown, secrets: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  const isErrorAnswer = body !== null && typeof body === 'object' && 'code' in body && 'statusCode' in body;
  walk(body, '$', null, (key, value, at) => {
    if (isErrorAnswer && at === '$.path') {
      return;
    }
    const texts = [typeof value === 'string' ? value : '', key ?? ''];
    for (const text of texts.filter((t) => t !== '')) {
      for (const secret of secrets) {
        if (text.toLowerCase().includes(secret.toLowerCase())) {
          findings.push({ at, problem: `contains "${secret}"` });
        }
      }
    }
  });
  return findings;
}
