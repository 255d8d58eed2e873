package org.socialpsych.chassis.outbox;

import java.time.Duration;
import java.util.List;

import org.socialpsych.events.assessment.AssessmentEvents;
import org.socialpsych.events.psych.PsychEvents;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param collections   aggregate collections whose documents carry an {@code outbox} array
 * @param pollInterval  how often the relay looks for pending events (it is also nudged after writes)
 * @param batchSize     documents taken per collection per pass
 * @param initialBackoff first wait after a failed publish
 * @param maxBackoff    the wait stops doubling here
 * @param metricsEvery  the pending/oldest gauges are refreshed every this many full scans
 * @param fullScanInterval how often every outbox collection is scanned for events this instance
 *                      was not told about (other instances' writes, a crash); events it created
 *                      itself are looked up by id right away
 * @param scanGrace     the scan leaves events younger than this to the replica that wrote them
 * @param priorityTypes event types whose documents are published before every other document
 *                      (default {@link #DEFAULT_PRIORITY_TYPES}: a risk flag, a crisis case's opening
 *                      and escalation, a responder notification), so a screening-day burst does not
 *                      delay the crisis path
 */
@ConfigurationProperties("socialpsych.outbox")
public record OutboxProperties(
        List<String> collections,
        Duration pollInterval,
        Integer batchSize,
        Duration initialBackoff,
        Duration maxBackoff,
        Integer metricsEvery,
        Duration fullScanInterval,
        Duration scanGrace,
        List<String> priorityTypes) {

    public static final List<String> DEFAULT_PRIORITY_TYPES = List.of(AssessmentEvents.RISK_FLAGGED,
            PsychEvents.CRISIS_CASE_OPENED, PsychEvents.CRISIS_CASE_ESCALATED, PsychEvents.NOTIFICATION_REQUESTED);

    public OutboxProperties {
        collections = collections == null ? List.of() : List.copyOf(collections);
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        batchSize = batchSize == null ? 100 : batchSize;
        initialBackoff = initialBackoff == null ? Duration.ofMillis(500) : initialBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(30) : maxBackoff;
        metricsEvery = metricsEvery == null ? 1 : metricsEvery;
        fullScanInterval = fullScanInterval == null ? Duration.ofSeconds(10) : fullScanInterval;
        scanGrace = scanGrace == null ? Duration.ofSeconds(3) : scanGrace;
        priorityTypes = priorityTypes == null ? DEFAULT_PRIORITY_TYPES : List.copyOf(priorityTypes);
    }
}
