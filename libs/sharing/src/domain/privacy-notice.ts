/**
 * The notice a resident agrees to before booking (《个人信息保护法》 arts 13, 14, 17): what is
 * collected, why, how long it is kept, and how to have it erased. A new version needs a new
 * consent before the next booking.
 */
export interface PrivacyNotice {
  readonly version: string;
  readonly purposes: readonly string[];
  readonly text: { readonly zh: string; readonly en: string };
}

export const PRIVACY_NOTICE: PrivacyNotice = {
  version: '2026-11-01',
  purposes: ['booking', 'entry_check', 'contact_about_booking'],
  text: {
    zh: [
      '为办理错峰共享场地预约，我们仅收集您的姓名、手机号码和车牌号码（停车场需要）。',
      '用途：确认预约、入场核验、就预约变动（如考试停用）与您联系。不用于其他目的，不向第三方提供。',
      '保护：以上信息以您个人专用的密钥加密保存；只有您本人和场地管理单位（仅限其场地的预约）能查看完整信息，管理单位的每次查看都会被记录；其他人只能看到遮盖后的信息。',
      '保存期限：自您最后一次预约结束起，超过规定期限未再预约的，系统自动删除您的个人信息。',
      '您的权利：您可随时在“我的”页面注销个人信息（删除密钥后无法恢复），也可撤回同意；撤回后不能再预约。预约记录、违约记录和统计数字会保留，但不再显示您的姓名、电话和车牌。',
    ].join('\n'),
    en: [
      'To book off-peak shared spaces we collect only your name, mobile number and plate number (for parking).',
      'Purposes: confirming bookings, checking entry, and contacting you about changes to a booking (such as an exam-day closure). Nothing else, and nothing is given to third parties.',
      'Protection: the data is encrypted under a key of your own; only you and the unit managing the space (for its own bookings) see it in full, and each of the unit’s reads is recorded; everyone else sees it masked.',
      'Retention: when you have not booked for the set period after your last booking ended, your personal data is erased automatically.',
      'Your rights: erase your personal data at any time on the “我的” page (the key is destroyed and nothing can be recovered), or withdraw consent, after which you cannot book. Bookings, no-show records and figures remain, without your name, phone or plate.',
    ].join('\n'),
  },
};
