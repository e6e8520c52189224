import { deflateSync } from 'node:zlib';
import type { WebSystem } from '@test/support/browser/web-system';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real (decodable) PNG of one colour with a darker band, so a listing has a photo the browser can show. */
export function photoPng(rgb: [number, number, number], width = 160, height = 120): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    const shade = y > height * 0.6 ? 0.6 : 1;
    for (let x = 0; x < width; x++)
      row.set(
        rgb.map((v) => Math.round(v * shade)),
        1 + x * 3,
      );
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const inDays = (d: number) => new Date(Date.now() + d * 86400_000).toISOString();

/** Set-up through the API for the parts of a journey that are not the page under test. */
export class StaffFixtures {
  private readonly tokens = new Map<string, string>();
  constructor(private readonly sys: WebSystem) {}

  async token(userId: string): Promise<string> {
    let found = this.tokens.get(userId);
    if (!found) {
      found = await this.sys.tokenFor(userId);
      this.tokens.set(userId, found);
    }
    return found;
  }

  async post(userId: string, path: string, body: object, status = 201): Promise<Record<string, unknown>> {
    const res = await this.sys
      .http()
      .post(path)
      .set('authorization', `Bearer ${await this.token(userId)}`)
      .send(body);
    if (res.status !== status) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as Record<string, unknown>;
  }

  /** A manager registers an asset and lists it with a photo; returns its ids. */
  async listWithPhoto(
    manager: string,
    departmentId: string,
    asset: { assetNo: string; name: string; categoryCode: string; originalValueFen: number; unit: string },
    listing: { description: string; pickupLocation: string; condition: string },
    rgb: [number, number, number],
  ): Promise<{ assetId: string; listingId: string }> {
    const reg = await this.post(manager, '/api/assets', {
      ...asset,
      departmentId,
      custodian: '王老师',
      location: '教学楼储藏室',
      acquiredOn: '2022-09-01',
      accumulatedDepreciationFen: Math.floor(asset.originalValueFen / 4),
      quantity: 1,
      condition: 'good',
      brand: '爱普生',
    });
    const assetId = reg.assetId as string;
    const upload = await this.sys
      .http()
      .post('/api/files')
      .set('authorization', `Bearer ${await this.token(manager)}`)
      .attach('file', photoPng(rgb), 'photo.png');
    if (upload.status !== 201) throw new Error(`upload: ${upload.status}`);
    const listed = await this.post(manager, `/api/assets/${assetId}/listing`, {
      ...listing,
      photoIds: [upload.body.fileId],
      advertiseUntil: inDays(14),
    });
    return { assetId, listingId: listed.listingId as string };
  }
}
