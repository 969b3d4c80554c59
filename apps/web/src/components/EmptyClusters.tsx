/** What to do when Kordon knows no cluster yet: the example snapshot, or the collector. */
export function EmptyClusters() {
  return (
    <section className="empty teach" aria-labelledby="empty-heading">
      <h2 id="empty-heading">No clusters yet</h2>
      <p>Kordon shows a cluster once a snapshot of it has been uploaded. Two ways to start:</p>
      <ol>
        <li>
          <strong>Try the example</strong> — from the Kordon checkout, with the admin token{' '}
          <code>npm start</code> printed:
          <pre>
            <code>npx kordon upload examples/demo-cluster.ndjson --wait</code>
          </pre>
          It adds the <code>demo</code> cluster: privileged DaemonSets, an exposed service, a
          namespace without NetworkPolicies. Reload this page when it is analysed.
        </li>
        <li>
          <strong>Collect a real cluster</strong> — once, from your laptop:
          <pre>
            <code>npx kordon collect --cluster prod-eu --upload</code>
          </pre>
          or every hour, inside the cluster, with the collector CronJob and an ingest token:
          <pre>
            <code>
              {`kubectl create namespace kordon
kubectl -n kordon create secret generic kordon-collector-token --from-literal=token=<ingest token>
kubectl apply -k deploy/collector`}
            </code>
          </pre>
          See <code>docs/collector.md</code> for what is collected and what never is.
        </li>
      </ol>
    </section>
  );
}
