// The 2022 report's reminders, as the reminder job sent them around its due date (31 March 2023):
// 14, 7 and 1 days before, then a week overdue, to the countries that had not submitted. The mail
// job delivered them then, except to the Myanmar secretariat, whose mail server refused them: the
// admins' view of the period shows those failed, ready to be sent again. Run through the portal's
// own job functions, as of those days.
import type { Db } from "../../lib/db/create-client";
import type { MailTransport } from "../../lib/notifications/mailer";
import { deliverMail } from "../../lib/notifications/outbox";
import { runReminders } from "../../lib/notifications/reminders";
import { DEMO_DOMAIN } from "./demo-accounts";

const RUNS = ["2023-03-17", "2023-03-24", "2023-03-30", "2023-04-07"];
/** The mail job's attempts after a run, in minutes: at once, then after its 1, 5 and 25 minute waits. */
const ATTEMPTS_AFTER = [1, 2, 7, 32];
const BOUNCING = `secretariat.mm@${DEMO_DOMAIN}`;

/** The mail server of 2023, as the demo remembers it: it refused the Myanmar secretariat's address. */
const server2023: MailTransport = {
  async send(mail) {
    if (mail.to === BOUNCING) throw new Error(`550 5.1.1 <${BOUNCING}>: mailbox unavailable`);
  },
};

export async function seedDemoReminders(db: Db): Promise<void> {
  for (const day of RUNS) {
    const run = new Date(`${day}T01:00:00Z`);
    await runReminders(db, run);
    for (const minutes of ATTEMPTS_AFTER) {
      await deliverMail(db, server2023, new Date(run.getTime() + minutes * 60_000), 100);
    }
  }
}
