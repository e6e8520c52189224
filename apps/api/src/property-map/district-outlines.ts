import { Injectable } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OutlineFeature } from './display-datum';

interface OutlineFile {
  readonly source: string;
  readonly features: readonly OutlineFeature[];
}

/**
 * District outlines shipped with the project (district-outlines.json beside this file, copied into
 * dist by the build): drawn when no tiles can be reached. Read once; a malformed file stops the start.
 */
@Injectable()
export class DistrictOutlines {
  private readonly file: OutlineFile;

  constructor() {
    const parsed = JSON.parse(readFileSync(join(__dirname, 'district-outlines.json'), 'utf8')) as Partial<OutlineFile>;
    if (typeof parsed.source !== 'string' || !Array.isArray(parsed.features))
      throw new Error('district-outlines.json must be a FeatureCollection with a source line and features');
    for (const f of parsed.features)
      if (!['Polygon', 'MultiPolygon'].includes(f?.geometry?.type) || typeof f.properties?.licence !== 'string')
        throw new Error('each district outline must be a Polygon or MultiPolygon naming its licence (properties.licence)');
    this.file = { source: parsed.source, features: parsed.features };
  }

  get source(): string {
    return this.file.source;
  }

  features(): readonly OutlineFeature[] {
    return this.file.features;
  }
}
