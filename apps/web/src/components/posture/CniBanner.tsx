/** Said loudly: NetworkPolicies exist only on paper when the network plugin ignores them. */
export function CniBanner({
  cluster,
  verdict,
  day,
}: {
  cluster: string;
  verdict: string | null;
  day: string;
}) {
  if (verdict !== 'does-not-enforce') return null;
  return (
    <section
      className="notice notice-error cni-banner"
      role="alert"
      aria-labelledby="cni-banner-heading"
    >
      <h2 id="cni-banner-heading">NetworkPolicy is not enforced in {cluster}</h2>
      <p>
        The network plugin detected in the snapshot of {day} does not enforce NetworkPolicy: the
        cluster&apos;s policies are ignored and every pod can reach every other, whatever they say.
        Install a plugin that enforces them (Calico, Cilium, …) or turn its policy mode on.
      </p>
    </section>
  );
}
