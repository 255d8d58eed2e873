package org.socialpsych.psych.hotline.domain;

public enum CallOutcome {
    COUNSELLED, REFERRED, CRISIS_CASE_OPENED, HANDED_OVER, INFORMATION, DROPPED, OTHER
}
