package org.socialpsych.chassis.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.codec.json.JacksonJsonEncoder;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * REST JSON in the platform's local time: every timestamp ({@link Instant}) is written with the
 * platform zone's offset ({@code 2026-12-07T18:49:50+08:00}) instead of UTC, since every user reads
 * Beijing time; business dates stay {@code LocalDate}s. Only the HTTP encoder changes: events on
 * Kafka keep the JSON of the application's {@link JsonMapper}. Requests may send either form
 * ({@code Instant} parsing accepts {@code Z} and offsets).
 */
public final class LocalTimeJson implements CodecCustomizer, Ordered {

    private final JsonMapper mapper;

    public LocalTimeJson(JsonMapper base, ZoneId zone) {
        this.mapper = base.rebuild().addModule(module(zone)).build();
    }

    public static SimpleModule module(ZoneId zone) {
        return new SimpleModule("platform-local-time").addSerializer(Instant.class, new ValueSerializer<Instant>() {
            @Override
            public void serialize(Instant value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(value, zone)));
            }
        }).addSerializer(java.util.Date.class, new ValueSerializer<java.util.Date>() {
            // timestamps read from stored documents (BSON dates)
            @Override
            public void serialize(java.util.Date value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        OffsetDateTime.ofInstant(value.toInstant(), zone)));
            }
        });
    }

    public JsonMapper mapper() {
        return mapper;
    }

    @Override
    public void customize(org.springframework.http.codec.CodecConfigurer configurer) {
        configurer.defaultCodecs().jacksonJsonEncoder(new JacksonJsonEncoder(mapper));
    }

    /** After Boot's own Jackson customizer, which installs the application mapper. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
