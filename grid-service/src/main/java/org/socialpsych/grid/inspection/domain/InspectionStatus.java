package org.socialpsych.grid.inspection.domain;

/** 督查/限期整改: a finding is OPEN until evidence of the fix is submitted (RECTIFIED), then VERIFIED or sent back to OPEN. */
public enum InspectionStatus {
    OPEN, RECTIFIED, VERIFIED
}
