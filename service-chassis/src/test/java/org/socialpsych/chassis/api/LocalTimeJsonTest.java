package org.socialpsych.chassis.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class LocalTimeJsonTest {

    static final JsonMapper BASE = JsonMapper.builder().build();
    static final Instant AT = Instant.parse("2026-12-07T10:49:50Z");

    @Test
    void timestampsAreServedWithThePlatformOffsetAndDatesStayDates() {
        JsonMapper rest = new LocalTimeJson(BASE, ZoneId.of("Asia/Shanghai")).mapper();
        String json = rest.writeValueAsString(Map.of("at", AT, "stored", Date.from(AT),
                "due", LocalDate.of(2026, 12, 7)));
        assertThat(json).contains("\"at\":\"2026-12-07T18:49:50+08:00\"")
                .contains("\"stored\":\"2026-12-07T18:49:50+08:00\"").contains("\"due\":\"2026-12-07\"");
        // either form is read back as the same instant
        assertThat(Instant.parse("2026-12-07T18:49:50+08:00")).isEqualTo(AT);
        assertThat(rest.readValue("\"2026-12-07T18:49:50+08:00\"", Instant.class)).isEqualTo(AT);
        assertThat(rest.readValue("\"2026-12-07T10:49:50Z\"", Instant.class)).isEqualTo(AT);
    }

    @Test
    void theApplicationMapperKafkaEventsUseIsUnchanged() {
        new LocalTimeJson(BASE, ZoneId.of("Asia/Shanghai"));
        assertThat(BASE.writeValueAsString(Map.of("at", AT))).isEqualTo("{\"at\":\"2026-12-07T10:49:50Z\"}");
    }
}
