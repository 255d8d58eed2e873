package org.socialpsych.grid.gridevent.domain;

import java.util.List;

/**
 * The rules of the loop: each step is allowed from one status only, and supervision is separate
 * from handling (监管分离): whoever opens, verifies or closes an event is not its handler.
 */
public final class GridEventRules {

    public enum Step {
        OPEN, DISPATCH, HANDLE, FEEDBACK, VERIFY, REJECT, CLOSE, EVALUATE
    }

    /** A rule was broken; {@code code} is a stable problem slug. */
    public static class Violation extends RuntimeException {
        private final String code;

        public Violation(String code, String message) {
            super(message);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private GridEventRules() {
    }

    public static GridEventStatus from(Step step) {
        return switch (step) {
            case OPEN -> GridEventStatus.COLLECTED;
            case DISPATCH -> GridEventStatus.OPENED;
            case HANDLE -> GridEventStatus.DISPATCHED;
            case FEEDBACK -> GridEventStatus.HANDLING;
            case VERIFY, REJECT -> GridEventStatus.FEEDBACK_GIVEN;
            case CLOSE -> GridEventStatus.VERIFIED;
            case EVALUATE -> GridEventStatus.CLOSED;
        };
    }

    public static GridEventStatus to(Step step) {
        return switch (step) {
            case OPEN -> GridEventStatus.OPENED;
            case DISPATCH -> GridEventStatus.DISPATCHED;
            case HANDLE -> GridEventStatus.HANDLING;
            case FEEDBACK -> GridEventStatus.FEEDBACK_GIVEN;
            case VERIFY -> GridEventStatus.VERIFIED;
            case REJECT -> GridEventStatus.HANDLING;
            case CLOSE -> GridEventStatus.CLOSED;
            case EVALUATE -> GridEventStatus.EVALUATED;
        };
    }

    /**
     * Checks a step by {@code actor} on an event in {@code current} status handled by
     * {@code handlerId} (null before dispatch) and opened by {@code openedBy}.
     */
    public static void check(Step step, GridEventStatus current, String actor, String openedBy, String handlerId,
            String newHandlerId) {
        if (current != from(step)) {
            throw new Violation("invalid-transition", "Cannot " + step.name().toLowerCase() + " an event that is "
                    + current);
        }
        switch (step) {
            case DISPATCH -> {
                if (newHandlerId == null || newHandlerId.isBlank()) {
                    throw new Violation("handler-required", "Dispatch needs a handler");
                }
                if (newHandlerId.equals(openedBy) || newHandlerId.equals(actor)) {
                    throw new Violation("supervision-separation",
                            "The supervisor who opens or dispatches an event cannot handle it");
                }
            }
            case HANDLE, FEEDBACK -> {
                if (!actor.equals(handlerId)) {
                    throw new Violation("not-the-handler", "Only the assigned handler can do this");
                }
            }
            case VERIFY, REJECT, CLOSE -> {
                if (actor.equals(handlerId)) {
                    throw new Violation("supervision-separation",
                            "The handler cannot verify or close their own event");
                }
            }
            default -> {
            }
        }
    }

    /** The ancestor of a grid that supervises at {@code level} (1 = parent); the root when the path is short. */
    public static String escalationTarget(List<String> gridPath, int level) {
        int idx = Math.max(0, gridPath.size() - 1 - level);
        return gridPath.get(idx);
    }
}
