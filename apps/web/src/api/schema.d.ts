// Generated from the API OpenAPI document by `npm run web:api-types`. Do not edit.
export interface paths {
  '/api/notification-preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My notification channels (邮件/短信/Webhook) and addresses; residents get SMS by default */
    get: operations['OutboundController_mine'];
    put?: never;
    /** Choose my channels; each chosen channel needs its address (the webhook: a unit) */
    post: operations['OutboundController_choose'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/my-unit/webhook': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My unit’s webhook (set by the unit’s asset manager); the secret is never shown again */
    get: operations['OutboundController_webhook'];
    put?: never;
    /** Set my unit’s webhook URL (https; a private-network target is refused in production) with a new signing secret, shown once */
    post: operations['OutboundController_setWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/my-unit/webhook/removal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Remove my unit’s webhook (messages still due to it end as dead letters) */
    post: operations['OutboundController_removeWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/outbox/dead-letters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Messages that could not be sent after their last try (死信), newest first, with the reason */
    get: operations['OutboundController_deadLetters'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/outbox/dead-letters/{messageId}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a dead letter again: a fresh round of tries, starting now */
    post: operations['OutboundController_retry'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/options': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How one may sign in here: demo users on or off, single sign-on and phone sign-in configured or not */
    get: operations['AuthController_options'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/demo-users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The seeded demo users (only when DEMO_LOGIN=true) */
    get: operations['AuthController_demoUsers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/demo-login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in as a seeded demo account without a password (only when DEMO_LOGIN=true) */
    post: operations['AuthController_demoLogin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/sign-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with username and password; repeated failures lock the account for a while (423) */
    post: operations['AuthController_signIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Exchange the refresh token for a new access token and the next refresh token (rotation) */
    post: operations['AuthController_refresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/sign-out': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End this session: its access and refresh tokens stop working at once */
    post: operations['AuthController_signOut'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change your own password (required after the first sign-in with an initial password) */
    post: operations['AuthController_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who the bearer token says you are (role and unit as the account has them now) */
    get: operations['AuthController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every account with its roles, unit and state */
    get: operations['AccountsController_list'];
    put?: never;
    /** Create an account in a unit of the tree, with an initial password to be changed at first sign-in */
    post: operations['AccountsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accounts/{username}/roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Grant a role */
    post: operations['AccountsController_grant'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accounts/{username}/role-revocations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke a role (sessions acting in it stop at once) */
    post: operations['AccountsController_revoke'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accounts/{username}/unit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move the account to another unit of the tree */
    post: operations['AccountsController_move'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accounts/{username}/disabling': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Disable the account (its sessions stop at once; history stays) */
    post: operations['AccountsController_disable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accounts/{username}/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a new initial password (to be changed at the next sign-in); also ends a lock-out */
    post: operations['AccountsController_reset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/oidc/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Start single sign-on: redirects to the unified identity platform (authorization code + PKCE) */
    get: operations['OidcController_start'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/oidc/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The identity platform sends the browser back here; on to the pages, signed in (or with an error code) */
    get: operations['OidcController_callback'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/phone/code': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a 6-digit code by SMS (same answer whether or not the number has an account); one per SMS_RESEND_SECONDS and SMS_CODES_PER_HOUR per number (429 with Retry-After) */
    post: operations['PhoneSignInController_requestCode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/phone/sign-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with the code: the first time creates the resident account (role resident, no unit); a code works once, for SMS_CODE_SECONDS, and is void after SMS_CODE_MAX_ATTEMPTS wrong tries */
    post: operations['PhoneSignInController_signIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/org/units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every unit with its parent, level and 主管部门; with asOf, the tree as it stood then
     * @description Without asOf: OrgUnitView rows. With asOf: OrgUnitAsOfView rows (names and parents then; units created later left out).
     */
    get: operations['OrganisationController_tree'];
    put?: never;
    /** Create a unit under a parent (or a city/district at the top) */
    post: operations['OrganisationController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/org/units/{unitId}/name': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rename a unit (the old name stays in history) */
    post: operations['OrganisationController_rename'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/org/units/{unitId}/parent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a unit under another parent (a cycle is refused) */
    post: operations['OrganisationController_move'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/org/units/{unitId}/closure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close (撤销) a unit that has no open sub-units and no asset cards on its books (else 409) */
    post: operations['OrganisationController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/approval-policies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The district’s approval policy in force (now or asOf) and every version with its effective date
     * @description Read from the policy stream itself. A district outside the caller’s scope → 403.
     */
    get: operations['ApprovalPoliciesController_overview'];
    put?: never;
    /**
     * Record a new approval policy for your district, applying from a date
     * @description Rules: effectiveFrom is today or later (China date; a policy dated today applies from the moment it is recorded) → else 400 POLICY_EFFECTIVE_IN_PAST; it must be after the latest recorded effectiveFrom → else 409 POLICY_OVERLAPS; every category must exist → else 400 UNKNOWN_CATEGORY.
     */
    post: operations['ApprovalPoliciesController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/disposals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Disposal requests of the units you cover, newest first (at most 200) */
    get: operations['DisposalsController_list'];
    put?: never;
    /**
     * Request the disposal of assets of your unit (处置申请): scrap, loss, sale, donation, swap or free transfer
     * @description A listing without claims is withdrawn as part of the request (转入处置). Refused: office space (《党政机关办公用房管理办法》第四条), assets in a transfer, listings with claims, assets already in a request, assets of another unit. The approval chain follows the district policy in force (disposalFinanceApprovalAboveFen).
     */
    post: operations['DisposalsController_request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/disposals/awaiting-me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 待审批: disposal requests whose current step waits for me, longest waiting first
     * @description A 主管部门 asset manager sees the reviews of its units; a finance approver the 财政审批 of requests from its district.
     */
    get: operations['DisposalsController_awaiting'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/disposals/{disposalId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DisposalsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/disposals/{disposalId}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve or reject the pending step (主管部门审核 / 财政审批); a rejection releases the assets */
    post: operations['DisposalsController_decide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/disposals/{disposalId}/withdrawal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw a request still awaiting approval (撤回); its assets are back in use */
    post: operations['DisposalsController_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/disposals/{disposalId}/write-off': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 核销: carry out the approved disposal; its cards leave the live register (history and as-of keep them)
     * @description Proceeds (分) and the 上缴国库 voucher are recorded: required for a sale, and whenever there are proceeds. Holds a store error cut off are re-applied first; an asset that still is not held for the disposal → 409 DISPOSAL_ASSETS_NOT_HELD (details.assetNos), nothing written.
     */
    post: operations['DisposalsController_writeOff'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Search the register (一本账): text (Chinese substring), category, department, condition, value and date ranges
     * @description Only cards of units the caller covers: their unit and the units below it (a 主管部门 its units), finance and audit their district, the city all.
     */
    get: operations['AssetsController_search'];
    put?: never;
    /** Register an asset card (资产登记) for your own department */
    post: operations['AssetsController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assets/{assetId}/corrections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Correct what the card got wrong (更正); history keeps the old value and the reason */
    post: operations['AssetsController_correct'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assets/{assetId}/relocations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a move to another place and/or custodian (存放地点/使用人变更) */
    post: operations['AssetsController_relocate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assets/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The register as a file (资产台账): CSV (UTF-8 with BOM) or XLSX, under the same filters as the search; amounts in 元 */
    get: operations['AssetsController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assets/labels.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Asset labels (资产标签) with QR codes for the cards under the same filters as the search, as an A4 PDF sheet (24 a page)
     * @description At most 2,400 cards (100 pages): more is refused with LABELS_TOO_MANY; none with LABELS_NONE.
     */
    get: operations['AssetsController_labels'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assets/{assetId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AssetsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/asset-imports/dry-run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 试导入: check a register file (XLSX or CSV) row by row; nothing is written */
    post: operations['AssetImportsController_dryRun'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/asset-imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your unit's latest imports, newest first */
    get: operations['AssetImportsController_recent'];
    put?: never;
    /** 导入: check the file again and, only when no row has a problem, start the import as a background job (all or nothing: a file with problems writes nothing) */
    post: operations['AssetImportsController_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/asset-imports/{jobId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An import's progress (rows done against the total) and result */
    get: operations['AssetImportsController_progress'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/property-imports/template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 物业导入模板: an XLSX with the header row (drop-down lists for the coded columns) and what each column takes */
    get: operations['PropertyImportsController_template'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/property-imports/dry-run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 试导入: check a property file row by row with the register’s rules; nothing is written */
    post: operations['PropertyImportsController_dryRun'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/property-imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your unit's latest property imports, newest first */
    get: operations['PropertyImportsController_recent'];
    put?: never;
    /** 导入: check the file again and, only when no row has a problem, register its rows (parents first) as a background job; a file with problems writes nothing */
    post: operations['PropertyImportsController_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/property-imports/{jobId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A property import's progress (rows done against the total) and result */
    get: operations['PropertyImportsController_progress'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every category of the table in force (now or asOf), all levels, in code order */
    get: operations['CategoriesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/categories/table': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The table in force (now or asOf): which version, loaded when and by whom, from what, and its rows */
    get: operations['CategoriesController_table'];
    put?: never;
    /**
     * 载入分类表: load or replace the category table from a CSV of the official table
     * @description Columns code,name[,parent]. The whole file is checked: any problem → 400 CATEGORY_TABLE_INVALID with every problem by row and column in details.problems, and nothing is written. The same table again → unchanged: true.
     */
    post: operations['CategoriesController_load'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: the process answers */
    get: operations['HealthController_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Readiness: database and event store reachable; projection lag per read model
     * @description status is "degraded" (still 200: the API serves) when a read model is held at an event it could not apply; that read model names the event and the error under `failure`. Operators list and resolve failures with `npm run cli -- projection-failures`. 503 when the database or the event store cannot be reached, or when a projector stopped following the store for a reason that will not pass by itself (named under `stopped`).
     */
    get: operations['HealthController_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/errors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every error code with its message in zh-CN and en-US (and its HTTP status where it is fixed) */
    get: operations['ErrorsController_catalogue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upload a listing photo (JPEG, PNG or WebP, at most 5 MiB); the type is read from the bytes */
    post: operations['FilesController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/files/{fileId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['FilesController_download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assets/{assetId}/listing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Declare the asset idle and list it in the warehouse (入仓). Office space is refused (机关事务管理条例 第二十三条). */
    post: operations['ListingsController_list'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assets/{assetId}/listing/withdrawal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw the open listing, with a reason (撤回) */
    post: operations['ListingsController_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assets/{assetId}/listing/claims': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Claim the listed asset for your department, with a justification (申领) */
    post: operations['ListingsController_claim'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assets/{assetId}/listing/claims/{claimId}/selection': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Choose the claim that receives the asset; the transfer (调剂) and its approval chain start */
    post: operations['ListingsController_select'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assets/{assetId}/transfers/{transferId}/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve or reject the pending step: 主管部门 review (its asset manager), then 财政 approval (finance approvers) */
    post: operations['ListingsController_decide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assets/{assetId}/transfers/{transferId}/withdrawal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw the transfer (either side), with a reason; the listing reopens */
    post: operations['ListingsController_withdrawTransfer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assets/{assetId}/transfers/{transferId}/handover': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm the handover (交接) for your side; the receiving side names the custodian and the place. When both sides have confirmed the card moves to the receiver */
    post: operations['ListingsController_handover'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assets/{assetId}/loans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Lend the asset to another unit until a due date (借出); office space is refused (机关事务管理条例 第二十三条) */
    post: operations['LoansController_lend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assets/{assetId}/loans/{loanId}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the asset back from its loan (归还), by the lending unit; days late are kept */
    post: operations['LoansController_giveBack'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/loans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Loans lent or borrowed by the units the caller covers; overdue = not returned after its due date (as of today, Asia/Shanghai) */
    get: operations['LoansController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stocktakes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Stocktakes of the units the caller covers, open ones first */
    get: operations['StocktakesController_list'];
    put?: never;
    /** Open a stocktake of your department (or of one 存放地点 in it); the cards in scope are fixed now */
    post: operations['StocktakesController_open'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stocktakes/{stocktakeId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One stocktake with every card expected or met and its outcome: the discrepancy report (盘点差异) */
    get: operations['StocktakesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stocktakes/{stocktakeId}/report.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The discrepancy report as CSV (UTF-8 with BOM): every card but the ones found where the card says */
    get: operations['StocktakesController_report'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stocktakes/{stocktakeId}/labels.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Asset labels (资产标签) with QR codes for the cards in scope, as an A4 PDF sheet (24 a page) */
    get: operations['StocktakesController_labels'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stocktakes/{stocktakeId}/counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Count one label (scanned or typed): found, or found elsewhere; the same label again writes nothing */
    post: operations['StocktakesController_count'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stocktakes/{stocktakeId}/surplus': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a surplus (盘盈): registers a new card for the asset found with none and links it to the task */
    post: operations['StocktakesController_surplus'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stocktakes/{stocktakeId}/shortages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a shortage (盘亏) of an expected card; the card stays on the books until a disposal writes it off */
    post: operations['StocktakesController_shortage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stocktakes/{stocktakeId}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign off and close (签字结束): the asset manager only (a counter is refused with STOCKTAKE_MANAGER_ONLY); the rest is 未找到 */
    post: operations['StocktakesController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/marketplace': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The warehouse feed: open listings you may see; search, filters, newest or value order, stable cursor pages */
    get: operations['MarketplaceController_feed'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/marketplace/{listingId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One listing, if you may see it in the feed (during its internal window only its 主管部门 group does) */
    get: operations['MarketplaceController_listing'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/marketplace/{listingId}/claims': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Claims on a listing: the releasing department and auditors see all; a claimant sees its own */
    get: operations['MarketplaceController_claims'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/transfers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Transfers (调剂) with their approval chain and handover state
     * @description Only transfers touching units the caller covers: a unit and the units below it, a 主管部门 its units, finance and audit their district. departmentId narrows to that unit and the units below it.
     */
    get: operations['TransfersController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/transfers/{transferId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TransfersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/savings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Avoided procurement (盘活) per receiving department
     * @description For each department the caller covers: the number of completed transfers it received, and the sum of their original values (avoidedProcurementFen) and net book values at transfer (netBookValueFen), in 分. departmentId narrows to that unit and the units below it.
     */
    get: operations['TransfersController_savings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/demands': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DemandsController_list'];
    put?: never;
    /** Post what your department needs; it is matched to idle stock of the same category */
    post: operations['DemandsController_post'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/demands/{demandId}/closure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['DemandsController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/demands/{demandId}/matches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open listings (other departments’) that could meet this demand */
    get: operations['DemandsController_matches'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/marketplace/{listingId}/demands': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open demands this listing could meet (shown to the releasing side) */
    get: operations['DemandsController_demandsForListing'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/purchase-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PurchaseRequestsController_list'];
    put?: never;
    /**
     * Request a purchase; the warehouse is checked first
     * @description If other departments list idle assets of the same category, the request is recorded as blocked with those listings (gate: blocked). Going ahead needs a reason: send overrideReason now or POST …/override later.
     */
    post: operations['PurchaseRequestsController_request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/purchase-requests/{purchaseId}/override': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Go ahead despite idle stock, recording why */
    post: operations['PurchaseRequestsController_override'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/purchase-requests/{purchaseId}/withdrawal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw the request (for example after claiming the idle item instead) */
    post: operations['PurchaseRequestsController_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/spaces': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SpacesController_list'];
    put?: never;
    /** Open a space or equipment off-peak: windows (China time, rest days per the official calendar), capacity, slots, horizon, notice, audiences */
    post: operations['SpacesController_publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/spaces/nearby': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Open spaces nearest first: the caller's audience (residents, or departments), by great-circle distance to their property
     * @description Measured in PostgreSQL (haversine on the mean-radius sphere) from lng/lat (WGS-84) to the coordinates of the property room or parcel each space is on; spaces on no located property come last. At most 200.
     */
    get: operations['SpacesController_nearest'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/spaces/nearby/places': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Districts to measure from when the browser gives no location: each at the mean of its located property */
    get: operations['SpacesController_places'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/spaces/{spaceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SpacesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/spaces/{spaceId}/property': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Tie the space to a property room or parcel (物业台账), or move it to another
     * @description The property must be on your unit's books or used by it (PROPERTY_NOT_YOUR_UNIT), a room or parcel (PROPERTY_NOT_A_SPACE), and not office space: 422 OFFICE_SPACE_NOT_LENDABLE (《机关事务管理条例》第二十三条).
     */
    post: operations['SpacesController_linkProperty'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/spaces/{spaceId}/schedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Replace the windows and capacity; existing bookings stand */
    post: operations['SpacesController_schedule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/spaces/{spaceId}/blackouts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Suspend the windows in a period (exams, school events, emergencies); bookings in it are cancelled with notice */
    post: operations['SpacesController_blackout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/spaces/{spaceId}/availability': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Free places per slot for a range of China dates (at most 62 days)
     * @description Slots follow the official calendar in China time whatever the server time zone: the years an administrator recorded (POST /api/calendar/years/{year}), the packaged notices otherwise. `provisional` is true on days of a year whose State Council holiday notice is not yet recorded: the statutory days of 《全国年节及纪念日放假办法》 are rest days, and the notice may still move other days (bridges, 调休) and with them the slots. A year with neither → 422 CALENDAR_YEAR_UNKNOWN.
     */
    get: operations['SpacesController_availability'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/spaces/{spaceId}/bookings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Book a slot: confirmed, waiting for approval, or waitlisted when full */
    post: operations['SpacesController_book'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/spaces/{spaceId}/occupancy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The managing department's view of bookings (residents in full for the managing unit, each read recorded; masked for auditors)
     * @description Slot by slot in the order requests arrived — the order that gives places and moves the waitlist — with each waiting booking's waitlistPosition.
     */
    get: operations['SpacesController_occupancy'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/property-survey/venues': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 应开尽开: school parking lots and sports venues to assess, not assessed first
     * @description Rooms and parcels used as parking or a sports venue, and every room or parcel of a school (but office space), of the units the caller covers (narrowed to a district's units with `district`).
     */
    get: operations['VenueSurveyController_venues'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/properties/{propertyId}/shared-spaces': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Shared spaces on this property (and the rooms below it) with their next bookings
     * @description Spaces of units the caller covers, or open to departments. Bookings show when, how many places and their state; residents are not named (their details are the managing unit's, on the space's occupancy page).
     */
    get: operations['PropertySpacesController_sharedSpaces'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/sharing-eligibility': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 应开尽开: eligible vs opened school parking lots and sports venues, by district and kind
     * @description Venues = rooms and parcels used as parking or a sports venue, and those of a school (office space excluded), of the units the caller covers, counted in the district of the unit on whose books they are. assessed = with a survey answer; eligible = answered 应开; eligibleOpened = eligible and tied to at least one published shared space; openRate = eligibleOpened ÷ eligible (null when none is eligible). Every district with a venue has a row per kind (zero when none) and one for all kinds.
     */
    get: operations['PropertyReportsController_eligibility'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/property-vacancy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 物业空置与使用: vacant and occupied area per district and per 主管部门
     * @description Over the finest level registered (a property with no rooms or floors below it, so no area counts twice), 建筑面积 in m²: vacant = 闲置, occupied = 在用 and 出租出借, other = 待处置. Each property counts for its occupant unit, or the unit on whose books it is when unoccupied, and so for that unit's district and 主管部门. vacancyRate = vacant ÷ total, utilisationRate = occupied ÷ total (null with no area).
     */
    get: operations['PropertyReportsController_propertyVacancy'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/properties': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 物业台账: filter by use, status, kind, unit, parent or text; pages in 物业编号 order
     * @description Only properties that a unit the caller covers owns or occupies.
     */
    get: operations['PropertiesController_search'];
    put?: never;
    /** Register a parcel, building, floor or room (物业登记); GCJ-02 coordinates are stored as WGS-84 */
    post: operations['PropertiesController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/properties/{propertyId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 物业卡片: the property, its parent, what it holds and who occupied it when */
    get: operations['PropertiesController_card'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/properties/{propertyId}/corrections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Correct what the register got wrong (更正); history keeps the old values and the reason */
    post: operations['PropertiesController_correct'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/properties/{propertyId}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change the status (在用/闲置/出租出借/待处置); office space is never 出租出借 (OFFICE_SPACE_NOT_LENDABLE) */
    post: operations['PropertiesController_changeStatus'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/properties/{propertyId}/occupancy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record who occupies the property from when (or that it was vacated) */
    post: operations['PropertiesController_changeOccupancy'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/properties/{propertyId}/sharing-eligibility': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 应开尽开: mark a school, parking lot or sports venue eligible to open, or not, with the reason */
    post: operations['PropertiesController_assessEligibility'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bookings/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your own bookings, including cancellations and the notice given, and each waiting booking's waitlistPosition */
    get: operations['BookingsController_mine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bookings/{bookingId}/cancellation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['BookingsController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bookings/{bookingId}/approval': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['BookingsController_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bookings/{bookingId}/check-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['BookingsController_checkIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bookings/{bookingId}/check-out': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check out; leaving more than 10 minutes after the slot is an overstay and counts against the booker */
    post: operations['BookingsController_checkOut'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bookings/{bookingId}/no-show': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a no-show (30 minutes after the start at the earliest); repeated ones suspend the booker */
    post: operations['BookingsController_noShow'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sharing/utilisation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Hours offered, booked and used, and no-show rate, per space and per managing department
     * @description For slots starting on the China dates from..to: offeredPlaceHours = Σ capacity × slot hours over published slots outside blackouts (current schedule); bookedPlaceHours = Σ places × slot hours of bookings not cancelled or waitlisted; usedPlaceHours = Σ places × hours from check-in (not before the slot start) to check-out (or the slot end); noShowRate = no-shows ÷ (no-shows + check-ins) over bookings whose slot has ended.
     */
    get: operations['BookingsController_utilisation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sharing/calendar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The official calendar for a range of China dates (at most 62 days): rest days, holidays, 调休 make-up working days
     * @description restDay follows the same calendar as the slots of workdays and rest_days windows; holiday names the holiday a holiday or make-up working day belongs to; provisional marks years whose holiday notice is not published yet.
     */
    get: operations['BookingsController_calendar'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendar/years/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A year's holidays and 调休 make-up working days as the calendar uses them, and who recorded what when */
    get: operations['CalendarController_year'];
    put?: never;
    /**
     * Record a year's holidays and make-up working days (录入放假安排); it replaces any earlier recording, which stays in the history
     * @description Every bad day is named by its row: 400 CALENDAR_DAYS_INVALID with details.problems (date not in the year, a date twice, kind not holiday/workday, name over 50 characters, 补班 on a weekday, no holiday at all). The same days as the recording in force write nothing (unchanged).
     */
    post: operations['CalendarController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendar/years/{year}/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a year from a CSV, one day a line: date,kind[,name]
     * @description The same rules as the form; problems are named by their CSV line (400 CALENDAR_DAYS_INVALID).
     */
    post: operations['CalendarController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendar/affected-bookings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 因节假日调整受影响的预约: bookings in your spaces made before a recording changed their day, whose slot is no longer offered
     * @description Confirmed, pending or waitlisted bookings whose slot has not ended, on a day a recording of the calendar turned into a rest day (or a working day) after the booking was made, where the space no longer offers that slot. Fed by calendar.year-recorded.v1 (its `changes`).
     */
    get: operations['CalendarController_affectedBookings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/residents/privacy-notice': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The personal-information notice in force: what is collected, why, how long, and how to erase it */
    get: operations['ResidentsController_notice'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/residents/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your profile in full (only you see it so) */
    get: operations['ResidentsController_profile'];
    put?: never;
    /** Record your name, phone and plate: only what a booking needs, stored encrypted under your own key */
    post: operations['ResidentsController_recordProfile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/residents/me/privacy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The notice in force, your consent to it, and whether your personal data is held or was erased */
    get: operations['ResidentsController_privacy'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/residents/me/consent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Agree to the notice you read (its version); booking needs consent to the version in force */
    post: operations['ResidentsController_consent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/residents/me/consent/withdrawal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw your consent: bookings made stand, new ones need consent again */
    post: operations['ResidentsController_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/residents/me/erasure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Erase your personal data (注销): your key is destroyed, name, phone and plate read 已注销 everywhere; bookings and figures remain */
    post: operations['ResidentsController_eraseMine'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/residents/{residentId}/erasure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Erase a resident's personal data on their request (the reason names the request) */
    post: operations['ResidentsController_erase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ordered history — who did what, when, why — for an asset, stream, department or transfer; filter by type, actor, time */
    get: operations['AuditController_timeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/assets/{assetId}/as-of': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An asset's card as of an instant: original (as recorded then) or corrected (later corrections applied) */
    get: operations['AuditController_assetAsOf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/departments/{departmentId}/register': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A department register as of an instant: count, original value and net book value per GB/T 14885 门类 */
    get: operations['AuditController_register'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/tree-head': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The latest signed tree head (RFC 9162 style); keep it outside the system */
    get: operations['AuditController_treeHead'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/tree-heads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every signed tree head, oldest first */
    get: operations['AuditController_treeHeads'];
    put?: never;
    /** Sign a tree head for the log as it stands now */
    post: operations['AuditController_issue'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/public-key': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The public key that verifies signed tree heads and audit packages */
    get: operations['AuditController_publicKey'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/proofs/inclusion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AuditController_inclusion'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/proofs/consistency': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AuditController_consistency'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Recompute every leaf from the event store and check every signed tree head; names the first altered, deleted or moved event */
    get: operations['AuditController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Audit package for a department and period: manifest, signed tree head, events and their inclusion proofs */
    get: operations['AuditController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/register-summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 资产总账汇总: register by department and category level
     * @description For each (department, category at the level asked: 门类, 大类 (default), 二级 or 品目): count of asset cards on the department's books, Σ original value (原值), Σ net book value (原值 − 累计折旧), in 分 (元 in CSV/XLSX). Without asOf: the live register. With asOf: folded from the events recorded up to that instant (view=corrected also applies corrections recorded later). A card coded less deep than the level stays at its own code (大类 is empty for cards coded at 门类 level). As of a date, the asset history groups by 门类 or 大类 only (SUMMARY_LEVEL_NOT_AS_OF otherwise).
     */
    get: operations['ReportsController_registerSummary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/idle-rate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 闲置率: idle rate per department over a period
     * @description asset-days = Σ over assets of the days in [from, to) the asset was on the department's books (from registration or transfer-in to transfer-out). idle-days = Σ days in [from, to) the asset was listed in the warehouse (from listing until withdrawn, expired or handed over; a rejected or withdrawn transfer keeps it listed). idleRate = idle-days ÷ asset-days. Days are fractional (ms ÷ 86,400,000), rounded to 3 decimals.
     */
    get: operations['ReportsController_idleRate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/long-idle': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 长期闲置: assets listed in the warehouse for more than N days (default 90) without a receiver — candidates to reallocate or dispose */
    get: operations['ReportsController_longIdle'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/reuse': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 盘活: items and value put back to use, avoided procurement, purchase-gate hits
     * @description Per department, in [from, to): transfersReceived = transfers completed (handover confirmed by both sides) with the department receiving; reallocated values = Σ original value and Σ net book value of those assets at transfer (avoided procurement, in 分); purchaseRequests = purchase requests made; purchaseGateHits = of those, requests for which other departments listed idle stock of the category; purchasesOverridden = requests that went ahead anyway with a recorded reason.
     */
    get: operations['ReportsController_reuse'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/sharing-utilisation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 共享利用率: hours offered / booked / used and no-show rate per space (definitions as GET /api/sharing/utilisation) */
    get: operations['ReportsController_sharingUtilisation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/sharing-utilisation-by-hour': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 共享利用率（按小时）: offered and booked place-hours per space and hour of the day (China time), for a heat map
     * @description For slots starting on the China dates of [from, to): offered = capacity × time of each published slot outside blackouts, booked = places × time of each booking not cancelled or waitlisted, both split at hour boundaries (a slot 18:30–次日07:30 counts in hours 18…23 and 0…7). bookedRate = booked ÷ offered, null when nothing was offered. Every space and all 24 hours are present (zero when empty).
     */
    get: operations['ReportsController_sharingUtilisationByHour'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One search over assets, warehouse listings and shareable spaces
     * @description q matches any substring of the name, number, brand, model, description or location (Chinese works; pinyin initials of the name too, e.g. tsjsj for 台式计算机). Filters: kind, 门类/大类, department, status, location, value range (分), date range. Newest first; nextCursor pages stay stable while items change. facets=true adds counts by kind, 门类, department and status under the same filters. Asset cards only of units the caller covers (their unit and below, a 主管部门 its units, finance and audit their district); listings and spaces as offered.
     */
    get: operations['SearchController_find'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/departments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The department directory: names and 主管部门, so pages can show 单位 by name */
    get: operations['DepartmentsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assets/{assetId}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The asset's whole history (timeline) with its latest listing and its transfers, for the asset card */
    get: operations['AssetHistoryController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/approvals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 待审批 / 已处理: transfers (调剂) whose current step waits for me (longest waiting first), or whose step I decided (latest first)
     * @description A 主管部门 asset manager sees the supervisor reviews of the departments it supervises; a finance approver sees every transfer waiting for 财政审批. Each item carries the transfer with its chain so far, the chosen claim and the listing.
     */
    get: operations['ApprovalsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/depreciation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Closed months with their totals, the next month to close, and every useful-life table version */
    get: operations['DepreciationController_overview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/depreciation/months': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Close a month (月末计提): every asset’s straight-line charge, one ledger event per department, then the close
     * @description The month must have ended (China time) → else 409 DEPRECIATION_MONTH_NOT_ENDED; months close in order from the ledger’s start (DEPRECIATION_LEDGER_START, else the month its first depreciating card was registered) → 409 DEPRECIATION_MONTH_BEFORE_START before it, 409 DEPRECIATION_MONTH_OUT_OF_ORDER when skipping or going back; a closed month is never closed again → 409 DEPRECIATION_MONTH_ALREADY_CLOSED (a retry with the same Idempotency-Key gets the first answer, replayed: true).
     */
    post: operations['DepreciationController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/depreciation/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本月折旧 by department for a month, within the caller’s units; reconciles with the ledger’s charge events */
    get: operations['DepreciationController_report'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/depreciation/assets/{assetId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One card’s 原值, 累计折旧 and 账面净值 as of a month, with its monthly schedule */
    get: operations['DepreciationController_asset'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/depreciation/life-tables': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every version of the useful-life table (折旧年限表), the shipped one (version 0) first */
    get: operations['DepreciationController_tables'];
    put?: never;
    /**
     * Load a new version of the useful-life table, governing the months from effectiveFrom
     * @description Rows are category prefixes (A02, A0201 …) with whole years, or null for 不计提折旧. Bad rows → 400 LIFE_TABLE_INVALID naming the row; a closed month → 409 LIFE_TABLE_FOR_CLOSED_MONTH; before the latest version → 409 LIFE_TABLE_OVERLAPS.
     */
    post: operations['DepreciationController_load'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/inbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 待办: what waits for me (newest first), or what was done
     * @description A to-do closes itself when the thing is done by anyone.
     */
    get: operations['InboxController_todos'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/inbox/counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open to-dos and unread notifications (the badge) */
    get: operations['InboxController_counts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/inbox/stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The counts, pushed live (server-sent events)
     * @description text/event-stream: an `inbox-counts` event with {todos, unread} at once and whenever they change (the projector and mark-read signal through PostgreSQL NOTIFY). Authenticated like every route, with the Authorization header: read it with fetch() and a stream reader, not EventSource (which cannot send headers; a token in the URL would end up in logs). The stream ends after five minutes; open the next one with the current token.
     */
    get: operations['InboxController_stream'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 消息: what happened to my things, newest first */
    get: operations['InboxController_notifications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Marks my notifications read: the ones named, or all of them */
    post: operations['InboxController_markRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/{notificationId}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Marks one of my notifications read (another person’s is not found) */
    post: operations['InboxController_markOneRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/space-needs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Space needs of the units you cover, newest first (at most 200) */
    get: operations['SpaceNeedsController_list'];
    put?: never;
    /**
     * Post a space need for your unit (发布空间使用需求): use, area range, a point with a radius or a district, from when, how long
     * @description A GCJ-02 point (高德/腾讯 map picks) is stored as WGS-84 with what was entered.
     */
    post: operations['SpaceNeedsController_post'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/space-needs/{needId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SpaceNeedsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/space-needs/{needId}/matches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Vacant property matched to the need, best first, each with its reasons (用途, 面积, 距离/所在区, 空置起始)
     * @description Candidates: 闲置 property nobody occupies, of another unit, whose use serves the need (office only for office), a room, building or parcel; within three radii of the point (beyond the radius shown with 超出范围) or on the books of the district’s units. Ranked: every criterion met first, then 匹配度 (area near the middle of the range, nearness), then longest vacant.
     */
    get: operations['SpaceNeedsController_matches'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/space-needs/{needId}/withdrawal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw an open need (撤回), with a reason; not while an allocation is under way */
    post: operations['SpaceNeedsController_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/space-needs/{needId}/matches/{propertyId}/take': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Take a match (选用): an allocation (调配) starts with the approval chain in force (主管部门审核, then 财政审批 or 备案)
     * @description Decided on the need and the property as their streams hold them now: the property must still be vacant and of a use that serves the need; one allocation per need at a time.
     */
    post: operations['SpaceNeedsController_take'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/space-allocations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Allocations giving or receiving space for the units you cover, newest first (at most 200) */
    get: operations['SpaceAllocationsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/space-allocations/awaiting-me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 调配审批: allocations whose current step waits for me, longest waiting first
     * @description A 主管部门 asset manager sees the reviews of its units; a finance approver the 财政审批 of allocations out of its district.
     */
    get: operations['SpaceAllocationsController_awaiting'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/space-allocations/{allocationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SpaceAllocationsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/space-allocations/{allocationId}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve or reject the pending step (主管部门审核 / 财政审批); a rejection ends the allocation and reopens the need */
    post: operations['SpaceAllocationsController_decide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/space-allocations/{allocationId}/handover': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 交接确认 by the receiving unit after every approval: the property’s occupancy moves to it and the need is fulfilled
     * @description Sent again (under any Idempotency-Key) it writes nothing new and the occupancy is not changed twice.
     */
    post: operations['SpaceAllocationsController_handover'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/property-map/points': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Property in a viewport: points, or grid clusters when there are too many
     * @description bbox=west,south,east,north (degrees, in the datum of /settings). Up to 500 properties answer as points; more answer as grid clusters (count, mean position, count per status) of about 64 px at the zoom. Filters: use, status, kind (comma-separated), unit (owner or occupant, with the units below it), minArea/maxArea (建筑面积 m²). Only property of units the caller covers (owner or occupant): a unit its own, a 主管部门 its units, finance and audit their district, administrators all. A bad bbox answers 400 MAP_BBOX_INVALID.
     */
    get: operations['PropertyMapController_points'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/property-map/nearby': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Property within a radius of a point, nearest first, with the distance in metres
     * @description lng, lat (degrees, in the datum of /settings), radiusM 1–50,000 (default 1,000), limit ≤ 200; the same filters and scope as /points. Distances are great-circle (haversine) in metres. A bad point answers 400 MAP_POINT_INVALID, a bad radius MAP_RADIUS_INVALID.
     */
    get: operations['PropertyMapController_nearby'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/property-map/places': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Find a place in our own data: property by name, number or address, and units by name
     * @description No outside geocoder is used. A unit lands at the mean position of its located property; units without any are left out.
     */
    get: operations['PropertyMapController_places'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/property-map/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The tile source the map draws on (天地图, an internal GIS server, OpenStreetMap, or none) and its datum */
    get: operations['PropertyMapController_tiles'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/property-map/districts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * District outlines to draw without tiles (GeoJSON)
     * @description The outline file shipped with the project (its source and licence named in each feature), plus, for each unit in scope, the convex hull of its located property (kind property-extent: drawn from our data, not an administrative boundary).
     */
    get: operations['PropertyMapController_districts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    NotificationPreferencesView: {
      channels: ('email' | 'sms' | 'webhook')[];
      email: string | null;
      phone: string | null;
      /** @description False until saved: the channels are the role’s default (residents: SMS) */
      saved: boolean;
      /** @description Whether the caller’s unit has a webhook (the webhook channel goes there) */
      unitWebhook: boolean;
    };
    NotificationPreferencesRequestDto: {
      /**
       * @description email 邮件, sms 短信, webhook (the unit’s)
       * @example [
       *       "email"
       *     ]
       */
      channels: ('email' | 'sms' | 'webhook')[];
      /**
       * @description Left out or blank: none
       * @example zhang.san@school.example.cn
       */
      email?: string;
      /**
       * @description Left out or blank: none
       * @example 13800138000
       */
      phone?: string;
    };
    UnitWebhookView: {
      /** @example D-SCH1 */
      departmentId: string;
      url: string | null;
      updatedBy: string | null;
      /** Format: date-time */
      updatedAt: string | null;
    };
    UnitWebhookRequestDto: {
      /** @example https://hooks.school.example.cn/warehouse */
      url: string;
    };
    UnitWebhookSavedView: {
      /** @example D-SCH1 */
      departmentId: string;
      url: string | null;
      updatedBy: string | null;
      /** Format: date-time */
      updatedAt: string | null;
      /** @description The signing secret, shown this once: HMAC-SHA256 over "<timestamp>.<body>" */
      secret: string;
    };
    DeadLetterView: {
      /** Format: uuid */
      messageId: string;
      notificationId: string;
      /** @enum {string} */
      channel: 'email' | 'sms' | 'webhook';
      userId: string;
      /** @description E-mail address, mobile number (masked), or the unit for a webhook */
      recipient: string;
      subject: string;
      attempts: number;
      /** @description Why the last try failed */
      lastError: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      deadAt: string;
    };
    SignInOptionsView: {
      /** @description Demo users may sign in without a password (DEMO_LOGIN=true; never in production) */
      demoLogin: boolean;
      /** @description Single sign-on through the unified identity platform (OpenID Connect) is configured */
      oidc: boolean;
      /** @description Residents may sign up and sign in with a mobile number and a code by SMS (an SMS provider is configured) */
      phone: boolean;
    };
    ActorView: {
      /** @example mgr-edu */
      userId: string;
      /** @enum {string} */
      role: 'asset_manager' | 'department_staff' | 'finance_approver' | 'auditor' | 'resident' | 'system_admin';
      /**
       * @description Null for residents
       * @example D-EDU
       */
      departmentId: string | null;
      /** @example 区教育局 资产管理员 */
      displayName: string;
    };
    DemoLoginRequestDto: {
      /**
       * @description One of the seeded demo users (see GET /api/auth/demo-users)
       * @example mgr-edu
       */
      userId: string;
    };
    DemoLoginResponse: {
      /** @description Bearer token, short-lived (ACCESS_TOKEN_SECONDS, 15 minutes by default) */
      accessToken: string;
      /** @description Exchange at POST /api/auth/refresh for the next pair; each works once */
      refreshToken: string;
      /** @description Seconds the access token lives */
      expiresIn: number;
      actor: components['schemas']['ActorView'];
      /** @description The initial password must be changed before anything else */
      mustChangePassword: boolean;
    };
    SignInRequestDto: {
      /** @example zhang.san */
      username: string;
      /** @example Chushi-Mima-2026 */
      password: string;
      /**
       * @description Which of the account’s roles to act in (default: its first)
       * @enum {string}
       */
      role?: 'asset_manager' | 'department_staff' | 'finance_approver' | 'auditor' | 'resident' | 'system_admin';
    };
    SignedInView: {
      /** @description Bearer token, short-lived (ACCESS_TOKEN_SECONDS, 15 minutes by default) */
      accessToken: string;
      /** @description Exchange at POST /api/auth/refresh for the next pair; each works once */
      refreshToken: string;
      /** @description Seconds the access token lives */
      expiresIn: number;
      actor: components['schemas']['ActorView'];
      /** @description The initial password must be changed before anything else */
      mustChangePassword: boolean;
    };
    RefreshRequestDto: {
      /** @description The refresh token from the last sign-in or refresh (each works once) */
      refreshToken: string;
    };
    ChangePasswordRequestDto: {
      currentPassword: string;
      /** @description At least 10 characters, three of: upper-case, lower-case, digits, other; not containing the username */
      newPassword: string;
    };
    AccountView: {
      /** @example zhang.san */
      username: string;
      /** @example 张三 */
      displayName: string;
      roles: ('asset_manager' | 'department_staff' | 'finance_approver' | 'auditor' | 'resident' | 'system_admin')[];
      /** @example D-SCH1 */
      departmentId: string | null;
      disabled: boolean;
      /** @description The initial password has not been changed yet */
      mustChangePassword: boolean;
      /** @description Locked after repeated wrong passwords until then */
      lockedUntil: string | null;
    };
    CreateAccountRequestDto: {
      /**
       * @description Unique; 2-32 lower-case letters, digits, . _ -
       * @example zhang.san
       */
      username: string;
      /** @example 张三 */
      displayName: string;
      /**
       * @example [
       *       "asset_manager"
       *     ]
       */
      roles: ('asset_manager' | 'department_staff' | 'finance_approver' | 'auditor' | 'resident' | 'system_admin')[];
      /**
       * @description A unit of the organisation tree (none for residents)
       * @example D-SCH1
       */
      departmentId?: string;
      /** @description Initial password, to be changed at first sign-in (password rules apply) */
      initialPassword: string;
    };
    AccountChangeView: {
      username: string;
      /** @description Stream revision after the change */
      revision: string;
      events: string[];
    };
    RoleRequestDto: {
      /** @enum {string} */
      role: 'asset_manager' | 'department_staff' | 'finance_approver' | 'auditor' | 'resident' | 'system_admin';
    };
    MoveAccountRequestDto: {
      /** @example D-SCH2 */
      departmentId: string;
    };
    DisableAccountRequestDto: {
      /** @example 调离本单位 */
      reason: string;
    };
    ResetPasswordRequestDto: {
      /** @description A new initial password; the person must change it at the next sign-in */
      newPassword: string;
    };
    PhoneCodeRequestDto: {
      /**
       * @description Mainland mobile number: 11 digits, 1 then 3–9 (spaces and dashes are ignored)
       * @example 13800138000
       */
      phone: string;
    };
    CodeSentView: {
      /**
       * @description Seconds until another code may be asked for
       * @example 60
       */
      resendAfterSeconds: number;
      /**
       * @description Seconds the code works
       * @example 300
       */
      expiresInSeconds: number;
    };
    PhoneSignInRequestDto: {
      /**
       * @description Mainland mobile number: 11 digits, 1 then 3–9 (spaces and dashes are ignored)
       * @example 13800138000
       */
      phone: string;
      /**
       * @description The 6-digit code sent by SMS
       * @example 123456
       */
      code: string;
    };
    OrgUnitView: {
      /** @example D-SCH1 */
      code: string;
      /** @example 区实验小学 */
      name: string;
      /**
       * @description 主管部门: the nearest department at or above the unit
       * @example D-EDU
       */
      supervisor: string;
      /** @example D-EDU */
      parentId: string | null;
      /** @enum {string} */
      level: 'city' | 'district' | 'department' | 'unit';
      /** @enum {string} */
      unitType: '机关' | '事业单位' | '学校' | '医院' | '社会团体' | '国有企业' | '其他';
      /**
       * @description 统一社会信用代码
       * @example 12110000000000006X
       */
      creditCode: string;
      /** @description Closed (撤销) */
      closed: boolean;
    };
    CreateUnitRequestDto: {
      /**
       * @description Unit code, kept for life (upper-case letters, digits, dashes)
       * @example D-SCH3
       */
      unitId: string;
      /** @example 区第三中学 */
      name: string;
      /**
       * @description The parent unit; null only for a city or district at the top
       * @example D-EDU
       */
      parentId: string | null;
      /**
       * @description city 市, district 区, department 主管部门, unit 单位
       * @enum {string}
       */
      level: 'city' | 'district' | 'department' | 'unit';
      /** @enum {string} */
      unitType: '机关' | '事业单位' | '学校' | '医院' | '社会团体' | '国有企业' | '其他';
      /**
       * @description 统一社会信用代码 (18 characters, check character verified)
       * @example 12110000000000010X
       */
      creditCode: string;
      /** @description This unit is the finance bureau (财政部门) of its district or city */
      financeBureau?: boolean;
    };
    OrgChangeResultView: {
      unitId: string;
      /** @description Revision of the org-tree stream after the change */
      revision: string;
      events: string[];
      unit: components['schemas']['OrgUnitView'] | null;
    };
    RenameUnitRequestDto: {
      /** @example 区第三中学（新校区） */
      name: string;
    };
    MoveUnitRequestDto: {
      /** @example D-HEALTH */
      parentId: string;
    };
    CloseUnitRequestDto: {
      /** @example 机构改革并入区第二中学 */
      reason: string;
    };
    ApprovalRulesView: {
      /** @description Above this original value (分) the finance bureau approves; at or below, 备案 */
      financeApprovalAboveFen: number;
      /** @description Crossing 主管部门 needs the finance bureau’s approval */
      crossingNeedsFinanceApproval: boolean;
      /** @description Categories that always need approval */
      financeApprovalCategories: string[];
      /** @description Disposals: above this total original value (分) the finance bureau approves; absent in older versions (every disposal then needs approval) */
      disposalFinanceApprovalAboveFen?: number;
    };
    ApprovalPolicyVersionView: {
      /** @example R-DEMO */
      districtId: string;
      /** @example 2 */
      version: number;
      /**
       * @description China date it applies from
       * @example 2027-01-01
       */
      effectiveFrom: string;
      /** @description Instant it applies from (00:00 China time, or when recorded if later) */
      effectiveAt: string;
      rules: components['schemas']['ApprovalRulesView'];
      reason: string;
      recordedBy: string;
    };
    ApprovalPolicyOverview: {
      /** @example R-DEMO */
      districtId: string;
      /** @description The instant asked about (now when not given) */
      asOf: string;
      /** @description In force at asOf; null: none, so every transfer needs the finance bureau’s approval */
      inForce: components['schemas']['ApprovalPolicyVersionView'] | null;
      /** @description The rules applied at asOf (the strict default when none is in force) */
      applied: components['schemas']['ApprovalRulesView'];
      /** @description Every version recorded, oldest first (later ones may be scheduled) */
      history: components['schemas']['ApprovalPolicyVersionView'][];
    };
    RecordApprovalPolicyRequestDto: {
      /**
       * @description China date the policy applies from (today or later; after the latest recorded one)
       * @example 2027-01-01
       */
      effectiveFrom: string;
      /**
       * @description Above this original value (分) the finance bureau approves; at or below, 备案
       * @example 5000000
       */
      financeApprovalAboveFen: number;
      /**
       * @description A transfer crossing 主管部门 needs the finance bureau’s approval (false: filing is enough)
       * @example true
       */
      crossingNeedsFinanceApproval: boolean;
      /**
       * @description Category codes whose transfers always need approval
       * @example [
       *       "A02010000"
       *     ]
       */
      financeApprovalCategories?: string[];
      /**
       * @description Disposals (处置): above this total original value (分) of one request the finance bureau approves after the 主管部门; at or below, 备案. Absent: the finance bureau approves every disposal
       * @example 5000000
       */
      disposalFinanceApprovalAboveFen?: number;
      /**
       * @description Why (文件号 or decision)
       * @example 区财发〔2026〕12号
       */
      reason: string;
    };
    RecordApprovalPolicyResultView: {
      districtId: string;
      version: number | null;
      revision: string;
      replayed: boolean;
    };
    RequestDisposalRequestDto: {
      /**
       * @description Assets of your unit to dispose of (one request, one approval)
       * @example [
       *       "0b6f…"
       *     ]
       */
      assetIds: string[];
      /**
       * @description scrap 报废, loss 报损, sale 出售, donation 对外捐赠, swap 置换, free_transfer 无偿划转 (out of the district)
       * @enum {string}
       */
      kind: 'scrap' | 'loss' | 'sale' | 'donation' | 'swap' | 'free_transfer';
      /**
       * @description Why (处置原因)
       * @example 已超使用年限，主板损坏无法修复
       */
      reason: string;
      /** @description Who receives it: required for donation, swap and free transfer (受赠方 / 置换方 / 划入单位) */
      counterparty?: string;
      /** @description Evidence photos uploaded with POST /api/files */
      photoIds?: string[];
    };
    DisposalCommandResult: {
      /** Format: uuid */
      disposalId: string;
      /**
       * @description Revision of the disposal stream after the command; send it back in If-Match to guard the next step.
       * @example 0
       */
      revision: string;
      /**
       * @description Event types written to the disposal by this command
       * @example [
       *       "disposal.requested.v1"
       *     ]
       */
      events: string[];
      /**
       * @description Event types written to the assets’ own streams (hold, release, write-off)
       * @example [
       *       "asset.disposal-requested.v1"
       *     ]
       */
      assetEvents: string[];
      /** @description True when the Idempotency-Key was already used: nothing new was written to the disposal */
      replayed: boolean;
    };
    ListingPhotoView: {
      fileId: string;
      /** @example image/jpeg */
      contentType: string;
      size: number;
      /** @example /api/files/… */
      url: string;
    };
    DisposedAssetView: {
      /** Format: uuid */
      assetId: string;
      assetNo: string;
      name: string;
      categoryCode: string;
      /** @description 原值 at the request, 分 */
      originalValueFen: number;
      /** @description 账面净值 at the request, 分 */
      netBookValueFen: number;
      /** @description The warehouse listing the request withdrew (as its hold recorded it); not reopened when the request is rejected or withdrawn */
      withdrawnListingId: string | null;
    };
    DisposalStepView: {
      /** @enum {string} */
      kind: 'supervisor_review' | 'finance_approval' | 'finance_filing';
      approverDepartmentId: string | null;
      /** @enum {string} */
      status: 'pending' | 'approved' | 'rejected';
      byDepartmentId: string | null;
      /** @description The approver (null for an automatic 备案) */
      by: string | null;
      comment: string | null;
      at: string | null;
    };
    DisposalView: {
      /** Format: uuid */
      disposalId: string;
      departmentId: string;
      /**
       * @description scrap 报废, loss 报损, sale 出售, donation 对外捐赠, swap 置换, free_transfer 无偿划转
       * @enum {string}
       */
      kind: 'scrap' | 'loss' | 'sale' | 'donation' | 'swap' | 'free_transfer';
      /**
       * @description approved: 已批复, awaiting 核销
       * @enum {string}
       */
      status: 'pending_supervisor_review' | 'pending_finance_approval' | 'approved' | 'written_off' | 'rejected' | 'withdrawn';
      reason: string;
      counterparty: string | null;
      photos: components['schemas']['ListingPhotoView'][];
      assets: components['schemas']['DisposedAssetView'][];
      /** @description 批量原值, 分, as a decimal string */
      totalOriginalValueFen: string;
      /** @description 分, as a decimal string */
      totalNetBookValueFen: string;
      steps: components['schemas']['DisposalStepView'][];
      /** @description Approval policy version that fixed the chain */
      policyVersion: number | null;
      requestedBy: string;
      /** @description Proceeds paid to the treasury, 分, once written off */
      proceedsFen: string | null;
      /** @description 上缴国库 voucher */
      treasuryVoucher: string | null;
      /** @description 批复文号 */
      replyRef: string | null;
      endReason: string | null;
      requestedAt: string;
      writtenOffAt: string | null;
      updatedAt: string;
    };
    DecideDisposalStepRequestDto: {
      /** @description true approves the pending step; false rejects the request (驳回) and releases its assets */
      approve: boolean;
      /**
       * @description Comment; required when rejecting (驳回理由)
       * @example 尚可维修使用
       */
      comment?: string;
    };
    WithdrawDisposalRequestDto: {
      /**
       * @description Why the request is withdrawn (撤回原因)
       * @example 经维修可继续使用
       */
      reason: string;
    };
    WriteOffDisposalRequestDto: {
      /**
       * @description Income of the disposal in 分 (sale price, swap difference, scrap value), paid to the treasury; required for a sale
       * @default 0
       * @example 120000
       */
      proceedsFen: number;
      /**
       * @description 上缴国库 voucher or payment reference; required when there are proceeds
       * @example 非税缴款书 3301-2026-000123
       */
      treasuryVoucher?: string;
      /**
       * @description 批复文号: the written reply approving the disposal
       * @example 区财资〔2026〕8号
       */
      replyRef?: string;
    };
    RegisterAssetRequestDto: {
      /**
       * @description 名称
       * @example 台式计算机
       */
      name: string;
      /**
       * @description GB/T 14885-2022 分类代码
       * @example A02010105
       */
      categoryCode: string;
      /**
       * @description 使用人 (custodian)
       * @example 张三
       */
      custodian: string;
      /**
       * @description 存放地点
       * @example 行政楼302室
       */
      location: string;
      /**
       * @description 取得日期 YYYY-MM-DD
       * @example 2023-05-10
       */
      acquiredOn: string;
      /**
       * @description 原值, integer 分 (fen); ¥4,999.00 is 499900
       * @example 499900
       */
      originalValueFen: number;
      /**
       * @description 数量
       * @example 1
       */
      quantity: number;
      /**
       * @description 计量单位
       * @example 台
       */
      unit: string;
      /**
       * @description 成色: new 全新, good 良好, fair 一般, poor 较差, unusable 不可用
       * @enum {string}
       */
      condition: 'new' | 'good' | 'fair' | 'poor' | 'unusable';
      /**
       * @description 品牌
       * @example 联想
       */
      brand?: string;
      /**
       * @description 规格型号
       * @example ThinkCentre M920
       */
      specification?: string;
      /**
       * @description 累计折旧 in 分 (default 0)
       * @example 120000
       */
      accumulatedDepreciationFen?: number;
      /**
       * @description 用途 of buildings and rooms: office_space 办公用房, business_space 业务用房, public_service 公共服务, other 其他
       * @enum {string}
       */
      usage?: 'office_space' | 'business_space' | 'public_service' | 'other';
      /**
       * @description 资产编号, unique in the ledger
       * @example JY-2023-000123
       */
      assetNo: string;
      /**
       * @description Owning department (管理部门); must be your own
       * @example D-EDU
       */
      departmentId: string;
    };
    AssetCommandResult: {
      /** Format: uuid */
      assetId: string;
      /**
       * @description Stream revision after the command; send it back in If-Match to guard the next change.
       * @example 0
       */
      revision: string;
      /**
       * @description Event types written by this command
       * @example [
       *       "asset.registered.v1"
       *     ]
       */
      events: string[];
      /** @description True when the Idempotency-Key was already used: nothing new was written */
      replayed: boolean;
      /**
       * Format: uuid
       * @description The listing this command created or acted on
       */
      listingId?: string;
      /**
       * Format: uuid
       * @description The claim this command created
       */
      claimId?: string;
      /**
       * Format: uuid
       * @description The transfer this command started or acted on
       */
      transferId?: string;
      /**
       * Format: uuid
       * @description The loan (借用) this command started or closed
       */
      loanId?: string;
    };
    CorrectAssetRequestDto: {
      /**
       * @description 名称
       * @example 台式计算机
       */
      name?: string;
      /**
       * @description GB/T 14885-2022 分类代码
       * @example A02010105
       */
      categoryCode?: string;
      /**
       * @description 使用人 (custodian)
       * @example 张三
       */
      custodian?: string;
      /**
       * @description 存放地点
       * @example 行政楼302室
       */
      location?: string;
      /**
       * @description 取得日期 YYYY-MM-DD
       * @example 2023-05-10
       */
      acquiredOn?: string;
      /**
       * @description 原值, integer 分 (fen); ¥4,999.00 is 499900
       * @example 499900
       */
      originalValueFen?: number;
      /**
       * @description 数量
       * @example 1
       */
      quantity?: number;
      /**
       * @description 计量单位
       * @example 台
       */
      unit?: string;
      /**
       * @description 成色: new 全新, good 良好, fair 一般, poor 较差, unusable 不可用
       * @enum {string}
       */
      condition?: 'new' | 'good' | 'fair' | 'poor' | 'unusable';
      /**
       * @description 品牌
       * @example 联想
       */
      brand?: string;
      /**
       * @description 规格型号
       * @example ThinkCentre M920
       */
      specification?: string;
      /**
       * @description 累计折旧 in 分 (default 0)
       * @example 120000
       */
      accumulatedDepreciationFen?: number;
      /**
       * @description 用途 of buildings and rooms: office_space 办公用房, business_space 业务用房, public_service 公共服务, other 其他
       * @enum {string}
       */
      usage?: 'office_space' | 'business_space' | 'public_service' | 'other';
      /**
       * @description Why the card was wrong (更正原因)
       * @example 原值录入错误，按发票更正
       */
      reason: string;
    };
    RelocateAssetRequestDto: {
      /**
       * @description 新存放地点
       * @example 档案室B
       */
      location: string;
      /**
       * @description 新使用人; unchanged when omitted
       * @example 王五
       */
      custodian?: string;
      /**
       * @description 原因
       * @example 办公室调整
       */
      reason?: string;
    };
    AssetCategoryView: {
      /** @example A02010105 */
      code: string;
      /**
       * @description Name of the code's deepest level the category table lists (the code itself where the table names none)
       * @example 台式计算机
       */
      name: string;
      /** @example A02000000 */
      classCode: string;
      /** @example 设备 */
      className: string;
      /** @example A02010000 */
      majorCode?: string | null;
    };
    AssetView: {
      /** Format: uuid */
      assetId: string;
      assetNo: string;
      name: string;
      category: components['schemas']['AssetCategoryView'];
      departmentId: string;
      custodian: string;
      location: string;
      /** @example 2023-05-10 */
      acquiredOn: string;
      /** @description 原值 in 分 (integer) */
      originalValueFen: number;
      quantity: number;
      unit: string;
      /** @description 累计折旧 typed on the card (registration or correction): the ledger’s opening, 分 */
      openingDepreciationFen: number;
      /** @description Sum of the ledger’s monthly charges (月末计提) since, 分 */
      chargedDepreciationFen: number;
      /** @description 累计折旧 as the ledger has it: opening + charges, at most 原值, 分 */
      accumulatedDepreciationFen: number;
      /** @description 账面净值 in 分 (original value − accumulated depreciation, never below 0) */
      netBookValueFen: number;
      usage?: string | null;
      /**
       * @description in_use 在用, listed 在仓, in_transfer 调剂中, on_loan 借出, pending_disposal 待处置
       * @enum {string}
       */
      status: 'in_use' | 'listed' | 'in_transfer' | 'on_loan' | 'pending_disposal';
      condition: string;
      brand?: string | null;
      specification?: string | null;
      /** @description Stream revision; send in If-Match to guard a change */
      revision: string;
      registeredAt: string;
      updatedAt: string;
    };
    AssetPage: {
      items: components['schemas']['AssetView'][];
      /** @description Pass as cursor for the next page; null on the last page */
      nextCursor?: string | null;
    };
    ImportTotalsView: {
      /** @description Data rows in the file */
      rows: number;
      /** @description Rows without a problem */
      valid: number;
      /** @description Rows with at least one problem */
      badRows: number;
      problems: number;
      warnings: number;
      /** @description Valid rows whose asset number this unit has registered already: the import skips them */
      alreadyRegistered: number;
      /** @description Cards the import would register */
      toImport: number;
    };
    ImportProblemView: {
      /** @description Row as the spreadsheet numbers it; null for the whole file */
      row: number | null;
      /** @description Column header (or cell address such as B7); null when no one column */
      column: string | null;
      /**
       * @description Stable code
       * @example MONEY_FORMAT
       */
      code: string;
      /**
       * @description What is wrong, in Chinese
       * @example 原值“12.345”须为不小于 0 的金额（元，最多两位小数）
       */
      problem: string;
    };
    ImportReportView: {
      /** @enum {string} */
      format: 'csv' | 'xlsx';
      /**
       * @description How the text was read
       * @enum {string}
       */
      encoding: 'utf-8' | 'utf-8-bom' | 'gbk' | 'xlsx';
      /** @description The file's header row */
      headers: string[];
      /** @description Which header each field was read from (null: no such column) */
      columns: {
        [key: string]: string | null;
      };
      totals: components['schemas']['ImportTotalsView'];
      /** @description Problems that stop the import (first 1000) */
      problems: components['schemas']['ImportProblemView'][];
      /** @description Notes that do not stop it (first 1000) */
      warnings: components['schemas']['ImportProblemView'][];
      /** @description True when the lists above were cut at 1000 */
      truncated: boolean;
    };
    ImportStartedView: {
      /** Format: uuid */
      jobId: string;
      report: components['schemas']['ImportReportView'];
    };
    ImportFailureView: {
      row: number;
      code: string;
      problem: string;
    };
    ImportProgressView: {
      /** Format: uuid */
      jobId: string;
      departmentId: string;
      fileName: string;
      encoding: string;
      /** @enum {string} */
      status: 'running' | 'done';
      totalRows: number;
      /** @description Rows decided so far (the checkpoint) */
      rowsDone: number;
      /** @description Cards registered by this import */
      imported: number;
      /** @description Rows whose asset number was registered already: nothing written */
      skipped: number;
      /** @description Rows the register refused while importing */
      failed: number;
      failures: components['schemas']['ImportFailureView'][];
      createdAt: string;
      finishedAt?: string | null;
    };
    CategoryView: {
      /** @example A02010105 */
      code: string;
      /** @example 台式计算机 */
      name: string;
      /**
       * @description One level up; null for a 门类
       * @example A02010100
       */
      parent: string | null;
      /**
       * @description 1 门类, 2 大类, 3 二级, 4 品目
       * @enum {number}
       */
      depth: 1 | 2 | 3 | 4;
      /**
       * @description class 门类, major 大类, detail lower levels
       * @enum {string}
       */
      level: 'class' | 'major' | 'detail';
    };
    CategoryTableView: {
      /** @description 0 is the shipped table; 1, 2, … each table loaded since */
      version: number;
      /** @description SHA-256 of the rows in code order */
      contentHash: string;
      source: string;
      loadedAt: string;
      loadedBy: string;
      /** @description The instant asked (now when not given) */
      asOf: string;
      rows: components['schemas']['CategoryView'][];
    };
    LoadCategoryTableRequestDto: {
      /**
       * @description The table as CSV (UTF-8): header code,name[,parent] (or 代码,名称[,上级代码]), then one row a category
       * @example code,name,parent
       *     A02000000,设备,
       *     A02010000,信息化设备,A02000000
       */
      csv: string;
      /**
       * @description Where the table comes from (file name, 文件号)
       * @example 政府采购品目分类目录（2022年）.csv
       */
      source?: string;
    };
    LoadCategoryTableResultView: {
      version: number;
      contentHash: string;
      rowCount: number;
      /** @description The same table was already in force: nothing new was written */
      unchanged: boolean;
    };
    StoredFileView: {
      /** @description sha-256 of the bytes */
      fileId: string;
      /** @enum {string} */
      contentType: 'image/jpeg' | 'image/png' | 'image/webp';
      size: number;
    };
    ListAssetRequestDto: {
      /**
       * @description 闲置说明
       * @example 九成新，带遥控器和HDMI线
       */
      description: string;
      /** @enum {string} */
      condition: 'new' | 'good' | 'fair' | 'poor' | 'unusable';
      /** @description Ids from POST /api/files (JPEG, PNG or WebP, at most 9) */
      photoIds?: string[];
      /**
       * @description 取件地点
       * @example 实验小学门卫室
       */
      pickupLocation: string;
      /**
       * @description manager_picks: you choose among claims; first_come: the first claim wins
       * @default manager_picks
       * @enum {string}
       */
      claimMode: 'manager_picks' | 'first_come';
      /** @description Until then only departments under your 主管部门 see and claim it (ISO time) */
      internalUntil?: string;
      /**
       * @description Advertise until (ISO time); the listing expires then
       * @example 2026-12-31T23:59:59+08:00
       */
      advertiseUntil: string;
    };
    WithdrawListingRequestDto: {
      /**
       * @description Why the listing is withdrawn (撤回原因)
       * @example 本单位继续使用
       */
      reason: string;
    };
    ClaimAssetRequestDto: {
      /**
       * @description Why your department needs it (申领理由)
       * @example 门诊部缺少投影设备
       */
      justification: string;
    };
    DecideTransferStepRequestDto: {
      /** @description true approves the pending step; false rejects the transfer */
      approve: boolean;
      /**
       * @description Comment; required when rejecting (驳回理由)
       * @example 接收单位已有同类设备
       */
      comment?: string;
    };
    WithdrawTransferRequestDto: {
      /**
       * @description Why the transfer is withdrawn
       * @example 预算已批，改为采购
       */
      reason: string;
    };
    ConfirmHandoverRequestDto: {
      /**
       * @description 接收后的使用人 (required of the receiving side)
       * @example 王五
       */
      custodian?: string;
      /**
       * @description 接收后的存放地点 (required of the receiving side)
       * @example 卫健委办公楼305室
       */
      location?: string;
    };
    LendAssetRequestDto: {
      /**
       * @description 借用单位
       * @example D-HOSP1
       */
      borrowerDepartmentId: string;
      /**
       * @description 借用人 (at the borrowing unit)
       * @example 李护士长
       */
      borrower: string;
      /**
       * @description 用途
       * @example 义诊活动使用
       */
      purpose: string;
      /**
       * @description 约定归还日期 (YYYY-MM-DD, 1–365 days from today)
       * @example 2026-12-31
       */
      dueOn: string;
    };
    ReturnLoanRequestDto: {
      /**
       * @description 归还说明 (condition on return, missing parts …)
       * @example 完好归还
       */
      note?: string;
    };
    LoanView: {
      /** Format: uuid */
      loanId: string;
      /** Format: uuid */
      assetId: string;
      assetNo: string;
      assetName: string;
      /** @description 出借单位 */
      lenderDepartmentId: string;
      /** @description 借用单位 */
      borrowerDepartmentId: string;
      /** @description 借用人 */
      borrower: string;
      /** @description 用途 */
      purpose: string;
      /** Format: date */
      lentOn: string;
      /**
       * Format: date
       * @description 约定归还日期
       */
      dueOn: string;
      /** Format: date */
      returnedOn: string | null;
      /** @description Days late at return (0 on time) */
      daysOverdue: number | null;
      returnNote: string | null;
      /**
       * @description As of today (Asia/Shanghai)
       * @enum {string}
       */
      state: 'open' | 'overdue' | 'returned';
    };
    OpenStocktakeRequestDto: {
      /**
       * @description 任务名称
       * @example 2026 年末资产清查
       */
      title: string;
      /**
       * @description 盘点单位 (your own)
       * @example D-SCH1
       */
      departmentId: string;
      /**
       * @description 只盘点此存放地点的资产; omitted: the whole department
       * @example 教学楼101
       */
      location?: string;
    };
    StocktakeCommandResult: {
      /** Format: uuid */
      stocktakeId: string;
      /**
       * @description Revision of the stocktake stream after the command
       * @example 0
       */
      revision: string;
      /**
       * @description Event types written to the stocktake by this command
       * @example [
       *       "stocktake.counted.v1"
       *     ]
       */
      events: string[];
      /** @description True when nothing new was written (the same Idempotency-Key, or a label counted before) */
      replayed: boolean;
      /**
       * @description For a count: 账实相符 or 在别处发现 (another unit or place)
       * @enum {string}
       */
      outcome?: 'found' | 'found_elsewhere';
      /**
       * Format: uuid
       * @description The asset the command named (a surplus: its new card)
       */
      assetId?: string;
    };
    StocktakeCountsView: {
      /** @description 待清点 */
      pending: number;
      /** @description 账实相符 */
      found: number;
      /** @description 在别处发现 (another unit’s card, or at another place) */
      found_elsewhere: number;
      /** @description 盘盈 (new card registered) */
      surplus: number;
      /** @description 盘亏 (confirmed missing) */
      shortage: number;
      /** @description 未找到 (not counted by the close) */
      not_found: number;
    };
    StocktakeView: {
      /** Format: uuid */
      stocktakeId: string;
      title: string;
      departmentId: string;
      /** @description 使用部门名称 */
      departmentName: string;
      /** @description 只盘点此存放地点; null: the whole department */
      location: string | null;
      /** @enum {string} */
      status: 'open' | 'closed';
      openedBy: string;
      /** Format: date-time */
      openedAt: string;
      /** @description Cards in scope when the task opened */
      expectedCount: number;
      counts: components['schemas']['StocktakeCountsView'];
      /** @description 签字人 */
      signedOffName: string | null;
      /** @description 盘点结论 */
      opinion: string | null;
      /** Format: date-time */
      closedAt: string | null;
    };
    StocktakeItemView: {
      /** Format: uuid */
      assetId: string;
      assetNo: string;
      assetName: string;
      /** @description In scope when the task opened */
      expected: boolean;
      /** @description The card’s department */
      cardDepartmentId: string;
      /** @description 账面存放地点 */
      cardLocation: string;
      /** @description 使用人 */
      custodian: string;
      /** @enum {string} */
      outcome: 'pending' | 'found' | 'found_elsewhere' | 'surplus' | 'shortage' | 'not_found';
      /** @description 实际发现地点 */
      foundAt: string | null;
      /** @description 清点人 / 登记人 */
      settledBy: string | null;
      /** Format: date-time */
      settledAt: string | null;
      /** @enum {string|null} */
      method: 'scan' | 'typed' | null;
      /** @description 盘亏原因 */
      reason: string | null;
    };
    StocktakeDetailView: {
      /** Format: uuid */
      stocktakeId: string;
      title: string;
      departmentId: string;
      /** @description 使用部门名称 */
      departmentName: string;
      /** @description 只盘点此存放地点; null: the whole department */
      location: string | null;
      /** @enum {string} */
      status: 'open' | 'closed';
      openedBy: string;
      /** Format: date-time */
      openedAt: string;
      /** @description Cards in scope when the task opened */
      expectedCount: number;
      counts: components['schemas']['StocktakeCountsView'];
      /** @description 签字人 */
      signedOffName: string | null;
      /** @description 盘点结论 */
      opinion: string | null;
      /** Format: date-time */
      closedAt: string | null;
      /** @description Every card expected or met, by asset number */
      items: components['schemas']['StocktakeItemView'][];
    };
    CountStocktakeAssetRequestDto: {
      /**
       * @description 资产编号 (as the label’s QR code holds it)
       * @example JY-2023-000123
       */
      assetNo: string;
      /**
       * @description 发现地点; omitted: where the card says
       * @example 教学楼101
       */
      foundAt?: string;
      /**
       * @description How the number was taken (default typed)
       * @enum {string}
       */
      method?: 'scan' | 'typed';
    };
    RecordStocktakeShortageRequestDto: {
      /** Format: uuid */
      assetId: string;
      /**
       * @description 盘亏原因
       * @example 多年未见，经查找无下落
       */
      reason: string;
    };
    CloseStocktakeRequestDto: {
      /**
       * @description 盘点结论 / 签字意见
       * @example 已核对，盘亏资产另行申请核销
       */
      opinion: string;
    };
    ListingView: {
      /** Format: uuid */
      listingId: string;
      /** Format: uuid */
      assetId: string;
      assetNo: string;
      name: string;
      categoryCode: string;
      /** @description 门类 */
      categoryClass: string;
      departmentId: string;
      quantity: number;
      unit: string;
      /** @description 分 */
      originalValueFen: number;
      /** @description 分 */
      netBookValueFen: number;
      description: string;
      condition: string;
      photos: components['schemas']['ListingPhotoView'][];
      pickupLocation: string;
      /** @enum {string} */
      claimMode: 'manager_picks' | 'first_come';
      internalUntil: string | null;
      advertiseUntil: string;
      /** @description listed, in_transfer, withdrawn, expired, transferred */
      status: string;
      claimsCount: number;
      listedAt: string;
    };
    ListingPage: {
      items: components['schemas']['ListingView'][];
      nextCursor: string | null;
    };
    ClaimView: {
      /** Format: uuid */
      claimId: string;
      /** Format: uuid */
      listingId: string;
      /** Format: uuid */
      assetId: string;
      claimantDepartmentId: string;
      claimedBy: string;
      justification: string;
      /** @description pending, selected, rejected, withdrawn, transferred, closed */
      status: string;
      claimedAt: string;
    };
    TransferStepView: {
      /** @enum {string} */
      kind: 'supervisor_review' | 'finance_approval' | 'finance_filing';
      approverDepartmentId: string | null;
      /** @enum {string} */
      status: 'pending' | 'approved' | 'rejected';
      byDepartmentId: string | null;
      comment: string | null;
      at: string | null;
      /** @description 超时督办: when this step was escalated for waiting too long */
      escalatedAt?: string | null;
      /**
       * @description who the escalation went to
       * @enum {string|null}
       */
      escalatedTo?: 'finance_approvers' | 'administrators' | null;
    };
    TransferView: {
      /** Format: uuid */
      transferId: string;
      /** Format: uuid */
      assetId: string;
      /** Format: uuid */
      listingId: string;
      /** Format: uuid */
      claimId: string;
      assetNo: string;
      assetName: string;
      fromDepartmentId: string;
      toDepartmentId: string;
      crossesSupervisors: boolean;
      steps: components['schemas']['TransferStepView'][];
      /** @enum {string} */
      status: 'pending_supervisor_review' | 'pending_finance_approval' | 'awaiting_handover' | 'completed' | 'rejected' | 'withdrawn';
      handoverReleasing: boolean;
      handoverReceiving: boolean;
      /** @description 分, as a decimal string (bigint) */
      originalValueFen: string;
      /** @description 分, as a decimal string (bigint) */
      netBookValueFen: string;
      endReason: string | null;
      startedAt: string;
      completedAt: string | null;
      updatedAt: string;
    };
    PostDemandRequestDto: {
      /**
       * @description GB/T 14885-2022 code: a 门类 (A05000000) matches the whole class, a 大类 (A05010000) only that
       * @example A05000000
       */
      categoryCode: string;
      /** @example 10 */
      quantity: number;
      /**
       * @description 用途
       * @example 候诊区座椅
       */
      purpose: string;
      /** @description Needed by (YYYY-MM-DD) */
      neededBy?: string;
    };
    WarehouseRequestResult: {
      /** Format: uuid */
      id: string;
      revision: string;
      events: string[];
      replayed: boolean;
      /**
       * @description Purchase requests: what the warehouse check decided
       * @enum {string}
       */
      gate?: 'clear' | 'blocked' | 'overridden';
      /** @description Purchase requests: open listings of the same category found in the warehouse */
      matchedListingIds?: string[];
    };
    ReasonRequestDto: {
      /** @example 型号不符，需要4K投影 */
      reason: string;
    };
    DemandView: {
      /** Format: uuid */
      demandId: string;
      departmentId: string;
      /** @example A05000000 */
      categoryCode: string;
      /** @description 门类 */
      categoryClass: string;
      /** @description 大类, when the demand names one */
      categoryMajor: string | null;
      quantity: number;
      /** @description 用途 */
      purpose: string;
      /** @description YYYY-MM-DD */
      neededBy: string | null;
      /** @enum {string} */
      status: 'open' | 'closed';
      closeReason: string | null;
      postedAt: string;
    };
    RequestPurchaseRequestDto: {
      /** @example A02000000 */
      categoryCode: string;
      /** @example 2 */
      quantity: number;
      /**
       * @description Estimated total in 分
       * @example 900000
       */
      estimatedValueFen: number;
      /** @example 门诊部投影设备 */
      purpose: string;
      /** @description Why to buy even if the warehouse holds the same category (recorded if idle stock is found) */
      overrideReason?: string;
    };
    PurchaseRequestView: {
      /** Format: uuid */
      purchaseId: string;
      departmentId: string;
      categoryCode: string;
      quantity: number;
      /** @description 分, as a decimal string (bigint) */
      estimatedValueFen: string;
      purpose: string;
      /** @description Open listings of the same category found when the request was made */
      matchedListingIds: string[];
      /** @description Idle stock was found (a purchase-gate hit) */
      gateHit: boolean;
      /** @enum {string} */
      status: 'clear' | 'blocked' | 'overridden' | 'withdrawn';
      overrideReason: string | null;
      withdrawReason: string | null;
      requestedAt: string;
      updatedAt: string;
    };
    SharingWindowDto: {
      /**
       * @description workdays 工作日 (incl. 调休 make-up days), rest_days 休息日 (weekends and statutory holidays), every_day
       * @enum {string}
       */
      days: 'workdays' | 'rest_days' | 'every_day';
      /**
       * @description China time
       * @example 18:30
       */
      start: string;
      /**
       * @description China time; at or before start means the next day
       * @example 07:30
       */
      end: string;
    };
    ScheduleDto: {
      windows: components['schemas']['SharingWindowDto'][];
      /**
       * @description Slot length in minutes
       * @example 60
       */
      slotMinutes: number;
      /**
       * @description Places per slot
       * @example 120
       */
      capacity: number;
      /**
       * @description Bookings open this many days ahead
       * @example 14
       */
      horizonDays: number;
      /**
       * @description Minimum notice before a slot starts, minutes
       * @example 30
       */
      minNoticeMinutes: number;
    };
    PublishSpaceRequestDto: {
      /** @example 实验小学停车场 */
      name: string;
      /**
       * Format: uuid
       * @description The property room or parcel (物业台账) the space is part of: on your unit's books or used by it, not office space (OFFICE_SPACE_NOT_LENDABLE). The web app always sends it; leaving it out publishes a space shown as 未关联物业, to be tied with POST /api/spaces/{id}/property.
       */
      propertyId?: string;
      /** @enum {string} */
      kind: 'parking' | 'sports_ground' | 'meeting_room' | 'under_bridge' | 'equipment' | 'other';
      /** @example 和平路12号 */
      location: string;
      /** @description Who may book: residents, other departments */
      audiences: ('residents' | 'departments')[];
      /**
       * @description automatic: confirmed at once while places remain; manager: you approve each booking
       * @enum {string}
       */
      approval: 'automatic' | 'manager';
      schedule: components['schemas']['ScheduleDto'];
    };
    SharingCommandResult: {
      /** Format: uuid */
      id: string;
      revision: string;
      events: string[];
      replayed: boolean;
      /** @description Bookings: confirmed, pending_approval or waitlisted */
      status?: string;
      /** @description Blackouts: bookings cancelled with notice */
      cancelledBookings?: number;
      /** @description Schedule changes that raise capacity: waiting bookings moved up */
      promotedBookings?: number;
    };
    SharingWindowView: {
      /** @enum {string} */
      days: 'workdays' | 'rest_days' | 'every_day';
      /** @example 18:30 */
      start: string;
      /**
       * @description At or before start: the next day
       * @example 07:30
       */
      end: string;
    };
    ScheduleView: {
      windows: components['schemas']['SharingWindowView'][];
      slotMinutes: number;
      capacity: number;
      horizonDays: number;
      minNoticeMinutes: number;
    };
    BlackoutView: {
      /** Format: uuid */
      blackoutId: string;
      from: string;
      to: string;
      reason: string;
    };
    SpaceView: {
      /** Format: uuid */
      spaceId: string;
      name: string;
      /** @enum {string} */
      kind: 'parking' | 'sports_ground' | 'meeting_room' | 'under_bridge' | 'equipment' | 'other';
      departmentId: string;
      /**
       * Format: uuid
       * @description The property room or parcel; null: 未关联物业
       */
      propertyId: string | null;
      location: string;
      audiences: ('residents' | 'departments')[];
      /** @enum {string} */
      approval: 'automatic' | 'manager';
      schedule: components['schemas']['ScheduleView'];
      blackouts: components['schemas']['BlackoutView'][];
      publishedAt: string;
    };
    NearbySpaceView: {
      /** Format: uuid */
      spaceId: string;
      name: string;
      /** @enum {string} */
      kind: 'parking' | 'sports_ground' | 'meeting_room' | 'under_bridge' | 'equipment' | 'other';
      departmentId: string;
      /**
       * Format: uuid
       * @description The property room or parcel; null: 未关联物业
       */
      propertyId: string | null;
      location: string;
      audiences: ('residents' | 'departments')[];
      /** @enum {string} */
      approval: 'automatic' | 'manager';
      schedule: components['schemas']['ScheduleView'];
      blackouts: components['schemas']['BlackoutView'][];
      publishedAt: string;
      propertyName: string | null;
      propertyAddress: string | null;
      /** @description WGS-84 */
      lng: number | null;
      /** @description WGS-84 */
      lat: number | null;
      /** @description Metres from the point asked; null when the property has no coordinates */
      distanceM: number | null;
    };
    ReferencePlaceView: {
      /** @description District code */
      districtId: string;
      name: string;
      /** @description WGS-84: the mean of the located properties of its units */
      lng: number;
      lat: number;
      properties: number;
    };
    LinkSpacePropertyRequestDto: {
      /**
       * Format: uuid
       * @description The property room or parcel (物业台账) the space is part of
       */
      propertyId: string;
    };
    DeclareBlackoutRequestDto: {
      /** @example 2026-12-20T00:00:00+08:00 */
      from: string;
      /** @example 2026-12-21T00:00:00+08:00 */
      to: string;
      /**
       * @description Told to every booker whose booking is cancelled
       * @example 期末考试
       */
      reason: string;
    };
    AvailabilitySlotView: {
      start: string;
      end: string;
      capacity: number;
      booked: number;
      free: number;
      waitlisted: number;
      /** @description A blackout covers the slot */
      suspended: boolean;
      /** @description The day's year has no published holiday notice yet: days (and slots) may still move */
      provisional?: boolean;
    };
    PlaceBookingRequestDto: {
      /**
       * @description Start of a published slot (from the availability view)
       * @example 2026-11-24T18:30:00+08:00
       */
      slotStart: string;
      /**
       * @description Places (people on a track, spaces in a lot)
       * @default 1
       */
      places: number;
    };
    OccupancyBookingView: {
      /** Format: uuid */
      bookingId: string;
      /** Format: uuid */
      spaceId: string;
      slotStart: string;
      slotEnd: string;
      bookerId: string;
      /** @enum {string} */
      bookerKind: 'resident' | 'department';
      departmentId: string | null;
      places: number;
      /** @description Parking: the resident’s plate (已注销 once their personal data is erased) */
      plateNumber: string | null;
      /** @description The booker's personal data was erased */
      personalErased: boolean;
      /** @enum {string} */
      status: 'confirmed' | 'pending_approval' | 'waitlisted' | 'cancelled' | 'checked_in' | 'checked_out' | 'no_show';
      /** @enum {string|null} */
      cancelledBy: 'booker' | 'manager' | 'blackout' | null;
      /** @description What the booker was told when the booking was cancelled */
      notice: string | null;
      checkedInAt: string | null;
      checkedOutAt: string | null;
      overstayMinutes: number | null;
      placedAt: string;
      /** @description Waiting bookings: 1 = next to get a place */
      waitlistPosition: number | null;
      /** @description Residents: in full for the space's managing unit (each such read is recorded), masked for others, 已注销 once erased */
      bookerName: string | null;
      /** @example 138****5678 */
      bookerPhone: string | null;
    };
    SurveyVenueView: {
      /** Format: uuid */
      propertyId: string;
      propertyNo: string;
      name: string;
      address: string;
      /** @enum {string} */
      propertyKind: 'room' | 'parcel';
      use: string;
      /**
       * @description parking, sports_venue, or school for the grounds and rooms of a school
       * @enum {string}
       */
      venueKind: 'parking' | 'sports_venue' | 'school';
      ownerUnitId: string;
      occupantUnitId: string | null;
      /** @description The owner unit's district */
      districtId: string;
      /** @description 建筑面积 m² */
      grossAreaSqm: number;
      status: string;
      /** @description null: not assessed yet */
      sharingEligible: boolean | null;
      sharingEligibilityReason: string | null;
      /** @description Published shared spaces tied to it (opened when > 0) */
      sharedSpaces: number;
    };
    SurveyVenuesView: {
      total: number;
      rows: components['schemas']['SurveyVenueView'][];
    };
    UpcomingBookingView: {
      /** Format: uuid */
      bookingId: string;
      slotStart: string;
      slotEnd: string;
      /** @enum {string} */
      status: 'confirmed' | 'pending_approval' | 'waitlisted' | 'checked_in';
      places: number;
      /** @enum {string} */
      bookerKind: 'resident' | 'department';
      /** @description Department bookers only; residents are not named here */
      departmentId: string | null;
    };
    PropertySpaceView: {
      /** Format: uuid */
      spaceId: string;
      name: string;
      kind: string;
      departmentId: string;
      /**
       * Format: uuid
       * @description The room or parcel it is on (this property or one below it)
       */
      propertyId: string;
      audiences: string[];
      capacity: number;
      /** @description The next bookings (at most 10), soonest first */
      upcoming: components['schemas']['UpcomingBookingView'][];
    };
    EligibilityRowView: {
      /** @description District code, or 'all' in byKind */
      districtId: string;
      /** @enum {string} */
      kind: 'parking' | 'sports_venue' | 'school' | 'all';
      venues: number;
      assessed: number;
      eligible: number;
      notEligible: number;
      /** @description 应开已开: eligible and tied to a published shared space */
      eligibleOpened: number;
      /** @description 应开未开 */
      eligibleNotOpened: number;
      /** @description Venues with a shared space, whatever the survey said */
      opened: number;
      /** @description eligibleOpened ÷ eligible; null when none is eligible */
      openRate: number | null;
    };
    EligibilityReportView: {
      asOf: string;
      /** @description Per district: one row per kind and one for all kinds */
      rows: components['schemas']['EligibilityRowView'][];
      /** @description Per kind over every district shown */
      byKind: components['schemas']['EligibilityRowView'][];
    };
    VacancyRowView: {
      /** @description District or 主管部门 code */
      unitId: string;
      properties: number;
      /** @description m² (建筑面积) */
      totalSqm: number;
      /** @description 闲置 m² */
      vacantSqm: number;
      /** @description 在用 and 出租出借 m² */
      occupiedSqm: number;
      /** @description 待处置 m² */
      otherSqm: number;
      vacancyRate: number | null;
      utilisationRate: number | null;
    };
    VacancyReportView: {
      asOf: string;
      byDistrict: components['schemas']['VacancyRowView'][];
      byDepartment: components['schemas']['VacancyRowView'][];
    };
    LocationRequestDto: {
      /** @example 114.131611 */
      lng: number;
      /** @example 22.548309 */
      lat: number;
      /**
       * @description WGS84: GPS and 天地图; GCJ02: 高德 and 腾讯 maps
       * @enum {string}
       */
      system: 'WGS84' | 'GCJ02';
    };
    RegisterPropertyRequestDto: {
      /**
       * @description 物业编号, unique in the city (the id follows from it)
       * @example LH-B-001
       */
      propertyNo: string;
      /**
       * @description parcel 地块, building 楼栋, floor 楼层, room 房间/场地
       * @enum {string}
       */
      kind: 'parcel' | 'building' | 'floor' | 'room';
      /**
       * Format: uuid
       * @description The parcel, building or floor it sits in (required for floors and rooms)
       */
      parentId?: string;
      /** @example 教育局办公楼 */
      name: string;
      /**
       * @description Required for parcels and buildings
       * @example 深圳市罗湖区文锦中路1008号
       */
      address?: string;
      location?: components['schemas']['LocationRequestDto'];
      /**
       * @description 建筑面积 in m², two decimals at most
       * @example 8600.5
       */
      grossAreaSqm: number;
      /**
       * @description 使用面积 in m², at most the 建筑面积
       * @example 6200
       */
      usableAreaSqm?: number;
      /** @enum {string} */
      use: 'office' | 'business' | 'school' | 'parking' | 'sports_venue' | 'under_bridge' | 'residential' | 'other';
      /**
       * @description The unit on whose books it is; an asset manager may leave it out (their own unit)
       * @example D-EDU
       */
      ownerUnitId?: string;
      /**
       * @description The unit using it now
       * @example D-EDU
       */
      occupantUnitId?: string;
      /**
       * @description Since when (YYYY-MM-DD, China date); today when left out
       * @example 2015-03-01
       */
      occupiedSince?: string;
      /** @enum {string} */
      status: 'in_use' | 'idle' | 'leased' | 'pending_disposal';
      /**
       * Format: uuid
       * @description The 房屋和构筑物 card of the asset ledger
       */
      assetId?: string;
    };
    PropertyCommandResult: {
      /** Format: uuid */
      propertyId: string;
      /**
       * @description Stream revision after the command; send it back in If-Match to guard the next change.
       * @example 0
       */
      revision: string;
      /**
       * @description Event types written by this command
       * @example [
       *       "property.registered.v1"
       *     ]
       */
      events: string[];
      /** @description True when the Idempotency-Key was already used: nothing new was written */
      replayed: boolean;
    };
    PropertyPointView: {
      /** @example 114.131611 */
      lng: number;
      /** @example 22.548309 */
      lat: number;
    };
    PropertyView: {
      /** Format: uuid */
      propertyId: string;
      /** @example LH-B-001 */
      propertyNo: string;
      /** @description parcel 地块, building 楼栋, floor 楼层, room 房间/场地 */
      kind: string;
      /** Format: uuid */
      parentId?: string | null;
      name: string;
      address: string;
      /** @description WGS-84 */
      location?: components['schemas']['PropertyPointView'] | null;
      /** @description 建筑面积, m² */
      grossAreaSqm: number;
      /** @description 使用面积, m² */
      usableAreaSqm?: number | null;
      use: string;
      ownerUnitId: string;
      occupantUnitId?: string | null;
      /** @example 2015-03-01 */
      occupiedSince?: string | null;
      /** @description in_use 在用, idle 闲置, leased 出租出借, pending_disposal 待处置 */
      status: string;
      /** Format: uuid */
      assetId?: string | null;
      /** @description 应开尽开: null until assessed */
      sharingEligible?: boolean | null;
      sharingEligibilityReason?: string | null;
      /** @description Stream revision; send in If-Match to guard a change */
      revision: string;
      registeredAt: string;
      updatedAt: string;
    };
    PropertyPage: {
      items: components['schemas']['PropertyView'][];
      /** @description Pass as cursor for the next page; null on the last page */
      nextCursor?: string | null;
    };
    PropertyPlaceView: {
      /** Format: uuid */
      propertyId: string;
      propertyNo: string;
      kind: string;
      name: string;
      address: string;
      use: string;
    };
    PropertyRefView: {
      /** Format: uuid */
      propertyId: string;
      propertyNo: string;
      kind: string;
      name: string;
      address: string;
      use: string;
      status: string;
      grossAreaSqm: number;
      occupantUnitId?: string | null;
    };
    PropertyOccupancyView: {
      unitId: string;
      /** @example 2015-03-01 */
      fromDate: string;
      /** @description null: still there */
      toDate?: string | null;
      /**
       * Format: uuid
       * @description The 调配 that handed it over
       */
      allocationId?: string | null;
    };
    PropertyCardView: {
      property: components['schemas']['PropertyView'];
      parent?: components['schemas']['PropertyPlaceView'] | null;
      /** @description Floors, rooms or buildings directly inside it that the caller may see */
      children: components['schemas']['PropertyRefView'][];
      /** @description Oldest first */
      occupancies: components['schemas']['PropertyOccupancyView'][];
    };
    CorrectPropertyRequestDto: {
      /**
       * Format: uuid
       * @description The parcel, building or floor it sits in (required for floors and rooms)
       */
      parentId?: string;
      /** @example 教育局办公楼 */
      name?: string;
      /**
       * @description Required for parcels and buildings
       * @example 深圳市罗湖区文锦中路1008号
       */
      address?: string;
      location?: components['schemas']['LocationRequestDto'];
      /**
       * @description 建筑面积 in m², two decimals at most
       * @example 8600.5
       */
      grossAreaSqm?: number;
      /**
       * @description 使用面积 in m², at most the 建筑面积
       * @example 6200
       */
      usableAreaSqm?: number;
      /** @enum {string} */
      use?: 'office' | 'business' | 'school' | 'parking' | 'sports_venue' | 'under_bridge' | 'residential' | 'other';
      /**
       * Format: uuid
       * @description The 房屋和构筑物 card of the asset ledger
       */
      assetId?: string;
      /** @description Fields to empty (a request never carries null): unknown coordinates, no 使用面积, no linked card, no parent */
      clear?: ('location' | 'usableAreaSqm' | 'assetId' | 'parentId')[];
      /**
       * @description Why the register was wrong (更正原因)
       * @example 按测绘报告更正建筑面积
       */
      reason: string;
    };
    ChangePropertyStatusRequestDto: {
      /** @enum {string} */
      status: 'in_use' | 'idle' | 'leased' | 'pending_disposal';
      /** @example 原使用单位已搬离 */
      reason: string;
    };
    ChangeOccupancyRequestDto: {
      /**
       * @description The unit moving in; leave out and send vacate: true when the property is left empty
       * @example D-HEALTH
       */
      toUnitId?: string;
      /** @description True: nobody occupies the property from `since` (no toUnitId then) */
      vacate?: boolean;
      /**
       * @description From when (YYYY-MM-DD, China date); not after today
       * @example 2026-11-20
       */
      since: string;
      /** @example 调配交接 */
      reason: string;
    };
    AssessSharingEligibilityRequestDto: {
      eligible: boolean;
      /** @example 操场与教学区分隔，可错峰开放 */
      reason: string;
    };
    BookingView: {
      /** Format: uuid */
      bookingId: string;
      /** Format: uuid */
      spaceId: string;
      slotStart: string;
      slotEnd: string;
      bookerId: string;
      /** @enum {string} */
      bookerKind: 'resident' | 'department';
      departmentId: string | null;
      places: number;
      /** @description Parking: the resident’s plate (已注销 once their personal data is erased) */
      plateNumber: string | null;
      /** @description The booker's personal data was erased */
      personalErased: boolean;
      /** @enum {string} */
      status: 'confirmed' | 'pending_approval' | 'waitlisted' | 'cancelled' | 'checked_in' | 'checked_out' | 'no_show';
      /** @enum {string|null} */
      cancelledBy: 'booker' | 'manager' | 'blackout' | null;
      /** @description What the booker was told when the booking was cancelled */
      notice: string | null;
      checkedInAt: string | null;
      checkedOutAt: string | null;
      overstayMinutes: number | null;
      placedAt: string;
      /** @description Waiting bookings: 1 = next to get a place */
      waitlistPosition: number | null;
    };
    CancelBookingRequestDto: {
      /**
       * @description Told to the booker
       * @example 行程有变
       */
      reason: string;
    };
    CalendarDayView: {
      /** @example 2026-10-01 */
      date: string;
      /** @description Rest day by the official calendar (weekends and statutory holidays, not 调休 make-up working days) */
      restDay: boolean;
      /** @enum {string} */
      kind: 'workday' | 'weekend' | 'holiday' | 'makeup_workday';
      /**
       * @description The holiday a holiday or make-up working day belongs to
       * @example 国庆节
       */
      holiday: string | null;
      /** @description The year's holiday notice is not published yet: the day may still move */
      provisional: boolean;
    };
    CalendarDayEntryView: {
      /** @example 2027-01-01 */
      date: string;
      /**
       * @description holiday: 放假; workday: a weekend day worked (调休补班)
       * @enum {string}
       */
      kind: 'holiday' | 'workday';
      /** @example 元旦 */
      name: string | null;
    };
    CalendarDayChangeView: {
      /** @example 2027-02-09 */
      date: string;
      /** @description Rest day from this recording on */
      restDay: boolean;
    };
    CalendarRecordingView: {
      version: number;
      /** @description User id of the administrator who recorded it */
      recordedBy: string;
      /** @example 2026-12-01T02:00:00.000Z */
      recordedAt: string;
      /** @description The notice (文号) or file the days come from; empty when not given */
      source: string;
      /** @enum {string} */
      via: 'form' | 'csv';
      holidays: number;
      workdays: number;
      /** @description Days whose rest-day status this recording changed */
      changes: components['schemas']['CalendarDayChangeView'][];
    };
    CalendarYearView: {
      /** @example 2027 */
      year: number;
      /**
       * @description recorded: an administrator recorded the year; packaged: the notice shipped in the chinese-days package; provisional: weekends and the statutory days only (the notice is not recorded yet); unknown: none of these — rest-day windows of the year are refused
       * @enum {string}
       */
      status: 'recorded' | 'packaged' | 'provisional' | 'unknown';
      /** @description The holidays and make-up working days in force, in date order */
      days: components['schemas']['CalendarDayEntryView'][];
      /** @description Every recording of the year, newest first */
      history: components['schemas']['CalendarRecordingView'][];
    };
    RecordedDayDto: {
      /**
       * @description China date inside the year
       * @example 2027-01-01
       */
      date: string;
      /**
       * @description holiday: 放假; workday: a weekend day worked (调休补班)
       * @enum {string}
       */
      kind: 'holiday' | 'workday';
      /** @example 元旦 */
      name?: string;
    };
    RecordCalendarYearRequestDto: {
      /** @description The year's whole arrangement: it replaces any earlier recording of the year */
      days: components['schemas']['RecordedDayDto'][];
      /**
       * @description The notice the days come from (文号)
       * @example 国办发明电〔2026〕7号
       */
      source?: string;
    };
    RecordCalendarYearResultView: {
      year: number;
      /** @description The version in force after the request */
      version: number;
      /** @description Same days as the recording in force: nothing new was written */
      unchanged: boolean;
      /** @description Days whose rest-day status this recording changed */
      changedDays: number;
      replayed: boolean;
    };
    ImportCalendarYearRequestDto: {
      /**
       * @description One day a line: date,kind[,name] (kind holiday or workday; 休/班 also read); a header line date,kind,name is skipped
       * @example date,kind,name
       *     2027-01-01,holiday,元旦
       *     2027-02-20,workday,春节
       */
      csv: string;
      /**
       * @description The notice the days come from (文号), or the file name
       * @example 2027年放假安排.csv
       */
      source?: string;
    };
    CalendarAffectedBookingView: {
      bookingId: string;
      spaceId: string;
      spaceName: string;
      slotStart: string;
      slotEnd: string;
      /** @enum {string} */
      status: 'confirmed' | 'pending_approval' | 'waitlisted';
      places: number;
      /**
       * @description The China date whose kind changed
       * @example 2027-02-09
       */
      date: string;
      /** @description The day is a rest day now (it was a working day when booked), or the reverse */
      restDay: boolean;
      /** @example 春节 */
      holiday: string | null;
      /** @description The recording that changed the day */
      version: number;
      recordedAt: string;
      placedAt: string;
    };
    NoticeTextView: {
      zh: string;
      en: string;
    };
    PrivacyNoticeView: {
      /** @example 2026-11-01 */
      version: string;
      purposes: string[];
      text: components['schemas']['NoticeTextView'];
    };
    RecordResidentProfileRequestDto: {
      /** @example 王小明 */
      name: string;
      /**
       * @description Mainland mobile number; shown masked to everyone but you
       * @example 13812345678
       */
      phone: string;
      /**
       * @description Needed for parking
       * @example 沪A12345
       */
      plateNumber?: string;
    };
    ResidentView: {
      residentId: string;
      name: string;
      /** @description Your own number, in full (others see it masked) */
      phone: string;
      plateNumber: string | null;
    };
    ConsentView: {
      noticeVersion: string;
      givenAt: string;
      /** @description Given to the notice in force now (booking needs this) */
      current: boolean;
    };
    MyPrivacyView: {
      notice: components['schemas']['PrivacyNoticeView'];
      consent: components['schemas']['ConsentView'] | null;
      /** @description A profile (name, phone, plate) is held for you */
      profileRecorded: boolean;
      /** @description When your personal data was last erased */
      erasedAt: string | null;
      /** @enum {string|null} */
      erasedBy: 'resident' | 'administrator' | 'retention' | null;
    };
    GiveConsentRequestDto: {
      /**
       * @description The version of the notice the resident read (GET /api/residents/privacy-notice)
       * @example 2026-11-01
       */
      noticeVersion: string;
    };
    EraseMyDataRequestDto: {
      /**
       * @description Optional: why you erase your personal data
       * @example 不再使用
       */
      reason?: string;
    };
    EraseResidentRequestDto: {
      /**
       * @description The request acted on: who asked, how, its reference
       * @example 居民来电申请删除（工单 2026-1128-07）
       */
      reason: string;
    };
    TimelineEntryView: {
      /** @description Position in the global, tamper-evident log (Merkle leaf index) */
      leafIndex: number;
      /** Format: uuid */
      eventId: string;
      /** @example asset-… */
      streamId: string;
      revision: number;
      /** @example asset.corrected.v1 */
      type: string;
      occurredAt: string;
      actorId: string;
      actorRole: string | null;
      /** @description Every department the event concerns */
      departmentIds: string[];
      /** @description The reason given, where the event carries one */
      reason: string | null;
      correlationId: string | null;
      causationId: string | null;
      /** @description The event as stored */
      data: {
        [key: string]: unknown;
      };
    };
    TimelinePageView: {
      items: components['schemas']['TimelineEntryView'][];
      /** @description Pass as `after` for the next page; null on the last page */
      nextAfter: number | null;
    };
    AsOfCardView: {
      /**
       * @description written_off: 已核销 (the card as it was at the write-off)
       * @enum {string}
       */
      status: 'unregistered' | 'registered' | 'written_off';
      /** @description The disposal that wrote the card off */
      disposalId?: string;
      /** @description Kind of that disposal (scrap, sale, …) */
      disposalKind?: string;
      assetId?: string;
      assetNo?: string;
      departmentId?: string;
      name?: string;
      categoryCode?: string;
      custodian?: string;
      location?: string;
      /** @description YYYY-MM-DD */
      acquiredOn?: string;
      /** @description 分 */
      originalValueFen?: number;
      /** @description 分 */
      accumulatedDepreciationFen?: number;
      quantity?: number;
      unit?: string;
      condition?: string;
      brand?: string | null;
      specification?: string | null;
      usage?: string | null;
      /** @description in_use, listed, in_transfer or pending_disposal, with details */
      phase?: {
        [key: string]: unknown;
      };
    };
    AssetAsOfView: {
      /** Format: uuid */
      assetId: string;
      asOf: string;
      /** @enum {string} */
      view: 'original' | 'corrected';
      state: components['schemas']['AsOfCardView'];
      /** @description Corrections recorded after the instant (applied only in the corrected view) */
      correctionsRecordedLater: components['schemas']['TimelineEntryView'][];
    };
    RegisterLineView: {
      count: number;
      /** @description 分 */
      originalValueFen: number;
      /** @description 分 */
      netBookValueFen: number;
      /** @description 门类 code */
      classCode: string;
      /** @description 门类 name */
      className: string;
    };
    RegisterTotalView: {
      count: number;
      /** @description 分 */
      originalValueFen: number;
      /** @description 分 */
      netBookValueFen: number;
    };
    RegisterAsOfView: {
      departmentId: string;
      asOf: string;
      /** @enum {string} */
      view: 'original' | 'corrected';
      lines: components['schemas']['RegisterLineView'][];
      total: components['schemas']['RegisterTotalView'];
    };
    SignedTreeHeadView: {
      treeSize: number;
      /** @description hex, in the suite’s hash (SHA-256 or SM3) */
      rootHash: string;
      timestamp: string;
      /** @description base64 signature (Ed25519, or SM2 for gm) over the canonical JSON of {rootHash, suite (unless international), timestamp, treeSize} */
      signature: string;
      keyId: string;
      /**
       * @description international: SHA-256 + Ed25519; gm: SM3 + SM2 (国密)
       * @enum {string}
       */
      suite: 'international' | 'gm';
      /** @description The log epoch; sizes count the leaves of that epoch */
      epoch: number;
    };
    SuiteAlgorithmsView: {
      /** @example SM3 */
      hash: string;
      /** @example SM2 (SM3, ID 1234567812345678) */
      signature: string;
      /** @example SM4-CTR + HMAC-SM3 */
      encryption: string;
    };
    PublicKeyView: {
      keyId: string;
      /** @description public key (SPKI PEM: Ed25519, or SM2 for gm) that verifies tree heads and packages */
      publicKeyPem: string;
      /** @enum {string} */
      suite: 'international' | 'gm';
      algorithms: components['schemas']['SuiteAlgorithmsView'];
    };
    InclusionProofResponse: {
      /** Format: uuid */
      eventId: string;
      /** @description Index within its epoch’s tree */
      leafIndex: number;
      /** @description The log epoch (0 until the deployment moves to another suite) */
      epoch: number;
      leafHash: string;
      treeHead: components['schemas']['SignedTreeHeadView'];
      proof: string[];
    };
    ConsistencyProofResponse: {
      from: components['schemas']['SignedTreeHeadView'];
      to: components['schemas']['SignedTreeHeadView'];
      proof: string[];
    };
    TamperingView: {
      /** @enum {string} */
      kind: 'altered' | 'missing' | 'unexpected' | 'tree_head_mismatch' | 'bad_signature' | 'epoch_statement' | 'subtree_mismatch';
      leafIndex: number | null;
      eventId: string | null;
      streamId: string | null;
      revision: string | null;
      detail: string;
    };
    VerificationView: {
      /** @description true when every event still hashes to its leaf and every signed tree head matches */
      ok: boolean;
      eventsChecked: number;
      treeHeadsChecked: number;
      /** @description The first altered, missing or moved event, or the failing tree head */
      firstProblem: components['schemas']['TamperingView'] | null;
    };
    PackageManifestView: {
      format: string;
      departmentId: string;
      from: string;
      to: string;
      generatedAt: string;
      eventCount: number;
      treeSize: number;
      rootHash: string;
      publicKeyPem: string;
      /** @enum {string} */
      suite: 'international' | 'gm';
    };
    PackageProofView: {
      eventId: string;
      leafIndex: number;
      path: string[];
    };
    AuditPackageView: {
      manifest: components['schemas']['PackageManifestView'];
      treeHead: components['schemas']['SignedTreeHeadView'];
      /** @description The events as stored */
      events: {
        [key: string]: unknown;
      }[];
      proofs: components['schemas']['PackageProofView'][];
    };
    RegisterSummaryRowView: {
      departmentId: string;
      /** @description 门类 code */
      classCode: string;
      /** @description 门类 name */
      className: string;
      /** @description 大类 code */
      majorCode: string | null;
      /** @description The group at the level asked (level=1 门类 … 4 品目); a card coded less deep stays at its own code */
      categoryCode: string;
      /** @description Name of the group's deepest level the category table lists */
      categoryName: string;
      count: number;
      /** @description 分 */
      originalValueFen: number;
      /** @description 分 */
      netBookValueFen: number;
    };
    RegisterSummaryView: {
      asOf: string;
      /** @enum {string} */
      view: 'original' | 'corrected';
      rows: components['schemas']['RegisterSummaryRowView'][];
    };
    IdleRateRowView: {
      departmentId: string;
      /** @description Σ days assets were on the department's books in the period */
      assetDays: number;
      /** @description Σ days they were listed in the warehouse */
      idleDays: number;
      /** @description idleDays ÷ assetDays; null when no assets were held */
      idleRate: number | null;
    };
    IdleRateView: {
      from: string;
      to: string;
      /** @description Departments that held assets in the period */
      rows: components['schemas']['IdleRateRowView'][];
    };
    LongIdleRowView: {
      /** Format: uuid */
      assetId: string;
      assetNo: string;
      name: string;
      departmentId: string;
      listedAt: string;
      idleDays: number;
      /** @description 分 */
      originalValueFen: number;
    };
    LongIdleView: {
      days: number;
      rows: components['schemas']['LongIdleRowView'][];
    };
    ReuseRowView: {
      departmentId: string;
      transfersReceived: number;
      /** @description 分 */
      reallocatedOriginalValueFen: number;
      /** @description avoided procurement at net book value, 分 */
      reallocatedNetBookValueFen: number;
      purchaseRequests: number;
      purchaseGateHits: number;
      purchasesOverridden: number;
    };
    ReuseView: {
      from: string;
      to: string;
      /** @description Departments with any transfer received or purchase request in the period */
      rows: components['schemas']['ReuseRowView'][];
    };
    UtilisationSpaceView: {
      departmentId: string;
      offeredPlaceHours: number;
      bookedPlaceHours: number;
      usedPlaceHours: number;
      bookings: number;
      noShows: number;
      noShowRate: number | null;
      /** Format: uuid */
      spaceId: string;
      name: string;
    };
    UtilisationDepartmentView: {
      departmentId: string;
      offeredPlaceHours: number;
      bookedPlaceHours: number;
      usedPlaceHours: number;
      bookings: number;
      noShows: number;
      noShowRate: number | null;
    };
    SharingUtilisationView: {
      spaces: components['schemas']['UtilisationSpaceView'][];
      departments: components['schemas']['UtilisationDepartmentView'][];
    };
    HourFiguresView: {
      /** @description Hour of the day in China time, 0–23 (hour 18 = 18:00–19:00) */
      hour: number;
      offeredPlaceHours: number;
      bookedPlaceHours: number;
      /** @description booked ÷ offered; null when nothing was offered in that hour */
      bookedRate: number | null;
    };
    SpaceHoursView: {
      /** Format: uuid */
      spaceId: string;
      name: string;
      /** @description 停车场, 体育场馆 … (kind code) */
      kind: string;
      departmentId: string;
      /** @description Always 24 entries, hour 0 first */
      hours: components['schemas']['HourFiguresView'][];
    };
    SharingHourlyView: {
      /** @description First China date */
      from: string;
      /** @description Last China date */
      to: string;
      spaces: components['schemas']['SpaceHoursView'][];
    };
    SearchHitView: {
      /** @enum {string} */
      kind: 'asset' | 'listing' | 'space';
      id: string;
      title: string;
      categoryClass: string | null;
      categoryMajor: string | null;
      /**
       * @description Full 9-character code (资产分类代码); null for spaces
       * @example A02010105
       */
      categoryCode: string | null;
      departmentId: string;
      status: string;
      location: string;
      /** @description 分 */
      valueFen: number | null;
      date: string;
    };
    SearchFacetsView: {
      kind: {
        [key: string]: number;
      };
      /** @description by 门类 code */
      categoryClass: {
        [key: string]: number;
      };
      departmentId: {
        [key: string]: number;
      };
      status: {
        [key: string]: number;
      };
    };
    SearchResultView: {
      items: components['schemas']['SearchHitView'][];
      nextCursor: string | null;
      /** @description Only with facets=true */
      facets?: components['schemas']['SearchFacetsView'];
    };
    DepartmentView: {
      /** @example D-SCH1 */
      code: string;
      /** @example 区实验小学 */
      name: string;
      /**
       * @description 主管部门 (a department that supervises itself is one)
       * @example D-EDU
       */
      supervisor: string;
    };
    AssetHistoryEntry: {
      /** @description Position in the global, tamper-evident log */
      leafIndex: number;
      /** Format: uuid */
      eventId: string;
      /** @description Revision of the asset stream */
      revision: number;
      /** @example asset.registered.v1 */
      type: string;
      occurredAt: string;
      actorId: string;
      actorRole: string | null;
      /** @description The reason given, where the event carries one */
      reason: string | null;
      /** @description The event as stored */
      data: {
        [key: string]: unknown;
      };
    };
    AssetHistoryView: {
      /** @description Every event of the asset, oldest first */
      events: components['schemas']['AssetHistoryEntry'][];
      /** @description The latest listing (any status) */
      listing: components['schemas']['ListingView'] | null;
      /** @description Transfers of this asset, newest first */
      transfers: components['schemas']['TransferView'][];
    };
    ApprovalItemView: {
      /**
       * @description The step waiting for the reader
       * @enum {string}
       */
      step: 'supervisor_review' | 'finance_approval';
      transfer: components['schemas']['TransferView'];
      /** @description The chosen claim and its justification (申领理由) */
      claim: components['schemas']['ClaimView'] | null;
      /** @description What was listed: photos, condition, description, place */
      listing: components['schemas']['ListingView'] | null;
    };
    ApprovalInboxPage: {
      items: components['schemas']['ApprovalItemView'][];
      /** @description Transfers waiting for the reader in all (every page) */
      total: number;
      nextCursor: string | null;
    };
    WithoutLifeView: {
      /** @example A02 */
      prefix: string;
      assets: number;
    };
    ClosedMonthView: {
      /** @example 2026-10 */
      month: string;
      tableVersion: number;
      assetsCharged: number;
      departments: number;
      /** @description 分 */
      totalFen: number;
      /** @description Cards whose category has no useful life in the table */
      withoutLife: components['schemas']['WithoutLifeView'][];
      closedBy: string;
      closedAt: string;
    };
    LifeTableRowView: {
      /** @example A0201 */
      prefix: string;
      name: string;
      /** @description Years; null: 不计提折旧 */
      years: number | null;
      basis: string;
    };
    LifeTableView: {
      /** @description 0: shipped with the system */
      version: number;
      /** @example 2017-01 */
      effectiveFrom: string;
      source: string;
      reason: string | null;
      loadedBy: string | null;
      loadedAt: string | null;
      rows: components['schemas']['LifeTableRowView'][];
    };
    DepreciationOverview: {
      /** @description Closed months, newest first */
      months: components['schemas']['ClosedMonthView'][];
      /** @description The next month to close (null before the first close: any ended month) */
      nextMonth: string | null;
      /** @description The last month that has ended (China time): nothing later can be closed */
      lastEndedMonth: string;
      /** @description Every table version, the shipped one first */
      tables: components['schemas']['LifeTableView'][];
    };
    CloseDepreciationMonthRequestDto: {
      /**
       * @description The month to close (YYYY-MM): ended, and the one after the last closed
       * @example 2026-10
       */
      month: string;
    };
    MonthCloseResultView: {
      month: string;
      tableVersion: number;
      assetsCharged: number;
      departments: number;
      /** @description 分 */
      totalFen: number;
      /** @description Ledger events written (charges by department, then the close) */
      events: number;
      replayed: boolean;
    };
    DepartmentDepreciationLine: {
      departmentId: string;
      departmentName: string;
      assets: number;
      /** @description 本月折旧, 分 */
      totalFen: number;
    };
    DepreciationReportView: {
      /** @example 2026-10 */
      month: string;
      closed: boolean;
      departments: components['schemas']['DepartmentDepreciationLine'][];
      /** @description 分 */
      totalFen: number;
    };
    ChargeScheduleLine: {
      /** @example 2026-10 */
      month: string;
      /** @description 本月折旧, 分 */
      chargeFen: number;
      /** @description 累计折旧 at the end of the month (opening + charges), 分 */
      accumulatedFen: number;
      /** @description 账面净值 at the end of the month, 分 */
      netBookValueFen: number;
    };
    AssetDepreciationView: {
      assetId: string;
      assetNo: string;
      name: string;
      departmentId: string;
      categoryCode: string;
      acquiredOn: string;
      /** @description The month asked about (null: every closed month) */
      asOf: string | null;
      /** @description 原值, 分 */
      originalValueFen: number;
      /** @description 累计折旧 the card came with (imported or corrected), 分 */
      openingFen: number;
      /** @description Sum of the monthly charges up to asOf, 分 */
      chargedFen: number;
      /** @description 累计折旧 = opening + charges, at most 原值, 分 */
      accumulatedFen: number;
      /** @description 账面净值 = 原值 − 累计折旧 (never below 0), 分 */
      netBookValueFen: number;
      /** @description Opening + charges beyond 原值 (原值 corrected below what was already charged): kept off the net book value, 分 */
      excessFen: number;
      /** @description Useful life in the table in force now: months; null when not depreciated or unknown */
      lifeMonths: number | null;
      /** @description life, not_depreciated (不计提折旧) or unknown (no row in the table) */
      lifeKind: string;
      /** @description Every charged month up to asOf, oldest first */
      schedule: components['schemas']['ChargeScheduleLine'][];
    };
    LifeTableRowDto: {
      /**
       * @description Category code prefix: letter and whole two-digit levels (A02, A0201, A020101)
       * @example A0201
       */
      prefix: string;
      /** @example 信息化设备 */
      name: string;
      /**
       * @description Useful life in whole years; left out: 不计提折旧 (not depreciated)
       * @example 6
       */
      years?: number;
      /**
       * @description Where the figure comes from
       * @example 财会〔2017〕4号 表1
       */
      basis: string;
    };
    LoadLifeTableRequestDto: {
      /**
       * @description First month the table governs (YYYY-MM); after the last closed month
       * @example 2027-01
       */
      effectiveFrom: string;
      rows: components['schemas']['LifeTableRowDto'][];
      /**
       * @description The document the table comes from
       * @example 区财政局 固定资产折旧年限表
       */
      source: string;
      /**
       * @description Why (文件号 or decision)
       * @example 区财发〔2026〕9号
       */
      reason: string;
    };
    LoadLifeTableResultView: {
      version: number | null;
      effectiveFrom: string;
      replayed: boolean;
    };
    TodoView: {
      /** @description The task (one per thing to do; the same for everyone it waits for) */
      taskKey: string;
      /** @enum {string} */
      kind:
        | 'claim_to_pick'
        | 'transfer_step'
        | 'handover'
        | 'stocktake_to_sign'
        | 'booking_to_approve'
        | 'allocation_step'
        | 'allocation_handover';
      title: string;
      body: string;
      /** @description Web route that shows the object */
      link: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      closedAt: string | null;
      /** @description done, rejected, withdrawn, cancelled, expired */
      closedReason: string | null;
    };
    TodoPage: {
      items: components['schemas']['TodoView'][];
      nextCursor: string | null;
    };
    InboxCountsView: {
      /** @description Open to-dos (待办) */
      todos: number;
      /** @description Unread notifications (消息) */
      unread: number;
    };
    NotificationView: {
      /** Format: uuid */
      notificationId: string;
      /** @description claim_selected, claim_not_selected, listing_expiring, transfer_escalated, transfer_step_overdue, transfer_approved, transfer_rejected, transfer_withdrawn, transfer_completed, booking_confirmed, booking_reminder, booking_waitlisted, booking_promoted, booking_cancelled, booking_cancelled_blackout, booker_strike, booker_suspended */
      kind: string;
      title: string;
      body: string;
      /** @description Web route that shows the object */
      link: string;
      /** Format: date-time */
      createdAt: string;
      read: boolean;
    };
    NotificationPage: {
      items: components['schemas']['NotificationView'][];
      nextCursor: string | null;
    };
    MarkReadRequestDto: {
      /** @description The notifications to mark read; absent: all of mine */
      ids?: string[];
    };
    MarkReadResult: {
      /** @description How many were newly marked read */
      marked: number;
      counts: components['schemas']['InboxCountsView'];
    };
    NeedLocationDto: {
      /** @example 114.131 */
      lng: number;
      /** @example 22.548 */
      lat: number;
      /**
       * @description WGS84 (GPS) or GCJ02 (高德/腾讯 map picks); stored as WGS-84
       * @enum {string}
       */
      system: 'WGS84' | 'GCJ02';
    };
    PostSpaceNeedRequestDto: {
      /**
       * @description 需求名称
       * @example 医务科办公用房
       */
      title: string;
      /**
       * @description 用途
       * @enum {string}
       */
      use: 'office' | 'business' | 'school' | 'parking' | 'sports_venue' | 'under_bridge' | 'residential' | 'other';
      /**
       * @description 面积下限 (m², 2 decimals)
       * @example 100
       */
      minAreaSqm: number;
      /**
       * @description 面积上限 (m², 2 decimals)
       * @example 150
       */
      maxAreaSqm: number;
      /** @description The point the space should be near (with radiusM); or give districtId */
      location?: components['schemas']['NeedLocationDto'];
      /**
       * @description 半径 (metres, 100–50000), with location
       * @example 2000
       */
      radiusM?: number;
      /**
       * @description 所在区 (a district code), instead of a location
       * @example R-DEMO
       */
      districtId?: string;
      /**
       * @description 起用日期 (YYYY-MM-DD, today or later)
       * @example 2026-12-01
       */
      neededFrom: string;
      /**
       * @description 使用期限 (months)
       * @example 24
       */
      durationMonths: number;
      /**
       * @description 用途说明
       * @example 医务科扩编后办公
       */
      purpose: string;
    };
    SpaceNeedCommandResult: {
      /** Format: uuid */
      needId: string;
      /**
       * Format: uuid
       * @description The allocation (调配) this command started or acted on
       */
      allocationId?: string;
      /**
       * @description Revision of the stream written (the need, or the allocation); send it back in If-Match
       * @example 0
       */
      revision: string;
      /**
       * @description Event types written by this command
       * @example [
       *       "space-need.posted.v1"
       *     ]
       */
      events: string[];
      /**
       * @description Event types the process carried to the other streams (the need, the property)
       * @example []
       */
      carried: string[];
      /** @description True when the Idempotency-Key was already used: nothing new was written */
      replayed: boolean;
    };
    SpaceNeedView: {
      /** Format: uuid */
      needId: string;
      departmentId: string;
      /** @description 需求名称 */
      title: string;
      /** @enum {string} */
      use: 'office' | 'business' | 'school' | 'parking' | 'sports_venue' | 'under_bridge' | 'residential' | 'other';
      /** @description m² */
      minAreaSqm: number;
      /** @description m² */
      maxAreaSqm: number;
      /** @description WGS-84 */
      lng: number | null;
      /** @description WGS-84 */
      lat: number | null;
      radiusM: number | null;
      districtId: string | null;
      /** Format: date */
      neededFrom: string;
      durationMonths: number;
      purpose: string;
      /**
       * @description open 待匹配, allocating 调配中, fulfilled 已满足, withdrawn 已撤回
       * @enum {string}
       */
      status: 'open' | 'allocating' | 'fulfilled' | 'withdrawn';
      /** Format: uuid */
      allocationId: string | null;
      /** Format: uuid */
      propertyId: string | null;
      /** @description Why it was withdrawn, or why its last allocation was rejected */
      endReason: string | null;
      /** Format: date-time */
      postedAt: string;
    };
    MatchReasonView: {
      /** @enum {string} */
      criterion: 'use' | 'area' | 'distance' | 'district' | 'availability';
      /** @description false: shown, but this criterion is not met */
      met: boolean;
      /** @description In Chinese, e.g. 面积 120.0㎡ 在需求 100.0–150.0㎡ 内 */
      text: string;
    };
    SpaceMatchView: {
      /** Format: uuid */
      propertyId: string;
      propertyNo: string;
      name: string;
      kind: string;
      /** @enum {string} */
      use: 'office' | 'business' | 'school' | 'parking' | 'sports_venue' | 'under_bridge' | 'residential' | 'other';
      address: string;
      /** @description 建筑面积 m² */
      grossAreaSqm: number;
      ownerUnitId: string;
      distanceM: number | null;
      /** Format: date */
      vacantSince: string;
      /** @description Another need’s allocation of it is in its approvals (availability unmet) */
      allocationPending: boolean;
      /** @description 匹配度 0–100 */
      score: number;
      /** @description Criteria not met (ranked after those meeting every one) */
      unmet: number;
      reasons: components['schemas']['MatchReasonView'][];
    };
    WithdrawSpaceNeedRequestDto: {
      /**
       * @description 撤回原因
       * @example 已通过其他途径解决
       */
      reason: string;
    };
    AllocationStepViewDto: {
      /** @enum {string} */
      kind: 'supervisor_review' | 'finance_approval' | 'finance_filing';
      approverDepartmentId: string | null;
      /** @enum {string} */
      status: 'pending' | 'approved' | 'rejected';
      by: string | null;
      comment: string | null;
      /** Format: date-time */
      at: string | null;
    };
    SpaceAllocationView: {
      /** Format: uuid */
      allocationId: string;
      /** Format: uuid */
      needId: string;
      needTitle: string;
      /** Format: uuid */
      propertyId: string;
      propertyNo: string;
      propertyName: string;
      /** @enum {string} */
      propertyUse: 'office' | 'business' | 'school' | 'parking' | 'sports_venue' | 'under_bridge' | 'residential' | 'other';
      /** @description 建筑面积 m² */
      grossAreaSqm: number;
      /** @description 调出单位 (the owner releasing the space) */
      fromUnitId: string;
      /** @description 调入单位 (the department with the need) */
      toDepartmentId: string;
      /** @enum {string} */
      status: 'pending_supervisor_review' | 'pending_finance_approval' | 'approved' | 'handed_over' | 'rejected' | 'ended';
      steps: components['schemas']['AllocationStepViewDto'][];
      policyVersion: number | null;
      requestedBy: string;
      rejectReason: string | null;
      /** Format: date */
      handedOverOn: string | null;
      /** Format: date-time */
      startedAt: string;
    };
    DecideAllocationStepRequestDto: {
      /** @description true approves the pending step (主管部门审核 / 财政审批); false rejects the allocation */
      approve: boolean;
      /**
       * @description Comment; required when rejecting (驳回理由)
       * @example 该房已规划另作他用
       */
      comment?: string;
    };
    ConfirmAllocationHandoverRequestDto: {
      /**
       * @description 交接日期 (YYYY-MM-DD, not after today); default today
       * @example 2026-11-23
       */
      since?: string;
      /**
       * @description 交接备注
       * @example 钥匙 3 把，门禁卡 5 张
       */
      note?: string;
    };
    MapPointView: {
      propertyId: string;
      /** @description 物业编号 */
      propertyNo: string;
      name: string;
      address: string;
      /** @enum {string} */
      kind: 'parcel' | 'building' | 'floor' | 'room';
      use: string;
      status: string;
      /** @description Longitude in the answer’s datum */
      lng: number;
      /** @description Latitude in the answer’s datum */
      lat: number;
      /** @description 建筑面积, m² */
      grossAreaSqm: number;
      ownerUnitId: string;
      occupantUnitId: string | null;
    };
    MapClusterView: {
      count: number;
      lng: number;
      lat: number;
      /** @description Count per status */
      statuses: {
        [key: string]: number;
      };
    };
    MapPointsView: {
      /** @enum {string} */
      mode: 'points' | 'clusters';
      /** @description Property in the viewport under the filters */
      total: number;
      /**
       * @description Datum of every coordinate here (GCJ-02 when the tiles are)
       * @enum {string}
       */
      datum: 'WGS84' | 'GCJ02';
      /** @description mode points: each property */
      points: components['schemas']['MapPointView'][];
      /** @description mode clusters: one per grid cell */
      clusters: components['schemas']['MapClusterView'][];
      /** @description Cluster cell size, degrees */
      cellDegrees: number | null;
    };
    NearbyPropertyView: {
      propertyId: string;
      /** @description 物业编号 */
      propertyNo: string;
      name: string;
      address: string;
      /** @enum {string} */
      kind: 'parcel' | 'building' | 'floor' | 'room';
      use: string;
      status: string;
      /** @description Longitude in the answer’s datum */
      lng: number;
      /** @description Latitude in the answer’s datum */
      lat: number;
      /** @description 建筑面积, m² */
      grossAreaSqm: number;
      ownerUnitId: string;
      occupantUnitId: string | null;
      /** @description Great-circle distance from the centre, metres */
      distanceM: number;
    };
    NearbyView: {
      /** @enum {string} */
      datum: 'WGS84' | 'GCJ02';
      radiusM: number;
      /** @description Nearest first */
      items: components['schemas']['NearbyPropertyView'][];
    };
    MapPlaceView: {
      /** @enum {string} */
      kind: 'property' | 'unit';
      propertyId: string | null;
      unitId: string | null;
      name: string;
      /** @description Address (property) or how many located properties (unit) */
      detail: string;
      lng: number;
      lat: number;
    };
    MapPlacesView: {
      /** @enum {string} */
      datum: 'WGS84' | 'GCJ02';
      items: components['schemas']['MapPlaceView'][];
    };
    TileLayerView: {
      /** @description Leaflet URL template ({s}, {z}, {x}, {y}) */
      urlTemplate: string;
      subdomains: string | null;
    };
    MapSettingsView: {
      /** @enum {string} */
      source: 'none' | 'tianditu' | 'gis' | 'osm';
      /** @description Empty: no tiles; the map shows points and the shipped outlines */
      layers: components['schemas']['TileLayerView'][];
      attribution: string | null;
      /** @enum {string} */
      datum: 'WGS84' | 'GCJ02';
      maxZoom: number;
    };
    DistrictOutlinesView: {
      /** @enum {string} */
      datum: 'WGS84' | 'GCJ02';
      /** @description GeoJSON FeatureCollection. Features with properties.kind = "boundary" come from the outline file shipped with the project (source and licence in properties); kind = "property-extent" is drawn from our own data: the convex hull of a unit’s located property, not an administrative boundary */
      outlines: {
        [key: string]: unknown;
      };
      /** @description Where the shipped outlines come from, and under which licence */
      source: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  OutboundController_mine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPreferencesView'];
        };
      };
    };
  };
  OutboundController_choose: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NotificationPreferencesRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPreferencesView'];
        };
      };
    };
  };
  OutboundController_webhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitWebhookView'];
        };
      };
    };
  };
  OutboundController_setWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UnitWebhookRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitWebhookSavedView'];
        };
      };
    };
  };
  OutboundController_removeWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitWebhookView'];
        };
      };
    };
  };
  OutboundController_deadLetters: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeadLetterView'][];
        };
      };
    };
  };
  OutboundController_retry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        messageId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_options: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignInOptionsView'];
        };
      };
    };
  };
  AuthController_demoUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActorView'][];
        };
      };
    };
  };
  AuthController_demoLogin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DemoLoginRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DemoLoginResponse'];
        };
      };
    };
  };
  AuthController_signIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignInRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignedInView'];
        };
      };
    };
  };
  AuthController_refresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefreshRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignedInView'];
        };
      };
    };
  };
  AuthController_signOut: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActorView'];
        };
      };
    };
  };
  AccountsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountView'][];
        };
      };
    };
  };
  AccountsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAccountRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountChangeView'];
        };
      };
    };
  };
  AccountsController_grant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        username: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RoleRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountChangeView'];
        };
      };
    };
  };
  AccountsController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        username: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RoleRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountChangeView'];
        };
      };
    };
  };
  AccountsController_move: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        username: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MoveAccountRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountChangeView'];
        };
      };
    };
  };
  AccountsController_disable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        username: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DisableAccountRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountChangeView'];
        };
      };
    };
  };
  AccountsController_reset: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        username: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ResetPasswordRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountChangeView'];
        };
      };
    };
  };
  OidcController_start: {
    parameters: {
      query?: {
        /** @description A path of this site to come back to */
        returnTo?: unknown;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description To the identity platform */
      302: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  OidcController_callback: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description To /sign-in with the session (or ssoError) in the fragment */
      302: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PhoneSignInController_requestCode: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PhoneCodeRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CodeSentView'];
        };
      };
    };
  };
  PhoneSignInController_signIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PhoneSignInRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignedInView'];
        };
      };
    };
  };
  OrganisationController_tree: {
    parameters: {
      query?: {
        /** @description ISO time: the tree as it stood then (names and parents at that time) */
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgUnitView'][];
        };
      };
    };
  };
  OrganisationController_create: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUnitRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgChangeResultView'];
        };
      };
    };
  };
  OrganisationController_rename: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        unitId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RenameUnitRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgChangeResultView'];
        };
      };
    };
  };
  OrganisationController_move: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        unitId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MoveUnitRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgChangeResultView'];
        };
      };
    };
  };
  OrganisationController_close: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        unitId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CloseUnitRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgChangeResultView'];
        };
      };
    };
  };
  ApprovalPoliciesController_overview: {
    parameters: {
      query?: {
        /** @description District (or city); default: the caller’s own */
        districtId?: string;
        /** @description The policy in force at this instant (ISO); default now */
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApprovalPolicyOverview'];
        };
      };
    };
  };
  ApprovalPoliciesController_record: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordApprovalPolicyRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecordApprovalPolicyResultView'];
        };
      };
    };
  };
  DisposalsController_list: {
    parameters: {
      query?: {
        status?: 'pending_supervisor_review' | 'pending_finance_approval' | 'approved' | 'written_off' | 'rejected' | 'withdrawn';
        /** @description Only requests naming this asset */
        assetId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DisposalView'][];
        };
      };
    };
  };
  DisposalsController_request: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe key; the same key never writes twice */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RequestDisposalRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DisposalCommandResult'];
        };
      };
    };
  };
  DisposalsController_awaiting: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DisposalView'][];
        };
      };
    };
  };
  DisposalsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        disposalId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DisposalView'];
        };
      };
    };
  };
  DisposalsController_decide: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revision of the disposal you last read; 409 if it changed since */
        'If-Match'?: string;
        /** @description Retry-safe key; the same key never writes twice */
        'Idempotency-Key'?: string;
      };
      path: {
        disposalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecideDisposalStepRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DisposalCommandResult'];
        };
      };
    };
  };
  DisposalsController_withdraw: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe key; the same key never writes twice */
        'Idempotency-Key'?: string;
      };
      path: {
        disposalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WithdrawDisposalRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DisposalCommandResult'];
        };
      };
    };
  };
  DisposalsController_writeOff: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revision of the disposal you last read; 409 if it changed since */
        'If-Match'?: string;
        /** @description Retry-safe key; the same key never writes twice */
        'Idempotency-Key'?: string;
      };
      path: {
        disposalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WriteOffDisposalRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DisposalCommandResult'];
        };
      };
    };
  };
  AssetsController_search: {
    parameters: {
      query?: {
        /** @description Substring search; Chinese works (e.g. 计算机) */
        q?: string;
        /** @description 门类 code */
        categoryClass?: string;
        /** @description 大类 code */
        categoryMajor?: string;
        /** @description Any level (门类, 大类, 二级, 品目): this category and every code under it */
        category?: string;
        departmentId?: string;
        condition?: 'new' | 'good' | 'fair' | 'poor' | 'unusable';
        /** @description Substring of the location */
        location?: string;
        /** @description Minimum original value in 分 */
        minValueFen?: number;
        /** @description Maximum original value in 分 */
        maxValueFen?: number;
        /** @description Page size */
        limit?: number;
        status?: 'in_use' | 'listed' | 'in_transfer' | 'on_loan' | 'pending_disposal';
        /** @description Acquired on or after (YYYY-MM-DD) */
        acquiredFrom?: string;
        /** @description Acquired on or before (YYYY-MM-DD) */
        acquiredTo?: string;
        /** @description Opaque cursor from the previous page (nextCursor) */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssetPage'];
        };
      };
    };
  };
  AssetsController_register: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe key; the same key never writes twice */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterAssetRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssetCommandResult'];
        };
      };
    };
  };
  AssetsController_correct: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revision you last read; 409 if the asset changed since */
        'If-Match'?: string;
        /** @description Retry-safe key; the same key never writes twice */
        'Idempotency-Key'?: string;
      };
      path: {
        assetId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CorrectAssetRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssetCommandResult'];
        };
      };
    };
  };
  AssetsController_relocate: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revision you last read; 409 if the asset changed since */
        'If-Match'?: string;
        /** @description Retry-safe key; the same key never writes twice */
        'Idempotency-Key'?: string;
      };
      path: {
        assetId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RelocateAssetRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssetCommandResult'];
        };
      };
    };
  };
  AssetsController_export: {
    parameters: {
      query?: {
        /** @description Substring search; Chinese works (e.g. 计算机) */
        q?: string;
        /** @description 门类 code */
        categoryClass?: string;
        /** @description 大类 code */
        categoryMajor?: string;
        /** @description Any level (门类, 大类, 二级, 品目): this category and every code under it */
        category?: string;
        departmentId?: string;
        condition?: 'new' | 'good' | 'fair' | 'poor' | 'unusable';
        /** @description Substring of the location */
        location?: string;
        /** @description Minimum original value in 分 */
        minValueFen?: number;
        /** @description Maximum original value in 分 */
        maxValueFen?: number;
        /** @description Page size */
        limit?: number;
        status?: 'in_use' | 'listed' | 'in_transfer' | 'on_loan' | 'pending_disposal';
        /** @description Acquired on or after (YYYY-MM-DD) */
        acquiredFrom?: string;
        /** @description Acquired on or before (YYYY-MM-DD) */
        acquiredTo?: string;
        /** @description Opaque cursor from the previous page (nextCursor) */
        cursor?: string;
        format?: 'csv' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
    };
  };
  AssetsController_labels: {
    parameters: {
      query?: {
        /** @description Substring search; Chinese works (e.g. 计算机) */
        q?: string;
        /** @description 门类 code */
        categoryClass?: string;
        /** @description 大类 code */
        categoryMajor?: string;
        /** @description Any level (门类, 大类, 二级, 品目): this category and every code under it */
        category?: string;
        departmentId?: string;
        condition?: 'new' | 'good' | 'fair' | 'poor' | 'unusable';
        /** @description Substring of the location */
        location?: string;
        /** @description Minimum original value in 分 */
        minValueFen?: number;
        /** @description Maximum original value in 分 */
        maxValueFen?: number;
        /** @description Page size */
        limit?: number;
        status?: 'in_use' | 'listed' | 'in_transfer' | 'on_loan' | 'pending_disposal';
        /** @description Acquired on or after (YYYY-MM-DD) */
        acquiredFrom?: string;
        /** @description Acquired on or before (YYYY-MM-DD) */
        acquiredTo?: string;
        /** @description Opaque cursor from the previous page (nextCursor) */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
    };
  };
  AssetsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        assetId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssetView'];
        };
      };
    };
  };
  AssetImportsController_dryRun: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description XLSX or CSV (UTF-8 with or without BOM, or GBK), at most 100 MB
           */
          file: string;
          /**
           * @description JSON object: a header of the file → the field it holds (assetNo, name, categoryCode, usingDepartment, custodian, location, acquiredOn, originalValue, accumulatedDepreciation, quantity, unit, usageStatus, brand, specification, condition), for layouts other than a 资产卡片 export
           * @example {"卡片编号":"assetNo","资产原值(元)":"originalValue"}
           */
          mapping?: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportReportView'];
        };
      };
      /** @description IMPORT_FILE_TOO_LARGE: more than 100 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AssetImportsController_recent: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportProgressView'][];
        };
      };
    };
  };
  AssetImportsController_start: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description XLSX or CSV (UTF-8 with or without BOM, or GBK), at most 100 MB
           */
          file: string;
          /**
           * @description JSON object: a header of the file → the field it holds (assetNo, name, categoryCode, usingDepartment, custodian, location, acquiredOn, originalValue, accumulatedDepreciation, quantity, unit, usageStatus, brand, specification, condition), for layouts other than a 资产卡片 export
           * @example {"卡片编号":"assetNo","资产原值(元)":"originalValue"}
           */
          mapping?: string;
        };
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportStartedView'];
        };
      };
      /** @description IMPORT_FILE_HAS_ERRORS, with the report in `report` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AssetImportsController_progress: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        jobId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportProgressView'];
        };
      };
    };
  };
  PropertyImportsController_template: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
    };
  };
  PropertyImportsController_dryRun: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description XLSX or CSV (UTF-8 or GBK), at most 100 MB, with the template's headers: 物业编号, 类型, 上级物业编号, 名称, 地址, 经度, 纬度, 坐标系, 建筑面积, 使用面积, 用途, 权属单位, 使用单位, 使用起始日期, 使用状况, 关联资产编号
           */
          file: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportReportView'];
        };
      };
      /** @description IMPORT_FILE_TOO_LARGE: more than 100 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PropertyImportsController_recent: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportProgressView'][];
        };
      };
    };
  };
  PropertyImportsController_start: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description XLSX or CSV (UTF-8 or GBK), at most 100 MB, with the template's headers: 物业编号, 类型, 上级物业编号, 名称, 地址, 经度, 纬度, 坐标系, 建筑面积, 使用面积, 用途, 权属单位, 使用单位, 使用起始日期, 使用状况, 关联资产编号
           */
          file: string;
        };
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportStartedView'];
        };
      };
      /** @description PROPERTY_IMPORT_HAS_ERRORS, with the report in `details.report` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PropertyImportsController_progress: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        jobId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportProgressView'];
        };
      };
    };
  };
  CategoriesController_list: {
    parameters: {
      query?: {
        /** @description The table in force at this instant (ISO); default now */
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CategoryView'][];
        };
      };
    };
  };
  CategoriesController_table: {
    parameters: {
      query?: {
        /** @description The table in force at this instant (ISO); default now */
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CategoryTableView'];
        };
      };
    };
  };
  CategoriesController_load: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoadCategoryTableRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoadCategoryTableResultView'];
        };
      };
    };
  };
  HealthController_live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  HealthController_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ErrorsController_catalogue: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { codes: { CODE: { "zh-CN", "en-US", status? } } } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  FilesController_upload: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file: string;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StoredFileView'];
        };
      };
    };
  };
  FilesController_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        fileId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ListingsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        assetId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ListAssetRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssetCommandResult'];
        };
      };
    };
  };
  ListingsController_withdraw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        assetId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WithdrawListingRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssetCommandResult'];
        };
      };
    };
  };
  ListingsController_claim: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe key; the same key never writes twice */
        'Idempotency-Key'?: string;
      };
      path: {
        assetId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ClaimAssetRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssetCommandResult'];
        };
      };
    };
  };
  ListingsController_select: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        assetId: string;
        claimId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssetCommandResult'];
        };
      };
    };
  };
  ListingsController_decide: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe key; the same key never writes twice */
        'Idempotency-Key'?: string;
      };
      path: {
        assetId: string;
        transferId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecideTransferStepRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssetCommandResult'];
        };
      };
    };
  };
  ListingsController_withdrawTransfer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        assetId: string;
        transferId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WithdrawTransferRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssetCommandResult'];
        };
      };
    };
  };
  ListingsController_handover: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        assetId: string;
        transferId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConfirmHandoverRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssetCommandResult'];
        };
      };
    };
  };
  LoansController_lend: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe key; the same key never writes twice */
        'Idempotency-Key'?: string;
      };
      path: {
        assetId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LendAssetRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssetCommandResult'];
        };
      };
    };
  };
  LoansController_giveBack: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        assetId: string;
        loanId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReturnLoanRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssetCommandResult'];
        };
      };
    };
  };
  LoansController_list: {
    parameters: {
      query?: {
        /** @description Either side of the loan: that unit and the units below it */
        departmentId?: string;
        /** @description open 在借 (overdue included), overdue 逾期未还, returned 已归还 */
        state?: 'open' | 'overdue' | 'returned';
        assetId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoanView'][];
        };
      };
    };
  };
  StocktakesController_list: {
    parameters: {
      query?: {
        /** @description That unit and the units below it */
        departmentId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StocktakeView'][];
        };
      };
    };
  };
  StocktakesController_open: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe key; the same key never writes twice */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OpenStocktakeRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StocktakeCommandResult'];
        };
      };
    };
  };
  StocktakesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        stocktakeId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StocktakeDetailView'];
        };
      };
    };
  };
  StocktakesController_report: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        stocktakeId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
    };
  };
  StocktakesController_labels: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        stocktakeId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
    };
  };
  StocktakesController_count: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe key; the same key never writes twice */
        'Idempotency-Key'?: string;
      };
      path: {
        stocktakeId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CountStocktakeAssetRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StocktakeCommandResult'];
        };
      };
    };
  };
  StocktakesController_surplus: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe key; the same key never writes twice */
        'Idempotency-Key'?: string;
      };
      path: {
        stocktakeId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterAssetRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StocktakeCommandResult'];
        };
      };
    };
  };
  StocktakesController_shortage: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe key; the same key never writes twice */
        'Idempotency-Key'?: string;
      };
      path: {
        stocktakeId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordStocktakeShortageRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StocktakeCommandResult'];
        };
      };
    };
  };
  StocktakesController_close: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe key; the same key never writes twice */
        'Idempotency-Key'?: string;
      };
      path: {
        stocktakeId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CloseStocktakeRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StocktakeCommandResult'];
        };
      };
    };
  };
  MarketplaceController_feed: {
    parameters: {
      query?: {
        /** @description Substring search; Chinese works (e.g. 计算机) */
        q?: string;
        /** @description 门类 code */
        categoryClass?: string;
        /** @description 大类 code */
        categoryMajor?: string;
        /** @description Any level (门类, 大类, 二级, 品目): this category and every code under it */
        category?: string;
        departmentId?: string;
        condition?: 'new' | 'good' | 'fair' | 'poor' | 'unusable';
        /** @description Substring of the location */
        location?: string;
        /** @description Minimum original value in 分 */
        minValueFen?: number;
        /** @description Maximum original value in 分 */
        maxValueFen?: number;
        /** @description Page size */
        limit?: number;
        /** @description newest first, or highest original value first */
        sort?: 'newest' | 'value';
        /** @description nextCursor of the previous page (same sort) */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListingPage'];
        };
      };
    };
  };
  MarketplaceController_listing: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        listingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListingView'];
        };
      };
    };
  };
  MarketplaceController_claims: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        listingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimView'][];
        };
      };
    };
  };
  TransfersController_list: {
    parameters: {
      query?: {
        /** @description Either side of the transfer */
        departmentId?: string;
        status?: 'pending_supervisor_review' | 'pending_finance_approval' | 'awaiting_handover' | 'completed' | 'rejected' | 'withdrawn';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TransferView'][];
        };
      };
    };
  };
  TransfersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        transferId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TransferView'];
        };
      };
    };
  };
  TransfersController_savings: {
    parameters: {
      query?: {
        /** @description Receiving department */
        departmentId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DemandsController_list: {
    parameters: {
      query?: {
        departmentId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DemandView'][];
        };
      };
    };
  };
  DemandsController_post: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe key; the same key never writes twice */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PostDemandRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WarehouseRequestResult'];
        };
      };
    };
  };
  DemandsController_close: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        demandId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WarehouseRequestResult'];
        };
      };
    };
  };
  DemandsController_matches: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        demandId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListingView'][];
        };
      };
    };
  };
  DemandsController_demandsForListing: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        listingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DemandView'][];
        };
      };
    };
  };
  PurchaseRequestsController_list: {
    parameters: {
      query?: {
        departmentId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PurchaseRequestView'][];
        };
      };
    };
  };
  PurchaseRequestsController_request: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe key; the same key never writes twice */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RequestPurchaseRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WarehouseRequestResult'];
        };
      };
    };
  };
  PurchaseRequestsController_override: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe key; the same key never writes twice */
        'Idempotency-Key'?: string;
      };
      path: {
        purchaseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WarehouseRequestResult'];
        };
      };
    };
  };
  PurchaseRequestsController_withdraw: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe key; the same key never writes twice */
        'Idempotency-Key'?: string;
      };
      path: {
        purchaseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WarehouseRequestResult'];
        };
      };
    };
  };
  SpacesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceView'][];
        };
      };
    };
  };
  SpacesController_publish: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PublishSpaceRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharingCommandResult'];
        };
      };
    };
  };
  SpacesController_nearest: {
    parameters: {
      query: {
        /** @description Longitude, WGS-84 */
        lng: number;
        /** @description Latitude, WGS-84 */
        lat: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NearbySpaceView'][];
        };
      };
    };
  };
  SpacesController_places: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferencePlaceView'][];
        };
      };
    };
  };
  SpacesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        spaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceView'];
        };
      };
    };
  };
  SpacesController_linkProperty: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        spaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LinkSpacePropertyRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharingCommandResult'];
        };
      };
    };
  };
  SpacesController_schedule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        spaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ScheduleDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharingCommandResult'];
        };
      };
    };
  };
  SpacesController_blackout: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        spaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeclareBlackoutRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharingCommandResult'];
        };
      };
    };
  };
  SpacesController_availability: {
    parameters: {
      query: {
        from: string;
        to: string;
      };
      header?: never;
      path: {
        spaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AvailabilitySlotView'][];
        };
      };
    };
  };
  SpacesController_book: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        spaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PlaceBookingRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharingCommandResult'];
        };
      };
    };
  };
  SpacesController_occupancy: {
    parameters: {
      query: {
        from: string;
        to: string;
      };
      header?: never;
      path: {
        spaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OccupancyBookingView'][];
        };
      };
    };
  };
  VenueSurveyController_venues: {
    parameters: {
      query?: {
        /** @description A district code (区): its units only */
        district?: string;
        kind?: 'parking' | 'sports_venue' | 'school';
        /** @description yes: assessed; no: not assessed yet */
        assessed?: 'yes' | 'no';
        /** @description Part of the name, or the 物业编号 */
        q?: string;
        offset?: number;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SurveyVenuesView'];
        };
      };
    };
  };
  PropertySpacesController_sharedSpaces: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        propertyId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PropertySpaceView'][];
        };
      };
    };
  };
  PropertyReportsController_eligibility: {
    parameters: {
      query?: {
        format?: 'json' | 'csv' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON; with format=csv or xlsx, the file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EligibilityReportView'];
        };
      };
    };
  };
  PropertyReportsController_propertyVacancy: {
    parameters: {
      query?: {
        format?: 'json' | 'csv' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON; with format=csv or xlsx, the file (districts, then 主管部门) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VacancyReportView'];
        };
      };
    };
  };
  PropertiesController_search: {
    parameters: {
      query?: {
        use?: 'office' | 'business' | 'school' | 'parking' | 'sports_venue' | 'under_bridge' | 'residential' | 'other';
        status?: 'in_use' | 'idle' | 'leased' | 'pending_disposal';
        kind?: 'parcel' | 'building' | 'floor' | 'room';
        /** @description A unit (and the units below it): properties it owns or occupies */
        unit?: string;
        /** @description Only what sits directly in this property */
        parentId?: string;
        /** @description Text in the 物业编号, name or address */
        q?: string;
        /** @description nextCursor of the previous page */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PropertyPage'];
        };
      };
    };
  };
  PropertiesController_register: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe key; the same key never writes twice */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterPropertyRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PropertyCommandResult'];
        };
      };
    };
  };
  PropertiesController_card: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        propertyId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PropertyCardView'];
        };
      };
    };
  };
  PropertiesController_correct: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revision you last read; 409 if the property changed since */
        'If-Match'?: string;
        /** @description Retry-safe key; the same key never writes twice */
        'Idempotency-Key'?: string;
      };
      path: {
        propertyId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CorrectPropertyRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PropertyCommandResult'];
        };
      };
    };
  };
  PropertiesController_changeStatus: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revision you last read; 409 if the property changed since */
        'If-Match'?: string;
        /** @description Retry-safe key; the same key never writes twice */
        'Idempotency-Key'?: string;
      };
      path: {
        propertyId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePropertyStatusRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PropertyCommandResult'];
        };
      };
    };
  };
  PropertiesController_changeOccupancy: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revision you last read; 409 if the property changed since */
        'If-Match'?: string;
        /** @description Retry-safe key; the same key never writes twice */
        'Idempotency-Key'?: string;
      };
      path: {
        propertyId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeOccupancyRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PropertyCommandResult'];
        };
      };
    };
  };
  PropertiesController_assessEligibility: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revision you last read; 409 if the property changed since */
        'If-Match'?: string;
        /** @description Retry-safe key; the same key never writes twice */
        'Idempotency-Key'?: string;
      };
      path: {
        propertyId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssessSharingEligibilityRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PropertyCommandResult'];
        };
      };
    };
  };
  BookingsController_mine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BookingView'][];
        };
      };
    };
  };
  BookingsController_cancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        bookingId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CancelBookingRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharingCommandResult'];
        };
      };
    };
  };
  BookingsController_approve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        bookingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharingCommandResult'];
        };
      };
    };
  };
  BookingsController_checkIn: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        bookingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharingCommandResult'];
        };
      };
    };
  };
  BookingsController_checkOut: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        bookingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharingCommandResult'];
        };
      };
    };
  };
  BookingsController_noShow: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        bookingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharingCommandResult'];
        };
      };
    };
  };
  BookingsController_utilisation: {
    parameters: {
      query: {
        from: string;
        to: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  BookingsController_calendar: {
    parameters: {
      query: {
        from: string;
        to: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarDayView'][];
        };
      };
    };
  };
  CalendarController_year: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarYearView'];
        };
      };
    };
  };
  CalendarController_record: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordCalendarYearRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecordCalendarYearResultView'];
        };
      };
    };
  };
  CalendarController_import: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ImportCalendarYearRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecordCalendarYearResultView'];
        };
      };
    };
  };
  CalendarController_affectedBookings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarAffectedBookingView'][];
        };
      };
    };
  };
  ResidentsController_notice: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PrivacyNoticeView'];
        };
      };
    };
  };
  ResidentsController_profile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResidentView'];
        };
      };
    };
  };
  ResidentsController_recordProfile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordResidentProfileRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharingCommandResult'];
        };
      };
    };
  };
  ResidentsController_privacy: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MyPrivacyView'];
        };
      };
    };
  };
  ResidentsController_consent: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GiveConsentRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharingCommandResult'];
        };
      };
    };
  };
  ResidentsController_withdraw: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharingCommandResult'];
        };
      };
    };
  };
  ResidentsController_eraseMine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EraseMyDataRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharingCommandResult'];
        };
      };
    };
  };
  ResidentsController_erase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        residentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EraseResidentRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharingCommandResult'];
        };
      };
    };
  };
  AuditController_timeline: {
    parameters: {
      query?: {
        /** @description One asset */
        assetId?: string;
        /** @description Any stream, e.g. space-…, slot-…, demand-… */
        streamId?: string;
        /** @description Everything concerning a department */
        departmentId?: string;
        /** @description One transfer (调剂) */
        transferId?: string;
        /** @description Comma-separated event types, e.g. asset.corrected.v1 */
        type?: string[];
        actorId?: string;
        /** @description From (ISO time) */
        from?: string;
        /** @description To (ISO time) */
        to?: string;
        limit?: number;
        /** @description nextAfter of the previous page */
        after?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TimelinePageView'];
        };
      };
    };
  };
  AuditController_assetAsOf: {
    parameters: {
      query?: {
        /** @description The instant (ISO time), e.g. 2024-12-31T23:59:59+08:00 */
        at?: string;
        /** @description original: as recorded then; corrected: with corrections recorded later applied */
        view?: 'original' | 'corrected';
      };
      header?: never;
      path: {
        assetId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssetAsOfView'];
        };
      };
    };
  };
  AuditController_register: {
    parameters: {
      query?: {
        /** @description The instant (ISO time), e.g. 2024-12-31T23:59:59+08:00 */
        at?: string;
        /** @description original: as recorded then; corrected: with corrections recorded later applied */
        view?: 'original' | 'corrected';
      };
      header?: never;
      path: {
        departmentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegisterAsOfView'];
        };
      };
    };
  };
  AuditController_treeHead: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignedTreeHeadView'];
        };
      };
    };
  };
  AuditController_treeHeads: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignedTreeHeadView'][];
        };
      };
    };
  };
  AuditController_issue: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignedTreeHeadView'];
        };
      };
    };
  };
  AuditController_publicKey: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicKeyView'];
        };
      };
    };
  };
  AuditController_inclusion: {
    parameters: {
      query?: {
        eventId?: string;
        /** @description Size of a signed tree head; the latest when omitted */
        treeSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InclusionProofResponse'];
        };
      };
    };
  };
  AuditController_consistency: {
    parameters: {
      query?: {
        from?: number;
        to?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConsistencyProofResponse'];
        };
      };
    };
  };
  AuditController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VerificationView'];
        };
      };
    };
  };
  AuditController_export: {
    parameters: {
      query?: {
        departmentId?: string;
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditPackageView'];
        };
      };
    };
  };
  ReportsController_registerSummary: {
    parameters: {
      query?: {
        format?: 'json' | 'csv' | 'xlsx';
        /** @description As of this instant (ISO); omitted = now, from the live register */
        asOf?: string;
        view?: 'original' | 'corrected';
        /** @description Group by 门类 (1), 大类 (2), 二级 (3) or 品目 (4); with asOf, 1 or 2 (the asset history keeps those levels) */
        level?: 1 | 2 | 3 | 4;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON; with format=csv or xlsx, the file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegisterSummaryView'];
        };
      };
    };
  };
  ReportsController_idleRate: {
    parameters: {
      query?: {
        format?: 'json' | 'csv' | 'xlsx';
        /** @description Period start (ISO time, inclusive) */
        from?: string;
        /** @description Period end (ISO time, exclusive) */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON; with format=csv or xlsx, the file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IdleRateView'];
        };
      };
    };
  };
  ReportsController_longIdle: {
    parameters: {
      query?: {
        format?: 'json' | 'csv' | 'xlsx';
        days?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON; with format=csv or xlsx, the file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LongIdleView'];
        };
      };
    };
  };
  ReportsController_reuse: {
    parameters: {
      query?: {
        format?: 'json' | 'csv' | 'xlsx';
        /** @description Period start (ISO time, inclusive) */
        from?: string;
        /** @description Period end (ISO time, exclusive) */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON; with format=csv or xlsx, the file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReuseView'];
        };
      };
    };
  };
  ReportsController_sharingUtilisation: {
    parameters: {
      query?: {
        format?: 'json' | 'csv' | 'xlsx';
        /** @description Period start (ISO time, inclusive) */
        from?: string;
        /** @description Period end (ISO time, exclusive) */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON; with format=csv or xlsx, the file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharingUtilisationView'];
        };
      };
    };
  };
  ReportsController_sharingUtilisationByHour: {
    parameters: {
      query?: {
        format?: 'json' | 'csv' | 'xlsx';
        /** @description Period start (ISO time, inclusive) */
        from?: string;
        /** @description Period end (ISO time, exclusive) */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON; with format=csv or xlsx, the file (one row per space and hour) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharingHourlyView'];
        };
      };
    };
  };
  SearchController_find: {
    parameters: {
      query?: {
        /** @description Substring search; Chinese works (e.g. 计算机) */
        q?: string;
        /** @description 门类 code */
        categoryClass?: string;
        /** @description 大类 code */
        categoryMajor?: string;
        /** @description Any level (门类, 大类, 二级, 品目): this category and every code under it */
        category?: string;
        departmentId?: string;
        condition?: 'new' | 'good' | 'fair' | 'poor' | 'unusable';
        /** @description Substring of the location */
        location?: string;
        /** @description Minimum original value in 分 */
        minValueFen?: number;
        /** @description Maximum original value in 分 */
        maxValueFen?: number;
        /** @description Page size */
        limit?: number;
        /** @description Comma-separated: asset, listing, space (default all) */
        kind?: string[];
        /** @description Asset: in_use, listed, in_transfer; listing: listed, in_transfer, withdrawn, expired, transferred; space: open */
        status?: string;
        /** @description Date from (YYYY-MM-DD): acquired, listed or published */
        dateFrom?: string;
        /** @description Date to (YYYY-MM-DD) */
        dateTo?: string;
        /** @description true: also count results by kind, 门类, department and status */
        facets?: string;
        /** @description nextCursor of the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SearchResultView'];
        };
      };
    };
  };
  DepartmentsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentView'][];
        };
      };
    };
  };
  AssetHistoryController_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        assetId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssetHistoryView'];
        };
      };
    };
  };
  ApprovalsController_list: {
    parameters: {
      query?: {
        /** @description waiting: my step is due (待审批); decided: I have decided my step (已处理) */
        view?: 'waiting' | 'decided';
        /** @description nextCursor of the previous page */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApprovalInboxPage'];
        };
      };
    };
  };
  DepreciationController_overview: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepreciationOverview'];
        };
      };
    };
  };
  DepreciationController_close: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CloseDepreciationMonthRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MonthCloseResultView'];
        };
      };
    };
  };
  DepreciationController_report: {
    parameters: {
      query: {
        month: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepreciationReportView'];
        };
      };
    };
  };
  DepreciationController_asset: {
    parameters: {
      query?: {
        /** @description Up to and including this month (YYYY-MM); default: every closed month */
        asOf?: string;
      };
      header?: never;
      path: {
        assetId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssetDepreciationView'];
        };
      };
    };
  };
  DepreciationController_tables: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LifeTableView'][];
        };
      };
    };
  };
  DepreciationController_load: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoadLifeTableRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoadLifeTableResultView'];
        };
      };
    };
  };
  InboxController_todos: {
    parameters: {
      query?: {
        /** @description nextCursor of the previous page */
        cursor?: string;
        limit?: number;
        /** @description open: waiting for me; closed: done (by anyone) */
        view?: 'open' | 'closed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TodoPage'];
        };
      };
    };
  };
  InboxController_counts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InboxCountsView'];
        };
      };
    };
  };
  InboxController_stream: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description event: inbox-counts\ndata: {"todos":1,"unread":2} */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  InboxController_notifications: {
    parameters: {
      query?: {
        /** @description nextCursor of the previous page */
        cursor?: string;
        limit?: number;
        /** @description Only the unread ones */
        unread?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPage'];
        };
      };
    };
  };
  InboxController_markRead: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MarkReadRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MarkReadResult'];
        };
      };
    };
  };
  InboxController_markOneRead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        notificationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MarkReadResult'];
        };
      };
    };
  };
  SpaceNeedsController_list: {
    parameters: {
      query?: {
        status?: 'open' | 'allocating' | 'fulfilled' | 'withdrawn';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceNeedView'][];
        };
      };
    };
  };
  SpaceNeedsController_post: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe key; the same key never writes twice */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PostSpaceNeedRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceNeedCommandResult'];
        };
      };
    };
  };
  SpaceNeedsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        needId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceNeedView'];
        };
      };
    };
  };
  SpaceNeedsController_matches: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        needId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceMatchView'][];
        };
      };
    };
  };
  SpaceNeedsController_withdraw: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe key; the same key never writes twice */
        'Idempotency-Key'?: string;
      };
      path: {
        needId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WithdrawSpaceNeedRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceNeedCommandResult'];
        };
      };
    };
  };
  SpaceNeedsController_take: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe key; the same key never writes twice */
        'Idempotency-Key'?: string;
      };
      path: {
        needId: string;
        propertyId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceNeedCommandResult'];
        };
      };
    };
  };
  SpaceAllocationsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceAllocationView'][];
        };
      };
    };
  };
  SpaceAllocationsController_awaiting: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceAllocationView'][];
        };
      };
    };
  };
  SpaceAllocationsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        allocationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceAllocationView'];
        };
      };
    };
  };
  SpaceAllocationsController_decide: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revision of the allocation you last read; 409 if it changed since */
        'If-Match'?: string;
        /** @description Retry-safe key; the same key never writes twice */
        'Idempotency-Key'?: string;
      };
      path: {
        allocationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecideAllocationStepRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceNeedCommandResult'];
        };
      };
    };
  };
  SpaceAllocationsController_handover: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revision of the allocation you last read; 409 if it changed since */
        'If-Match'?: string;
        /** @description Retry-safe key; the same key never writes twice */
        'Idempotency-Key'?: string;
      };
      path: {
        allocationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConfirmAllocationHandoverRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpaceNeedCommandResult'];
        };
      };
    };
  };
  PropertyMapController_points: {
    parameters: {
      query?: {
        /** @description Comma-separated uses: office, business, school, parking, sports_venue, under_bridge, residential, other */
        use?: string;
        /** @description Comma-separated statuses: in_use, idle, leased, pending_disposal */
        status?: string;
        /** @description Comma-separated kinds: parcel, building, floor, room */
        kind?: string;
        /** @description Owner or occupant unit (that unit and the units below it, within your scope) */
        unit?: string;
        /** @description Smallest 建筑面积, m² */
        minArea?: number;
        /** @description Largest 建筑面积, m² */
        maxArea?: number;
        /** @description Viewport: west,south,east,north in degrees (required) */
        bbox?: string;
        /** @description Map zoom (0–22): sizes the cluster cells (about 64 px) */
        zoom?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MapPointsView'];
        };
      };
    };
  };
  PropertyMapController_nearby: {
    parameters: {
      query?: {
        /** @description Comma-separated uses: office, business, school, parking, sports_venue, under_bridge, residential, other */
        use?: string;
        /** @description Comma-separated statuses: in_use, idle, leased, pending_disposal */
        status?: string;
        /** @description Comma-separated kinds: parcel, building, floor, room */
        kind?: string;
        /** @description Owner or occupant unit (that unit and the units below it, within your scope) */
        unit?: string;
        /** @description Smallest 建筑面积, m² */
        minArea?: number;
        /** @description Largest 建筑面积, m² */
        maxArea?: number;
        /** @description Centre longitude, degrees (required) */
        lng?: string;
        /** @description Centre latitude, degrees (required) */
        lat?: string;
        /** @description Radius in metres, 1–50,000 */
        radiusM?: string;
        /** @description At most this many, nearest first */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NearbyView'];
        };
      };
    };
  };
  PropertyMapController_places: {
    parameters: {
      query?: {
        /** @description Part of a property name, number or address, or of a unit name (required) */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MapPlacesView'];
        };
      };
    };
  };
  PropertyMapController_tiles: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MapSettingsView'];
        };
      };
    };
  };
  PropertyMapController_districts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DistrictOutlinesView'];
        };
      };
    };
  };
}
