import { SUITE_IDS, SuiteId } from '@app/crypto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Response shapes of the audit endpoints (OpenAPI, and so the pages' typed client). */

export class TimelineEntryView {
  @ApiProperty({ description: 'Position in the global, tamper-evident log (Merkle leaf index)' }) leafIndex!: number;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ example: 'asset-…' }) streamId!: string;
  @ApiProperty() revision!: number;
  @ApiProperty({ example: 'asset.corrected.v1' }) type!: string;
  @ApiProperty() occurredAt!: string;
  @ApiProperty() actorId!: string;
  @ApiProperty({ nullable: true, type: String }) actorRole!: string | null;
  @ApiProperty({ type: [String], description: 'Every department the event concerns' }) departmentIds!: string[];
  @ApiProperty({ nullable: true, type: String, description: 'The reason given, where the event carries one' }) reason!: string | null;
  @ApiProperty({ nullable: true, type: String }) correlationId!: string | null;
  @ApiProperty({ nullable: true, type: String }) causationId!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The event as stored' }) data!: Record<string, unknown>;
}

export class TimelinePageView {
  @ApiProperty({ type: [TimelineEntryView] }) items!: TimelineEntryView[];
  @ApiProperty({ nullable: true, type: Number, description: 'Pass as `after` for the next page; null on the last page' })
  nextAfter!: number | null;
}

/** The asset card folded from the events; `unregistered` before the asset existed. */
export class AsOfCardView {
  @ApiProperty({
    enum: ['unregistered', 'registered', 'written_off'],
    description: 'written_off: 已核销 (the card as it was at the write-off)',
  })
  status!: 'unregistered' | 'registered' | 'written_off';
  @ApiProperty({ required: false, description: 'The disposal that wrote the card off' }) disposalId?: string;
  @ApiProperty({ required: false, description: 'Kind of that disposal (scrap, sale, …)' }) disposalKind?: string;
  @ApiProperty({ required: false }) assetId?: string;
  @ApiProperty({ required: false }) assetNo?: string;
  @ApiProperty({ required: false }) departmentId?: string;
  @ApiProperty({ required: false }) name?: string;
  @ApiProperty({ required: false }) categoryCode?: string;
  @ApiProperty({ required: false }) custodian?: string;
  @ApiProperty({ required: false }) location?: string;
  @ApiProperty({ required: false, description: 'YYYY-MM-DD' }) acquiredOn?: string;
  @ApiProperty({ required: false, description: '分' }) originalValueFen?: number;
  @ApiProperty({ required: false, description: '分' }) accumulatedDepreciationFen?: number;
  @ApiProperty({ required: false }) quantity?: number;
  @ApiProperty({ required: false }) unit?: string;
  @ApiProperty({ required: false }) condition?: string;
  @ApiProperty({ required: false, nullable: true, type: String }) brand?: string | null;
  @ApiProperty({ required: false, nullable: true, type: String }) specification?: string | null;
  @ApiProperty({ required: false, nullable: true, type: String }) usage?: string | null;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'in_use, listed, in_transfer or pending_disposal, with details',
  })
  phase?: Record<string, unknown>;
}

export class AssetAsOfView {
  @ApiProperty({ format: 'uuid' }) assetId!: string;
  @ApiProperty() asOf!: string;
  @ApiProperty({ enum: ['original', 'corrected'] }) view!: 'original' | 'corrected';
  @ApiProperty({ type: AsOfCardView }) state!: AsOfCardView;
  @ApiProperty({ type: [TimelineEntryView], description: 'Corrections recorded after the instant (applied only in the corrected view)' })
  correctionsRecordedLater!: TimelineEntryView[];
}

export class RegisterTotalView {
  @ApiProperty() count!: number;
  @ApiProperty({ description: '分' }) originalValueFen!: number;
  @ApiProperty({ description: '分' }) netBookValueFen!: number;
}

export class RegisterLineView extends RegisterTotalView {
  @ApiProperty({ description: '门类 code' }) classCode!: string;
  @ApiProperty({ description: '门类 name' }) className!: string;
}

export class RegisterAsOfView {
  @ApiProperty() departmentId!: string;
  @ApiProperty() asOf!: string;
  @ApiProperty({ enum: ['original', 'corrected'] }) view!: 'original' | 'corrected';
  @ApiProperty({ type: [RegisterLineView] }) lines!: RegisterLineView[];
  @ApiProperty({ type: RegisterTotalView }) total!: RegisterTotalView;
}

