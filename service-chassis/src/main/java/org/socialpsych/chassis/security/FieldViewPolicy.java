package org.socialpsych.chassis.security;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one place that decides which view of a person-level record a caller gets (docs/domain.md §1):
 * clinical view for clinicians and counsellors, governance view for area admins, grid workers and
 * platform operators ("no clinical content by default"), minimal view for police and external
 * systems, nothing for analysts, auditors and role-less tokens. A caller with several roles gets
 * the richest view any of them allows. Every service asks this policy; the table is configurable
 * ({@link FieldViewProperties}) and rendered in {@code docs/authz/field-views.md}. Area scope and
 * task/consent checks come on top: this policy never widens what scope denies.
 */
public final class FieldViewPolicy {

    public static final Map<String, Map<RecordClass, FieldView>> DEFAULTS = defaults();

    private final Map<String, Map<RecordClass, FieldView>> table;
    private final FieldView self;

    public FieldViewPolicy(FieldViewProperties overrides) {
        Map<String, Map<RecordClass, FieldView>> t = new TreeMap<>();
        DEFAULTS.forEach((role, views) -> t.put(role, new EnumMap<>(views)));
        overrides.roles().forEach((role, views) -> {
            if (!Roles.ALL.contains(role)) {
                throw new IllegalArgumentException("socialpsych.field-views.roles names an unknown role: " + role);
            }
            t.get(role).putAll(views);
        });
        t.replaceAll((role, views) -> Map.copyOf(views));
        this.table = Map.copyOf(t);
        this.self = overrides.self();
    }

    /** The defaults alone (tests, tools). */
    public static FieldViewPolicy defaultPolicy() {
        return new FieldViewPolicy(new FieldViewProperties(null, null));
    }

    /** The richest view the roles allow for the record class; NONE for unknown roles or none. */
    public FieldView viewOf(Set<String> roles, RecordClass recordClass) {
        FieldView best = FieldView.NONE;
        for (String role : roles) {
            Map<RecordClass, FieldView> views = table.get(role);
            if (views != null) {
                best = FieldView.richest(best, views.getOrDefault(recordClass, FieldView.NONE));
            }
        }
        return best;
    }

    public FieldView viewOf(PlatformPrincipal who, RecordClass recordClass) {
        return viewOf(who.roles(), recordClass);
    }

    /** The view of a record about the caller themself (a resident's own results): never less than the role view. */
    public FieldView selfView(PlatformPrincipal who, RecordClass recordClass) {
        return FieldView.richest(self, viewOf(who, recordClass));
    }

    public boolean allows(PlatformPrincipal who, RecordClass recordClass, FieldView needed) {
        return viewOf(who, recordClass).atLeast(needed);
    }

    /** role → record class → view, roles sorted (for the rendered table). */
    public Map<String, Map<RecordClass, FieldView>> table() {
        Map<String, Map<RecordClass, FieldView>> sorted = new LinkedHashMap<>();
        new TreeMap<>(table).forEach((role, views) -> sorted.put(role, new EnumMap<>(views)));
        return sorted;
    }

    public FieldView self() {
        return self;
    }

    private static Map<String, Map<RecordClass, FieldView>> defaults() {
        Map<String, Map<RecordClass, FieldView>> d = new TreeMap<>();
        d.put(Roles.SYSTEM_ADMIN, views(FieldView.GOVERNANCE, FieldView.GOVERNANCE, FieldView.GOVERNANCE, FieldView.GOVERNANCE));
        d.put(Roles.AREA_ADMIN, views(FieldView.GOVERNANCE, FieldView.GOVERNANCE, FieldView.GOVERNANCE, FieldView.GOVERNANCE));
        d.put(Roles.GRID_WORKER, views(FieldView.GOVERNANCE, FieldView.GOVERNANCE, FieldView.GOVERNANCE, FieldView.GOVERNANCE));
        d.put(Roles.COUNSELLOR, views(FieldView.CLINICAL, FieldView.CLINICAL, FieldView.CLINICAL, FieldView.CLINICAL));
        d.put(Roles.CLINICIAN, views(FieldView.CLINICAL, FieldView.CLINICAL, FieldView.CLINICAL, FieldView.CLINICAL));
        // hotline seats triage and open crisis cases: the case in full, a person's minimal record, no screening
        // detail, no counsellors' session notes
        d.put(Roles.HOTLINE_OPERATOR, views(FieldView.MINIMAL, FieldView.GOVERNANCE, FieldView.CLINICAL,
                FieldView.GOVERNANCE));
        d.put(Roles.POLICE_LIAISON, views(FieldView.MINIMAL, FieldView.NONE, FieldView.MINIMAL, FieldView.MINIMAL));
        d.put(Roles.EXTERNAL_SYSTEM, views(FieldView.MINIMAL, FieldView.NONE, FieldView.MINIMAL, FieldView.MINIMAL));
        d.put(Roles.ANALYST, views(FieldView.NONE, FieldView.NONE, FieldView.NONE, FieldView.NONE));
        d.put(Roles.AUDITOR, views(FieldView.NONE, FieldView.NONE, FieldView.NONE, FieldView.NONE));
        d.put(Roles.RESIDENT, views(FieldView.NONE, FieldView.NONE, FieldView.NONE, FieldView.NONE));
        d.replaceAll((role, views) -> Map.copyOf(views));
        return Map.copyOf(d);
    }

    private static Map<RecordClass, FieldView> views(FieldView person, FieldView result, FieldView kase,
            FieldView session) {
        Map<RecordClass, FieldView> m = new EnumMap<>(RecordClass.class);
        m.put(RecordClass.PERSON, person);
        m.put(RecordClass.RESULT, result);
        m.put(RecordClass.CASE, kase);
        m.put(RecordClass.SESSION, session);
        return m;
    }
}
