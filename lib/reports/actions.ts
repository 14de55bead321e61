"use server";

import type { MutationInput } from "@/lib/mutations/define";
import { JOBS, runSoon } from "@/lib/jobs/queue";
import { perform } from "@/lib/mutations/perform";
import { issueEdition, publishEdition } from "./edition-mutations";
import {
  approveJointList,
  decideProposal,
  proposeJointProject,
  signOffJointProject,
  withdrawSignOff,
} from "./joint-mutations";
import { openPeriod, updatePeriod } from "./period-mutations";
import {
  approveReport,
  reopenReport,
  returnReport,
  saveReportNarratives,
  submitReport,
} from "./report-mutations";

// Server actions are public endpoints: each hands its raw input to a mutation, which validates it,
// checks the signed-in actor and the country against the permission map, and audits the change.

export async function openPeriodAction(input: MutationInput<typeof openPeriod>) {
  return perform(openPeriod, input);
}

export async function updatePeriodAction(input: MutationInput<typeof updatePeriod>) {
  return perform(updatePeriod, input);
}

export async function saveNarrativesAction(input: MutationInput<typeof saveReportNarratives>) {
  return perform(saveReportNarratives, input);
}

export async function submitReportAction(input: MutationInput<typeof submitReport>) {
  return perform(submitReport, input);
}

export async function returnReportAction(input: MutationInput<typeof returnReport>) {
  return perform(returnReport, input);
}

export async function approveReportAction(input: MutationInput<typeof approveReport>) {
  return perform(approveReport, input);
}

export async function reopenReportAction(input: MutationInput<typeof reopenReport>) {
  return perform(reopenReport, input);
}

export async function signOffAction(input: MutationInput<typeof signOffJointProject>) {
  return perform(signOffJointProject, input);
}

export async function withdrawSignOffAction(input: MutationInput<typeof withdrawSignOff>) {
  return perform(withdrawSignOff, input);
}

export async function proposeJointProjectAction(input: MutationInput<typeof proposeJointProject>) {
  return perform(proposeJointProject, input);
}

export async function decideProposalAction(input: MutationInput<typeof decideProposal>) {
  return perform(decideProposal, input);
}

export async function approveJointListAction(input: MutationInput<typeof approveJointList>) {
  return perform(approveJointList, input);
}

export async function issueEditionAction(input: MutationInput<typeof issueEdition>) {
  return perform(issueEdition, input);
}

export async function publishEditionAction(input: MutationInput<typeof publishEdition>) {
  const result = await perform(publishEdition, input);
  // Officials open the pack right after publication: its printing ahead starts now.
  if (result.ok) await runSoon(JOBS.briefing);
  return result;
}
