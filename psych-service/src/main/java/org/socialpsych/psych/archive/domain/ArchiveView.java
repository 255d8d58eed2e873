package org.socialpsych.psych.archive.domain;

/**
 * How much of the archive a role sees. CLINICAL: everything incl. scores, bands, diagnosis group
 * and session notes. GOVERNANCE: risk colour, next visit due, whom to call and consents, nothing
 * clinical. MINIMAL: risk colour, whom to call and the open crisis cases (responders, sharing).
 */
public enum ArchiveView {
    CLINICAL("clinical"), GOVERNANCE("governance"), MINIMAL("minimal");

    private final String fieldsClass;

    ArchiveView(String fieldsClass) {
        this.fieldsClass = fieldsClass;
    }

    /** The {@code fieldsClass} written to the read audit. */
    public String fieldsClass() {
        return fieldsClass;
    }
}
