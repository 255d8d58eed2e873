package org.socialpsych.assessment.instrument.domain;

import java.util.List;

/** An instrument definition is malformed or internally inconsistent; lists every problem found. */
public class InvalidDefinitionException extends RuntimeException {

    private final String source;
    private final List<String> problems;

    public InvalidDefinitionException(String source, List<String> problems) {
        super(message(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public InvalidDefinitionException(String source, List<String> problems, Throwable cause) {
        super(message(source, problems), cause);
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** What was validated: a version such as {@code PHQ9@1}, a file name, or "definition set". */
    public String source() {
        return source;
    }

    /** Human-readable problems, one per inconsistency. */
    public List<String> problems() {
        return problems;
    }

    private static String message(String source, List<String> problems) {
        return "Invalid instrument definition " + source + ": " + String.join("; ", problems);
    }
}
