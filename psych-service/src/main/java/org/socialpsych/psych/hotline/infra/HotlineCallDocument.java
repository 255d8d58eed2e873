package org.socialpsych.psych.hotline.infra;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.socialpsych.chassis.outbox.OutboxEvent;
import org.socialpsych.psych.hotline.domain.CallChannel;
import org.socialpsych.psych.hotline.domain.CallOutcome;
import org.socialpsych.psych.hotline.domain.Linkage;
import org.socialpsych.psych.hotline.domain.TriageTier;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

@Document(HotlineCallDocument.COLLECTION)
public class HotlineCallDocument {
    public static final String COLLECTION = "hotline_calls";

    @Id
    public String id;
    public String line;
    public CallChannel channel;
    @Indexed
    public Instant startedAt;
    public Integer durationSeconds;
    public String areaCode;
    @Indexed
    public List<String> areaPath;
    public boolean anonymous;
    public String callerSubjectId;
    public TriageTier tier;
    public CallOutcome outcome;
    public List<Linkage> linkages = new ArrayList<>();
    public String summary;
    public String crisisCaseId;
    public String operator;
    public long version;
    @Indexed(unique = true, sparse = true)
    public String idempotencyKey;
    public List<OutboxEvent> outbox = new ArrayList<>();
    /**
     * SHA-256 of operator, line, start and caller when the operator gave the start time: saving the same
     * call twice without an Idempotency-Key finds the first record
     */
    @Indexed(unique = true, sparse = true)
    public String naturalKey;
    /** the 110/120/12345 linkages as dispatch records, each with its own receipt */
    public List<Dispatch> dispatches = new ArrayList<>();
    /** the grid follow-up link a LOW triage of a known caller requested */
    public String followUpRef;

    /** A hand-over to a public line: requested when the call is saved, with the receipts fed back. */
    public static class Dispatch {
        public String id;
        public Linkage linkage;
        public Instant requestedAt;
        /** REQUESTED, FAILED, SENT, DELIVERED, READ (receipts only move it forward) */
        public String status;
        public Instant receiptAt;
        public String receiptRef;
    }
}
