import {
  Controller,
  ForbiddenException,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  UseInterceptors,
} from '@nestjs/common';
import type { Response } from 'express';
import { once } from 'node:events';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { Actor, Clock, DEPARTMENT_CODE_PATTERN, DepartmentDirectory } from '@app/shared';
import { AuditQueries } from '@app/read-models/audit-log/audit.queries';
import { AuditExportService } from '@app/read-models/audit-log/audit-export.service';
import { MerkleLogService } from '@app/read-models/audit-log/merkle-log.service';
import { CurrentActor, Roles } from '@app/platform/auth/auth.decorators';
import { AsOfQueryDto, ConsistencyQueryDto, ExportQueryDto, InclusionQueryDto, TimelineQueryDto } from './audit.query.dto';
import { AuditReadInterceptor } from './audit-read.interceptor';
import {
  AssetAsOfView,
  AuditPackageView,
  ConsistencyProofResponse,
  InclusionProofResponse,
  PublicKeyView,
  RegisterAsOfView,
  SignedTreeHeadView,
  TimelinePageView,
  VerificationView,
} from './audit.views';

class DepartmentParam {
  @ApiProperty({ example: 'D-SCH1' }) @Matches(DEPARTMENT_CODE_PATTERN) departmentId!: string;
}

/** Read-only for auditors; every read is recorded. */
@ApiTags('audit (审计)')
@ApiBearerAuth()
@Controller('audit')
@Roles('auditor')
@UseInterceptors(AuditReadInterceptor)
export class AuditController {
  constructor(
    private readonly queries: AuditQueries,
    private readonly log: MerkleLogService,
    private readonly exporter: AuditExportService,
    private readonly clock: Clock,
    private readonly directory: DepartmentDirectory,
  ) {}

  /** An auditor reads the units of their district (the city's auditors, all): another unit is refused by name. */
  private within(actor: Actor, departmentId: string | undefined): void {
    if (departmentId !== undefined && !this.directory.covers(actor, departmentId))
      throw new ForbiddenException({ code: 'OUT_OF_SCOPE', message: `单位 ${departmentId} 不在您的审计范围内 (outside your district)` });
  }

  @Get('timeline')
  @ApiOperation({
    summary: 'Ordered history — who did what, when, why — for an asset, stream, department or transfer; filter by type, actor, time',
  })
  @ApiOkResponse({ type: TimelinePageView })
  timeline(@Query() q: TimelineQueryDto, @CurrentActor() actor: Actor) {
    this.within(actor, q.departmentId);
    return this.queries.timeline({
      streamId: q.assetId ? `asset-${q.assetId}` : q.streamId,
      departmentId: q.departmentId,
      transferId: q.transferId,
      types: q.type,
      actorId: q.actorId,
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
      limit: q.limit,
      after: q.after,
    });
  }

  @Get('assets/:assetId/as-of')
  @ApiOperation({ summary: "An asset's card as of an instant: original (as recorded then) or corrected (later corrections applied)" })
  @ApiOkResponse({ type: AssetAsOfView })
  async assetAsOf(@Param('assetId', new ParseUUIDPipe()) assetId: string, @Query() q: AsOfQueryDto) {
    const result = await this.queries.assetAsOf(assetId, new Date(q.at), q.view ?? 'original');
    if (!result) throw new NotFoundException({ code: 'ASSET_NOT_FOUND', message: `no events for asset ${assetId}` });
    return result;
  }

  @Get('departments/:departmentId/register')
  @ApiOperation({ summary: 'A department register as of an instant: count, original value and net book value per GB/T 14885 门类' })
  @ApiOkResponse({ type: RegisterAsOfView })
  register(@Param() p: DepartmentParam, @Query() q: AsOfQueryDto, @CurrentActor() actor: Actor) {
    this.within(actor, p.departmentId);
    return this.queries.registerAsOf(p.departmentId, new Date(q.at), q.view ?? 'original');
  }

  @Get('tree-head')
  @ApiOperation({ summary: 'The latest signed tree head (RFC 9162 style); keep it outside the system' })
  @ApiOkResponse({ type: SignedTreeHeadView })
  async treeHead() {
    return (await this.log.treeHead()) ?? this.log.issueTreeHead(this.clock.now());
  }

  @Post('tree-heads')
  @HttpCode(201)
  @ApiOperation({ summary: 'Sign a tree head for the log as it stands now' })
  @ApiCreatedResponse({ type: SignedTreeHeadView })
  issue() {
    return this.log.issueTreeHead(this.clock.now());
  }

  @Get('tree-heads')
  @ApiOperation({ summary: 'Every signed tree head, oldest first' })
  @ApiOkResponse({ type: [SignedTreeHeadView] })
  treeHeads() {
    return this.log.treeHeads();
  }

  @Get('public-key')
  @ApiOperation({ summary: 'The public key that verifies signed tree heads and audit packages' })
  @ApiOkResponse({ type: PublicKeyView })
  publicKey() {
    return { keyId: this.log.keyId, publicKeyPem: this.log.publicKeyPem, suite: this.log.suite.id, algorithms: this.log.suite.algorithms };
  }

  @Get('proofs/inclusion')
  @ApiOkResponse({ type: InclusionProofResponse })
  async inclusion(@Query() q: InclusionQueryDto) {
    const proof = await this.log.inclusion(q.eventId, q.treeSize);
    if (!proof)
      throw new NotFoundException({ code: 'NO_PROOF', message: 'the event is not covered by that signed tree head (issue a newer one)' });
    return proof;
  }

  @Get('proofs/consistency')
  @ApiOkResponse({ type: ConsistencyProofResponse })
  async consistency(@Query() q: ConsistencyQueryDto) {
    const proof = await this.log.consistency(q.from, q.to);
    if (!proof) throw new NotFoundException({ code: 'NO_PROOF', message: 'both sizes must be signed tree heads, from ≤ to' });
    return proof;
  }

  @Get('verification')
  @ApiOperation({
    summary: 'Recompute every leaf from the event store and check every signed tree head; names the first altered, deleted or moved event',
  })
  @ApiOkResponse({ type: VerificationView })
  verify() {
    return this.log.verify();
  }

  @Get('export')
  @ApiOperation({ summary: 'Audit package for a department and period: manifest, signed tree head, events and their inclusion proofs' })
  @ApiOkResponse({ type: AuditPackageView })
  async export(@Query() q: ExportQueryDto, @CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    this.within(actor, q.departmentId);
    // Written as its pages are read: a department's year of events and proofs never sits in memory.
    try {
      await this.exporter.write(q.departmentId, new Date(q.from), new Date(q.to), this.clock.now(), async (chunk) => {
        if (!res.headersSent) res.type('application/json; charset=utf-8');
        if (!res.write(chunk, 'utf8')) await once(res, 'drain');
      });
      res.end();
    } catch (error) {
      // Refusals come before the first byte and are answered as errors; once the package has begun it is cut, not passed off as complete.
      if (!res.headersSent) throw error;
      res.destroy(error as Error);
    }
  }
}
