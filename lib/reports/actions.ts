"use server";

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

export async function openPeriodAction(input: unknown) {
  return perform(openPeriod, input);
}

export async function updatePeriodAction(input: unknown) {
  return perform(updatePeriod, input);
}

export async function saveNarrativesAction(input: unknown) {
  return perform(saveReportNarratives, input);
}

export async function submitReportAction(input: unknown) {
  return perform(submitReport, input);
}

export async function returnReportAction(input: unknown) {
  return perform(returnReport, input);
}

export async function approveReportAction(input: unknown) {
  return perform(approveReport, input);
}

export async function reopenReportAction(input: unknown) {
  return perform(reopenReport, input);
}

export async function signOffAction(input: unknown) {
  return perform(signOffJointProject, input);
}

export async function withdrawSignOffAction(input: unknown) {
  return perform(withdrawSignOff, input);
}

export async function proposeJointProjectAction(input: unknown) {
  return perform(proposeJointProject, input);
}

export async function decideProposalAction(input: unknown) {
  return perform(decideProposal, input);
}

export async function approveJointListAction(input: unknown) {
  return perform(approveJointList, input);
}

export async function issueEditionAction(input: unknown) {
  return perform(issueEdition, input);
}

export async function publishEditionAction(input: unknown) {
  return perform(publishEdition, input);
}
