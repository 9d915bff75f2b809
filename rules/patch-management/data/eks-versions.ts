/**
 * Kubernetes minor versions on Amazon EKS: end of standard support and end of extended support.
 * Source: Amazon EKS user guide, "Kubernetes version lifecycle" release calendar, checked 2026-11-23.
 * Versions older than the oldest listed are out of all support.
 */
export interface EksVersionSupport {
  readonly standardEnds: string;
  readonly extendedEnds: string;
}

export const EKS_VERSION_SUPPORT: Readonly<Record<string, EksVersionSupport>> = {
  '1.35': { standardEnds: '2027-03-27', extendedEnds: '2028-03-27' },
  '1.34': { standardEnds: '2026-12-02', extendedEnds: '2027-12-02' },
  '1.33': { standardEnds: '2026-07-29', extendedEnds: '2027-07-29' },
  '1.32': { standardEnds: '2026-03-23', extendedEnds: '2027-03-23' },
  '1.31': { standardEnds: '2025-11-26', extendedEnds: '2026-11-26' },
  '1.30': { standardEnds: '2025-07-23', extendedEnds: '2026-07-23' },
  '1.29': { standardEnds: '2025-03-23', extendedEnds: '2026-03-23' },
  '1.28': { standardEnds: '2024-11-26', extendedEnds: '2025-11-26' },
  '1.27': { standardEnds: '2024-07-24', extendedEnds: '2025-07-24' },
  '1.26': { standardEnds: '2024-06-11', extendedEnds: '2025-06-11' },
  '1.25': { standardEnds: '2024-05-01', extendedEnds: '2025-05-01' },
  '1.24': { standardEnds: '2024-01-31', extendedEnds: '2025-01-31' },
  '1.23': { standardEnds: '2023-10-11', extendedEnds: '2024-10-11' },
};
