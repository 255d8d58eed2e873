package org.socialpsych.psych.crisis.domain;

import java.util.List;

/**
 * The organisation that plays a role (a responder unit such as POLICE, or an escalation desk such as
 * TOWN) for an area, with its on-duty contact channel and its staff (user ids). Configured per area
 * and inherited down the area tree; resolved for a case before each change.
 *
 * @param channel on-duty channel kind (SMS, WECOM, GATEWAY_12345, PHONE, WEBHOOK)
 * @param address the channel's address (a duty phone, a group id); goes to the notification gateway only
 */
public record UnitContact(String role, String organisationId, String organisationName, String areaCode,
        String channel, String address, List<String> staffIds) {

    public UnitContact {
        staffIds = staffIds == null ? List.of() : List.copyOf(staffIds);
    }

    public boolean isStaff(String userId) {
        return userId != null && staffIds.contains(userId);
    }
}
