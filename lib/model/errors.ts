/**
 * An input the tool cannot read: a missing file, malformed JSON or YAML, a file that is not a
 * CloudFormation template. The CLI turns it into one line and exit code 2; it is never a stack trace.
 */
export class InputError extends Error {
  constructor(
    message: string,
    /** The file or directory the problem is about, when there is one. */
    public readonly file?: string,
    /** `not-a-template` marks a readable document that simply is not CloudFormation. */
    public readonly kind: 'unreadable' | 'not-a-template' | 'usage' = 'unreadable',
  ) {
    super(file ? `${file}: ${message}` : message);
    this.name = 'InputError';
  }
}
