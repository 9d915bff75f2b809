import type { ServiceCategory } from './types';

/**
 * The default category of each service namespace (the `AWS::<Service>` part of a type).
 *
 * A namespace default is right for most of a service's types; the exceptions live in
 * `type-overrides.ts` and the ones that depend on a resource's properties in `refinements.ts`.
 * Where a service could fall either way, the default is the category that leaves the customer
 * more to do, so an unrefined resource over-reports duties rather than hiding them.
 *
 * The test walks every type in `@aws-cdk/aws-service-spec` against this table, so a new
 * namespace in the spec fails the build until someone decides where it belongs.
 */

/**
 * The customer runs the guest operating system (or supplies the machine image), so patching,
 * host firewalls and everything above the hypervisor are theirs. Networking configured in the
 * customer's VPC (`AWS::EC2::VPC`, subnets, routes, security groups) sits with EC2 here.
 */
const INFRASTRUCTURE = [
  'AWS::EC2',
  'AWS::AutoScaling',
  // EMR on EC2: the cluster nodes are instances in the customer's account and VPC.
  'AWS::EMR',
  // ECS and Batch default to EC2 capacity; Fargate and managed instances are refined per resource.
  'AWS::ECS',
  'AWS::Batch',
  // Desktops and streaming fleets run images whose OS updates the customer applies.
  'AWS::WorkSpaces',
  'AWS::WorkspacesInstances',
  'AWS::AppStream',
  // Virtual private servers: a root login on a machine the customer keeps patched.
  'AWS::Lightsail',
  // Builds the customer's machine images: the image contents are the customer's guest OS.
  'AWS::ImageBuilder',
  'AWS::OpsWorks',
  'AWS::Cloud9',
  // Parallel Computing Service node groups are EC2 instances launched from customer AMIs.
  'AWS::PCS',
  // Elastic VMware Service: the customer operates VMware Cloud Foundation on bare-metal hosts.
  'AWS::EVS',
  // The rack sits in the customer's facility, which moves physical security to the customer too.
  'AWS::Outposts',
  // Deploys SAP and SQL Server onto EC2 instances that the customer then operates.
  'AWS::LaunchWizard',
] as const;

/**
 * AWS runs the operating system and the platform or engine; the customer configures the service
 * inside its network (security groups, public access, encryption, backup retention) and shares
 * patching by choosing engine versions and maintenance windows.
 */
const CONTAINER = [
  // Databases and caches with engine versions and maintenance windows.
  'AWS::RDS',
  'AWS::DocDB',
  'AWS::DocDBElastic',
  'AWS::Neptune',
  'AWS::ElastiCache',
  'AWS::MemoryDB',
  'AWS::DAX',
  'AWS::Redshift',
  'AWS::RedshiftServerless',
  'AWS::OpenSearchService',
  'AWS::Elasticsearch',
  // Brokers and streaming platforms on managed nodes in the customer's VPC.
  'AWS::AmazonMQ',
  'AWS::MSK',
  'AWS::KafkaConnect',
  'AWS::MWAA',
  // Application platforms: AWS patches the platform, the customer supplies code or images.
  'AWS::ElasticBeanstalk',
  'AWS::AppRunner',
  'AWS::GameLift',
  'AWS::M2',
  // Kubernetes: AWS runs the control plane; node groups are refined to infrastructure.
  'AWS::EKS',
  'AWS::EMRContainers',
  // Notebook instances, endpoints and clusters on AWS-managed instances the customer sizes and places.
  'AWS::SageMaker',
  'AWS::DMS',
  'AWS::FSx',
  'AWS::DirectoryService',
  // AWS maintains the HSM appliance; users, keys and backups inside it are the customer's.
  'AWS::CloudHSM',
  'AWS::OpsWorksCM',
  'AWS::ManagedBlockchain',
  // Oracle Database@AWS: Oracle and AWS run the Exadata infrastructure; VM clusters are refined.
  'AWS::ODB',
  // AWS runs the load balancer nodes; listeners, TLS policies, subnets and security groups are
  // the customer's configuration inside its VPC.
  'AWS::ElasticLoadBalancing',
  'AWS::ElasticLoadBalancingV2',
] as const;

/**
 * AWS operates everything up to and including the service endpoint; the customer owns the data,
 * the access policies, who may reach the endpoint, and the encryption choices.
 */
