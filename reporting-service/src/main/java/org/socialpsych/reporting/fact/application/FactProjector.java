package org.socialpsych.reporting.fact.application;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.socialpsych.chassis.messaging.IncomingEvent;
import org.socialpsych.chassis.messaging.InvalidEventException;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps the other services' events to fact writes: which metric of which area and month an event
 * contributes. The mapping is code (it knows event shapes); what the metrics mean for a KPI is
 * data (indicator definitions). Person-level fields never leave this class: facts hold counts.
 * Unknown types yield nothing, so producers can add types without breaking reporting.
 */
@Component
public class FactProjector {

    /** Months are counted in China Standard Time, the calendar officials report in. */
    public static final ZoneId REPORTING_ZONE = ZoneId.of("Asia/Shanghai");
    /** The period of stock facts (areas, service points, staff, registries): counted as of now. */
    public static final String STOCK = "stock";
    public static final int[] CONTACT_BUCKETS = {15, 30, 60, 120, 240, 1440};

    private final JsonMapper json;

    public FactProjector(JsonMapper json) {
        this.json = json;
    }

    public List<FactWrite> project(IncomingEvent event) {
        String type = event.type();
        String name = type.substring(type.lastIndexOf('.', type.length() - 4) + 1, type.length() - 3);
        JsonNode p = parse(event);
        long version = p.path("aggregateVersion").asLong(0);
        String id = text(p, "aggregateId").orElse(event.key());
        Optional<List<String>> path = path(p);
        String period = period(p, event);
        Map<String, Long> m = new LinkedHashMap<>();
        String key;
        switch (name) {
            case "AreaCreated" -> {
                String level = text(p, "level").orElse("");
                m.put("areas" + capital(level), 1L);
                return path.map(ap -> List.of(new FactWrite("area:" + id, ap, STOCK, version, m))).orElse(List.of());
            }
            case "AssessmentCompleted" -> {
                key = "assessment:" + id;
                m.put("screened", 1L);
                m.put("screenPositive", flag(p, "positiveScreen"));
                m.put("screenCritical", flag(p, "critical"));
                text(p, "tier").ifPresent(t -> m.put("screenTier" + capital(t), 1L));
                text(p, "instrument").ifPresent(i -> m.put("screened" + i, 1L));
            }
            case "CampaignProgressed", "CampaignClosed" -> {
                // each is a full snapshot of the campaign's counts: the newest version wins
                key = "campaign:" + id;
                for (String f : List.of("invited", "consented", "completed", "positive", "critical")) {
                    firstLong(p, f).ifPresent(v -> m.put("campaign" + capital(f), v));
                }
            }
            case "CrisisCaseOpened" -> {
                key = "crisis:" + id;
                m.put("crisisOpened", 1L);
                text(p, "tier").ifPresent(t -> m.put("crisisTier" + capital(t), 1L));
            }
            case "CrisisCaseAcknowledged" -> {
                key = "crisis:" + id;
                m.put("crisisAcknowledged", 1L);
                m.put("crisisAckOnTime", flag(p, "onTime"));
            }
            case "CrisisCaseFirstContactMade" -> {
                key = "crisis:" + id;
                m.put("crisisContacted", 1L);
                m.put("crisisContactOnTime", flag(p, "onTime"));
                long minutes = firstLong(p, "minutesToFirstContact", "minutes").orElse(-1L);
                if (minutes >= 0) {
                    for (int b : CONTACT_BUCKETS) {
                        m.put("crisisContactLe" + b, minutes <= b ? 1L : 0L);
                    }
                }
            }
            case "CrisisCaseEscalated" -> {
                key = "crisis:" + id;
                m.put("crisisEscalated", 1L);
            }
            case "CrisisCaseClosed" -> {
                key = "crisis:" + id;
                m.put("crisisClosed", 1L);
            }
            case "ServicePointRegistered", "ServicePointStatusChanged" -> {
                return servicePoint(p, id, version, path, period);
            }
            case "PractitionerRegistered", "PractitionerTrainingRecorded" -> {
                key = "practitioner:" + id;
                m.put("professionals", 1L);
                firstLong(p, "totalHours", "trainingHours").ifPresent(h -> m.put("trainingHours", h));
                return path.map(ap -> List.of(new FactWrite(key, ap, STOCK, version, m))).orElse(List.of());
            }
            case "HotlineCallRecorded" -> {
                key = "hotline:" + id;
                m.put("hotlineCalls", 1L);
                text(p, "outcome").ifPresent(o -> m.put("hotlineOutcome" + capital(o), 1L));
            }
            case "ReferralOffered" -> {
                key = "referral:" + id;
                m.put("referralsOffered", 1L);
            }
            case "ReferralClosed", "ReferralOutcomeReported" -> {
                key = "referral:" + id;
                m.put("referralsClosed", 1L);
            }
            case "SmdFollowUpRecorded" -> {
                if (path.isEmpty()) {
                    return List.of();
                }
                // a flow fact per follow-up, and the patient's stock fact: managed = last follow-up on time
                long onTime = flag(p, "onTime");
                return List.of(new FactWrite("smd-follow-up:" + event.id(), path.get(), period, version,
                                Map.of("smdFollowUps", 1L, "smdFollowUpsOnTime", onTime)),
                        new FactWrite("smd:" + id, path.get(), STOCK, version, Map.of("smdManaged", onTime)));
            }
            case "SmdPatientRegistered" -> {
                key = "smd:" + id;
                m.put("smdRegistered", 1L);
                m.put("smdManaged", 0L);
                return path.map(ap -> List.of(new FactWrite(key, ap, STOCK, version, m))).orElse(List.of());
            }
            case "VisitRecorded" -> {
                key = "visit:" + id;
                m.put("visitsDone", 1L);
                m.put("visitsOnTime", flag(p, "onTime"));
            }
            case "VisitDue", "VisitScheduled" -> {
                key = "visit-due:" + id;
                m.put("visitsDue", 1L);
            }
            case "GridEventEscalated" -> {
                key = "grid-event:" + id;
                m.put("gridEventsEscalated", 1L);
            }
            case "InspectionFindingRecorded" -> {
                key = "inspection:" + id;
                m.put("inspectionFindings", 1L);
                JsonNode points = p.get("deductionPoints");
                m.put("inspectionDeductions", points == null ? 0L : Math.round(points.asDouble()));
            }
            case "RectificationVerified" -> {
                key = "inspection:" + id;
                m.put("rectificationsVerified", 1L);
                m.put("rectificationsOnTime", flag(p, "onTime"));
            }
            case "ResidentRegistered" -> {
                key = "resident:" + id;
                m.put("residents", 1L);
                return path.map(ap -> List.of(new FactWrite(key, ap, STOCK, version, m))).orElse(List.of());
            }
            case "GridEventOpened" -> {
                key = "grid-event:" + id;
                m.put("gridEventsOpened", 1L);
            }
            case "GridEventClosed" -> {
                key = "grid-event:" + id;
                m.put("gridEventsClosed", 1L);
                m.put("gridEventsClosedOnTime", flag(p, "onTime"));
            }
            case "PopulationTagged" -> {
                key = "tagged:" + id;
                m.put("specialPopulation", 1L);
                return path.map(ap -> List.of(new FactWrite(key, ap, STOCK, version, m))).orElse(List.of());
            }
            default -> {
                return List.of();
            }
        }
        String k = key;
        return path.map(ap -> List.of(new FactWrite(k, ap, period, version, m))).orElse(List.of());
    }

