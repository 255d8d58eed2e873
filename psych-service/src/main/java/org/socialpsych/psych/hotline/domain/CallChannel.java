package org.socialpsych.psych.hotline.domain;

public enum CallChannel {
    PHONE, ONLINE_CHAT, SMS, WALK_IN
}
