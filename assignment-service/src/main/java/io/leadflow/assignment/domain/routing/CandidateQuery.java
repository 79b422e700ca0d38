package io.leadflow.assignment.domain.routing;

import io.leadflow.criteria.Criteria;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A named query over the users that finds and orders the candidates of a reassignment (the seed's Reassignment
 * Interface): which users may get the lead, best first. Besides its own filter, a user is left out when
 * unavailable (paused, absent, outside working hours), at or over {@code maxOpenLeads}, or already offered this
 * lead; every candidate's verdict is explained.
 *
 * @param users the pool, by user id (null or empty: every user of the configuration)
 * @param filter criteria over user fields: {@code id}, {@code name}, {@code rating}, {@code tier}, {@code tags}
 *     and {@code custom.<attribute>} (null: every user of the pool)
 * @param sort ordering, most significant first; ties keep the pool's order (null or empty: the pool's order)
 * @param maxOpenLeads users with this many open leads or more are left out (null: no limit)
 */
public record CandidateQuery(String name, List<String> users, Criteria filter, List<CandidateSort> sort,
        Integer maxOpenLeads) {

    public CandidateQuery {
        users = users == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(users));
        sort = sort == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(sort));
    }
}
