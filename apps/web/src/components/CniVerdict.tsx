const LABELS: Record<string, { text: string; tone: string }> = {
  enforces: { text: 'Enforces NetworkPolicy', tone: 'ok' },
  'does-not-enforce': { text: 'Does not enforce NetworkPolicy', tone: 'bad' },
  unknown: { text: 'CNI unknown', tone: 'unknown' },
};

/** Whether the cluster's network plugin enforces NetworkPolicy, as the latest snapshot shows. */
export function CniVerdict({ verdict }: { verdict: string | null }) {
  const label = LABELS[verdict ?? 'unknown'] ?? LABELS['unknown']!;
  return (
    <span className={`cni cni-${label.tone}`} data-cni={verdict ?? 'unknown'}>
      {label.text}
    </span>
  );
}
