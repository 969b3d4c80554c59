/**
 * Pods of one controller carry nearly the same spec text, line after line: a
 * ReplicaSet's 10 pods differ in `nodeName` and in the random suffix of the
 * service-account token volume, and in nothing else. Parsing each copy is most
 * of the cost of reading a snapshot (pod specs are about half of its bytes).
 *
 * `SharedPodSpecs` reads a pod's NDJSON line in three parts — the head
 * (`apiVersion`, `kind`, `metadata`), the spec text and the status — and
 * parses the spec only when its owner has not shown an equivalent one before:
 * equal text once the top-level `nodeName`, `hostname` and `subdomain` values
 * and `name`/`mountPath` values of the form `kube-api-access-xxxxx` are blanked.
 * Equivalent pods then get one shared spec object: the first such pod's, with
 * that pod's values of the blanked fields. Callers must treat specs as
 * read-only and must not read those fields per pod (the engine never does:
 * its pod-spec interner treats them as per-pod noise).
 *
 * The split is exact, never a guess: the head is parsed as `head + '}'`, the
 * spec either parsed or matched segment by segment against an equivalent one
 * already parsed (which also finds where it ends, without searching), and the
 * status parsed as a value, so a line whose top level is not
 * `{…, "spec": …, "status": …}` in that order fails to split and is parsed
 * whole. (`slice(…) === …` rather than `startsWith(…, position)`: V8 compares
 * slices natively; the latter measured 20% slower over a whole snapshot.)
 */

const SPEC = ',"spec":';
const STATUS = ',"status":';
const POD_KIND = '"kind":"Pod"';
const TOKEN = 'kube-api-access-';
const TOKEN_KEYS = ['"name":"', '"mountPath":"'];
const TOKEN_SUFFIX = 5;
const PER_POD_KEYS = ['"nodeName":"', '"hostname":"', '"subdomain":"'];
const PER_POD_FIELDS = ['nodeName', 'hostname', 'subdomain'] as const;
/** Distinct specs remembered per owner (a rollout in progress has two). */
const PER_OWNER = 4;

type JsonRecord = Record<string, unknown>;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSuffixChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/**
 * A spec text with the spans of its per-pod values (start, end pairs, in
 * order): the 5 random characters of each `"name"`/`"mountPath"` value
 * `kube-api-access-xxxxx`, and the plain-string values of `nodeName`,
 * `hostname` and `subdomain` members (no escapes, no control characters).
 */
class SpecText {
  readonly spans: number[] = [];
  /** Per span: 0 a token suffix, 1 a plain per-pod string value. */
  readonly kinds: number[] = [];
  /** How many `nodeName`/`hostname`/`subdomain` values are among the spans. */
  perPodValues = 0;

  readonly text: string;

  constructor(raw: string) {
    // A copy, so that the line this text was cut from is not kept alive with it.
    const text = ` ${raw}`.slice(1);
    this.text = text;
    const found: number[] = [];
    for (let at = text.indexOf(TOKEN); at >= 0; at = text.indexOf(TOKEN, at + 1)) {
      const from = at + TOKEN.length;
      const to = from + TOKEN_SUFFIX;
      if (!TOKEN_KEYS.some((key) => text.startsWith(key, at - key.length))) continue;
      if (text.charCodeAt(to) !== 0x22) continue;
      let ok = true;
      for (let i = from; i < to && ok; i++) ok = isSuffixChar(text.charCodeAt(i));
      if (ok) found.push(from, to, 0);
    }
    for (const key of PER_POD_KEYS) {
      for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
        const from = at + key.length;
        const to = text.indexOf('"', from);
        let ok = to >= 0;
        for (let i = from; i < to && ok; i++) {
          const code = text.charCodeAt(i);
          ok = code >= 0x20 && code !== 0x5c;
        }
        if (!ok) continue;
        found.push(from, to, 1);
        this.perPodValues += 1;
      }
    }
    const triples: [number, number, number][] = [];
    for (let i = 0; i < found.length; i += 3)
      triples.push([found[i] as number, found[i + 1] as number, found[i + 2] as number]);
    triples.sort((x, y) => x[0] - y[0]);
    for (const [from, to, kind] of triples) {
      this.spans.push(from, to);
      this.kinds.push(kind);
    }
  }

  /**
   * Where a text equal to this one outside its per-pod spans, holding a
   * per-pod value of the same form in each (5 suffix characters; a plain
   * string of any length), ends when it starts at `at` in `line`; -1 when
   * none does. Walks `line` once, comparing the segments between spans.
   */
  matchAt(line: string, at: number): number {
    const own = this.text;
    const spans = this.spans;
    let fromOwn = 0;
    let fromLine = at;
    for (let i = 0; i < spans.length; i += 2) {
      const start = spans[i] as number;
      const length = start - fromOwn;
      const valueAt = fromLine + length;
      if (line.slice(fromLine, valueAt) !== own.slice(fromOwn, start)) return -1;
      const valueEnd = this.tokenSpan(i)
        ? tokenSuffixEnd(line, valueAt)
        : plainStringEnd(line, valueAt);
      if (valueEnd < 0) return -1;
      fromOwn = spans[i + 1] as number;
      fromLine = valueEnd;
    }
    const end = fromLine + own.length - fromOwn;
    return line.slice(fromLine, end) === own.slice(fromOwn) ? end : -1;
  }

  private tokenSpan(i: number): boolean {
    return this.kinds[i >> 1] === 0;
  }

  /**
   * True when every per-pod field among the spans is the spec's own top-level
   * member (a nested member of that name, e.g. a CSI volume attribute, would
   * make two different specs look equal: such specs are not shared).
   */
  perPodValuesAreTopLevel(spec: JsonRecord): boolean {
    let topLevel = 0;
    for (const field of PER_POD_FIELDS) {
      const value = spec[field];
      if (typeof value === 'string' && plainStringEnd(`${value}"`, 0) === value.length)
        topLevel += 1;
    }
    return this.perPodValues === topLevel;
  }
}

