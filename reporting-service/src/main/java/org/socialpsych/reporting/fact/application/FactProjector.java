package org.socialpsych.reporting.fact.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.function.Function;
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
 * Maps the other services' events to facts: which metrics of which area and month an event
 * contributes, in event time (the month of the event's business time — screening, visit due time,
 * case opening — in the platform zone of the chassis clock). The mapping is code (it knows event shapes); what the metrics mean for a KPI is
 * data (indicator definitions). Person-level fields never leave this class: facts hold counts.
 * Unknown types yield nothing, so producers can add types without breaking reporting.
 */
@Component
public class FactProjector {

    public static final int[] CONTACT_BUCKETS = {15, 30, 60, 120, 240, 1440};
    /** The metric of rooms built in a village, from which the store derives {@code villagesWithRoom}. */
    public static final String VILLAGE_ROOMS = "villageRoomsBuilt";

    private final JsonMapper json;
    private final ZoneId zone;

    public FactProjector(JsonMapper json, Clock clock) {
        this.json = json;
        this.zone = clock.getZone();
    }

    public List<FactWrite> project(IncomingEvent event) {
        String type = event.type();
        String name = type.substring(type.lastIndexOf('.', type.length() - 4) + 1, type.length() - 3);
        JsonNode p = parse(event);
        long version = p.path("aggregateVersion").asLong(0);
        String id = text(p, "aggregateId").orElse(event.key());
        Optional<List<String>> path = path(p);
        String occurred = month(p, event, "occurredAt");
        Map<String, Long> m = new LinkedHashMap<>();
        switch (name) {
            case "AreaCreated" -> {
                String level = text(p, "level").orElse("");
                m.put("areas" + capital(level), 1L);
                String from = date(p, "validFrom").orElse(occurred);
                return one(path, ap -> FactWrite.stock("area:" + id, version, ap, from, m));
            }
            case "AssessmentCompleted" -> {
                m.put("screened", 1L);
                m.put("screenPositive", flag(p, "positiveScreen"));
                m.put("screenCritical", flag(p, "critical"));
                text(p, "tier").ifPresent(t -> m.put("screenTier" + capital(t), 1L));
                text(p, "instrument").ifPresent(i -> m.put("screened" + i, 1L));
                return one(path, ap -> FactWrite.flow("assessment:" + id, version, ap, occurred, m));
            }
            case "CampaignProgressed", "CampaignClosed" -> {
                // each is a full snapshot of the campaign's counts: the newest version wins, in its month
                for (String f : List.of("invited", "consented", "completed", "positive", "critical")) {
                    firstLong(p, f).ifPresent(v -> m.put("campaign" + capital(f), v));
                }
                return one(path, ap -> FactWrite.flow("campaign:" + id, version, ap, occurred, m));
            }
            case "CrisisCaseOpened" -> {
                m.put("crisisOpened", 1L);
                text(p, "tier").ifPresent(t -> m.put("crisisTier" + capital(t), 1L));
                // the units the case was routed to: each one is due its own receipts
                JsonNode assignees = p.path("assignees");
                if (assignees.isArray() && !assignees.isEmpty()) {
                    m.put("crisisUnitsAssigned", (long) assignees.size());
                    assignees.forEach(u -> m.merge("crisisUnitsAssigned" + capital(u.asString()), 1L, Long::sum));
                }
                return one(path, ap -> FactWrite.flow("crisis-opened:" + id, version, ap, occurred, m)
                        .opens("crisis:" + id));
            }
            case "CrisisCaseAcknowledged" -> {
                m.put("crisisAcknowledged", 1L);
                m.put("crisisAckOnTime", flag(p, "onTime"));
                return one(path, ap -> FactWrite.flow("crisis-ack:" + id, version, ap, occurred, m)
                        .follows("crisis:" + id));
            }
            case "CrisisCaseFirstContactMade" -> {
                m.put("crisisContacted", 1L);
                m.put("crisisContactOnTime", flag(p, "onTime"));
                long minutes = firstLong(p, "minutesToFirstContact", "minutes").orElse(-1L);
                if (minutes >= 0) {
                    for (int b : CONTACT_BUCKETS) {
                        m.put("crisisContactLe" + b, minutes <= b ? 1L : 0L);
                    }
                }
                return one(path, ap -> FactWrite.flow("crisis-contact:" + id, version, ap, occurred, m)
                        .follows("crisis:" + id));
            }
            case "CrisisCaseUnitReceipt" -> {
                // one unit's receipt (or breach), counted in the case's area and opening month
                String unit = text(p, "unit").orElse("");
                String receipt = text(p, "receipt").orElse("");
                String deadline = text(p, "deadline").orElse("");
                String metric = switch (receipt) {
                    case "ACKNOWLEDGED" -> "crisisUnitAcks";
                    case "CONTACTED" -> "crisisUnitContacts";
                    default -> "crisisUnitBreaches";
                };
                m.put(metric, 1L);
                m.put(metric + capital(unit), 1L);
                if (!"BREACHED".equals(receipt)) {
                    m.put(metric + "OnTime", flag(p, "onTime"));
                    m.put(metric + "OnTime" + capital(unit), flag(p, "onTime"));
                }
                return one(path, ap -> FactWrite.flow("crisis-unit:" + id + ":" + unit + ":" + receipt + ":" + deadline,
                        version, ap, occurred, m).follows("crisis:" + id));
            }
            case "CrisisCaseEscalated" -> {
                m.put("crisisEscalated", 1L);
                return one(path, ap -> FactWrite.flow("crisis-escalated:" + id, version, ap, occurred, m)
                        .follows("crisis:" + id));
            }
            case "CrisisCaseClosed" -> {
                m.put("crisisClosed", 1L);
                return one(path, ap -> FactWrite.flow("crisis-closed:" + id, version, ap, occurred, m)
                        .follows("crisis:" + id));
            }
            case "ServicePointRegistered", "ServicePointStatusChanged" -> {
                String status = text(p, "status").orElse("PLANNED");
                String spType = text(p, "type").orElse("");
                boolean built = !"PLANNED".equals(status) && !"CLOSED".equals(status);
                m.put("servicePoints", 1L);
                m.put("servicePointsBuilt", built ? 1L : 0L);
                if (spType.equals("VILLAGE_ROOM") || spType.equals("COMMUNITY_ROOM")) {
                    // coverage counts villages with a room, not rooms: derived per village by the fact store
                    m.put(VILLAGE_ROOMS, built ? 1L : 0L);
                }
                return one(path, ap -> FactWrite.stock("service-point:" + id, version, ap, occurred, m));
            }
            case "PractitionerRegistered" -> {
                m.put("professionals", 1L);
                return one(path, ap -> FactWrite.stock("practitioner:" + id, version, ap, occurred, m));
            }
            case "PractitionerTrainingRecorded" -> {
                // hours as a registry: the practitioner's total from the month of the training on
                Optional<Long> hours = firstLong(p, "totalHours", "trainingHours");
                if (hours.isEmpty()) {
                    return List.of();
                }
                m.put("trainingHours", hours.get());
                return one(path, ap -> FactWrite.stock("practitioner-training:" + id, version, ap, occurred, m));
            }
            case "HotlineCallRecorded" -> {
                m.put("hotlineCalls", 1L);
                text(p, "outcome").ifPresent(o -> m.put("hotlineOutcome" + capital(o), 1L));
                return one(path, ap -> FactWrite.flow("hotline:" + id, version, ap, occurred, m));
            }
            case "ReferralOffered" -> {
                m.put("referralsOffered", 1L);
                return one(path, ap -> FactWrite.flow("referral-offered:" + id, version, ap, occurred, m)
                        .opens("referral:" + id));
            }
            case "ReferralClosed", "ReferralOutcomeReported" -> {
                m.put("referralsClosed", 1L);
                return one(path, ap -> FactWrite.flow("referral-closed:" + id, version, ap, occurred, m)
                        .follows("referral:" + id));
            }
            case "SmdFollowUpRecorded" -> {
                if (path.isEmpty()) {
                    return List.of();
                }
                // a flow fact per follow-up (in the month of its date), and the patient's managed state
                // (the last follow-up on time) as a registry change from that month on
                long onTime = flag(p, "onTime");
                String month = date(p, "followUpDate").orElse(occurred);
                return List.of(FactWrite.flow("smd-follow-up:" + id + ":" + version, version, path.get(), month,
                                Map.of("smdFollowUps", 1L, "smdFollowUpsOnTime", onTime)),
                        FactWrite.stock("smd-managed:" + id, version, path.get(), month,
                                Map.of("smdManaged", onTime)));
            }
            case "SmdPatientRegistered" -> {
                m.put("smdRegistered", 1L);
                return one(path, ap -> FactWrite.stock("smd-registered:" + id, version, ap, occurred, m));
            }
            case "VisitDue" -> {
                // one due item per resident and due time (a schedule has one per cycle), in the due month;
                // a due item for a population tag is individual support of a special-population member
                Optional<String> due = text(p, "dueAt");
                if (due.isEmpty()) {
                    return List.of();
                }
                m.put("visitsDue", 1L);
                boolean special = p.path("reasons").isArray() && !p.path("reasons").isEmpty();
                if (special) {
                    m.put("specialSupportDue", 1L);
                }
                String item = dueItem(text(p, "residentId").orElse(id), due.get());
                return one(path, ap -> FactWrite.flow("visit-due:" + item, 0, ap, month(Instant.parse(due.get())), m)
                        .opens("due:" + item, special ? Map.of("visitsDone", "specialSupportDone") : Map.of()));
            }
            case "VisitRecorded" -> {
                Optional<String> due = text(p, "dueAt");
                if (due.isEmpty()) {
                    // a visit that satisfies no due item is a visit, not a "done" against "due"
                    m.put("visitsUnscheduled", 1L);
                    String month = instantMonth(p, "visitedAt").orElse(occurred);
                    return one(path, ap -> FactWrite.flow("visit:" + id, version, ap, month, m));
                }
                // at most one done per due item (the first visit recorded for it), counted with the due item
                // (its area and month); a visit for an item reporting has no due for waits, parked, until it has
                m.put("visitsDone", 1L);
                m.put("visitsOnTime", flag(p, "onTime"));
                String item = dueItem(text(p, "residentId").orElse(id), due.get());
                return one(path, ap -> FactWrite.flow("visit-done:" + item, 0, ap, month(Instant.parse(due.get())), m)
                        .follows("due:" + item));
            }
            case "GridEventOpened" -> {
                m.put("gridEventsOpened", 1L);
                String month = instantMonth(p, "openedAt").orElse(occurred);
                return one(path, ap -> FactWrite.flow("grid-event-opened:" + id, version, ap, month, m));
            }
            case "GridEventEscalated" -> {
                m.put("gridEventsEscalated", 1L);
                return one(path, ap -> FactWrite.flow("grid-event-escalated:" + id, version, ap, occurred, m));
            }
            case "GridEventClosed" -> {
                m.put("gridEventsClosed", 1L);
                m.put("gridEventsClosedOnTime", flag(p, "onTime"));
                String month = instantMonth(p, "closedAt").orElse(occurred);
                return one(path, ap -> FactWrite.flow("grid-event-closed:" + id, version, ap, month, m));
            }
            case "InspectionFindingRecorded" -> {
                m.put("inspectionFindings", 1L);
                JsonNode points = p.get("deductionPoints");
                m.put("inspectionDeductions", points == null ? 0L : Math.round(points.asDouble()));
                return one(path, ap -> FactWrite.flow("inspection-finding:" + id, version, ap, occurred, m));
            }
            case "RectificationVerified" -> {
                m.put("rectificationsVerified", 1L);
                m.put("rectificationsOnTime", flag(p, "onTime"));
                String month = instantMonth(p, "verifiedAt").orElse(occurred);
                return one(path, ap -> FactWrite.flow("rectification:" + id, version, ap, month, m));
            }
            case "ResidentRegistered" -> {
                m.put("residents", 1L);
                return one(path, ap -> FactWrite.stock("resident:" + id, version, ap, occurred, m));
            }
            case "ResidentDeparted" -> {
                m.put("residents", -1L);
                String month = date(p, "departedOn").orElse(occurred);
                return one(path, ap -> FactWrite.stock("resident-departed:" + id, version, ap, month, m));
            }
            case "PopulationTagged" -> {
                m.put("specialPopulation", 1L);
                String tag = text(p, "tagId").orElse(id);
                String month = date(p, "validFrom").orElse(occurred);
                return one(path, ap -> FactWrite.stock("tag:" + tag, version, ap, month, m));
            }
            case "PopulationTagEnded" -> {
                // counted up to the month of its last valid day
                m.put("specialPopulation", -1L);
                String tag = text(p, "tagId").orElse(id);
                String month = text(p, "validTo").map(d -> YearMonth.from(LocalDate.parse(d)).plusMonths(1)
                        .toString()).orElse(occurred);
                return one(path, ap -> FactWrite.stock("tag-ended:" + tag, version, ap, month, m));
            }
            default -> {
                return List.of();
            }
        }
    }

    private static List<FactWrite> one(Optional<List<String>> path, Function<List<String>, FactWrite> f) {
        return path.map(ap -> List.of(f.apply(ap))).orElse(List.of());
    }

    /** A due item's key: a one-way hash of resident and due time, so reporting stores no person id. */
    static String dueItem(String resident, String dueAt) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((resident + "|" + Instant.parse(dueAt))
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The month of an instant in the platform zone. */
    public String month(Instant at) {
        return YearMonth.from(at.atZone(zone)).toString();
    }

    private String month(JsonNode p, IncomingEvent event, String field) {
        return instantMonth(p, field).orElse(month(event.time() == null ? Instant.EPOCH : event.time()));
    }

    private Optional<String> instantMonth(JsonNode p, String field) {
        try {
            return text(p, field).map(v -> month(Instant.parse(v)));
        } catch (DateTimeException e) {
            throw new InvalidEventException("Unreadable " + field + " in payload", e);
        }
    }

    private static Optional<String> date(JsonNode p, String field) {
        try {
            return text(p, field).map(d -> YearMonth.from(LocalDate.parse(d)).toString());
        } catch (DateTimeException e) {
            throw new InvalidEventException("Unreadable " + field + " in payload", e);
        }
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
