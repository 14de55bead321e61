// Where, by whom and in what words the demonstration projects report: provinces with coordinates,
// implementing agencies per country, and the English narratives, milestones and issues of their
// status updates. None of this describes a real project.

export const demoProvinces: Record<string, { province: string; latitude: number; longitude: number }[]> = {
  KH: [
    { province: "Siem Reap", latitude: 13.3633, longitude: 103.8564 },
    { province: "Stung Treng", latitude: 13.5259, longitude: 105.9683 },
  ],
  CN: [
    { province: "Yunnan", latitude: 25.0406, longitude: 102.7129 },
    { province: "Guangxi", latitude: 22.817, longitude: 108.3665 },
  ],
  LA: [
    { province: "Luang Prabang", latitude: 19.8834, longitude: 102.1347 },
    { province: "Champasak", latitude: 15.1202, longitude: 105.7987 },
  ],
  MM: [
    { province: "Shan State", latitude: 21.5604, longitude: 97.7547 },
    { province: "Mandalay Region", latitude: 21.9588, longitude: 96.0891 },
  ],
  TH: [
    { province: "Chiang Rai", latitude: 19.9105, longitude: 99.8406 },
    { province: "Nong Khai", latitude: 17.8783, longitude: 102.742 },
  ],
  VN: [
    { province: "An Giang", latitude: 10.5216, longitude: 105.1259 },
    { province: "Lao Cai", latitude: 22.4809, longitude: 103.9755 },
  ],
};

export const demoAgencies: Record<string, string> = {
  KH: "Ministry of Foreign Affairs and International Cooperation (demo)",
  CN: "Ministry of Foreign Affairs, LMC China Secretariat (demo)",
  LA: "Ministry of Foreign Affairs, Lao National Secretariat (demo)",
  MM: "Ministry of Foreign Affairs, Myanmar National Secretariat (demo)",
  TH: "Department of International Economic Affairs (demo)",
  VN: "Ministry of Foreign Affairs, Department of Economic Affairs (demo)",
};

export const demoNarratives = {
  early: "Preparations began: the project team was formed and the work plan agreed with the partner agencies.",
  middle: "Activities are on schedule. Training sessions were held and the procurement of equipment is under way.",
  late: "Most activities are complete; the team is preparing the final report and the handover to local authorities.",
  done: "The project was completed and its final report was submitted to the national secretariat.",
  suspended: "Activities were suspended pending a decision on the budget revision.",
};
export const demoMilestones = ["Inception workshop held", "First training cohort completed", "Equipment delivered", "Mid-term review done", "Final report submitted"];
export const demoIssues = ["Delays in customs clearance of equipment", "Travel restrictions postponed a study visit", "Exchange-rate changes reduced the budget in local currency"];