/** End of 5 suffix characters at `at` followed by the closing quote, else -1. */
function tokenSuffixEnd(text: string, at: number): number {
  const end = at + TOKEN_SUFFIX;
  for (let i = at; i < end; i++) if (!isSuffixChar(text.charCodeAt(i))) return -1;
  return text.charCodeAt(end) === 0x22 ? end : -1;
}

/** End (the closing quote) of a string value at `at` without escapes or control characters, else -1. */
function plainStringEnd(text: string, at: number): number {
  const end = text.indexOf('"', at);
  if (end < 0) return -1;
  for (let i = at; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x5c) return -1;
  }
  return end;
}

interface Known {
  text: SpecText;
  spec: unknown;
}

function ownerKey(metadata: unknown): string | null {
  if (!isRecord(metadata)) return null;
  const namespace = typeof metadata.namespace === 'string' ? metadata.namespace : '';
  const owners = metadata.ownerReferences;
  if (Array.isArray(owners)) {
    for (const owner of owners) {
      if (isRecord(owner) && owner.controller === true)
        return `${namespace}\u0000${String(owner.kind)}\u0000${String(owner.name)}\u0000${String(owner.uid)}`;
    }
  }
  return namespace;
}

export class SharedPodSpecs {
  private readonly byOwner = new Map<string, Known[]>();
  private readonly templates: SharedTemplateSpecs | null;

  /**
   * `recentOwners`: remember the specs of only that many owners, the most
   * recently added (a collector lists an owner's pods together), and leave
   * Deployments and ReplicaSets to a whole parse. Default: every owner's, and
   * ReplicaSets share their Deployment's template spec.
   */
  constructor(private readonly recentOwners?: number) {
    this.templates = recentOwners === undefined ? new SharedTemplateSpecs() : null;
  }

  /**
   * The object of an NDJSON line — a pod, or a Deployment or ReplicaSet (see
   * `SharedTemplateSpecs`) — with a shared spec where an equivalent one was
   * seen; `null` for any other line, or one that does not split as described
   * (the caller parses it whole, and reports it if it is not JSON). Never throws.
   */
  parse(line: string): JsonRecord | null {
    const specAt = line.indexOf(SPEC);
    if (specAt < 0) return null;
    const kindAt = line.indexOf(POD_KIND);
    if (kindAt < 0 || kindAt > specAt) return this.templates?.parse(line, specAt) ?? null;
    if (line.charCodeAt(line.length - 1) !== 0x7d) return null;
    const head = parsePart(`${line.slice(0, specAt)}}`);
    if (!isRecord(head) || head.kind !== 'Pod') return null;
    const owner = ownerKey(head.metadata);
    const specFrom = specAt + SPEC.length;
    const known = owner === null ? undefined : this.byOwner.get(owner);
    let spec: unknown;
    let specEnd = -1;
    if (known) {
      for (const k of known) {
        specEnd = k.text.matchAt(line, specFrom);
        if (specEnd >= 0 && line.slice(specEnd, specEnd + STATUS.length) === STATUS) {
          spec = k.spec;
          break;
        }
        specEnd = -1;
      }
    }
    if (specEnd < 0) {
      specEnd = line.indexOf(STATUS, specFrom);
      if (specEnd < 0) return null;
      spec = this.parseSpec(line.slice(specFrom, specEnd), owner, known);
      if (spec === undefined) return null;
    }
    const status = parsePart(line.slice(specEnd + STATUS.length, line.length - 1));
    if (status === undefined) return null;
    head.spec = spec;
    head.status = status;
    return head;
  }

