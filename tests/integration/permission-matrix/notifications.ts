// The permission matrix's rows for notifications and e-mail:
// who may run each mutation on a record of their own country or another's, and the input it is
// tried with (../permission-matrix.test.ts).
import { unsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { db, everyone, type Row, targetUser } from "./shared";

export const notificationsRows: Record<string, Row> = {
  // The inbox and settings act on the signed-in user's own rows, whoever it is.
  "notifications.saveSettings": {
    allowed: everyone("admin", "coordinator", "secretariat", "viewer"),
    input: async () => ({ channels: { report_submitted: "digest" }, mailLocale: "" }),
  },
  "notifications.markRead": {
    allowed: everyone("admin", "coordinator", "secretariat", "viewer"),
    input: async () => ({ ids: [] }),
  },
  // Proven by the link's signature, not by a session: anyone holding a fresh link may use it.
  "notifications.unsubscribe": {
    allowed: everyone("admin", "coordinator", "secretariat", "viewer", "anonymous"),
    input: async (_actor, relation) => {
      const user = await targetUser(relation);
      return { token: unsubscribeToken({ userId: user.id, kind: "report_approved", issuedAt: new Date() }) };
    },
  },
  "mail.retry": {
    allowed: everyone("admin"),
    input: async (_actor, relation) => {
      const user = await targetUser(relation);
      const mail = await db.mail.create({
        data: {
          userId: user.id,
          to: user.email,
          locale: "en",
          subject: "s",
          text: "t",
          html: "h",
          state: "failed",
        },
      });
      return { id: mail.id };
    },
  },
};
