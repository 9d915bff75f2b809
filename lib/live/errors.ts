import { InputError } from '../model/errors';

/** Turns an AWS SDK failure into one line a user can act on (the CLI prints it and exits 2). */
export function describeAwsError(error: unknown, connection: { region: string; endpointUrl?: string }): InputError {
  const e = error as { name?: string; code?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const name = e.name ?? e.code ?? '';
  const message = (e.message ?? String(error)).split('\n')[0];
  const where = connection.endpointUrl ?? `AWS Config in ${connection.region}`;
  // A request signed too long ago (or a clock far off) is not an expired credential.
  if (name === 'RequestExpired' || /Signature expired/i.test(message)) {
    return new InputError(`${where} rejected the request as expired (is this machine's clock right?): ${message}`);
  }
  // Before the missing-credentials case: an expired SSO session fails in the provider chain
  // (CredentialsProviderError "The SSO session associated with this profile has expired").
  if (/Expired/i.test(name) || /expired/i.test(message)) return new InputError(`the AWS credentials have expired: ${message}`);
  if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(message)) {
    return new InputError('no AWS credentials found: set AWS_PROFILE (or --profile), AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or sign in with SSO');
  }
  if (/AccessDenied|UnauthorizedOperation|AuthorizationError/i.test(name)) return new InputError(`access denied by ${where}: ${message}`);
  if (/UnrecognizedClient|InvalidClientTokenId|InvalidSignature|SignatureDoesNotMatch/i.test(name)) {
    return new InputError(`the AWS credentials are not valid for ${where}: ${message}`);
  }
  if (/Throttl|TooManyRequests|RequestLimitExceeded/i.test(name)) return new InputError(`throttled by ${where} after retrying: ${message}`);
  if (/ENOTFOUND|EAI_AGAIN/.test(`${e.code ?? ''} ${message}`)) {
    return new InputError(`cannot resolve the endpoint of ${where}${connection.endpointUrl ? '' : ' (is the region name right?)'}`);
  }
  if (/ECONNREFUSED|ECONNRESET|EPIPE|socket hang up|TimeoutError|timed? ?out|ETIMEDOUT/i.test(`${name} ${e.code ?? ''} ${message}`)) {
    return new InputError(`${where} did not answer: ${message || name}`);
  }
  if (e.$metadata?.httpStatusCode) return new InputError(`${where} answered ${e.$metadata.httpStatusCode} ${name}: ${message}`);
  return new InputError(`${where}: ${name ? `${name}: ` : ''}${message}`);
}

/** Rejects after `ms`, so the whole live run has a deadline whatever the SDK does. */
export function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`no answer within ${Math.round(ms / 1000)} s (${what})`), { name: 'TimeoutError' })), ms);
    timer.unref();
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
