package org.socialpsych.events.grid;

import java.util.List;

import org.socialpsych.events.EventCatalog.Entry;
import org.socialpsych.events.Topics;

/** Event types owned by grid-service. Resident events carry pseudonymous ids and tags only. */
public final class GridEvents {
    /** Inspections and rectification (督查/限期整改), one aggregate per finding. */
    public static final String INSPECTIONS_TOPIC = Topics.GRID_INSPECTIONS;

    public static final String AREA_CREATED = "org.socialpsych.grid.AreaCreated.v1";
    public static final String AREA_RENAMED = "org.socialpsych.grid.AreaRenamed.v1";
    public static final String AREA_REPARENTED = "org.socialpsych.grid.AreaReparented.v1";
    public static final String AREA_MERGED = "org.socialpsych.grid.AreaMerged.v1";
    public static final String AREA_RETIRED = "org.socialpsych.grid.AreaRetired.v1";
    public static final String RESIDENT_REGISTERED = "org.socialpsych.grid.ResidentRegistered.v1";
    public static final String POPULATION_TAGGED = "org.socialpsych.grid.PopulationTagged.v1";
    public static final String POPULATION_TAG_ENDED = "org.socialpsych.grid.PopulationTagEnded.v1";
    public static final String VISIT_RECORDED = "org.socialpsych.grid.VisitRecorded.v1";
    public static final String VISIT_DUE = "org.socialpsych.grid.VisitDue.v1";
    public static final String VISIT_OVERDUE = "org.socialpsych.grid.VisitOverdue.v1";
    public static final String VISIT_EXPIRED = "org.socialpsych.grid.VisitExpired.v1";
    public static final String GRID_EVENT_OPENED = "org.socialpsych.grid.GridEventOpened.v1";
    public static final String GRID_EVENT_DISPATCHED = "org.socialpsych.grid.GridEventDispatched.v1";
    public static final String GRID_EVENT_ESCALATED = "org.socialpsych.grid.GridEventEscalated.v1";
    public static final String GRID_EVENT_CLOSED = "org.socialpsych.grid.GridEventClosed.v1";
    public static final String INSPECTION_FINDING_RECORDED = "org.socialpsych.grid.InspectionFindingRecorded.v1";
    public static final String RECTIFICATION_VERIFIED = "org.socialpsych.grid.RectificationVerified.v1";
    public static final String RESIDENT_REATTRIBUTED = "org.socialpsych.grid.ResidentReattributed.v1";
    public static final String STAFF_ASSIGNMENT_STARTED = "org.socialpsych.grid.StaffAssignmentStarted.v1";
    public static final String STAFF_ASSIGNMENT_ENDED = "org.socialpsych.grid.StaffAssignmentEnded.v1";
    public static final String STAFF_REASSIGNED = "org.socialpsych.grid.StaffReassigned.v1";
    public static final String RESIDENT_DEPARTED = "org.socialpsych.grid.ResidentDeparted.v1";
    public static final String RESIDENT_TRANSFERRED = "org.socialpsych.grid.ResidentTransferred.v1";
    public static final String ANONYMOUS_SUBJECT_ISSUED = "org.socialpsych.grid.AnonymousSubjectIssued.v1";
    public static final String ANONYMOUS_SUBJECT_REATTRIBUTED = "org.socialpsych.grid.AnonymousSubjectReattributed.v1";

    public static final List<Entry> ENTRIES = List.of(
            new Entry(AREA_CREATED, Topics.GRID_AREAS, AreaCreatedV1.class, "grid-service"),
            new Entry(AREA_RENAMED, Topics.GRID_AREAS, AreaRenamedV1.class, "grid-service"),
            new Entry(AREA_REPARENTED, Topics.GRID_AREAS, AreaReparentedV1.class, "grid-service"),
            new Entry(AREA_MERGED, Topics.GRID_AREAS, AreaMergedV1.class, "grid-service"),
            new Entry(AREA_RETIRED, Topics.GRID_AREAS, AreaRetiredV1.class, "grid-service"),
            new Entry(RESIDENT_REGISTERED, Topics.GRID_RESIDENTS, ResidentRegisteredV1.class, "grid-service"),
            new Entry(POPULATION_TAGGED, Topics.GRID_RESIDENTS, PopulationTaggedV1.class, "grid-service"),
            new Entry(POPULATION_TAG_ENDED, Topics.GRID_RESIDENTS, PopulationTagEndedV1.class, "grid-service"),
            new Entry(VISIT_RECORDED, Topics.GRID_VISITS, VisitRecordedV1.class, "grid-service"),
            new Entry(VISIT_DUE, Topics.GRID_VISITS, VisitDueV1.class, "grid-service"),
            new Entry(VISIT_OVERDUE, Topics.GRID_VISITS, VisitOverdueV1.class, "grid-service"),
            new Entry(VISIT_EXPIRED, Topics.GRID_VISITS, VisitExpiredV1.class, "grid-service"),
            new Entry(GRID_EVENT_OPENED, Topics.GRID_EVENTS, GridEventOpenedV1.class, "grid-service"),
            new Entry(GRID_EVENT_DISPATCHED, Topics.GRID_EVENTS, GridEventDispatchedV1.class, "grid-service"),
            new Entry(GRID_EVENT_ESCALATED, Topics.GRID_EVENTS, GridEventEscalatedV1.class, "grid-service"),
            new Entry(GRID_EVENT_CLOSED, Topics.GRID_EVENTS, GridEventClosedV1.class, "grid-service"),
            new Entry(INSPECTION_FINDING_RECORDED, Topics.GRID_INSPECTIONS, InspectionFindingRecordedV1.class, "grid-service"),
            new Entry(RECTIFICATION_VERIFIED, Topics.GRID_INSPECTIONS, RectificationVerifiedV1.class, "grid-service"),
            new Entry(RESIDENT_REATTRIBUTED, Topics.GRID_RESIDENTS, ResidentReattributedV1.class, "grid-service"),
            new Entry(STAFF_ASSIGNMENT_STARTED, Topics.GRID_STAFF_ASSIGNMENTS, StaffAssignmentStartedV1.class,
                    "grid-service"),
            new Entry(STAFF_ASSIGNMENT_ENDED, Topics.GRID_STAFF_ASSIGNMENTS, StaffAssignmentEndedV1.class,
                    "grid-service"),
            new Entry(STAFF_REASSIGNED, Topics.GRID_STAFF_ASSIGNMENTS, StaffReassignedV1.class, "grid-service"),
            new Entry(RESIDENT_DEPARTED, Topics.GRID_RESIDENTS, ResidentDepartedV1.class, "grid-service"),
            new Entry(RESIDENT_TRANSFERRED, Topics.GRID_RESIDENTS, ResidentTransferredV1.class, "grid-service"),
            new Entry(ANONYMOUS_SUBJECT_ISSUED, Topics.GRID_RESIDENTS, AnonymousSubjectIssuedV1.class,
                    "grid-service"),
            new Entry(ANONYMOUS_SUBJECT_REATTRIBUTED, Topics.GRID_RESIDENTS, AnonymousSubjectReattributedV1.class,
                    "grid-service"));

    private GridEvents() {
    }
}
