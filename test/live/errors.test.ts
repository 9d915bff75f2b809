import { describeAwsError } from '../../lib/live/errors';

const at = { region: 'eu-west-1' };
const error = (name: string, message: string) => Object.assign(new Error(message), { name });

describe('AWS SDK failures as one line', () => {
  test('an expired session token from the service', () => {
    expect(describeAwsError(error('ExpiredTokenException', 'The security token included in the request is expired'), at).message).toBe(
      'the AWS credentials have expired: The security token included in the request is expired',
    );
  });

  test('an expired SSO session is an expired credential, not a missing one', () => {
    const sso = error('CredentialsProviderError', 'The SSO session associated with this profile has expired. To refresh this SSO session run aws sso login with the corresponding profile.');
    expect(describeAwsError(sso, at).message).toMatch(/^the AWS credentials have expired: The SSO session associated with this profile has expired\./);
    expect(describeAwsError(error('CredentialsProviderError', 'Could not load credentials from any providers'), at).message).toMatch(/^no AWS credentials found/);
  });

  test('a request that expired in transit points at the clock, not at the credentials', () => {
    expect(describeAwsError(error('RequestExpired', 'Request has expired.'), at).message).toBe(
      "AWS Config in eu-west-1 rejected the request as expired (is this machine's clock right?): Request has expired.",
    );
    expect(describeAwsError(error('InvalidSignatureException', 'Signature expired: 20200101T000000Z is now earlier than ...'), at).message).toMatch(/clock/);
  });

  test('an unknown region: its endpoint cannot be resolved, and the line asks about the region name', () => {
    const dns = Object.assign(new Error('getaddrinfo ENOTFOUND config.xx-nowhere-1.amazonaws.com'), { code: 'ENOTFOUND' });
    expect(describeAwsError(dns, { region: 'xx-nowhere-1' }).message).toBe('cannot resolve the endpoint of AWS Config in xx-nowhere-1 (is the region name right?)');
    expect(describeAwsError(dns, { region: 'eu-west-1', endpointUrl: 'https://config.example' }).message).toBe('cannot resolve the endpoint of https://config.example');
  });

  test('access denied and invalid credentials name the service and keep the message', () => {
    expect(describeAwsError(error('AccessDeniedException', 'not authorized to perform config:DescribeConfigRules'), at).message).toBe(
      'access denied by AWS Config in eu-west-1: not authorized to perform config:DescribeConfigRules',
    );
    expect(describeAwsError(error('UnrecognizedClientException', 'The security token included in the request is invalid.'), at).message).toMatch(/^the AWS credentials are not valid for AWS Config in eu-west-1/);
  });
});
