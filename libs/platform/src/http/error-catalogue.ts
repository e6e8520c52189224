/**
 * Every error code the API answers, with the message users see: Chinese by default, English when
 * the client sends `Accept-Language: en`. Served at GET /api/errors so the web app shows the same
 * words. A test fails when a code used anywhere in the code base is missing here.
 */
export type Locale = 'zh-CN' | 'en-US';
export type CatalogueEntry = Readonly<Record<Locale, string>>;

const entry = (zh: string, en: string): CatalogueEntry => ({ 'zh-CN': zh, 'en-US': en });

export const ERROR_CATALOGUE: Readonly<Record<string, CatalogueEntry>> = {
  // Request shape (HTTP layer)
  VALIDATION_FAILED: entry('请求内容不符合要求', 'the request is not valid'),
  MALFORMED_JSON: entry('请求体不是合法的 JSON', 'the request body is not valid JSON'),
  JSON_TOO_DEEP: entry('请求体嵌套层数过多', 'the request body is nested too deeply'),
  PAYLOAD_TOO_LARGE: entry('请求体过大', 'the request body is too large'),
  WEB_NOT_BUILT: entry('页面尚未构建：请先运行 npm run build', 'the web app is not built: run npm run build'),
  UNSUPPORTED_MEDIA_TYPE: entry('不支持的请求内容类型', 'unsupported content type'),
  READ_AFTER_INVALID: entry('X-Read-After 不是有效的事件位置', 'X-Read-After is not a valid event position'),
  BAD_REQUEST: entry('请求有误', 'bad request'),
  NOT_FOUND: entry('找不到请求的内容', 'not found'),
  CONFLICT: entry('与当前状态冲突', 'conflict with the current state'),
  FORBIDDEN: entry('无权执行此操作', 'forbidden'),
  INTERNAL: entry('服务器内部错误，请稍后重试', 'internal error; please try again later'),
  NOT_READY: entry('服务尚未就绪', 'the service is not ready'),
  STORE_UNAVAILABLE: entry(
    '数据存储暂时不可用，本次操作未能确认完成，请稍后重试',
    'the event store is unavailable for the moment; the change was not confirmed, try again shortly (with the same Idempotency-Key it cannot apply twice)',
  ),
  METRICS_TOKEN_REQUIRED: entry('抓取指标需要 METRICS_TOKEN', 'scraping the metrics needs the METRICS_TOKEN'),
  LOG_EPOCH_KEY: entry(
    '审计日志当前时期使用另一把签名密钥：请以该密钥（AUDIT_SIGNING_KEY）重启',
    "the log's open epoch is signed with another key: restart with that AUDIT_SIGNING_KEY",
  ),
  LOG_EPOCH_SUITE: entry(
    '审计日志已切换密码算法，请按新算法和密钥重启服务',
    'the audit log moved to another suite: restart with its CRYPTO_SUITE and key',
  ),
  PACKAGE_SPANS_EPOCHS: entry(
    '所选时段跨越了密码算法切换，请以切换时间为界分两次导出',
    'the period spans a change of cryptographic suite: export before and after it separately',
  ),
  // Field problems (in `fields[].code`)
  NULL_NOT_ALLOWED: entry('不能为 null；不需要的字段请省略', 'must not be null; leave the field out instead'),
  NUL_CHARACTER: entry('不能包含 NUL 字符', 'must not contain a NUL character'),
  LONE_SURROGATE: entry('包含无效的 Unicode 字符（孤立代理项）', 'contains an invalid Unicode character (unpaired surrogate)'),
  NUMBER_OUT_OF_RANGE: entry('数值超出允许范围', 'number out of the allowed range'),
  NESTING_TOO_DEEP: entry('嵌套层数过多', 'nested too deeply'),
  INVALID_FIELD: entry('取值不符合要求', 'value not allowed'),
  // Identity and rights
  UNAUTHENTICATED: entry('请先登录', 'sign in first (Authorization: Bearer <token>)'),
  INVALID_TOKEN: entry('登录凭证无效或已过期，请重新登录', 'the token is invalid or expired'),
  UNKNOWN_USER: entry('没有这个用户', 'unknown user'),
  DEMO_LOGIN_DISABLED: entry('演示登录未开启', 'demo login is disabled'),
  ROLE_NOT_ALLOWED: entry('您的角色无权执行此操作', 'your role may not do this'),
  NOT_YOUR_DEPARTMENT: entry('只能操作本单位的资产', 'you may act only for your own department'),
  NOT_A_PARTY: entry('您不是此事项的当事方', 'you are not a party to this'),
  // Accounts, sign-in and sessions
  INVALID_CREDENTIALS: entry('用户名或密码不正确', 'wrong username or password'),
  ACCOUNT_LOCKED: entry(
    '密码错误次数过多，账号已暂时锁定，请稍后再试或联系系统管理员',
    'too many wrong passwords: the account is locked for a while',
  ),
  ACCOUNT_DISABLED: entry('账号已停用', 'the account is disabled'),
  PASSWORD_CHANGE_REQUIRED: entry('首次登录请先修改初始密码', 'change your initial password first'),
  TOKEN_EXPIRED: entry('登录凭证已过期，请刷新或重新登录', 'the access token expired; refresh it'),
  SESSION_NOT_FOUND: entry('登录会话不存在，请重新登录', 'no such session; sign in again'),
  SESSION_ENDED: entry('您已退出登录，请重新登录', 'the session has ended; sign in again'),
  SESSION_EXPIRED: entry('登录已超过有效期，请重新登录', 'the session expired; sign in again'),
  REFRESH_TOKEN_INVALID: entry('刷新凭证无效，请重新登录', 'the refresh token is not valid; sign in again'),
  REFRESH_TOKEN_REUSED: entry(
    '刷新凭证已被使用过，为安全起见已退出登录，请重新登录',
    'the refresh token was used before; the session was ended for safety',
  ),
  ROLE_REVOKED: entry('您在此次登录中使用的角色已被收回，请重新登录', 'the role of this session was revoked; sign in again'),
  SSO_FAILED: entry('统一身份认证登录未成功，请重试', 'single sign-on did not succeed; try again'),
  SSO_NOT_CONFIGURED: entry('未配置统一身份认证', 'single sign-on is not configured'),
  TOO_MANY_REQUESTS: entry('请求过于频繁，请稍后再试', 'too many requests; try again shortly'),
  PHONE_NUMBER_INVALID: entry('请输入正确的 11 位手机号码', 'enter a valid 11-digit mainland mobile number'),
  SMS_RESEND_TOO_SOON: entry('验证码发送过于频繁，请稍后再获取', 'a code was sent a moment ago; wait before asking again'),
  SMS_TOO_MANY_CODES: entry('该号码一小时内获取验证码次数已达上限，请稍后再试', 'too many codes to this number this hour; try later'),
  SMS_CODE_NOT_REQUESTED: entry('请先获取验证码', 'ask for a code first'),
  SMS_CODE_WRONG: entry('验证码不正确', 'wrong code'),
  SMS_CODE_EXPIRED: entry('验证码已过期，请重新获取', 'the code expired; ask for a new one'),
  SMS_CODE_ATTEMPTS_EXHAUSTED: entry('验证码错误次数过多，已失效，请重新获取', 'too many wrong tries: the code is void, ask for a new one'),
  SMS_SEND_FAILED: entry('短信发送失败，请稍后重试', 'the text could not be sent; try again shortly'),
  PHONE_SIGN_IN_DISABLED: entry('手机号登录未开启', 'phone sign-in is off'),
  ACCOUNT_ADMIN_ONLY: entry('只有系统管理员可以管理账号', 'only a system administrator manages accounts'),
  ACCOUNT_EXISTS: entry('用户名已被使用', 'the username is taken'),
  ACCOUNT_NOT_FOUND: entry('账号不存在', 'no such account'),
  ACCOUNT_UNKNOWN_UNIT: entry('所选单位不在组织架构中或已撤销', 'the unit is not in the organisation tree or is closed'),
  ACCOUNT_UNIT_RULE: entry(
    '居民账号不属于单位也不兼任其他角色；工作人员账号必须属于一个单位',
    'residents have no unit and no other role; staff belong to a unit',
  ),
  ROLE_ALREADY_HELD: entry('账号已有此角色', 'the account already holds this role'),
  ROLE_NOT_HELD: entry('账号没有此角色', 'the account does not hold this role'),
  LAST_ROLE: entry('账号至少保留一个角色；不再使用请停用账号', 'an account keeps at least one role; disable it instead'),
  ACCOUNT_ALREADY_IN_UNIT: entry('账号已在该单位', 'the account is already in this unit'),
  PASSWORD_TOO_WEAK: entry(
    '密码不符合要求：至少 10 位，包含大写字母、小写字母、数字、符号中的三类，且不含用户名',
    'the password needs 10+ characters of three kinds (upper, lower, digits, others) and must not contain the username',
  ),
  WRONG_CURRENT_PASSWORD: entry('当前密码不正确', 'the current password is wrong'),
  // Concurrency and retries
  VERSION_CONFLICT: entry('记录已被他人修改，请刷新后重试', 'the record changed since you read it; reload and try again'),
  IDEMPOTENCY_KEY_REUSED: entry(
    '此 Idempotency-Key 已用于另一个请求，请换一个新的键',
    'this Idempotency-Key was already used for a different request; use a new key',
  ),
  // Depreciation (折旧)
  DEPRECIATION_NOT_ALLOWED: entry(
    '只有财政部门或系统管理员可以计提折旧、维护折旧年限表',
    'only the finance bureau or the administrator keeps depreciation',
  ),
  DEPRECIATION_INVALID_MONTH: entry('月份格式应为 YYYY-MM', 'the month must be YYYY-MM'),
  DEPRECIATION_MONTH_NOT_ENDED: entry('该月尚未结束，不能计提折旧', 'the month has not ended yet'),
  DEPRECIATION_MONTH_ALREADY_CLOSED: entry('该月已计提折旧，不能重复计提', 'the month is already closed'),
  DEPRECIATION_MONTH_OUT_OF_ORDER: entry(
    '须按月份顺序计提，请先计提上一个未计提的月份',
    'months close in order; close the earlier month first',
  ),
  DEPRECIATION_MONTH_BEFORE_START: entry(
    '折旧账从首张计提折旧的卡片入账之月起，不能计提更早的月份',
    'the ledger starts in the month its first depreciating card was registered; earlier months cannot be closed',
  ),
  LIFE_TABLE_INVALID: entry('折旧年限表有误', 'the useful-life table has errors'),
  LIFE_TABLE_TOO_LARGE: entry(
    '折旧年限表过大，超过单个事件 900 KiB 的上限：请精简名称和依据',
    'the useful-life table is too large for one event (900 KiB): shorten names and bases',
  ),
  LIFE_TABLE_FOR_CLOSED_MONTH: entry('新折旧年限表只能从尚未计提的月份起施行', 'a new table can only govern months not yet closed'),
  LIFE_TABLE_OVERLAPS: entry('施行月份早于已有版本', 'an existing version starts later than this one'),
  // Asset register and warehouse
  ASSET_ALREADY_REGISTERED: entry('该资产编号已登记', 'an asset with this number is already registered'),
  ASSET_NOT_FOUND: entry('资产不存在', 'no such asset'),
  UNKNOWN_CATEGORY: entry(
    '资产分类代码不在现行分类表中（应为字母+8位数字，且各级上级在表中）',
    'the category code is not in the category table in force (a letter and eight digits, each level listed)',
  ),
  CATEGORY_TABLE_INVALID: entry('分类表有错误，未载入（见各行问题）', 'the category table has problems and was not loaded (see each row)'),
  CATEGORY_TABLE_ADMIN_ONLY: entry('只有系统管理员可以载入分类表', 'only the system administrator loads the category table'),
  INVALID_CARD_FIELD: entry('资产卡片字段取值无效', 'a card field cannot hold that value'),
  ACQUISITION_DATE_IN_FUTURE: entry('取得日期不能晚于今天', 'the acquisition date is in the future'),
  NOTHING_TO_CORRECT: entry('没有需要更正的内容', 'nothing to correct'),
  NOTHING_TO_RELOCATE: entry('存放地点和使用人均未变化', 'neither place nor custodian changes'),
  DEPRECIATION_EXCEEDS_VALUE: entry('累计折旧不能超过原值', 'accumulated depreciation exceeds the original value'),
  ASSET_NOT_IN_USE: entry('资产当前不在用，不能执行此操作', 'the asset is not in use'),
  OFFICE_SPACE_NOT_LENDABLE: entry(
    '办公用房不得出租、出借（《机关事务管理条例》第二十三条）',
    'office space may not be lent or rented out',
  ),
  INVALID_LISTING_FIELD: entry('闲置资产发布信息取值无效', 'a listing field cannot hold that value'),
  INVALID_LISTING_WINDOW: entry('公示期设置有误', 'the listing window is not valid'),
  LISTING_NOT_FOUND: entry('公物仓中没有这条信息', 'no such listing'),
  LISTING_NOT_OPEN: entry('该闲置资产当前不可申领', 'the listing is not open'),
  LISTING_NOT_EXPIRED: entry('公示期尚未结束', 'the listing has not expired'),
  LISTING_INTERNAL_ONLY: entry('该资产目前仅在本系统内部调剂', 'the listing is open only within its own system for now'),
  CANNOT_CLAIM_OWN_ASSET: entry('不能申领本单位的资产', 'you cannot claim your own asset'),
  ALREADY_CLAIMED: entry('您已申领过该资产', 'you have already claimed this'),
  CLAIM_NOT_FOUND: entry('申领记录不存在', 'no such claim'),
  TRANSFER_NOT_FOUND: entry('调剂单不存在', 'no such transfer'),
  NOT_YOUR_STEP: entry('当前审批环节不由您处理', 'this approval step is not yours'),
  APPROVALS_PENDING: entry('审批尚未完成', 'approvals are still pending'),
  HANDOVER_ALREADY_CONFIRMED: entry('您已确认交接', 'you have already confirmed the handover'),
  HANDOVER_NEEDS_CUSTODIAN: entry(
    '接收方确认交接时须填写使用人和存放地点',
    'the receiving side names the custodian and the place at handover',
  ),
  CUSTODIAN_NAMED_BY_RECEIVER: entry('使用人和存放地点由接收方填写', 'the receiving side names the custodian and the place'),
  SUMMARY_LEVEL_NOT_AS_OF: entry(
    '按截至日期回溯的总账只能按门类或大类汇总；按二级、品目汇总请查看当前台账',
    'an as-of summary groups by 门类 or 大类 only; group the live register by 二级 or 品目',
  ),
  // Loans (借用)
  INVALID_LOAN_FIELD: entry('借用信息取值无效', 'a loan field cannot hold that value'),
  INVALID_LOAN_PERIOD: entry('归还日期须在今天之后、一年之内', 'the due date must be after today and within a year'),
  UNKNOWN_BORROWER_UNIT: entry('借用单位不存在或已撤销', 'the borrowing unit does not exist or is closed'),
  CANNOT_LEND_TO_OWN_UNIT: entry('不能借给本单位，单位内部调整请变更存放地点', 'a loan goes to another unit; within the unit, relocate'),
  LOAN_NOT_FOUND: entry('没有这笔在借记录', 'no such open loan'),
  ASSET_ON_LOAN: entry('资产已借出，归还后才能办理', 'the asset is on loan; record its return first'),
  // Stocktake (清查盘点)
  STOCKTAKE_NOT_FOUND: entry('没有这个盘点任务', 'no such stocktake'),
  STOCKTAKE_ALREADY_EXISTS: entry('盘点任务已存在', 'the stocktake already exists'),
  STOCKTAKE_NOT_OPEN: entry('盘点任务已结束，不能再修改', 'the stocktake is closed'),
  STOCKTAKE_MANAGER_ONLY: entry('只有本单位资产管理员可以执行此操作', 'only the unit asset manager may do this'),
  STOCKTAKE_UNKNOWN_ASSET_NO: entry(
    '没有此编号的在账资产；如为账外资产请登记盘盈',
    'no card on the books has that number; record a surplus',
  ),
  STOCKTAKE_ASSET_NOT_EXPECTED: entry('该资产不在本次盘点范围内', 'the asset is not in this stocktake'),
  STOCKTAKE_ASSET_SETTLED: entry('该资产在本次盘点中已有结果', 'the asset already has a result in this stocktake'),
  INVALID_STOCKTAKE_FIELD: entry('盘点信息取值无效', 'a stocktake field cannot hold that value'),
  PHOTO_NOT_FOUND: entry('照片不存在，请先上传', 'photo not found; upload it first'),
  FILE_NOT_FOUND: entry('文件不存在', 'no such file'),
  // Disposal (处置) and write-off (核销)
  ASSET_WRITTEN_OFF: entry('资产已核销，不在账上', 'the asset has been written off'),
  OFFICE_SPACE_NOT_DISPOSABLE: entry(
    '办公用房不经本流程处置（《党政机关办公用房管理办法》第四条：办公用房统一处置，由县级以上党政机关办公用房管理部门办理）',
    'office space is disposed of centrally by the office-space authority, not through this request',
  ),
  ASSET_IN_TRANSFER: entry('资产正在调剂中，不能申请处置', 'the asset is in a transfer and cannot be disposed of'),
  LISTING_HAS_CLAIMS: entry('资产在公物仓中已有申领，请先处理申领或撤回', 'the listing has open claims: settle or withdraw it first'),
  ASSET_PENDING_DISPOSAL: entry('资产已在另一处置申请中', 'the asset is already in a disposal request'),
  CARD_FROZEN_FOR_DISPOSAL: entry(
    '处置审批期间不能更正原值、累计折旧、分类或使用状况（审批流程据此确定），请先撤回处置申请',
    'value, depreciation, category and usage cannot be corrected while a disposal is open; withdraw it first',
  ),
  INVALID_DISPOSAL_FIELD: entry('处置申请的字段取值无效', 'a field of the disposal request cannot hold that value'),
  DISPOSAL_NOT_FOUND: entry('处置申请不存在', 'no such disposal request'),
  DISPOSAL_ALREADY_EXISTS: entry('处置申请已存在', 'the disposal request already exists'),
  DISPOSAL_NOT_PENDING: entry('处置申请已不在审批中', 'the disposal request is no longer awaiting approval'),
  DISPOSAL_NOT_APPROVED: entry('处置申请尚未批复，不能核销', 'the disposal is not approved yet and cannot be written off'),
  DISPOSAL_ASSETS_NOT_HELD: entry(
    '处置申请中有资产未处于待处置状态，不能核销（请稍后重试核销，系统会先补做未完成的待处置登记）',
    'an asset of the disposal is not held for it, so it cannot be written off (retry: the missing holds are applied first)',
  ),
  PROCEEDS_REQUIRED: entry('出售、置换须登记处置收入及上缴国库凭证', 'a sale or swap needs its proceeds and the treasury voucher'),
  FILE_TOO_LARGE: entry('文件过大', 'the file is too large'),
  FILE_TYPE_NOT_ALLOWED: entry('只接受 JPEG、PNG 或 WebP 图片', 'only JPEG, PNG or WebP images are accepted'),
  FILE_EMPTY: entry('文件为空', 'the file is empty'),
  // Demand square and purchase gate
  INVALID_REQUEST_FIELD: entry('需求或采购申请的字段取值无效', 'a field of the demand or purchase request cannot hold that value'),
  DEMAND_NOT_FOUND: entry('需求不存在', 'no such demand'),
  DEMAND_ALREADY_EXISTS: entry('需求已存在', 'the demand already exists'),
  DEMAND_CLOSED: entry('需求已关闭', 'the demand is closed'),
  PURCHASE_NOT_FOUND: entry('采购申请不存在', 'no such purchase request'),
  PURCHASE_ALREADY_EXISTS: entry('采购申请已存在', 'the purchase request already exists'),
  PURCHASE_NOT_BLOCKED: entry('该采购申请未被公物仓拦截', 'the purchase request is not held by the warehouse check'),
  PURCHASE_CLOSED: entry('采购申请已结束', 'the purchase request is closed'),
  // Off-peak sharing
  SPACE_NOT_FOUND: entry('共享场地不存在', 'no such space'),
  SPACE_ALREADY_EXISTS: entry('共享场地已存在', 'the space already exists'),
  NOT_YOUR_SPACE: entry('只能管理本单位的场地', 'you may manage only your own spaces'),
  INVALID_SCHEDULE: entry('开放时段设置有误', 'the schedule is not valid'),
  INVALID_BLACKOUT: entry('停用时段设置有误', 'the blackout is not valid'),
  NOT_A_SLOT: entry('所选时间不是可预约的时段', 'that time is not a bookable slot'),
  OUTSIDE_BOOKING_HORIZON: entry('超出可预约的日期范围', 'outside the booking horizon'),
  TOO_LATE_TO_BOOK: entry('距开始时间太近，已不能预约', 'too late to book this slot'),
  SLOT_SUSPENDED: entry('该时段已停用', 'the slot is suspended'),
  AUDIENCE_NOT_ALLOWED: entry('该场地不向您开放', 'this space is not open to you'),
  BOOKER_SUSPENDED: entry('您的预约资格已暂停', 'your booking rights are suspended'),
  RESIDENT_PROFILE_REQUIRED: entry('请先填写居民信息', 'record your resident profile first'),
  INVALID_PROFILE: entry('居民信息不完整：需要姓名和手机号', 'a resident profile needs a name and a phone number'),
  PLATE_REQUIRED: entry('停车场预约需要车牌号', 'a plate number is required for parking'),
  ALREADY_BOOKED: entry('您已预约该时段', 'you have already booked this slot'),
  TOO_MANY_PLACES: entry('预约数量超出限制', 'too many places'),
  BOOKING_NOT_FOUND: entry('预约不存在', 'no such booking'),
  NOT_YOUR_BOOKING: entry('这不是您的预约', 'this is not your booking'),
  BOOKING_NOT_ACTIVE: entry('预约已不再有效', 'the booking is no longer active'),
  NOT_PENDING: entry('该预约不在待审批状态', 'the booking is not pending'),
  CHECK_IN_CLOSED: entry('已过签到时间', 'check-in is closed'),
  NOT_CHECKED_IN: entry('尚未签到', 'not checked in'),
  TOO_EARLY_FOR_NO_SHOW: entry('时段开始前不能记为爽约', 'too early to record a no-show'),
  // Residents' personal information (个人信息保护)
  CONSENT_REQUIRED: entry('预约前请先阅读并同意个人信息处理告知', 'agree to the current personal-information notice before booking'),
  NOTICE_OUTDATED: entry('个人信息处理告知已更新，请阅读新版本后再同意', 'the notice has a newer version: read it and agree again'),
  CONSENT_NOT_GIVEN: entry('您尚未同意，无需撤回', 'there is no consent to withdraw'),
  PROFILE_CHANGED: entry('您的信息刚刚被注销或修改，请重新提交', 'the profile was erased or changed meanwhile: send it again'),
  RESIDENT_NOT_FOUND: entry('没有该居民的个人信息', 'no personal data is recorded for this resident'),
  ALREADY_ERASED: entry('该居民的个人信息已注销', 'the personal data of this resident is already erased'),
  INVALID_ERASURE_REASON: entry('请填写删除原因（不超过200字）', 'give the reason for the erasure (at most 200 characters)'),
  // Separation of duties and approval policies
  SOD_SAME_PERSON: entry(
    '发起或选定此次调剂的人不能审批其后续环节',
    'the person who listed the asset or picked the claim cannot approve this transfer',
  ),
  SOD_OWN_UNIT: entry('不能审批本单位申领的调剂', 'you cannot approve a transfer your own unit requested'),
  NOT_A_FINANCE_BUREAU: entry('只有本区财政部门可以登记审批规则', "only the district's finance bureau records its approval policy"),
  POLICY_EFFECTIVE_IN_PAST: entry('生效日期不能早于今天', 'the effective date cannot be before today'),
  POLICY_OVERLAPS: entry('生效日期须晚于已登记的最新审批规则', 'the effective date must be after the latest recorded policy'),
  OUT_OF_SCOPE: entry('该单位或辖区不在您的管辖范围内', 'that unit or district is outside what you cover'),
  // Organisation (组织架构)
  NOT_AN_ADMINISTRATOR: entry('只有系统管理员可以维护组织架构', 'only a system administrator changes the organisation'),
  UNIT_ALREADY_EXISTS: entry('单位编码已存在', 'a unit with this code already exists'),
  UNIT_NOT_FOUND: entry('单位不存在', 'no such unit'),
  PARENT_NOT_FOUND: entry('上级单位不存在', 'the parent unit does not exist'),
  UNIT_CLOSED: entry('单位已撤销', 'the unit is closed'),
  INVALID_LEVEL: entry('单位层级与上级不匹配', 'the level does not fit under that parent'),
  INVALID_CREDIT_CODE: entry(
    '统一社会信用代码无效（GB 32100-2015 校验位不符）',
    'invalid unified social credit code (GB 32100-2015 check character)',
  ),
  CREDIT_CODE_IN_USE: entry('该统一社会信用代码已被其他单位使用', 'another unit already has this unified social credit code'),
  TREE_CYCLE: entry('不能把单位移到它自己或其下级之下', 'a unit cannot move under itself or its own sub-unit'),
  NOTHING_TO_CHANGE: entry('没有需要变更的内容', 'nothing to change'),
  UNIT_HAS_OPEN_CHILDREN: entry('该单位还有未撤销的下级单位', 'the unit still has open sub-units'),
  UNIT_HOLDS_ASSETS: entry(
    '该单位账上还有资产，请先调出或处置',
    'the unit still holds assets on its books; transfer or dispose of them first',
  ),
  // Audit
  NO_PROOF: entry('无法生成所请求的证明', 'no such proof'),
};

export function localeFrom(acceptLanguage: string | string[] | undefined): Locale {
  const value = Array.isArray(acceptLanguage) ? acceptLanguage[0] : acceptLanguage;
  const first = (value ?? '').split(',')[0].trim().toLowerCase();
  return first.startsWith('en') ? 'en-US' : 'zh-CN';
}

export function catalogueMessage(code: string, locale: Locale): string | undefined {
  return ERROR_CATALOGUE[code]?.[locale];
}
