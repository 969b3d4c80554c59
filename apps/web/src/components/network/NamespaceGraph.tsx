import { hrefWithQuery } from '../../format/href';
import { matrixEdges } from '../../format/matrix-reach';
import type { NamespaceMatrix } from '../../server/read-model-types';

const SIZE = 520;
const CENTER = SIZE / 2;
const RADIUS = 180;
const NODE = 16;

interface Point {
  x: number;
  y: number;
}

function layout(namespaces: string[]): Map<string, Point> {
  const points = new Map<string, Point>();
  namespaces.forEach((namespace, index) => {
    const angle = (2 * Math.PI * index) / Math.max(namespaces.length, 1) - Math.PI / 2;
    points.set(namespace, {
      x: CENTER + RADIUS * Math.cos(angle),
      y: CENTER + RADIUS * Math.sin(angle),
    });
  });
  return points;
}

/** A line from a to b stopping short of both nodes, bent a little so a↔b shows two arrows. */
function edgePath(a: Point, b: Point): string {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const start = { x: a.x + ux * NODE, y: a.y + uy * NODE };
  const end = { x: b.x - ux * (NODE + 4), y: b.y - uy * (NODE + 4) };
  const bend = { x: (start.x + end.x) / 2 - uy * 18, y: (start.y + end.y) / 2 + ux * 18 };
  return `M${start.x.toFixed(1)},${start.y.toFixed(1)} Q${bend.x.toFixed(1)},${bend.y.toFixed(1)} ${end.x.toFixed(1)},${end.y.toFixed(1)}`;
}

function loopPath(p: Point): string {
  const outX = p.x - CENTER;
  const outY = p.y - CENTER;
  const length = Math.hypot(outX, outY) || 1;
  const ux = outX / length;
  const uy = outY / length;
  const a = { x: p.x + ux * NODE - uy * 8, y: p.y + uy * NODE + ux * 8 };
  const b = { x: p.x + ux * NODE + uy * 8, y: p.y + uy * NODE - ux * 8 };
  const c1 = { x: a.x + ux * 40 - uy * 20, y: a.y + uy * 40 + ux * 20 };
  const c2 = { x: b.x + ux * 40 + uy * 20, y: b.y + uy * 40 - ux * 20 };
  return `M${a.x.toFixed(1)},${a.y.toFixed(1)} C${c1.x.toFixed(1)},${c1.y.toFixed(1)} ${c2.x.toFixed(1)},${c2.y.toFixed(1)} ${b.x.toFixed(1)},${b.y.toFixed(1)}`;
}

/** Labels sit outside the circle, beyond the loop drawn on the node's outer side. */
function labelPosition(p: Point): { x: number; y: number; anchor: 'start' | 'middle' | 'end' } {
  const dx = p.x - CENTER;
  const dy = p.y - CENTER;
  const length = Math.hypot(dx, dy) || 1;
  const reach = NODE + 50;
  const anchor = Math.abs(dx) < 40 ? 'middle' : dx > 0 ? 'end' : 'start';
  const x = p.x + (dx / length) * reach;
  const y = p.y + (dy / length) * reach + 5;
  // keep side labels inside the picture: they grow towards the centre
  return {
    x: anchor === 'middle' ? x : p.x + (dx > 0 ? NODE : -NODE),
    y: anchor === 'middle' ? y : p.y - NODE - 8,
    anchor,
  };
}

/**
 * The namespace matrix as a graph: namespaces on a circle, an arrow for each pair that
 * can connect (solid: everything; dashed: some workloads or ports). Each arrow links to
 * its matrix cell; the heat map beside it carries the same facts as a table.
 */
export function NamespaceGraph({
  matrix,
  pathname,
}: {
  matrix: NamespaceMatrix;
  pathname: string;
}) {
  const points = layout(matrix.namespaces);
  const edges = matrixEdges(matrix);
  return (
    <figure className="graph">
      <svg
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        role="group"
        aria-label="Namespace reachability graph"
        className="graph-svg"
      >
        <defs>
          <marker
            id="arrow"
            viewBox="0 0 10 10"
            refX="8"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" className="graph-arrowhead" />
          </marker>
        </defs>
        {edges.map((edge) => {
          const a = points.get(edge.from);
          const b = points.get(edge.to);
          if (!a || !b) return null;
          const label = `${edge.from} to ${edge.to}: ${edge.reach === 'all' ? 'everything' : 'partial'}`;
          return (
            <a
              key={`${edge.from}→${edge.to}`}
              href={`${hrefWithQuery(pathname, { cellFrom: edge.from, cellTo: edge.to })}#cell`}
              aria-label={label}
            >
              <title>{label}</title>
              <path
                d={edge.from === edge.to ? loopPath(a) : edgePath(a, b)}
                className={`graph-edge graph-edge-${edge.reach}`}
                markerEnd="url(#arrow)"
              />
            </a>
          );
        })}
        {matrix.namespaces.map((namespace) => {
          const p = points.get(namespace);
          if (!p) return null;
          const label = labelPosition(p);
          return (
            <g key={namespace} className="graph-node">
              <circle cx={p.x} cy={p.y} r={NODE} />
              <text x={label.x} y={label.y} textAnchor={label.anchor}>
                {namespace}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">
        Solid arrow: every workload can reach every workload on every port; dashed: only some. A
        loop is traffic inside the namespace. No arrow: nothing can connect.
      </figcaption>
    </figure>
  );
}
