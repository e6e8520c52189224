import { BadRequestException } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFFont, PDFPage, rgb } from 'pdf-lib';
import QRCode from 'qrcode';

/** What one label shows; the QR code holds the asset number, which a scanner types into the counting field. */
export interface AssetLabel {
  readonly assetNo: string;
  readonly name: string;
  readonly departmentName: string;
  readonly location: string;
}

/** Labels in one sheet at most: 100 A4 pages of 24 (built in memory on the event loop). More is printed by place. */
export const LABEL_SHEET_LIMIT = 2_400;

export function checkLabelCount(count: number): void {
  if (count > LABEL_SHEET_LIMIT)
    throw new BadRequestException({
      code: 'LABELS_TOO_MANY',
      message: `more than ${LABEL_SHEET_LIMIT} labels; print by department, category or place`,
      details: { limit: LABEL_SHEET_LIMIT, count },
    });
}

// A4 in points; 3 × 8 labels of 63.5 × 33.9 mm, the common 24-up adhesive sheet.
const PAGE = { width: 595.28, height: 841.89 };
const GRID = { columns: 3, rows: 8, left: 20, top: 28, width: 180, height: 96, gap: 4 };
const QR_SIZE = 76;
const TEXT_SIZE = 8;

/**
 * Noto Sans SC (SIL OFL) as @fontsource ships it: its "chinese-simplified" WOFF holds the common simplified
 * characters with Latin digits and letters in one file, which fontkit reads and pdf-lib subsets into the PDF.
 * Read from the installed package, never from the system's fonts.
 */
async function labelFont(): Promise<Uint8Array> {
  const pkg = dirname(require.resolve('@fontsource/noto-sans-sc/LICENSE'));
  return readFile(join(pkg, 'files', 'noto-sans-sc-chinese-simplified-400-normal.woff'));
}

/** Cut to fit `width`, with an ellipsis when cut. */
function fitted(text: string, font: PDFFont, width: number): string {
  if (font.widthOfTextAtSize(text, TEXT_SIZE) <= width) return text;
  const chars = [...text];
  while (chars.length > 0 && font.widthOfTextAtSize(`${chars.join('')}…`, TEXT_SIZE) > width) chars.pop();
  return `${chars.join('')}…`;
}

function drawQr(page: PDFPage, value: string, x: number, y: number): void {
  const qr = QRCode.create(value, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  // Four modules of quiet zone on each side, as scanners expect.
  const cell = QR_SIZE / (n + 8);
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      if (!qr.modules.get(row, col)) continue;
      page.drawRectangle({ x: x + (col + 4) * cell, y: y + QR_SIZE - (row + 5) * cell, width: cell, height: cell, color: rgb(0, 0, 0) });
    }
  }
}

function drawLabel(page: PDFPage, font: PDFFont, label: AssetLabel, x: number, y: number): void {
  page.drawRectangle({ x, y, width: GRID.width, height: GRID.height, borderColor: rgb(0.6, 0.6, 0.6), borderWidth: 0.5 });
  drawQr(page, label.assetNo, x + 4, y + (GRID.height - QR_SIZE) / 2);
  const textX = x + QR_SIZE + 8;
  const textWidth = GRID.width - QR_SIZE - 12;
  const lines = [`资产编号：${label.assetNo}`, `名称：${label.name}`, `使用部门：${label.departmentName}`, `存放地点：${label.location}`];
  lines.forEach((line, i) => {
    page.drawText(fitted(line, font, textWidth), { x: textX, y: y + GRID.height - 22 - i * 18, size: TEXT_SIZE, font });
  });
}

/** An A4 sheet (as many pages as needed) of asset labels, each with its QR code and the card's 编号, 名称, 部门, 地点. */
export async function labelSheetPdf(labels: readonly AssetLabel[], title: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(title);
  doc.setCreator('云公物仓');
  const font = await doc.embedFont(await labelFont(), { subset: true });
  const perPage = GRID.columns * GRID.rows;
  for (let start = 0; start < Math.max(labels.length, 1); start += perPage) {
    const page = doc.addPage([PAGE.width, PAGE.height]);
    page.drawText(fitted(title, font, PAGE.width), { x: GRID.left, y: PAGE.height - 18, size: TEXT_SIZE, font });
    labels.slice(start, start + perPage).forEach((label, i) => {
      const col = i % GRID.columns;
      const row = Math.floor(i / GRID.columns);
      const x = GRID.left + col * (GRID.width + GRID.gap);
      const y = PAGE.height - GRID.top - (row + 1) * GRID.height - row * GRID.gap;
      drawLabel(page, font, label, x, y);
    });
  }
  return doc.save();
}
