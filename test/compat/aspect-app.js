// Run by scripts/compat.sh inside a scratch project that installs the packed package beside an
// older aws-cdk-lib: the Aspect must work where the Validations API does not exist.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const cdk = require('aws-cdk-lib');
const rds = require('aws-cdk-lib/aws-rds');
const ec2 = require('aws-cdk-lib/aws-ec2');
const { SharedResponsibilityAspect } = require('cdk-shared-responsibility');

const version = require('aws-cdk-lib/package.json').version;
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'srm-compat-'));
const app = new cdk.App({ outdir });
const stack = new cdk.Stack(app, 'Compat', { env: { region: 'eu-west-1' } });
const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'iso', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
new rds.DatabaseInstance(stack, 'Db', { engine: rds.DatabaseInstanceEngine.POSTGRES, vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } });
cdk.Aspects.of(app).add(new SharedResponsibilityAspect({ failOn: 'high' }));
const assembly = app.synth();

const report = JSON.parse(fs.readFileSync(path.join(outdir, 'shared-responsibility-report.json'), 'utf8'));
const encryption = report.results.find((r) => r.ruleId === 'SRM-EAR-001');
assert.strictEqual(encryption && encryption.status, 'unaddressed', 'SRM-EAR-001 is reported');
const messages = assembly.getStackByName('Compat').messages;
assert.ok(messages.some((m) => m.level === 'error' && String(m.entry.data).includes('SRM-EAR-001')), 'a finding at failOn is a synth error');
console.log(`aws-cdk-lib ${version}: Aspect OK (${report.results.length} results, Validations API ${cdk.Validations ? 'present' : 'absent'})`);
