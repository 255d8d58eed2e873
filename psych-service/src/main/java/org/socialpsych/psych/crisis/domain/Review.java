package org.socialpsych.psych.crisis.domain;

import java.util.List;

/** The review (复盘) a serious incident requires: causes and measures, each at least one. */
public record Review(List<String> causes, List<String> measures) {

    public Review {
        causes = causes == null ? List.of() : List.copyOf(causes);
        measures = measures == null ? List.of() : List.copyOf(measures);
    }

    public boolean complete() {
        return causes.stream().anyMatch(c -> !c.isBlank()) && measures.stream().anyMatch(m -> !m.isBlank());
    }
}
