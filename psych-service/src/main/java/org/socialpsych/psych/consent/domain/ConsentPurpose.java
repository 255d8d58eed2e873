package org.socialpsych.psych.consent.domain;

/** Purposes consented to separately (PIPL: separate consent per purpose). */
public enum ConsentPurpose {
    MANAGEMENT_NETWORK, SCREENING, SHARING_POLICE, SHARING_CIVIL_AFFAIRS, RESEARCH
}
