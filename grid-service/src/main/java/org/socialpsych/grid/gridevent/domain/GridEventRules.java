package org.socialpsych.grid.gridevent.domain;

import java.util.List;

/**
 * The rules of the loop: each step is allowed from one status only, and supervision is separate
 * from handling (监管分离): whoever opens, verifies or closes an event is not its handler.
 */
public final class GridEventRules {

    public enum Step {
        OPEN, DISPATCH, HANDLE, FEEDBACK, VERIFY, REJECT, CLOSE, EVALUATE,
        /** 改派: a supervisor gives a dispatched case to another handler (with a reason). */
        REDISPATCH,
        /** 回退: the handler sends a dispatched case back to the dispatching centre (with a reason). */
        SEND_BACK
    }

    /** Statuses a step may start from (one for the steps of the straight loop). */
    public static java.util.Set<GridEventStatus> allowedFrom(Step step) {
        return switch (step) {
            case REDISPATCH, SEND_BACK -> java.util.EnumSet.of(GridEventStatus.DISPATCHED, GridEventStatus.HANDLING);
            default -> java.util.EnumSet.of(from(step));
        };
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
            case REDISPATCH, SEND_BACK -> GridEventStatus.DISPATCHED;
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
            case REDISPATCH -> GridEventStatus.DISPATCHED;
            case SEND_BACK -> GridEventStatus.OPENED;
        };
    }

    /**
     * Checks a step by {@code actor} on an event in {@code current} status handled by
     * {@code handlerId} (null before dispatch) and opened by {@code openedBy}.
     */
    public static void check(Step step, GridEventStatus current, String actor, String openedBy, String handlerId,
            String newHandlerId) {
        check(step, current, actor, openedBy, handlerId, newHandlerId, null);
    }

    /** As above; {@code note} is the reason a re-dispatch or a send-back must give. */
    public static void check(Step step, GridEventStatus current, String actor, String openedBy, String handlerId,
            String newHandlerId, String note) {
        if (!allowedFrom(step).contains(current)) {
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
            case REDISPATCH -> {
                if (newHandlerId == null || newHandlerId.isBlank()) {
                    throw new Violation("handler-required", "Re-dispatch needs a handler");
                }
                if (newHandlerId.equals(handlerId)) {
                    throw new Violation("same-handler", "The case is already with this handler");
                }
                if (newHandlerId.equals(openedBy) || newHandlerId.equals(actor)) {
                    throw new Violation("supervision-separation",
                            "The supervisor who opens or dispatches an event cannot handle it");
                }
                requireReason(note);
            }
            case SEND_BACK -> {
                if (!actor.equals(handlerId)) {
                    throw new Violation("not-the-handler", "Only the assigned handler can send a case back");
                }
                requireReason(note);
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

    private static void requireReason(String note) {
        if (note == null || note.isBlank()) {
            throw new Violation("reason-required", "Give the reason in note");
        }
    }

    /** The ancestor of a grid that supervises at {@code level} (1 = parent); the root when the path is short. */
    public static String escalationTarget(List<String> gridPath, int level) {
        int idx = Math.max(0, gridPath.size() - 1 - level);
        return gridPath.get(idx);
    }
}
