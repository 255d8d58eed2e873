package org.socialpsych.chassis.security;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Overrides of the default field-view table ({@link FieldViewPolicy#DEFAULTS}), e.g.
 * {@code socialpsych.field-views.roles.SYSTEM_ADMIN.RESULT=CLINICAL} where a county decides its
 * platform operators may see clinical content; {@code self} is what a resident sees of records
 * about themselves.
 */
@ConfigurationProperties("socialpsych.field-views")
public record FieldViewProperties(Map<String, Map<RecordClass, FieldView>> roles, FieldView self) {

    public FieldViewProperties {
        roles = roles == null ? Map.of() : Map.copyOf(roles);
        self = self == null ? FieldView.CLINICAL : self;
    }
}
