import type { CheckResult } from '../catalog/check-definition';
import type { PodShape } from '../model/kube';
import { containerPath, podContext } from '../pss/pod-context';
import { parseImageReference } from './image-reference';

export const IMAGE_LATEST_TAG = 'workload.image-latest-tag';

/** Containers whose image is `:latest`, or has neither tag nor digest (which means latest). */
export function checkImageLatestTag(pod: PodShape): CheckResult[] {
  const results: CheckResult[] = [];
  for (const visited of podContext(pod).containers) {
    const image = visited.container.image;
    if (!image) continue;
    const { tag, digest } = parseImageReference(image);
    if (digest !== null || (tag !== null && tag !== 'latest')) continue;
    results.push({
      checkId: IMAGE_LATEST_TAG,
      container: visited.name,
      path: `${containerPath(visited)}.image`,
      observed: image,
      expected: 'a version tag or a digest',
      message: `container "${visited.name}" uses ${tag === null ? 'an untagged' : 'the :latest'} image ${image}`,
    });
  }
  return results;
}
