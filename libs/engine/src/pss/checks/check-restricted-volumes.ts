import type { Volume } from '../../model/kube';
import type { PssCheck, PssViolationField, PodContext, PssViolation } from '../pss-types';
import { joinQuote, pluralize, sortedUnique } from '../pss-messages';
import { pssVersion } from '../pss-version';

/** Volume sources a restricted pod may use. */
export const RESTRICTED_ALLOWED_VOLUME_SOURCES = [
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'image',
  'persistentVolumeClaim',
  'projected',
  'secret',
] as const;

/** Volume sources PSA names in its messages; any other source is reported as `unknown`. */
const KNOWN_FORBIDDEN_SOURCES = [
  'hostPath',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'gitRepo',
  'nfs',
  'iscsi',
  'glusterfs',
  'rbd',
  'flexVolume',
  'cinder',
  'cephfs',
  'flocker',
  'fc',
  'azureFile',
  'vsphereVolume',
  'quobyte',
  'azureDisk',
  'portworxVolume',
  'photonPersistentDisk',
  'scaleIO',
  'storageos',
] as const;

function isSet(volume: Volume, key: string): boolean {
  const value = volume[key];
  return value !== undefined && value !== null;
}

/** The API server defaults a volume without any source to `emptyDir: {}`. */
function hasNoSource(volume: Volume): boolean {
  for (const key in volume) {
    if (key !== 'name' && isSet(volume, key)) return false;
  }
  return true;
}

function forbiddenSource(volume: Volume): string | null {
  for (const source of RESTRICTED_ALLOWED_VOLUME_SOURCES) {
    if (isSet(volume, source)) return null;
  }
  for (const source of KNOWN_FORBIDDEN_SOURCES) {
    if (isSet(volume, source)) return source;
  }
  return hasNoSource(volume) ? null : 'unknown';
}

function restrictedVolumesV1Dot0(ctx: PodContext): PssViolation | null {
  const volumes = ctx.spec.volumes;
  if (!volumes) return null;
  let fields: PssViolationField[] | null = null;
  const names: string[] = [];
  for (const volume of volumes) {
    if (!volume) continue;
    const source = forbiddenSource(volume);
    if (source === null) continue;
    const name = volume.name ?? '';
    names.push(name);
    fields ??= [];
    const path =
      source === 'unknown' ? `spec.volumes[name=${name}]` : `spec.volumes[name=${name}].${source}`;
    const expected = `one of ${RESTRICTED_ALLOWED_VOLUME_SOURCES.join(', ')}`;
    fields.push({ container: null, path, observed: source, expected });
  }
  if (!fields) return null;
  const types = sortedUnique(fields.map((f) => String(f.observed)));
  return {
    check: 'restrictedVolumes',
    checkLevel: 'restricted',
    reason: 'restricted volume types',
    detail: `${pluralize('volume', 'volumes', names.length)} ${joinQuote(names)} ${pluralize('uses', 'use', names.length)} restricted volume ${pluralize('type', 'types', types.length)} ${joinQuote(types)}`,
    fields,
  };
}

/** Restricted: only ephemeral, projected and claim-based volume sources (replaces hostPathVolumes). */
export const CHECK_RESTRICTED_VOLUMES: PssCheck = {
  id: 'restrictedVolumes',
  level: 'restricted',
  variants: [
    {
      minimumVersion: pssVersion(0),
      evaluate: restrictedVolumesV1Dot0,
      overrides: ['hostPathVolumes'],
    },
  ],
};
