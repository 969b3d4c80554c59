import { Logger } from '@nestjs/common';
import type { NotificationFactsRepository, WebhookNotifier } from '@kordon/db';

/**
 * After an analysis that changed the lifecycle: new critical/high issues and a
 * score drop beyond each webhook's threshold, one event per snapshot.
 */
export class SnapshotNotifications {
  private readonly logger = new Logger('notifications');

  constructor(
    private readonly facts: NotificationFactsRepository,
    private readonly notifier: WebhookNotifier,
  ) {}

  async afterAnalysis(snapshotId: string): Promise<void> {
    const facts = await this.facts.snapshotFacts(snapshotId);
    if (!facts?.appliedLifecycle) return;
    const scope = { cluster: facts.clusterName };
    const opened = await this.facts.openedSevereIssues(snapshotId);
    let sent = 0;
    if (opened.length > 0) {
      const critical = opened.filter((i) => i.severity === 'critical').length;
      sent += await this.notifier.notify({
        scope,
        event: 'issues.opened',
        eventKey: `issues.opened:${snapshotId}`,
        summary: `${opened.length} new critical/high issue${opened.length === 1 ? '' : 's'} in cluster ${facts.clusterName} (${critical} critical)`,
        data: { snapshotId, issues: opened },
        occurredAt: facts.collectedAt,
      });
    }
    const { score, previousScore } = facts;
    if (score !== null && previousScore !== null && score < previousScore) {
      const drop = previousScore - score;
      sent += await this.notifier.notify({
        scope,
        event: 'score.dropped',
        eventKey: `score.dropped:${snapshotId}`,
        summary: `posture score of cluster ${facts.clusterName} dropped ${drop} points (${previousScore} → ${score})`,
        data: {
          snapshotId,
          previousSnapshotId: facts.previousSnapshotId,
          score,
          previousScore,
          drop,
        },
        occurredAt: facts.collectedAt,
        accept: (w) => drop > w.scoreDropThreshold,
      });
    }
    if (sent > 0) this.logger.log(`snapshot ${snapshotId}: ${sent} webhook deliveries queued`);
  }
}
