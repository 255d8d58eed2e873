package org.socialpsych.psych.archive.domain;

import java.util.Optional;
import java.util.Set;

import org.socialpsych.psych.common.domain.RuleException;
import org.socialpsych.psych.common.domain.RuleException.Kind;
import org.socialpsych.psych.consent.domain.ConsentPurpose;

/**
 * Role rules of the archive, deny by default. Clinicians, counsellors (and SYSTEM_ADMIN, as
 * elsewhere in psych-service) get the clinical view; area admins and grid workers the governance
 * view; hotline operators, police liaisons and external systems the minimal view. ANALYST,
 * AUDITOR, RESIDENT and unknown roles get nothing. Police liaisons and external systems are
 * <em>sharing</em> callers: they need the person's matching SHARING_* consent (or the legal
 * exemption for an open HIGH crisis case).
 */
public final class ArchiveAccess {

    public static final Set<String> CLINICAL_ROLES = Set.of("SYSTEM_ADMIN", "CLINICIAN", "COUNSELLOR");
    public static final Set<String> GOVERNANCE_ROLES = Set.of("AREA_ADMIN", "GRID_WORKER");
    public static final Set<String> MINIMAL_ROLES = Set.of("HOTLINE_OPERATOR", "POLICE_LIAISON", "EXTERNAL_SYSTEM");
    /** PIPL Art. 13(4): processing needed to protect a natural person's life and health in an emergency. */
    public static final String LIFE_EXEMPTION = "PIPL-13(4)-protect-life";

    private ArchiveAccess() {
    }

    /** The most detailed view any of the roles allows; empty means no access. */
    public static Optional<ArchiveView> viewFor(Set<String> roles) {
        if (roles.stream().anyMatch(CLINICAL_ROLES::contains)) {
            return Optional.of(ArchiveView.CLINICAL);
        }
        if (roles.stream().anyMatch(GOVERNANCE_ROLES::contains)) {
            return Optional.of(ArchiveView.GOVERNANCE);
        }
        if (roles.stream().anyMatch(MINIMAL_ROLES::contains)) {
            return Optional.of(ArchiveView.MINIMAL);
        }
        return Optional.empty();
    }

    /**
     * The consent purpose a sharing caller needs: SHARING_POLICE for a police liaison; for an external
     * system the purpose it declares (X-Purpose SHARING_POLICE or SHARING_CIVIL_AFFAIRS). Empty for
     * callers inside the service network, who share nothing.
     */
    public static Optional<ConsentPurpose> sharingPurpose(Set<String> roles, String declaredPurpose) {
        boolean internal = roles.stream().anyMatch(r -> CLINICAL_ROLES.contains(r) || GOVERNANCE_ROLES.contains(r)
                || "HOTLINE_OPERATOR".equals(r));
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

    /** A break-glass request needs a reason; external systems cannot break the glass. */
    public static void checkBreakGlass(Set<String> roles, String reason) {
        if (viewFor(roles).isEmpty() || roles.equals(Set.of("EXTERNAL_SYSTEM"))) {
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