export class SignedTreeHeadView {
  @ApiProperty() treeSize!: number;
  @ApiProperty({ description: 'hex, in the suite’s hash (SHA-256 or SM3)' }) rootHash!: string;
  @ApiProperty() timestamp!: string;
  @ApiProperty({
    description:
      'base64 signature (Ed25519, or SM2 for gm) over the canonical JSON of {rootHash, suite (unless international), timestamp, treeSize}',
  })
  signature!: string;
  @ApiProperty() keyId!: string;
  @ApiProperty({ enum: SUITE_IDS, description: 'international: SHA-256 + Ed25519; gm: SM3 + SM2 (国密)' }) suite!: SuiteId;
  @ApiProperty({ description: 'The log epoch; sizes count the leaves of that epoch' }) epoch!: number;
}

export class SuiteAlgorithmsView {
  @ApiProperty({ example: 'SM3' }) hash!: string;
  @ApiProperty({ example: 'SM2 (SM3, ID 1234567812345678)' }) signature!: string;
  @ApiProperty({ example: 'SM4-CTR + HMAC-SM3' }) encryption!: string;
}

export class PublicKeyView {
  @ApiProperty() keyId!: string;
  @ApiProperty({ description: 'public key (SPKI PEM: Ed25519, or SM2 for gm) that verifies tree heads and packages' })
  publicKeyPem!: string;
  @ApiProperty({ enum: SUITE_IDS }) suite!: SuiteId;
  @ApiProperty({ type: SuiteAlgorithmsView }) algorithms!: SuiteAlgorithmsView;
}

export class InclusionProofResponse {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ description: 'Index within its epoch’s tree' }) leafIndex!: number;
  @ApiProperty({ description: 'The log epoch (0 until the deployment moves to another suite)' }) epoch!: number;
  @ApiProperty() leafHash!: string;
  @ApiProperty({ type: SignedTreeHeadView }) treeHead!: SignedTreeHeadView;
  @ApiProperty({ type: [String] }) proof!: string[];
}

export class ConsistencyProofResponse {
  @ApiProperty({ type: SignedTreeHeadView }) from!: SignedTreeHeadView;
  @ApiProperty({ type: SignedTreeHeadView }) to!: SignedTreeHeadView;
  @ApiProperty({ type: [String] }) proof!: string[];
}

export class TamperingView {
  @ApiProperty({ enum: ['altered', 'missing', 'unexpected', 'tree_head_mismatch', 'bad_signature', 'epoch_statement', 'subtree_mismatch'] })
  kind!: 'altered' | 'missing' | 'unexpected' | 'tree_head_mismatch' | 'bad_signature' | 'epoch_statement' | 'subtree_mismatch';
  @ApiProperty({ nullable: true, type: Number }) leafIndex!: number | null;
  @ApiProperty({ nullable: true, type: String }) eventId!: string | null;
  @ApiProperty({ nullable: true, type: String }) streamId!: string | null;
  @ApiProperty({ nullable: true, type: String }) revision!: string | null;
  @ApiProperty() detail!: string;
}

export class VerificationView {
  @ApiProperty({ description: 'true when every event still hashes to its leaf and every signed tree head matches' }) ok!: boolean;
  @ApiProperty() eventsChecked!: number;
  @ApiProperty() treeHeadsChecked!: number;
  @ApiProperty({ type: TamperingView, nullable: true, description: 'The first altered, missing or moved event, or the failing tree head' })
  firstProblem!: TamperingView | null;
}

export class PackageManifestView {
  @ApiProperty() format!: string;
  @ApiProperty() departmentId!: string;
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty() generatedAt!: string;
  @ApiProperty() eventCount!: number;
  @ApiProperty() treeSize!: number;
  @ApiProperty() rootHash!: string;
  @ApiProperty() publicKeyPem!: string;
  @ApiProperty({ enum: SUITE_IDS }) suite!: SuiteId;
}

export class PackageProofView {
  @ApiProperty() eventId!: string;
  @ApiProperty() leafIndex!: number;
  @ApiProperty({ type: [String] }) path!: string[];
}

export class AuditPackageView {
  @ApiProperty({ type: PackageManifestView }) manifest!: PackageManifestView;
  @ApiProperty({ type: SignedTreeHeadView }) treeHead!: SignedTreeHeadView;
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'The events as stored' })
  events!: Record<string, unknown>[];
  @ApiProperty({ type: [PackageProofView] }) proofs!: PackageProofView[];
}
