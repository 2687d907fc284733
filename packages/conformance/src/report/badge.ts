import { makeBadge } from 'badge-maker';
import type { Report } from './report.js';

/**
 * What badge.svg says: `Support Board API <version> | <passed>/<ran>`, counting the checks of the
 * compatibility category that ran (passed, failed or blocked; skipped ones are left out). Hardening,
 * the original's own failures and the reference server's differences by design are not counted.
 * Green when all passed, yellow from 90%, red below; grey when none ran.
 */
export const badgeText = (report: Report): { label: string; message: string; color: string } => {
  const { passed, failed, blocked } = report.categories.compatibility;
  const ran = passed + failed + blocked;
  const label = `Support Board API ${report.apiVersion}`;
  if (ran === 0) return { label, message: 'no checks run', color: 'lightgrey' };
  const color = passed === ran ? 'brightgreen' : passed / ran >= 0.9 ? 'yellow' : 'red';
  return { label, message: `${passed}/${ran}`, color };
};

/** badge.svg: shields.io's flat style, with its Verdana text widths (badge-maker), and no font to fetch. */
export const badgeSvg = (report: Report): string => makeBadge({ ...badgeText(report), style: 'flat' });
