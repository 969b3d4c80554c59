import { parseImageReference } from './image-reference';

describe('parseImageReference', () => {
  it.each([
    ['nginx', null, null],
    ['nginx:1.25', '1.25', null],
    ['registry:5000/team/app', null, null],
    ['registry:5000/team/app:latest', 'latest', null],
    ['app@sha256:abc', null, 'sha256:abc'],
    ['app:1.0@sha256:abc', '1.0', 'sha256:abc'],
  ])('reads %s', (image, tag, digest) => {
    expect(parseImageReference(image)).toEqual({ tag, digest });
  });
});
