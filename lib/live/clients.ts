import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { NodeHttpHandler } from '@smithy/node-http-handler';

export interface LiveConnection {
  readonly region: string;
  /** A named profile of the shared config files; the default chain (env, SSO, IMDS, ...) otherwise. */
  readonly profile?: string;
  /** Another endpoint for both services (a local test server, a VPC endpoint). */
  readonly endpointUrl?: string;
}

export interface LiveClients {
  readonly config: ConfigServiceClient;
  readonly cloudformation: CloudFormationClient;
}

/**
 * Timeouts and retries are bounded so that an endpoint that does not answer, or keeps throttling,
 * ends the run with a clear error in well under 30 seconds instead of hanging: at most three
 * attempts (the SDK's standard retry strategy backs off exponentially with jitter between them),
 * two seconds to connect and eight to answer.
 */
export const CLIENT_LIMITS = { maxAttempts: 3, connectionTimeout: 2_000, requestTimeout: 8_000 } as const;

export function createClients(connection: LiveConnection): LiveClients {
  const common = {
    region: connection.region,
    ...(connection.profile ? { profile: connection.profile } : {}),
    ...(connection.endpointUrl ? { endpoint: connection.endpointUrl } : {}),
    maxAttempts: CLIENT_LIMITS.maxAttempts,
    requestHandler: new NodeHttpHandler({ connectionTimeout: CLIENT_LIMITS.connectionTimeout, requestTimeout: CLIENT_LIMITS.requestTimeout }),
  };
  return { config: new ConfigServiceClient(common), cloudformation: new CloudFormationClient(common) };
}
