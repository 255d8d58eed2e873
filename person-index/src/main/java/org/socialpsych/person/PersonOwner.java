package org.socialpsych.person;

import java.util.List;

/**
 * Who owns a person: the owning area (home grid, or the area an anonymous subject was issued for)
 * and its path of codes from the root. Ownership changes only by an explicit, audited transfer in
 * grid-service (or a re-attribution after a merge), never by creating a record.
 */
public record PersonOwner(String personId, String areaCode, List<String> areaPath, long version) {

    public PersonOwner {
        areaPath = List.copyOf(areaPath);
    }
}
