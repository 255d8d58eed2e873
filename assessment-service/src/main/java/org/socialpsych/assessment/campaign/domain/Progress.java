package org.socialpsych.assessment.campaign.domain;

/** Progress counts of a campaign; {@code completed} counts submitted assessments (one per instrument). */
public record Progress(long invited, long consented, long completed, long positive, long critical) {

    public static Progress zero() {
        return new Progress(0, 0, 0, 0, 0);
    }
}