const ABSTRACTED = [
  // Storage and databases without customer-visible hosts.
  'AWS::S3',
  'AWS::S3Express',
  'AWS::S3Files',
  'AWS::S3ObjectLambda',
  'AWS::S3Outposts',
  'AWS::S3Tables',
  'AWS::S3Vectors',
  'AWS::EFS',
  'AWS::StorageGateway',
  'AWS::BackupGateway',
  'AWS::Backup',
  'AWS::DLM',
  'AWS::Rbin',
  'AWS::DynamoDB',
  'AWS::DSQL',
  'AWS::Cassandra',
  'AWS::Timestream',
  'AWS::QLDB',
  'AWS::SDB',
  'AWS::NeptuneGraph',
  'AWS::OpenSearchServerless',
  'AWS::OpenSearch',
  'AWS::HealthImaging',
  'AWS::HealthLake',
  'AWS::Omics',
  // Serverless compute and integration.
  'AWS::Lambda',
  'AWS::Serverless',
  'AWS::ServerlessRepo',
  'AWS::EMRServerless',
  'AWS::MWAAServerless',
  'AWS::StepFunctions',
  'AWS::SQS',
  'AWS::SNS',
  'AWS::Events',
  'AWS::EventsV2',
  'AWS::EventSchemas',
  'AWS::Pipes',
  'AWS::Scheduler',
  'AWS::ApiGateway',
  'AWS::ApiGatewayV2',
  'AWS::AppSync',
  'AWS::AppFlow',
  'AWS::AppIntegrations',
  'AWS::B2BI',
  'AWS::Transfer',
  'AWS::DataSync',
  'AWS::DataPipeline',
  'AWS::Deadline',
  'AWS::Kinesis',
  'AWS::KinesisAnalytics',
  'AWS::KinesisAnalyticsV2',
  'AWS::KinesisFirehose',
  'AWS::KinesisVideo',
  'AWS::OSIS',
  'AWS::Glue',
  'AWS::DataBrew',
  'AWS::Athena',
  'AWS::LakeFormation',
  'AWS::DataExchange',
  'AWS::DataZone',
  'AWS::CleanRooms',
  'AWS::CleanRoomsML',
  'AWS::EntityResolution',
  'AWS::QuickSight',
  'AWS::SCN',
  'AWS::FinSpace',
  'AWS::Amplify',
  'AWS::AmplifyUIBuilder',
  'AWS::AppConfig',
  'AWS::Evidently',
  'AWS::AppMesh',
  'AWS::ServiceDiscovery',
  'AWS::VpcLattice',
  'AWS::RefactorSpaces',
  // Networking services AWS operates end to end; the customer writes rules and routes.
  'AWS::Route53',
  'AWS::Route53Resolver',
  'AWS::Route53GlobalResolver',
  'AWS::Route53Profiles',
  'AWS::Route53RecoveryControl',
  'AWS::Route53RecoveryReadiness',
  'AWS::ARCRegionSwitch',
  'AWS::ARCZonalShift',
  'AWS::CloudFront',
  'AWS::GlobalAccelerator',
  'AWS::DirectConnect',
  'AWS::Interconnect',
  'AWS::NetworkManager',
  'AWS::NetworkFirewall',
  'AWS::NetworkFlowMonitor',
  'AWS::NetworkMonitor',
  'AWS::InternetMonitor',
  'AWS::RTBFabric',
  // Security, identity and key management.
  'AWS::IAM',
  'AWS::KMS',
  'AWS::SecretsManager',
  'AWS::CertificateManager',
  'AWS::ACMPCA',
  'AWS::PCAConnectorAD',
  'AWS::PCAConnectorSCEP',
  'AWS::PaymentCryptography',
  'AWS::Cognito',
  'AWS::SSO',
  'AWS::IdentityStore',
  'AWS::RolesAnywhere',
  'AWS::VerifiedPermissions',
  'AWS::AccessAnalyzer',
  'AWS::AccountAccess',
  'AWS::MPA',
  'AWS::Signer',
  'AWS::GuardDuty',
  'AWS::SecurityHub',
  'AWS::SecurityLake',
  'AWS::SecurityAgent',
  'AWS::Macie',
  'AWS::Inspector',
  'AWS::InspectorV2',
  'AWS::Detective',
  'AWS::FMS',
  'AWS::Shield',
  'AWS::WAF',
  'AWS::WAFRegional',
  'AWS::WAFv2',
  'AWS::AuditManager',
  // Management, governance and observability.
  'AWS::CloudFormation',
  'AWS::ServiceCatalog',
  'AWS::ServiceCatalogAppRegistry',
  'AWS::Organizations',
  'AWS::ControlTower',
  'AWS::RAM',
  'AWS::Config',
  'AWS::CloudTrail',
  'AWS::CloudWatch',
  'AWS::Logs',
  'AWS::XRay',
  'AWS::Oam',
  'AWS::ObservabilityAdmin',
  'AWS::APS',
  'AWS::Grafana',
  'AWS::RUM',
  'AWS::Synthetics',
  'AWS::ApplicationInsights',
  'AWS::ApplicationSignals',
  'AWS::DevOpsGuru',
  'AWS::DevOpsAgent',
  'AWS::AIOps',
  'AWS::PI',
  'AWS::FIS',
  'AWS::ResilienceHub',
  'AWS::ResilienceHubV2',
  'AWS::ResourceExplorer2',
  'AWS::ResourceGroups',
  'AWS::ApplicationAutoScaling',
  'AWS::AutoScalingPlans',
  'AWS::ComputeOptimizer',
  'AWS::LicenseManager',
  'AWS::WellArchitected',
  'AWS::SSM',
  'AWS::SSMContacts',
  'AWS::SSMGuiConnect',
  'AWS::SSMIncidents',
  'AWS::SSMQuickSetup',
  'AWS::SystemsManagerSAP',
  'AWS::DRS',
  'AWS::MGN',
  'AWS::Notifications',
  'AWS::NotificationsContacts',
  'AWS::Chatbot',
  'AWS::SupportApp',
  'AWS::SupportAuthZ',
  'AWS::UXC',
  // Billing and cost management.
  'AWS::Budgets',
  'AWS::CE',
  'AWS::CUR',
  'AWS::BCM',
  'AWS::BCMDataExports',
  'AWS::BcmPricingCalculator',
  'AWS::Billing',
  'AWS::BillingConductor',
  'AWS::Invoicing',
  'AWS::PricingPlanManager',
  'AWS::Braket',
  // Developer tools.
  'AWS::CodeArtifact',
  'AWS::CodeBuild',
  'AWS::CodeCommit',
  'AWS::CodeConnections',
  'AWS::CodeDeploy',
  'AWS::CodeGuruProfiler',
  'AWS::CodeGuruReviewer',
  'AWS::CodePipeline',
  'AWS::CodeStar',
  'AWS::CodeStarConnections',
  'AWS::CodeStarNotifications',
  'AWS::ECR',
  'AWS::Proton',
  'AWS::DeviceFarm',
  'AWS::AppTest',
  // Machine learning and AI services consumed through an API.
  'AWS::Bedrock',
  'AWS::BedrockAgentCore',
  'AWS::BedrockMantle',
  'AWS::AgentRegistry',
  'AWS::AWSExternalAnthropic',
  'AWS::NovaAct',
  'AWS::HealthAgent',
  'AWS::QBusiness',
  'AWS::Kendra',
  'AWS::KendraRanking',
  'AWS::Comprehend',
  'AWS::Rekognition',
  'AWS::Textract',
  'AWS::Transcribe',
  'AWS::Translate',
  'AWS::Lex',
  'AWS::Personalize',
  'AWS::Forecast',
  'AWS::FraudDetector',
  'AWS::LookoutEquipment',
  'AWS::LookoutMetrics',
  'AWS::LookoutVision',
  'AWS::Location',
  // Media.
  'AWS::IVS',
  'AWS::IVSChat',
  'AWS::MediaConnect',
  'AWS::MediaConvert',
  'AWS::MediaLive',
  'AWS::MediaPackage',
  'AWS::MediaPackageV2',
  'AWS::MediaStore',
  'AWS::MediaTailor',
  'AWS::ElementalInference',
  'AWS::GameLiftStreams',
  'AWS::NimbleStudio',
  'AWS::SimSpaceWeaver',
  'AWS::RoboMaker',
  'AWS::GroundStation',
  // IoT: the cloud side is a managed service; device fleets are configured as data.
  'AWS::IoT',
  'AWS::IoT1Click',
  'AWS::IoTAnalytics',
  'AWS::IoTCoreDeviceAdvisor',
  'AWS::IoTEvents',
  'AWS::IoTFleetHub',
  'AWS::IoTFleetWise',
  'AWS::IoTSecureTunneling',
  'AWS::IoTSiteWise',
  'AWS::IoTThingsGraph',
  'AWS::IoTTwinMaker',
  'AWS::IoTWireless',
  'AWS::Greengrass',
  'AWS::GreengrassV2',
  'AWS::Panorama',
  // Business applications and end-user computing delivered as a service.
  'AWS::Connect',
  'AWS::ConnectCampaigns',
  'AWS::ConnectCampaignsV2',
  'AWS::CustomerProfiles',
  'AWS::Cases',
  'AWS::Wisdom',
  'AWS::VoiceID',
  'AWS::Chime',
  'AWS::Wickr',
  'AWS::SES',
  'AWS::Pinpoint',
  'AWS::PinpointEmail',
  'AWS::SMSVOICE',
  'AWS::WorkSpacesWeb',
  'AWS::WorkSpacesThinClient',
  // Alexa Skills Kit: an AWS-owned namespace outside `AWS::`, not a third-party extension.
  'Alexa::ASK',
] as const;

/** The namespaces of each category, for the test that checks none is listed twice. */
export const NAMESPACE_GROUPS: Readonly<Record<Exclude<ServiceCategory, 'custom'>, readonly string[]>> = {
  infrastructure: INFRASTRUCTURE,
  container: CONTAINER,
  abstracted: ABSTRACTED,
};

export const NAMESPACE_CATEGORIES: ReadonlyMap<string, ServiceCategory> = new Map<string, ServiceCategory>([
  ...INFRASTRUCTURE.map((ns) => [ns, 'infrastructure'] as const),
  ...CONTAINER.map((ns) => [ns, 'container'] as const),
  ...ABSTRACTED.map((ns) => [ns, 'abstracted'] as const),
]);

/** `AWS::S3::Bucket` -> `AWS::S3`; undefined when the type has no `Org::Service::` prefix. */
export function namespaceOf(type: string): string | undefined {
  const parts = type.split('::');
  if (parts.length < 3 || parts.some((part) => part === '')) return undefined;
  return `${parts[0]}::${parts[1]}`;
}

export function categoryOfNamespace(namespace: string): ServiceCategory | undefined {
  return NAMESPACE_CATEGORIES.get(namespace);
}
