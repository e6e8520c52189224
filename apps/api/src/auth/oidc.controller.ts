import { Controller, Get, Headers, HttpStatus, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { Public } from '@app/platform/auth/auth.decorators';
import { OidcService } from '@app/platform/auth/oidc.service';
import { SignInThrottle } from '../hardening/throttling';

const COOKIE = 'oidc_tx';
const cookieOf = (header: string | undefined) =>
  header
    ?.split(';')
    .map((c) => c.trim().split('='))
    .find(([name]) => name === COOKIE)?.[1];

/**
 * 统一身份认证登录: the browser goes to the identity platform and comes back to the callback, which
 * hands the new session to the pages in the URL fragment (never sent to a server or kept in logs).
 */
@ApiTags('auth')
@Controller('auth/oidc')
export class OidcController {
  constructor(private readonly oidc: OidcService) {}

  @Public()
  @SignInThrottle()
  @Get('start')
  @ApiOperation({ summary: 'Start single sign-on: redirects to the unified identity platform (authorization code + PKCE)' })
  @ApiQuery({ name: 'returnTo', required: false, description: 'A path of this site to come back to' })
  @ApiResponse({ status: 302, description: 'To the identity platform' })
  async start(@Query('returnTo') returnTo: string | undefined, @Res() res: Response): Promise<void> {
    if (!this.oidc.enabled) {
      res.redirect(HttpStatus.FOUND, '/sign-in#ssoError=SSO_NOT_CONFIGURED');
      return;
    }
    const { url, transaction } = await this.oidc.start(typeof returnTo === 'string' ? returnTo : undefined);
    res.cookie(COOKIE, transaction, {
      httpOnly: true,
      sameSite: 'lax',
      secure: url.startsWith('https:'),
      path: '/api/auth/oidc',
      maxAge: 600_000,
    });
    res.redirect(HttpStatus.FOUND, url);
  }

  @Public()
  @SignInThrottle()
  @Get('callback')
  @ApiOperation({ summary: 'The identity platform sends the browser back here; on to the pages, signed in (or with an error code)' })
  @ApiResponse({ status: 302, description: 'To /sign-in with the session (or ssoError) in the fragment' })
  async callback(@Req() req: Request, @Headers('cookie') cookie: string | undefined, @Res() res: Response): Promise<void> {
    res.clearCookie(COOKIE, { path: '/api/auth/oidc' });
    try {
      const url = new URL(req.originalUrl, `${req.protocol}://${req.get('host') ?? 'localhost'}`);
      const signedIn = await this.oidc.callback(url, cookieOf(cookie));
      const handover = Buffer.from(JSON.stringify(signedIn)).toString('base64url');
      res.redirect(HttpStatus.FOUND, `/sign-in#sso=${handover}`);
    } catch (error) {
      const code = (error as { getResponse?: () => { code?: string } }).getResponse?.().code ?? 'SSO_FAILED';
      res.redirect(HttpStatus.FOUND, `/sign-in#ssoError=${encodeURIComponent(code)}`);
    }
  }
}
