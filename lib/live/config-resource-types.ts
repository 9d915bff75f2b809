/**
 * AWS Config records some CloudFormation types under another service's type: DocumentDB and
 * Neptune clusters and instances are recorded as RDS ones (AWS Config has no DocDB or Neptune
 * resource types; aws-config-resource-schema), and their managed rules evaluate them as such.
 */
const CONFIG_TYPE_OF: Readonly<Record<string, string>> = {
  'AWS::DocDB::DBCluster': 'AWS::RDS::DBCluster',
  'AWS::DocDB::DBInstance': 'AWS::RDS::DBInstance',
  'AWS::Neptune::DBCluster': 'AWS::RDS::DBCluster',
  'AWS::Neptune::DBInstance': 'AWS::RDS::DBInstance',
};

/** The resource type AWS Config records a CloudFormation resource type as. */
export function configResourceType(cloudFormationType: string): string {
  return CONFIG_TYPE_OF[cloudFormationType] ?? cloudFormationType;
}
