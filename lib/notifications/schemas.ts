import { z } from "zod";
import { locales } from "@/lib/i18n/settings";
import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS } from "./kinds";

export const notificationSettingsSchema = z.object({
  /** One channel per kind; a kind left out keeps its current setting. */
  channels: z.partialRecord(z.enum(NOTIFICATION_KINDS), z.enum(NOTIFICATION_CHANNELS)),
  /** "" for "the language I last used". */
  mailLocale: z.union([z.enum(locales), z.literal("")]),
});

export const markReadSchema = z.object({
  /** The notifications to mark read, or every unread one of the user when empty. */
  ids: z.array(z.uuid()).max(500).default([]),
});

export const unsubscribeSchema = z.object({ token: z.string().min(1).max(600) });

export const retryMailSchema = z.object({ id: z.uuid() });
