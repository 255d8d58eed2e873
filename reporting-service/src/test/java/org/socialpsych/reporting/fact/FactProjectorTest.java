package org.socialpsych.reporting.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.socialpsych.chassis.messaging.IncomingEvent;
import org.socialpsych.chassis.messaging.InvalidEventException;
import org.socialpsych.reporting.fact.application.FactProjector;
import org.socialpsych.reporting.fact.application.FactWrite;

import tools.jackson.databind.json.JsonMapper;

class FactProjectorTest {

    final FactProjector projector = new FactProjector(JsonMapper.builder().build(),
            java.time.Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), java.time.ZoneId.of("Asia/Shanghai")));

    static IncomingEvent event(String type, String payload) {
        return new IncomingEvent("e-1", type, "test", Instant.parse("2026-11-30T20:00:00Z"), null, "t", "k", payload);
    }

    @Test
    void shouldCountAnAssessmentInTheMonthOfChinaStandardTime() {
        List<FactWrite> w = projector.project(event("org.socialpsych.assessment.AssessmentCompleted.v1",
                "{\"aggregateId\":\"as-1\",\"aggregateVersion\":1,\"occurredAt\":\"2026-11-30T17:30:00Z\","
                        + "\"positiveScreen\":true,\"critical\":false,\"tier\":\"LOW\",\"instrument\":\"PHQ9\","
                        + "\"areaPath\":[\"3303\",\"330327\"]}"));
        assertThat(w).hasSize(1);
        FactWrite f = w.get(0);
        assertThat(f.key()).isEqualTo("assessment:as-1");
        assertThat(f.month()).as("01:30 on 1 December in Beijing").isEqualTo("2026-12");
        assertThat(f.area()).isEqualTo("330327");
        assertThat(f.metrics()).containsEntry("screened", 1L).containsEntry("screenPositive", 1L)
                .containsEntry("screenCritical", 0L).containsEntry("screenTierLow", 1L).containsEntry("screenedPHQ9", 1L);
    }

    @Test
    void shouldBucketMinutesToFirstContactCumulatively() {
        FactWrite f = projector.project(event("org.socialpsych.psych.CrisisCaseFirstContactMade.v1",
                "{\"aggregateId\":\"cc-1\",\"aggregateVersion\":3,\"occurredAt\":\"2026-11-03T02:00:00Z\","
                        + "\"onTime\":true,\"minutesToFirstContact\":45,\"areaPath\":[\"3303\"]}")).get(0);
        assertThat(f.key()).isEqualTo("crisis-contact:cc-1");
        assertThat(f.anchor()).as("counted in the month the case was opened").isEqualTo("crisis:cc-1");
        assertThat(f.version()).isEqualTo(3);
        assertThat(f.metrics()).containsEntry("crisisContactLe30", 0L).containsEntry("crisisContactLe60", 1L)
                .containsEntry("crisisContactLe1440", 1L).containsEntry("crisisContactOnTime", 1L);
    }

    @Test
    void shouldCountVillageRoomsAsStockAndIgnoreUnknownTypesOrMissingAreas() {
        FactWrite room = projector.project(event("org.socialpsych.psych.ServicePointStatusChanged.v1",
                "{\"aggregateId\":\"sp-1\",\"aggregateVersion\":2,\"type\":\"VILLAGE_ROOM\",\"status\":\"STANDARDISED\","
                        + "\"areaPath\":[\"3303\",\"330327001\"]}")).get(0);
        assertThat(room.kind()).isEqualTo(FactWrite.Kind.STOCK);
        assertThat(room.metrics()).containsEntry("villageRoomsBuilt", 1L).containsEntry("servicePointsBuilt", 1L);
        assertThat(projector.project(event("org.socialpsych.grid.SomethingNew.v1", "{\"areaPath\":[\"1\"]}"))).isEmpty();
        assertThat(projector.project(event("org.socialpsych.psych.CrisisCaseOpened.v1", "{\"aggregateId\":\"x\"}")))
                .isEmpty();
    }

    @Test
    void shouldRejectAPayloadThatIsNotJson() {
        assertThrows(InvalidEventException.class,
                () -> projector.project(event("org.socialpsych.psych.CrisisCaseOpened.v1", "{oops")));
    }
}
