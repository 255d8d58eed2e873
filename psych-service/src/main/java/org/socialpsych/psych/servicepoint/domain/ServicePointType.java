package org.socialpsych.psych.servicepoint.domain;

/** Kinds of service point in the network (docs/domain.md §3). */
public enum ServicePointType {
    COUNTY_CENTRE, TOWN_STATION, VILLAGE_ROOM, COMMUNITY_ROOM, SCHOOL_ROOM, WORKPLACE_ROOM, HOSPITAL_CLINIC,
    REHABILITATION, HOTLINE, POLICE_VENUE, JUSTICE_VENUE, PETITION_VENUE, DRUG_REHABILITATION_VENUE
}
