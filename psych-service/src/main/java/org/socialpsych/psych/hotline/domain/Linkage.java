package org.socialpsych.psych.hotline.domain;

/** Public lines a call can be handed to: police 110, ambulance 120, government service line 12345. */
public enum Linkage {
    POLICE_110("110"), AMBULANCE_120("120"), SERVICE_12345("12345");

    private final String number;

    Linkage(String number) {
        this.number = number;
    }

    public String number() {
        return number;
    }
}
