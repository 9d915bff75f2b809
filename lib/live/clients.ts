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

/** A middleware that fails each attempt, without sending it, once `isClosed()`. */
function stopWhen(isClosed: () => boolean) {
  return <Args, Output>(next: (args: Args) => Promise<Output>) =>
    (args: Args): Promise<Output> =>
      isClosed() ? Promise.reject(Object.assign(new Error('the live run is over'), { name: 'AbortError' })) : next(args);
}

/** Clients the run made itself, and ends when it is over. */
export interface OwnedLiveClients extends LiveClients {
  /**
   * Ends the run's calls: a run stops at its first error while its other calls may still be in
   * flight; closing drops their sockets, and the attempt each would retry stops before it is signed
   * or sent, so nothing outlives the run.
   */
  close(): void;
}

export function createClients(connection: LiveConnection): OwnedLiveClients {
  const common = {
    region: connection.region,
    ...(connection.profile ? { profile: connection.profile } : {}),
    ...(connection.endpointUrl ? { endpoint: connection.endpointUrl } : {}),
    maxAttempts: CLIENT_LIMITS.maxAttempts,
    requestHandler: new NodeHttpHandler({ connectionTimeout: CLIENT_LIMITS.connectionTimeout, requestTimeout: CLIENT_LIMITS.requestTimeout }),
  };
  const config = new ConfigServiceClient(common);
  const cloudformation = new CloudFormationClient(common);
  let closed = false;
  // After the retry middleware, so it sees every attempt (before signing); an AbortError is never retried.
  const location = { relation: 'after', toMiddleware: 'retryMiddleware', name: 'cdkSrmStopWhenClosed' } as const;
  config.middlewareStack.addRelativeTo(stopWhen(() => closed), location);
  cloudformation.middlewareStack.addRelativeTo(stopWhen(() => closed), location);
  return {
    config,
    cloudformation,
    close() {
      closed = true;
      config.destroy();
      cloudformation.destroy();
    },
  };
}
