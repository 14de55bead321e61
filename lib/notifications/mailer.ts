import "server-only";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";

// How e-mails leave (docs/decisions/0029): through SMTP when SMTP_URL is set (nodemailer), else
// written as .eml files under .data/outbox, so the embedded default shows the whole flow and admins
// read the messages in the staff area.

export type OutgoingMail = { id: string; to: string; subject: string; text: string; html: string };
export type MailTransport = { send(mail: OutgoingMail): Promise<void> };

export const OUTBOX_DIR = path.join(process.cwd(), ".data", "outbox");

const sender = () => process.env.MAIL_FROM ?? "LMC Plan Tracker <no-reply@lmc-plan-tracker.invalid>";

/** The message nodemailer sends, whichever way it leaves. */
const message = (mail: OutgoingMail) => ({
  from: sender(),
  to: mail.to,
  subject: mail.subject,
  text: mail.text,
  html: mail.html,
  messageId: `<${mail.id}@lmc-plan-tracker>`,
});

export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    async send(mail) {
      await transporter.sendMail(message(mail));
    },
  };
}

export function fileTransport(directory = OUTBOX_DIR): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    async send(mail) {
      const info = await transporter.sendMail(message(mail));
      await mkdir(directory, { recursive: true });
      await writeFile(path.join(directory, `${mail.id}.eml`), info.message as Buffer);
    },
  };
}

/** The transport the configuration asks for. */
export function configuredTransport(): MailTransport {
  const url = process.env.SMTP_URL;
  return url ? smtpTransport(url) : fileTransport();
}
