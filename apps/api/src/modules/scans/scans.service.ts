import { Injectable } from '@nestjs/common';
import { KordonError, type CiFinding, type Page, type ScanView } from '@kordon/contracts';
import { ScansRepository, type ScanListFilter } from '@kordon/db';
import { toScanView } from './scans.mapper';

/** Reads CI scans per repository and branch. */
@Injectable()
export class ScansService {
  constructor(private readonly scans: ScansRepository) {}

  async list(filter: ScanListFilter, limit: number, cursor?: string): Promise<Page<ScanView>> {
    const page = await this.scans.listScans(filter, limit, cursor);
    return { items: page.items.map(toScanView), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<ScanView> {
    const scan = await this.scans.findScan(id);
    if (!scan)
      throw new KordonError('not_found', `no scan ${id}`, [
        { path: 'id', problem: 'unknown scan' },
      ]);
    return toScanView(scan);
  }

  async findings(id: string, limit: number, cursor?: string): Promise<Page<CiFinding>> {
    await this.get(id);
    return this.scans.listFindings(id, limit, cursor);
  }
}