    private List<FactWrite> servicePoint(JsonNode p, String id, long version, Optional<List<String>> path,
            String period) {
        if (path.isEmpty()) {
            return List.of();
        }
        List<FactWrite> out = new ArrayList<>();
        String status = text(p, "status").orElse("PLANNED");
        String type = text(p, "type").orElse("");
        boolean built = !"PLANNED".equals(status);
        Map<String, Long> sp = new LinkedHashMap<>();
        sp.put("servicePoints", 1L);
        sp.put("servicePointsBuilt", built ? 1L : 0L);
        if (type.equals("VILLAGE_ROOM") || type.equals("COMMUNITY_ROOM")) {
            // coverage counts villages with a room, not rooms: the cell materialiser derives
            // villagesWithRoom from this at village level
            sp.put("villageRoomsBuilt", built ? 1L : 0L);
        }
        out.add(new FactWrite("service-point:" + id, path.get(), STOCK, version, sp));
        return out;
    }

    private JsonNode parse(IncomingEvent event) {
        try {
            JsonNode node = json.readTree(event.payload());
            if (node == null || !node.isObject()) {
                throw new InvalidEventException("Payload of " + event.id() + " is not a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new InvalidEventException("Unreadable payload of " + event.id(), e);
        }
    }

    private static String period(JsonNode p, IncomingEvent event) {
        Instant at = text(p, "occurredAt").map(Instant::parse).orElse(event.time() == null ? Instant.EPOCH : event.time());
        return YearMonth.from(at.atZone(REPORTING_ZONE)).toString();
    }

    private static Optional<List<String>> path(JsonNode p) {
        JsonNode node = p.has("areaPath") ? p.get("areaPath") : p.has("gridPath") ? p.get("gridPath") : p.get("path");
        if (node == null || !node.isArray() || node.isEmpty()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asString()));
        return Optional.of(out);
    }

    private static Optional<String> text(JsonNode p, String field) {
        JsonNode n = p.get(field);
        return n == null || n.isNull() ? Optional.empty() : Optional.of(n.asString());
    }

    private static Optional<Long> firstLong(JsonNode p, String... fields) {
        for (String f : fields) {
            JsonNode n = p.get(f);
            if (n != null && n.isNumber()) {
                return Optional.of(n.asLong());
            }
        }
        return Optional.empty();
    }

    private static long flag(JsonNode p, String field) {
        JsonNode n = p.get(field);
        return n != null && n.asBoolean(false) ? 1L : 0L;
    }

    static String capital(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (String part : s.toLowerCase().split("[_\\s-]+")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.toString();
    }
}
