/**
 * THE SUITE STILL JUDGES THE ORIGINAL AS IT DID WHEN IT WAS CALIBRATED ON IT.
 *
 * calibration/original-3.3.6.json.gz holds what Support Board 3.3.6 (the vendor's PHP code) answered
 * to four runs of the suite, and how the suite judged each check (scripts/calibrate.ts made it; CI
 * cannot run the original). A stand-in replays those answers as the original sent them. When a
 * change of the suite changes a verdict, or sends a request the original was never asked, these
 * tests fail: re-record, and look at what changed (calibration/README.md).
 */
import { describe, expect, test } from 'vitest';
import { readRecording } from '../scripts/recording.js';
import { checks, type Report, runConformance, selectChecks } from '../src/index.js';
import { startReplay } from './support/replay.js';

const recording = await readRecording();
/** Any admin token: the recording holds none, the stand-in puts this one where the original's was. */
const TOKEN = '5c0ffee5c0ffee5c0ffee5c0ffee5c0ffee5c0ff';
const TAGGED = ['hardening', 'reference', 'fails-on-original'];

const runOf = (apiVersion: string, level: 'core' | 'full', skipTags: string[] = []) => {
  const run = recording.runs.find(
    (r) => r.apiVersion === apiVersion && r.level === level && r.skipTags.join() === skipTags.join(),
  );
  if (!run)
    throw new Error(`the recording has no ${level} run as ${apiVersion} skipping ${skipTags.join() || 'nothing'}`);
  return run;
};

const verdictsOf = (report: Report) => Object.fromEntries(report.checks.map((check) => [check.id, check.status]));

const label = (run: (typeof recording.runs)[number]) =>
  `as ${run.apiVersion} at level ${run.level}${run.skipTags.length ? ', tagged checks left out' : ''}`;

describe.each(recording.runs.map((run) => [label(run), run] as const))(
  'replaying the original, judged %s',
  (_label, run) => {
    test('every check is judged as it was against the original itself', async () => {
      const replay = await startReplay(run, TOKEN);
      try {
        const report = await runConformance({
          target: replay.url,
          token: TOKEN,
          apiVersion: run.apiVersion,
          level: run.level,
          skipTags: run.skipTags,
          marker: run.marker,
        });
        expect(
          replay.misses,
          'The suite sends what the original was never asked: re-record (calibration/README.md).',
        ).toEqual([]);
        expect(verdictsOf(report)).toEqual(run.verdicts);
      } finally {
        await replay.close();
      }
    });
  },
);

describe('what the original fails is said in the checks, and nothing more', () => {
  test.each(['core', 'full'] as const)(
    'as 3.3 at level %s, a check fails on the original exactly when it says why (hardening, fails-on-original, reference)',
    (level) => {
      const { verdicts } = runOf('3.3', level);
      const selected = selectChecks(checks, { level, version: '3.3' });
      expect(Object.keys(verdicts).sort()).toEqual(selected.map((check) => check.id).sort());
      const ran = selected.filter((check) => verdicts[check.id] !== 'skipped');
      const failed = ran.filter((check) => verdicts[check.id] === 'failed').map((check) => check.id);
      const explained = ran.filter((check) => check.onOriginal || check.tags.includes('reference'));
      expect(failed.sort()).toEqual(explained.map((check) => check.id).sort());
      // Nothing blocked; skipped only where the original has not set a service up, or no flag asked for it.
      expect(Object.values(verdicts)).not.toContain('blocked');
      const skipped = selected.filter((check) => verdicts[check.id] === 'skipped');
      expect(skipped.filter((check) => !['integrations', 'webhooks', 'load'].includes(check.area))).toEqual([]);
    },
  );

  test('as 3.3, leaving out hardening, reference and fails-on-original: at least 150 checks, all passed', () => {
    const { verdicts } = runOf('3.3', 'core', TAGGED);
    expect(Object.keys(verdicts).length).toBeGreaterThanOrEqual(150);
    expect(Object.entries(verdicts).filter(([, status]) => status !== 'passed')).toEqual([]);
  });
});
