package org.socialpsych.chassis.messaging;

/** A record that can never be processed (malformed headers or payload): dead-lettered without retries. */
public class InvalidEventException extends RuntimeException {
    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
