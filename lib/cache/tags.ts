/** Tag of every cached read of project data (the dashboards); a change public pages show expires it. */
export const PROJECT_DATA_TAG = "project-data";
