package org.socialpsych.psych.consent.domain;

import java.time.Instant;
import java.util.List;

/**
 * One append-only entry of a person's consent ledger. {@code seq} orders a person's entries.
 *
 * @param guardianId pseudonymous id of the guardian who acted, when {@code by} is GUARDIAN
 * @param minor      the person was under the minor age when the entry was made
 */
public record ConsentEntry(String id, String personId, long seq, ConsentPurpose purpose, ConsentAction action,
        ConsentActor by, String guardianId, boolean minor, String areaCode, List<String> areaPath, Instant at,
        String recordedBy) {
}
