package org.socialpsych.grid.area.domain;

/**
 * Levels of the default hierarchy (city → county → town → village/community → grid), highest
 * first. Three- and four-level variants skip levels: a child only has to be lower than its parent.
 */
public enum AreaLevel {
    PROVINCE, CITY, COUNTY, TOWN, VILLAGE, GRID;

    public boolean canParent(AreaLevel child) {
        return child.ordinal() > ordinal();
    }
}
