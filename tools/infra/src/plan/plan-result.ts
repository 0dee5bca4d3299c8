/** What a plan run reports: every resource registered, every function SST asked its CLI to build. */
export interface PlannedResource {
  type: string;
  name: string;
  custom: boolean;
  inputs: Record<string, unknown>;
}

export interface PlannedBuild {
  functionID: string;
  handler?: string;
  bundle?: string;
  links: Record<string, unknown>;
  environment?: Record<string, unknown>;
}

export interface PlanResult {
  stage: string;
  app: Record<string, unknown>;
  outputs: unknown;
  resources: PlannedResource[];
  builds: PlannedBuild[];
  errors: string[];
}
