import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contact details for notifications are sealed per person (see outbox/contact-details.ts): the
 * preferences get the subject of the person's key, the sealed addresses and masked copies; the
 * outbox keeps only the masked address (the sender opens the person's current one when it sends).
 * Sealing needs the deployment's keys, which SQL has not got: rows written before this stay in the
 * plain columns until the API's start-up sealing (SealContactDetailsOnStart) seals and empties them.
 * The masks below are the same as maskEmail and maskPhone.
 */
export class SealedContactDetails1732300001940 implements MigrationInterface {
  name = 'SealedContactDetails1732300001940';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "notification_preferences" ADD "contact_subject" text, ADD "email_sealed" jsonb, ADD "phone_sealed" jsonb, ADD "email_masked" text, ADD "phone_masked" text`,
    );
    await q.query(
      `UPDATE "notification_preferences"
          SET "email_masked" = CASE WHEN "email" IS NULL THEN NULL
                                    WHEN strpos("email", '@') > 1 THEN left("email", 1) || '***' || substr("email", length("email") - strpos(reverse("email"), '@') + 1)
                                    ELSE '***' END,
              "phone_masked" = CASE WHEN "phone" IS NULL THEN NULL
                                    WHEN length("phone") >= 7 THEN left("phone", 3) || '****' || right("phone", 4)
                                    ELSE '****' END`,
    );
    await q.query(
      `UPDATE "outbox_messages"
          SET "recipient" = CASE WHEN "channel" = 'email' AND strpos("recipient", '@') > 1
                                   THEN left("recipient", 1) || '***' || substr("recipient", length("recipient") - strpos(reverse("recipient"), '@') + 1)
                                 WHEN "channel" = 'sms' AND length("recipient") >= 7 THEN left("recipient", 3) || '****' || right("recipient", 4)
                                 ELSE '***' END
        WHERE "channel" IN ('email', 'sms') AND "recipient" <> '(erased)'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "notification_preferences" DROP COLUMN "phone_masked", DROP COLUMN "email_masked", DROP COLUMN "phone_sealed", DROP COLUMN "email_sealed", DROP COLUMN "contact_subject"`,
    );
  }
}
