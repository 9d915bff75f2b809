import { isL1, sourceFromCreationStack } from '../../lib/model/origin';

describe('source location from a CDK creation stack', () => {
  const frames = [
    'new Bucket (/app/node_modules/aws-cdk-lib/aws-s3/lib/bucket.js:1:2000)',
    'at node:internal/modules/cjs/loader:1:1',
    'new AppStack (/app/lib/app-stack.ts:12:5)',
    'Object.<anonymous> (/app/bin/app.ts:7:1)',
  ];

  test('the first frame of the user\'s code, relative to the working directory', () => {
    expect(sourceFromCreationStack(frames, '/app')).toEqual({ file: 'lib/app-stack.ts', line: 12, column: 5 });
  });

  test('the same frames read from another working directory give that directory\'s relative path', () => {
    expect(sourceFromCreationStack(frames, '/app/lib')).toEqual({ file: 'app-stack.ts', line: 12, column: 5 });
    expect(sourceFromCreationStack(frames, '/app')).toEqual({ file: 'lib/app-stack.ts', line: 12, column: 5 });
  });

  test('no user frame, elided frames, and values that are not stacks give nothing', () => {
    expect(sourceFromCreationStack(['new X (/app/node_modules/x.js:1:1)', '...'], '/app')).toBeUndefined();
    expect(sourceFromCreationStack(undefined)).toBeUndefined();
    expect(sourceFromCreationStack('new X (/app/a.ts:1:1)')).toBeUndefined();
    expect(sourceFromCreationStack([42, 'new X (/app/a.ts:3:4)'], '/app')).toEqual({ file: 'a.ts', line: 3, column: 4 });
  });

  test('L1 constructs are told apart from the L2 that owns them', () => {
    expect(isL1('aws-cdk-lib.aws_s3.CfnBucket')).toBe(true);
    expect(isL1('aws-cdk-lib.aws_s3.Bucket')).toBe(false);
    expect(isL1(undefined)).toBe(true);
  });
});
