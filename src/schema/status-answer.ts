/**
 * The strict shape of a status answer, for a host's backend checking what its status endpoint sends. The badge itself
 * reads answers leniently with `parseStatusAnswer` (order-status.ts), which needs no schema library.
 */
import * as z from 'zod/mini';
import { ORDER_STATUSES } from './order-status.js';

export const orderStatusSchema = z.enum(ORDER_STATUSES);

export const statusAnswerSchema = z.object({
  status: orderStatusSchema,
  message: z.optional(z.string()),
  /** An ISO 8601 date-time with `Z` or an offset, e.g. `2026-11-21T14:03:00Z`. */
  updatedAt: z.optional(z.iso.datetime({ offset: true })),
});
export type StatusAnswerInput = z.input<typeof statusAnswerSchema>;
