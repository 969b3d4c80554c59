import { Injectable } from '@nestjs/common';
import {
  KordonError,
  applyScanSuppressions,
  computeGate,
  countFindings,
  reportFindings,
  sarifFindings,
  sarifToolName,
  scanUploadSchema,
  validateSarif,
  zodIssuesToDetails,
  type CiFinding,
  type ParsedScanUpload,
  type ScanGate,
  type ScanUploadResult,
} from '@kordon/contracts';
import {
  ScansRepository,
  SuppressionsRepository,
  WebhookNotifier,
  type ScanRecord,
} from '@kordon/db';
import { toScanView } from './scans.mapper';

export interface ScanIntakeRequest {
  body: unknown;
  bodySha256: string | null;
  idempotencyKey: string | null;
}

interface Judged {
  findings: CiFinding[];
  gate: ScanGate;
  verdict: 'pass' | 'fail';
  baseBranch: string | null;
  counts: ReturnType<typeof countFindings>;
}

interface ParsedInput {
  upload: ParsedScanUpload;
  tool: string;
  format: 'kordon' | 'sarif';
  findings: CiFinding[];
}

function parseUpload(body: unknown): ParsedInput {
  const parsed = scanUploadSchema.safeParse(body);
  if (!parsed.success) {
    const details = zodIssuesToDetails(parsed.error, 'body');
    const first = details[0];
    throw new KordonError(
      'validation_failed',
      `invalid scan upload: ${first ? `${first.path}: ${first.problem}` : 'invalid'}`,
      details,
    );
  }
  const upload = parsed.data;
  const hasSarif = upload.sarif !== undefined && upload.sarif !== null;
  if ((upload.report === undefined) === !hasSarif) {
    throw new KordonError('validation_failed', 'send exactly one of "report" or "sarif"', [
      { path: 'body', problem: 'needs exactly one of report (kordon scan JSON) or sarif' },
    ]);
  }
  if (upload.report) {
    return { upload, tool: 'kordon', format: 'kordon', findings: reportFindings(upload.report) };
  }
  const log = validateSarif(upload.sarif, 'sarif');
  return { upload, tool: sarifToolName(log), format: 'sarif', findings: sarifFindings(log) };
}

/**
 * `POST /api/v1/scans`: validates a kordon report or a SARIF log, computes the
 * gate against the base branch's scan, stores the scan (idempotently) and answers
 * the verdict. A failed gate that was asked for notifies the repository's webhooks.
 */
@Injectable()
export class ScanIntakeService {
  constructor(
    private readonly scans: ScansRepository,
    private readonly notifier: WebhookNotifier,
    private readonly suppressions: SuppressionsRepository,
  ) {}

  async intake(req: ScanIntakeRequest): Promise<ScanUploadResult> {
    const input = parseUpload(req.body);
    const { upload } = input;
    const key = req.idempotencyKey ?? req.bodySha256;
    if (!key) throw new KordonError('validation_failed', 'the request has no body');
    const existing = await this.scans.findByIdempotencyKey(upload.repository, key);
    const stored = existing
      ? { record: await this.replay(existing, input), created: false }
      : await this.store(input, key, req.bodySha256 ?? key).catch(async (error) => {
          if ((error as { code?: string }).code !== '23505') throw error;
          const raced = await this.scans.findByIdempotencyKey(upload.repository, key);
          if (!raced) throw error;
          return { record: raced, created: false };
        });
    // once per scan: a replay that fails again does not notify twice (same event key)
    if (stored.record.gate.requested && stored.record.verdict === 'fail')
      await this.notifyGateFailed(stored.record);
    return { ...toScanView(stored.record), created: stored.created };
  }

  private async notifyGateFailed(scan: ScanRecord): Promise<void> {
    const n = scan.gate.newFindings.length;
    await this.notifier.notify({
      scope: { repository: scan.repository },
      event: 'ci.gate_failed',
      eventKey: `ci.gate_failed:${scan.id}`,
      summary: `CI gate failed for ${scan.repository}${scan.branch ? ` on ${scan.branch}` : ''}: ${n} new ${scan.tool} finding${n === 1 ? '' : 's'} at or above ${scan.gate.failOn}`,
      data: {
        scanId: scan.id,
        tool: scan.tool,
        branch: scan.branch,
        commit: scan.commit,
        baseBranch: scan.gate.baseBranch,
        base: scan.gate.base,
        newFindings: scan.gate.newFindings,
      },
      occurredAt: scan.receivedAt,
    });
  }

  /**
   * The findings with every suppression applied, and the gate against the base:
   * the base branch's scan by the same tool (never `exclude`, the scan itself on a replay).
   */
  private async judge(input: ParsedInput, exclude: ScanRecord | null): Promise<Judged> {
    const { upload, tool } = input;
    const now = new Date();
    // server-side suppressions of the repository, on top of the CLI file's and SARIF's own
    const rules = await this.suppressions.activeRulesForRepository(upload.repository, now);
    const findings = applyScanSuppressions(input.findings, rules, now);
    const defaultBranch = await this.scans.rememberRepository(
      upload.repository,
      upload.defaultBranch,
    );
    const baseBranch = upload.baseBranch ?? defaultBranch;
    const base = baseBranch
      ? await this.scans.findBaseScan({
          repository: upload.repository,
          branch: baseBranch,
          tool,
          mergeBase: upload.mergeBase,
          exclude: exclude ? { id: exclude.id, receivedAt: exclude.receivedAt } : null,
        })
      : null;
    const baseFingerprints = base
      ? await this.scans.fingerprintsOf(base.scanId)
      : new Set<string>();
    const { gate, verdict } = computeGate({
      findings,
      failOn: upload.failOnNew ?? 'high',
      requested: upload.failOnNew !== null,
      baseBranch,
      base,
      baseFingerprints,
    });
    return { findings, gate, verdict, baseBranch, counts: countFindings(findings) };
  }

  private async store(
    input: ParsedInput,
    key: string,
    sha: string,
  ): Promise<{ record: ScanRecord; created: boolean }> {
    const { upload } = input;
    const judged = await this.judge(input, null);
    const record = await this.scans.insertScan({
      repository: upload.repository,
      tool: input.tool,
      format: input.format,
      commit: upload.commit,
      branch: upload.branch,
      baseBranch: judged.baseBranch,
      mergeBase: upload.mergeBase,
      idempotencyKey: key,
      bodySha256: sha,
      counts: judged.counts,
      gate: judged.gate,
      verdict: judged.verdict,
      findings: judged.findings,
    });
    return { record, created: true };
  }

  /**
   * The same upload again (a re-run CI job): nothing new is stored, but the verdict
   * is judged again — a suppression or a base scan may have arrived since.
   */
  private async replay(existing: ScanRecord, input: ParsedInput): Promise<ScanRecord> {
    const judged = await this.judge(input, existing);
    return this.scans.rejudgeScan(existing.id, judged);
  }
}
