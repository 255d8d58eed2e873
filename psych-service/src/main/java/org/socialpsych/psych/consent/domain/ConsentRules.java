package org.socialpsych.psych.consent.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.socialpsych.psych.common.domain.RuleException;
import org.socialpsych.psych.common.domain.RuleException.Kind;

/**
 * The consent rules of docs/domain.md §6: a person under the minor age (14 by default) consents through
 * a guardian; the ledger is append-only and the current state of a purpose is its latest entry.
 */
public final class ConsentRules {

    private ConsentRules() {
    }

    /** Age from the birth date when given, else the stated age; one of them is required. */
    public static boolean minor(LocalDate birthDate, Integer age, LocalDate today, int minorAge) {
        if (birthDate != null) {
            if (birthDate.isAfter(today)) {
                throw new RuleException(Kind.INVALID, "invalid-birth-date", "The birth date lies in the future");
            }
            return Period.between(birthDate, today).getYears() < minorAge;
        }
        if (age == null) {
            throw new RuleException(Kind.INVALID, "age-required", "Give the person's birthDate or age");
        }
        if (age < 0) {
            throw new RuleException(Kind.INVALID, "invalid-age", "Age cannot be negative");
        }
        return age < minorAge;
    }

    /** Who acts: a minor's guardian (required), else the person unless a guardian is named. */
    public static ConsentActor actor(boolean minor, ConsentActor declared, String guardianId) {
        boolean guardianNamed = guardianId != null && !guardianId.isBlank();
        if (minor && !guardianNamed) {
            throw new RuleException(Kind.INVALID, "guardian-required",
                    "The person is a minor: a guardian gives or revokes consent");
        }
        if (declared == ConsentActor.GUARDIAN && !guardianNamed) {
            throw new RuleException(Kind.INVALID, "guardian-required", "Name the guardian who acts");
        }
        return minor || declared == ConsentActor.GUARDIAN ? ConsentActor.GUARDIAN : ConsentActor.PERSON;
    }

    /** The latest entry per purpose. */
    public static Map<ConsentPurpose, ConsentEntry> current(List<ConsentEntry> ledger) {
        Map<ConsentPurpose, ConsentEntry> out = new EnumMap<>(ConsentPurpose.class);
        ledger.stream().sorted(Comparator.comparingLong(ConsentEntry::seq)).forEach(e -> out.put(e.purpose(), e));
        return out;
    }

    public static boolean granted(List<ConsentEntry> ledger, ConsentPurpose purpose) {
        return Optional.ofNullable(current(ledger).get(purpose)).map(e -> e.action() == ConsentAction.GIVEN)
                .orElse(false);
    }

    /** A revocation needs a consent in force; giving again what is in force is allowed (a renewal). */
    public static void checkTransition(List<ConsentEntry> ledger, ConsentPurpose purpose, ConsentAction action) {
        if (action == ConsentAction.REVOKED && !granted(ledger, purpose)) {
            throw new RuleException(Kind.CONFLICT, "consent-not-given",
                    "There is no consent for " + purpose + " in force to revoke");
        }
    }
}
