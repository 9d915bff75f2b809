/**
 * Which EC2 instance types run on the AWS Nitro System, and which of those encrypt traffic between
 * instances automatically.
 *
 * Sources (retrieved 2026-11-23):
 * - Amazon EC2 Instance Types guide, "Instances built on the AWS Nitro System":
 *   https://docs.aws.amazon.com/ec2/latest/instancetypes/ec2-nitro-instances.html
 * - Amazon EC2 User Guide, "Data protection in Amazon EC2" / "Encryption in transit":
 *   https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/data-protection.html#encryption-transit
 * - AWS Control Tower control reference, rule specifications of CT.AUTOSCALING.PR.10 / PR.11 and
 *   CT.EC2.PR.15-20 (the `NITRO_INSTANCE_TYPES` and `NITRO_ENCRYPTION_IN_TRANSIT_INSTANCE_TYPES`
 *   lists AWS derives from the two pages above):
 *   https://docs.aws.amazon.com/controltower/latest/controlreference/ec2-rules.html
 *   https://docs.aws.amazon.com/controltower/latest/controlreference/autoscaling-rules.html
 * - Xen-based (previous generation) families: the "Xen-based instances" list of the EC2 guide and
 *   https://aws.amazon.com/ec2/previous-generation/
 *
 * AWS launches new families often; a family in none of these lists is reported as unknown
 * (needs-review), never guessed. Add new families here with the date of the source.
 */

/** Families whose every size is built on Nitro (virtualized and metal). */
export const NITRO_FAMILIES: ReadonlySet<string> = new Set([
  'a1',
  'c5', 'c5a', 'c5ad', 'c5d', 'c5n', 'c6a', 'c6g', 'c6gd', 'c6gn', 'c6i', 'c6id', 'c6in',
  'c7a', 'c7g', 'c7gd', 'c7gn', 'c7i', 'c7i-flex', 'c8g', 'c8gd', 'c8gn',
  'd3', 'd3en', 'dl1', 'dl2q',
  'f2',
  'g4ad', 'g4dn', 'g5', 'g5g', 'g6', 'g6e', 'g6f', 'gr6', 'gr6f',
  'hpc6a', 'hpc6id', 'hpc7a', 'hpc7g',
  'i3en', 'i4g', 'i4i', 'i7i', 'i7ie', 'i8g', 'im4gn', 'inf1', 'inf2', 'is4gen',
  'm5', 'm5a', 'm5ad', 'm5d', 'm5dn', 'm5n', 'm5zn', 'm6a', 'm6g', 'm6gd', 'm6i', 'm6id', 'm6idn', 'm6in',
  'm7a', 'm7g', 'm7gd', 'm7i', 'm7i-flex', 'm8g', 'm8gd',
  'p3dn', 'p4d', 'p4de', 'p5', 'p5e', 'p5en', 'p6-b200',
  'r5', 'r5a', 'r5ad', 'r5b', 'r5d', 'r5dn', 'r5n', 'r6a', 'r6g', 'r6gd', 'r6i', 'r6id', 'r6idn', 'r6in',
  'r7a', 'r7g', 'r7gd', 'r7i', 'r7iz', 'r8g', 'r8gd', 'r8i', 'r8i-flex',
  't3', 't3a', 't4g', 'trn1', 'trn1n', 'trn2',
  'u-3tb1', 'u-6tb1', 'u-9tb1', 'u-12tb1', 'u-18tb1', 'u-24tb1',
  'u7i-6tb', 'u7i-8tb', 'u7i-12tb', 'u7in-16tb', 'u7in-24tb', 'u7in-32tb',
  'vt1',
  'x2gd', 'x2idn', 'x2iedn', 'x2iezn', 'x8g',
  'z1d',
]);

/** Single Nitro sizes of families that are otherwise Xen, and the Mac families (metal only). */
export const NITRO_TYPES: ReadonlySet<string> = new Set([
  'i3.metal',
  'mac1.metal', 'mac2.metal', 'mac2-m1ultra.metal', 'mac2-m2.metal', 'mac2-m2pro.metal',
]);

/**
 * Families on the Xen hypervisor (all previous generation); `i3.metal` is the Nitro exception.
 *
 * Checked against the "Xen-based instances" list of the EC2 User Guide, "Hypervisor type":
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-types.html#instance-hypervisor-type
 * (M1, M2, M3, M4, T1, T2, C1, C3, C4, R3, R4, X1, X1e, D2, H1, I2, I3, F1, G3, P2, P3). Every M4
 * size is Xen, `m4.16xlarge` included: it differs only in using ENA networking (EC2 Windows guide,
 * driver tables). P3 is Xen but `p3dn` is its own Nitro family; I3 is Xen except `i3.metal`; G3s
 * sizes are G3. The retired families not on that page (cc1, cc2, cg1, cr1, g2, hi1, hs1) predate
 * Nitro; they come from https://aws.amazon.com/ec2/previous-generation/ (not re-checked 2026-11).
 */
export const XEN_FAMILIES: ReadonlySet<string> = new Set([
  'c1', 'c3', 'c4', 'cc1', 'cc2', 'cg1', 'cr1', 'd2', 'f1', 'g2', 'g3', 'g3s', 'h1', 'hi1', 'hs1',
  'i2', 'i3', 'm1', 'm2', 'm3', 'm4', 'p2', 'p3', 'r3', 'r4', 't1', 't2', 'x1', 'x1e',
]);

/** Nitro families that encrypt traffic between instances automatically (same VPC or peered VPCs). */
export const IN_TRANSIT_FAMILIES: ReadonlySet<string> = new Set([
  'c5a', 'c5ad', 'c5n', 'c6a', 'c6gn', 'c6i', 'c6id', 'c6in', 'c7a', 'c7g', 'c7gd', 'c7gn', 'c7i', 'c7i-flex',
  'c8g', 'c8gd', 'c8gn',
  'd3', 'd3en', 'dl1', 'dl2q',
  'f2',
  'g4ad', 'g4dn', 'g5', 'g6', 'g6e', 'g6f', 'gr6', 'gr6f',
  'hpc6a', 'hpc6id', 'hpc7a', 'hpc7g',
  'i3en', 'i4g', 'i4i', 'i7i', 'i7ie', 'i8g', 'im4gn', 'inf1', 'inf2', 'is4gen',
  'm5dn', 'm5n', 'm5zn', 'm6a', 'm6i', 'm6id', 'm6idn', 'm6in', 'm7a', 'm7g', 'm7gd', 'm7i', 'm7i-flex', 'm8g', 'm8gd',
  'p3dn', 'p4d', 'p4de', 'p5', 'p5e', 'p5en', 'p6-b200',
  'r5dn', 'r5n', 'r6a', 'r6i', 'r6id', 'r6idn', 'r6in', 'r7a', 'r7g', 'r7gd', 'r7i', 'r7iz', 'r8g', 'r8gd', 'r8i', 'r8i-flex',
  'trn1', 'trn1n', 'trn2',
  'u-3tb1', 'u-6tb1', 'u-9tb1', 'u-12tb1', 'u-18tb1', 'u-24tb1',
  'u7i-6tb', 'u7i-8tb', 'u7i-12tb', 'u7in-16tb', 'u7in-24tb', 'u7in-32tb',
  'vt1',
  'x2idn', 'x2iedn', 'x2iezn', 'x8g',
]);
