// A typed walk of the main flows through the gateway, compiled against the generated clients: a
// contract change that breaks a front-end breaks this file's compilation (.ci/run runs tsc), and run
// against a started stack (bin/stack up; GATEWAY_URL, default http://127.0.0.1:8080) it checks the
// answers: dev token → screening submission → the crisis case it opened → the county's KPIs → the
// problems a front-end branches on (404 not-found, 401 unauthenticated).
import createClient from "openapi-fetch";
import type { paths as AssessmentApi } from "./generated/assessment-service.js";
import type { paths as PsychApi } from "./generated/psych-service.js";
import type { paths as ReportingApi } from "./generated/reporting-service.js";
import type { components as Reporting } from "./generated/reporting-service.js";

const gateway = process.env.GATEWAY_URL ?? "http://127.0.0.1:8080";
const county = process.env.FLOW_COUNTY ?? "330327";
const village = process.env.FLOW_VILLAGE ?? "330327101001";

function fail(message: string): never {
  throw new Error(message);
}

/** A dev token from the gateway (local profile only). */
async function devToken(): Promise<string> {
  const r = await fetch(`${gateway}/api/v1/dev/tokens`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ subject: "api-client-flow", roles: ["SYSTEM_ADMIN"], areas: [county] }),
  });
  const body = (await r.json()) as { token?: string };
  return body.token ?? fail(`dev token: HTTP ${r.status}`);
}

/** Timestamps are served in the platform's local time (+08:00). */
function assertLocalTime(label: string, value: string | null | undefined): void {
  if (value != null && !/\+08:00$/.test(value)) fail(`${label} is not in +08:00: ${value}`);
}

async function main(): Promise<void> {
  const token = await devToken();
  const headers = { Authorization: `Bearer ${token}`, "Accept-Language": "zh-CN" };
  const assessments = createClient<AssessmentApi>({ baseUrl: gateway, headers });
  const psych = createClient<PsychApi>({ baseUrl: gateway, headers });
  const reporting = createClient<ReportingApi>({ baseUrl: gateway, headers });

  // 1. a kiosk-style PHQ-9 screening with a positive item 9 (critical: opens a HIGH crisis case)
  const submitted = await assessments.POST("/api/v1/assessments", {
    params: { header: { "Idempotency-Key": `flow-${Date.now()}` } },
    body: { instrument: "PHQ9", answers: [2, 2, 2, 2, 2, 2, 2, 2, 2], areaCode: village, consent: { healthData: true } },
  });
  const result = submitted.data ?? fail(`submit screening: HTTP ${submitted.response.status}`);
  const assessmentId = result.id ?? fail("submit screening: no id");
  assertLocalTime("completedAt", result.completedAt);
  console.log(`screening ${assessmentId} submitted (HTTP ${submitted.response.status})`);

  // 2. the crisis case it opened, found by its source reference
  let caseId: string | undefined;
  for (let i = 0; i < 120 && caseId === undefined; i++) {
    const page = await psych.GET("/api/v1/crisis-cases", { params: { query: { sourceRef: `assessment:${assessmentId}` } } });
    caseId = page.data?.items[0]?.id;
    if (caseId === undefined) await new Promise((r) => setTimeout(r, 500));
  }
  if (caseId === undefined) fail("no crisis case for the screening within 60 s");
  const read = await psych.GET("/api/v1/crisis-cases/{id}", { params: { path: { id: caseId } } });
  const crisisCase = read.data ?? fail(`read crisis case: HTTP ${read.response.status}`);
  if (crisisCase.tier !== "HIGH") fail(`crisis case tier ${crisisCase.tier}, expected HIGH`);
  assertLocalTime("openedAt", crisisCase.openedAt);
  console.log(`crisis case ${caseId}: ${crisisCase.tier} ${crisisCase.status}, opened ${crisisCase.openedAt}`);

  // 3. the county's KPIs for this month
  const month = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit" })
    .format(new Date());
  const kpis = await reporting.GET("/api/v1/kpis", {
    params: { query: { area: county, period: month, indicators: ["SCREENINGS"] } },
  });
  const table: Reporting["schemas"]["KpiTable"] = kpis.data ?? fail(`KPIs: HTTP ${kpis.response.status}`);
  const screenings = table.area?.kpis?.find((k) => k.indicator === "SCREENINGS");
  console.log(`KPIs ${table.period} ${table.area?.areaName}: SCREENINGS = ${screenings?.numerator}`);

  // 4. problems are problem+json with a stable code, Chinese by default
  const missing = await psych.GET("/api/v1/crisis-cases/{id}", { params: { path: { id: "no-such-case" } } });
  if (missing.response.status !== 404 || missing.error?.code !== "not-found") {
    fail(`missing case: HTTP ${missing.response.status} ${JSON.stringify(missing.error)}`);
  }
  console.log(`missing case: ${missing.error.title} (${missing.error.code})`);

  // 5. without a token: 401 with the bearer challenge and a problem body (here English on request)
  const anonymous = createClient<PsychApi>({ baseUrl: gateway, headers: { "Accept-Language": "en" } });
  const refused = await anonymous.GET("/api/v1/crisis-cases/{id}", { params: { path: { id: caseId } } });
  if (refused.response.status !== 401 || refused.error?.code !== "unauthenticated"
      || !(refused.response.headers.get("WWW-Authenticate") ?? "").startsWith("Bearer")) {
    fail(`no token: HTTP ${refused.response.status} ${JSON.stringify(refused.error)}`);
  }
  console.log(`no token: ${refused.error.title} (${refused.error.code})`);
}

main().then(
  () => console.log("flow ok"),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
