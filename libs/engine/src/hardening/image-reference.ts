/** The tag and digest of an image reference (`registry:5000/team/app:1.2@sha256:…`). */
export interface ImageReference {
  tag: string | null;
  digest: string | null;
}

export function parseImageReference(image: string): ImageReference {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : null;
  const name = at >= 0 ? image.slice(0, at) : image;
  const lastSegment = name.slice(name.lastIndexOf('/') + 1);
  const colon = lastSegment.lastIndexOf(':');
  const tag = colon >= 0 ? lastSegment.slice(colon + 1) : null;
  return { tag: tag === '' ? null : tag, digest: digest === '' ? null : digest };
}
