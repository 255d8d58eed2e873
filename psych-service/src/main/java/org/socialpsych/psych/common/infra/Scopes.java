package org.socialpsych.psych.common.infra;

import java.util.List;

import org.socialpsych.chassis.security.PlatformPrincipal;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Pushes the caller's view scope into a query ({@code areaPath} contains one of the scope codes),
 * so a list is not a scan-then-filter that misses in-scope records beyond the first page. Results
 * are still filtered with {@link PlatformPrincipal#canView} as the authoritative check.
 */
public final class Scopes {

    private Scopes() {
    }

    public static Criteria viewable(Criteria criteria, PlatformPrincipal user, String... pathFields) {
        if (user.isSystemAdmin()) {
            return criteria;
        }
        List<String> scopes = List.copyOf(user.viewAreas());
        Criteria[] any = new Criteria[pathFields.length];
        for (int i = 0; i < pathFields.length; i++) {
            any[i] = Criteria.where(pathFields[i]).in(scopes);
        }
        Criteria scope = any.length == 1 ? any[0] : new Criteria().orOperator(any);
        return new Criteria().andOperator(criteria, scope);
    }
}
