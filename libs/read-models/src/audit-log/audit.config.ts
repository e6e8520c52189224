import { IsOptional, IsString } from 'class-validator';
import { moduleConfig } from '@app/platform/config/module-config';

export class AuditConfig {
  /** PEM (PKCS#8) Ed25519 private key that signs tree heads; or a file holding it. One of the two is required. */
  @IsOptional()
  @IsString()
  AUDIT_SIGNING_KEY?: string;

  @IsOptional()
  @IsString()
  AUDIT_SIGNING_KEY_FILE?: string;
}

export const auditConfig = moduleConfig('audit', AuditConfig);
