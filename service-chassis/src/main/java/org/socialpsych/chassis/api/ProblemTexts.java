package org.socialpsych.chassis.api;

import org.socialpsych.chassis.web.Problems;
import org.springframework.http.ProblemDetail;

/**
 * Problem details for people: the stable {@code type} stays, its slug is repeated as {@code code},
 * and title and detail are Chinese by default (the problem type's label and the service's
 * {@code labels/problem-details.yml}), English (the service's own text) when asked for.
 */
public final class ProblemTexts {

    private final Labels labels;

    public ProblemTexts(Labels labels) {
        this.labels = labels;
    }

    public ProblemDetail localise(ProblemDetail problem, String lang) {
        if (problem.getType() == null || !problem.getType().toString().startsWith(Problems.TYPE_BASE)) {
            return problem;
        }
        String slug = problem.getType().toString().substring(Problems.TYPE_BASE.length());
        problem.setProperty("code", slug);
        labels.label("problemTypes", slug, lang).ifPresent(problem::setTitle);
        if (Labels.ZH.equals(lang)) {
            labels.problemDetail(slug).ifPresent(problem::setDetail);
        }
        return problem;
    }
}
