import type { Rule } from '../../lib/engine/rule';
import iamInlinePolicyNoAdmin from './iam-inline-policy-no-admin';
import iamManagedPolicyNoAdmin from './iam-managed-policy-no-admin';
import iamInlinePolicyNoServiceWildcard from './iam-inline-policy-no-service-wildcard';
import iamManagedPolicyNoServiceWildcard from './iam-managed-policy-no-service-wildcard';
import iamUserNoPolicies from './iam-user-no-policies';
import iamNoAdministratorAccess from './iam-no-administrator-access';
import iamRoleTrustNotPublic from './iam-role-trust-not-public';
import kmsKeyRotation from './kms-key-rotation';
import kmsKeyPolicyNotPublic from './kms-key-policy-not-public';
import kmsKeyPolicyLimitsGrants from './kms-key-policy-limits-grants';
import s3BucketPolicyNotPublic from './s3-bucket-policy-not-public';
import sqsQueuePolicyNotPublic from './sqs-queue-policy-not-public';
import snsTopicPolicyNotPublic from './sns-topic-policy-not-public';
import lambdaUrlIamAuth from './lambda-url-iam-auth';
import lambdaLayerPermissionScoped from './lambda-layer-permission-scoped';
import rdsInstanceIamAuth from './rds-instance-iam-auth';
import rdsClusterIamAuth from './rds-cluster-iam-auth';
import neptuneClusterIamAuth from './neptune-cluster-iam-auth';
import sagemakerNotebookNoRoot from './sagemaker-notebook-no-root';
import codebuildNotPrivileged from './codebuild-not-privileged';
import ecsContainerNotPrivileged from './ecs-container-not-privileged';
import ecsContainerReadonlyRoot from './ecs-container-readonly-root';
import ecsTaskPidMode from './ecs-task-pid-mode';
import ecsNoCredentialsInEnvironment from './ecs-no-credentials-in-environment';
import credentialsNotPlaintext from './credentials-not-plaintext';
import apigatewayv2RouteAuthorization from './apigatewayv2-route-authorization';
import appsyncNoApiKeyAuth from './appsync-no-api-key-auth';
import cloudfrontS3OriginAccessControl from './cloudfront-s3-origin-access-control';
import codebuildSourceUrlNoCredentials from './codebuild-source-url-no-credentials';
import codebuildNoPlaintextAwsCredentials from './codebuild-no-plaintext-aws-credentials';
import elasticacheRedisAuth from './elasticache-redis-auth';
import elasticacheRbacUserGroups from './elasticache-rbac-user-groups';
import efsAccessPointRootDirectory from './efs-access-point-root-directory';
import efsAccessPointPosixUser from './efs-access-point-posix-user';
import opensearchFineGrainedAccess from './opensearch-fine-grained-access';
import s3BucketAclsDisabled from './s3-bucket-acls-disabled';
import rdsClusterCustomAdminUsername from './rds-cluster-custom-admin-username';
import rdsInstanceCustomAdminUsername from './rds-instance-custom-admin-username';
import redshiftCustomAdminUsername from './redshift-custom-admin-username';
import secretsmanagerRotation from './secretsmanager-rotation';
import cognitoUserPoolMfa from './cognito-user-pool-mfa';

export const identityAccessRules: readonly Rule[] = [
  iamInlinePolicyNoAdmin,
  iamManagedPolicyNoAdmin,
  iamInlinePolicyNoServiceWildcard,
  iamManagedPolicyNoServiceWildcard,
  iamUserNoPolicies,
  iamNoAdministratorAccess,
  iamRoleTrustNotPublic,
  kmsKeyRotation,
  kmsKeyPolicyNotPublic,
  kmsKeyPolicyLimitsGrants,
  s3BucketPolicyNotPublic,
  sqsQueuePolicyNotPublic,
  snsTopicPolicyNotPublic,
  lambdaUrlIamAuth,
  lambdaLayerPermissionScoped,
  rdsInstanceIamAuth,
  rdsClusterIamAuth,
  neptuneClusterIamAuth,
  sagemakerNotebookNoRoot,
  codebuildNotPrivileged,
  ecsContainerNotPrivileged,
  ecsContainerReadonlyRoot,
  ecsTaskPidMode,
  ecsNoCredentialsInEnvironment,
  credentialsNotPlaintext,
  apigatewayv2RouteAuthorization,
  appsyncNoApiKeyAuth,
  cloudfrontS3OriginAccessControl,
  codebuildSourceUrlNoCredentials,
  codebuildNoPlaintextAwsCredentials,
  elasticacheRedisAuth,
  elasticacheRbacUserGroups,
  efsAccessPointRootDirectory,
  efsAccessPointPosixUser,
  opensearchFineGrainedAccess,
  s3BucketAclsDisabled,
  rdsClusterCustomAdminUsername,
  rdsInstanceCustomAdminUsername,
  redshiftCustomAdminUsername,
  secretsmanagerRotation,
  cognitoUserPoolMfa,
];
