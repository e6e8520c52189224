import { IsIn, IsOptional, IsString, IsUrl, Matches } from 'class-validator';
import { moduleConfig } from '../config/module-config';

/** Single sign-on through the unified identity platform (统一身份认证, OpenID Connect). Off unless OIDC_ISSUER is set. */
export class OidcConfig {
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true }, { message: 'OIDC_ISSUER must be the issuer URL' })
  OIDC_ISSUER?: string;

  @IsOptional() @IsString() OIDC_CLIENT_ID?: string;
  /** Or OIDC_CLIENT_SECRET_FILE: a file holding it. */
  @IsOptional() @IsString() OIDC_CLIENT_SECRET?: string;
  @IsOptional() @IsString() OIDC_CLIENT_SECRET_FILE?: string;

  /** This API's callback as registered at the provider, e.g. https://warehouse.example.gov.cn/api/auth/oidc/callback. */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true }, { message: 'OIDC_REDIRECT_URI must be a URL' })
  OIDC_REDIRECT_URI?: string;

  /** The ID-token claim whose value is the account's username (default preferred_username). */
  @IsOptional()
  @Matches(/^[A-Za-z_][A-Za-z0-9_.:-]{0,63}$/, { message: 'OIDC_USERNAME_CLAIM must be a claim name' })
  OIDC_USERNAME_CLAIM?: string;

  /** Allows an http:// issuer (development and tests only). */
  @IsOptional()
  @IsIn(['true', 'false'])
  OIDC_ALLOW_HTTP?: 'true' | 'false';
}

export const oidcConfig = moduleConfig('oidc', OidcConfig);
