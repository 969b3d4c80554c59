import { groupScans } from './group-scans';

describe('groupScans', () => {
  it('groups by repository then branch, keeping the order the scans came in', () => {
    const scans = [
      { id: 1, repository: 'acme/shop', branch: 'feature/x' },
      { id: 2, repository: 'acme/pay', branch: 'main' },
      { id: 3, repository: 'acme/shop', branch: 'main' },
      { id: 4, repository: 'acme/shop', branch: 'feature/x' },
      { id: 5, repository: 'acme/pay', branch: null },
    ];
    expect(groupScans(scans)).toEqual([
      {
        repository: 'acme/shop',
        branches: [
          { branch: 'feature/x', scans: [scans[0], scans[3]] },
          { branch: 'main', scans: [scans[2]] },
        ],
      },
      {
        repository: 'acme/pay',
        branches: [
          { branch: 'main', scans: [scans[1]] },
          { branch: null, scans: [scans[4]] },
        ],
      },
    ]);
  });
});