  /** Parses a spec not seen before and remembers it for its owner's next pods. */
  private parseSpec(raw: string, owner: string | null, known: Known[] | undefined): unknown {
    const spec = parsePart(raw);
    if (owner === null || !isRecord(spec)) return spec;
    const text = new SpecText(raw);
    if (!text.perPodValuesAreTopLevel(spec)) return spec;
    if (known === undefined) {
      this.byOwner.set(owner, [{ text, spec }]);
      if (this.recentOwners !== undefined && this.byOwner.size > this.recentOwners)
        this.byOwner.delete(this.byOwner.keys().next().value as string);
    } else {
      if (known.length >= PER_OWNER) known.shift();
      known.push({ text, spec });
    }
    return spec;
  }
}

const DEPLOYMENT_KIND = '"kind":"Deployment"';
const REPLICASET_KIND = '"kind":"ReplicaSet"';
const OWNER_DEPLOYMENT = '"kind":"Deployment","name":"';
const NAMESPACE = '"namespace":"';
const TEMPLATE = '"template":';
/** Stands in for a template spec while the rest of a ReplicaSet line is parsed: the string "\0". */
const PLACEHOLDER = '"\\u0000"';
const PLACEHOLDER_VALUE = '\u0000';

/** The plain string value that follows `key` (a quoted member name and colon) in `line`, or null. */
function stringAfter(line: string, key: string, from = 0): string | null {
  const at = line.indexOf(key, from);
  if (at < 0) return null;
  const end = line.indexOf('"', at + key.length);
  return end < 0 ? null : line.slice(at + key.length, end);
}

interface KnownTemplate {
  text: string;
  spec: unknown;
}

/**
 * A Deployment's ReplicaSets carry its pod template spec verbatim. Deployment
 * lines are parsed whole and their template spec text remembered (as
 * `JSON.stringify` writes it, which is how most snapshots write it); a
 * ReplicaSet line whose template spec text is exactly its Deployment's gets
 * the Deployment's spec object, and only the rest of the line is parsed — with
 * a placeholder string in the spec's place that can only come from us (the
 * line holds no `\u0000` escape), checked to land at `spec.template.spec`.
 */
class SharedTemplateSpecs {
  private readonly byDeployment = new Map<string, KnownTemplate>();

  parse(line: string, specAt: number): JsonRecord | null {
    const replicaSetAt = line.indexOf(REPLICASET_KIND);
    if (replicaSetAt >= 0 && replicaSetAt < specAt) return this.replicaSet(line, specAt);
    const deploymentAt = line.indexOf(DEPLOYMENT_KIND);
    if (deploymentAt >= 0 && deploymentAt < specAt) return this.deployment(line);
    return null;
  }

  private deployment(line: string): JsonRecord | null {
    const value = parsePart(line);
    if (!isRecord(value) || value.kind !== 'Deployment') return null;
    const metadata = isRecord(value.metadata) ? value.metadata : {};
    const template = isRecord(value.spec) ? value.spec.template : undefined;
    const spec = isRecord(template) ? template.spec : undefined;
    if (isRecord(spec) && typeof metadata.name === 'string') {
      const key = `${String(metadata.namespace)}\u0000${metadata.name}`;
      this.byDeployment.set(key, { text: JSON.stringify(spec), spec });
    }
    return value;
  }

  private replicaSet(line: string, specAt: number): JsonRecord | null {
    const owner = stringAfter(line, OWNER_DEPLOYMENT);
    const namespace = stringAfter(line, NAMESPACE);
    if (owner === null || namespace === null || line.includes('\\u0000')) return null;
    const known = this.byDeployment.get(`${namespace}\u0000${owner}`);
    const templateAt = line.indexOf(TEMPLATE, specAt);
    if (known === undefined || templateAt < 0) return null;
    const from = line.indexOf(SPEC, templateAt) + SPEC.length;
    const to = from + known.text.length;
    if (from < SPEC.length || line.slice(from, to) !== known.text) return null;
    const value = parsePart(line.slice(0, from) + PLACEHOLDER + line.slice(to));
    if (!isRecord(value) || value.kind !== 'ReplicaSet' || !isRecord(value.spec)) return null;
    const template = value.spec.template;
    if (!isRecord(template) || template.spec !== PLACEHOLDER_VALUE) return null;
    template.spec = known.spec;
    return value;
  }
}

/** JSON.parse, or `undefined` when the part is not a JSON text (the caller parses the line whole). */
function parsePart(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
