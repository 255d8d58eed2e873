package org.socialpsych.psych.archive.domain;

import java.util.Optional;
import java.util.Set;

import org.socialpsych.chassis.security.FieldView;
import org.socialpsych.chassis.security.FieldViewPolicy;
import org.socialpsych.chassis.security.RecordClass;
import org.socialpsych.chassis.security.Roles;
import org.socialpsych.psych.common.domain.RuleException;
import org.socialpsych.psych.common.domain.RuleException.Kind;
import org.socialpsych.psych.consent.domain.ConsentPurpose;

/**
 * Role rules of the archive, deny by default. Which view a caller gets is not decided here but by
 * the chassis {@link FieldViewPolicy} (the platform's single table, {@code docs/authz/field-views.md}):
 * the caller's PERSON view maps to the archive view (CLINICAL → clinical, GOVERNANCE → governance,
 * MINIMAL → minimal, NONE → no access). By default clinicians and counsellors get the clinical
 * view; area admins, grid workers and platform operators (SYSTEM_ADMIN: "no clinical content by
 * default") the governance view; hotline operators, police liaisons and external systems the
 * minimal view; ANALYST, AUDITOR, RESIDENT and unknown roles nothing. Police liaisons and external
 * systems are <em>sharing</em> callers: they need the person's matching SHARING_* consent (or the
 * legal exemption for an open HIGH crisis case).
 */
public final class ArchiveAccess {

    /** Roles inside the service network, who share nothing when they read an archive (no consent check). */
    public static final Set<String> NETWORK_ROLES = Set.of(Roles.SYSTEM_ADMIN, Roles.CLINICIAN, Roles.COUNSELLOR,
            Roles.AREA_ADMIN, Roles.GRID_WORKER, Roles.HOTLINE_OPERATOR);
    /** PIPL Art. 13(4): processing needed to protect a natural person's life and health in an emergency. */
    public static final String LIFE_EXEMPTION = "PIPL-13(4)-protect-life";

    private ArchiveAccess() {
    }

    /** The archive view the policy gives the roles for a person's record; empty means no access. */
    public static Optional<ArchiveView> viewFor(FieldViewPolicy policy, Set<String> roles) {
        return switch (policy.viewOf(roles, RecordClass.PERSON)) {
            case CLINICAL -> Optional.of(ArchiveView.CLINICAL);
            case GOVERNANCE -> Optional.of(ArchiveView.GOVERNANCE);
            case MINIMAL -> Optional.of(ArchiveView.MINIMAL);
            case NONE -> Optional.empty();
        };
    }

    /**
     * The consent purpose a sharing caller needs: SHARING_POLICE for a police liaison; for an external
     * system the purpose it declares (X-Purpose SHARING_POLICE or SHARING_CIVIL_AFFAIRS). Empty for
     * callers inside the service network, who share nothing.
     */
    public static Optional<ConsentPurpose> sharingPurpose(Set<String> roles, String declaredPurpose) {
        boolean internal = roles.stream().anyMatch(NETWORK_ROLES::contains);
        if (internal) {
            return Optional.empty();
        }
        if (roles.contains("POLICE_LIAISON")) {
            return Optional.of(ConsentPurpose.SHARING_POLICE);
        }
        if (roles.contains("EXTERNAL_SYSTEM")) {
            if (ConsentPurpose.SHARING_POLICE.name().equals(declaredPurpose)) {
                return Optional.of(ConsentPurpose.SHARING_POLICE);
            }
            if (ConsentPurpose.SHARING_CIVIL_AFFAIRS.name().equals(declaredPurpose)) {
                return Optional.of(ConsentPurpose.SHARING_CIVIL_AFFAIRS);
            }
            throw new RuleException(Kind.FORBIDDEN, "sharing-purpose-required",
                    "An external system declares X-Purpose SHARING_POLICE or SHARING_CIVIL_AFFAIRS");
        }
        return Optional.empty();
    }

    /**
     * Break-glass is for those who treat: a role whose PERSON or CASE view is CLINICAL under the
     * policy (by default CLINICIAN, COUNSELLOR, and HOTLINE_OPERATOR through its clinical case
     * view); everyone else (grid workers, police, area and platform admins, external systems) is
     * refused. External systems never break the glass. A request needs a reason.
     */
    public static void checkBreakGlass(FieldViewPolicy policy, Set<String> roles, String reason) {
        boolean clinical = policy.viewOf(roles, RecordClass.PERSON) == FieldView.CLINICAL
                || policy.viewOf(roles, RecordClass.CASE) == FieldView.CLINICAL;
        if (!clinical || roles.equals(Set.of(Roles.EXTERNAL_SYSTEM))) {
            throw new RuleException(Kind.FORBIDDEN, "forbidden", "Your role cannot request break-glass access");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleException(Kind.INVALID, "reason-required", "Break-glass access needs a reason");
        }
    }

    /** The reviewer of a break-glass use is a different person than the one who used it. */
    public static void checkReviewer(String requester, String reviewer) {
        if (requester.equals(reviewer)) {
            throw new RuleException(Kind.FORBIDDEN, "second-person-required",
                    "A break-glass access is reviewed by someone other than the requester");
        }
    }
}
