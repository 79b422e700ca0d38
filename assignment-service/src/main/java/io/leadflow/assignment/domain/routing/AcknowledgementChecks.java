package io.leadflow.assignment.domain.routing;

import static io.leadflow.assignment.domain.routing.Findings.capitalized;
import static io.leadflow.assignment.domain.routing.Findings.isBlank;
import static io.leadflow.assignment.domain.routing.Findings.label;

import io.leadflow.assignment.domain.offer.CandidateSearch;
import io.leadflow.assignment.domain.routing.Findings.Entry;
import io.leadflow.criteria.Condition;
import io.leadflow.criteria.Criteria;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks acknowledgement SLAs (the configuration's, the distribution rules' and the assignment rules'), the
 * reassignments they start, and the candidate queries those find their candidates with.
 */
final class AcknowledgementChecks {

    private final RoutingConfiguration configuration;
    private final Findings findings;
    private final TargetChecks targets;
    private final Set<String> usedQueries = new HashSet<>();

    AcknowledgementChecks(RoutingConfiguration configuration, Findings findings, TargetChecks targets) {
        this.configuration = configuration;
        this.findings = findings;
        this.targets = targets;
    }

    void check() {
        if (configuration.acknowledgement() != null) {
            checkSla("acknowledgement", configuration.acknowledgement(), "The configuration's acknowledgement SLA");
        }
        List<DistributionRule> rules = configuration.distributionRules();
        for (int i = 0; i < rules.size(); i++) {
            DistributionRule rule = rules.get(i);
            if (rule != null && rule.acknowledgement() != null) {
                String path = "distributionRules[" + i + "]";
                checkSla(path + ".acknowledgement", rule.acknowledgement(), "The acknowledgement SLA of "
                        + label("distribution rule", rule.name(), path));
            }
        }
        List<AssignmentRule> assignmentRules = configuration.assignmentRules();
        for (int i = 0; i < assignmentRules.size(); i++) {
            AssignmentRule rule = assignmentRules.get(i);
            if (rule != null && rule.acknowledgement() != null) {
                String path = "assignmentRules[" + i + "]";
                checkSla(path + ".acknowledgement", rule.acknowledgement(), "The acknowledgement SLA of "
                        + label("assignment rule", rule.name(), path));
            }
        }
        checkQueries();
    }

    private void checkSla(String path, Acknowledgement sla, String owner) {
        checkDuration(path + ".within", sla.within(), owner + " has no deadline",
                owner + " must give candidates some time to acknowledge");
        Reassignment reassignment = sla.reassignment();
        if (reassignment == null) {
            findings.error(path + ".reassignment", owner + " says nothing about what happens when an offer"
                    + " expires; add a reassignment (algorithm, candidate query, final target).");
            return;
        }
        String at = path + ".reassignment";
        String what = "The reassignment of " + Character.toLowerCase(owner.charAt(0)) + owner.substring(1);
        if (reassignment.algorithm() == null) {
            findings.error(at + ".algorithm", what + " has no algorithm; choose SINGLE, BLAST or ROUND_ROBIN.");
        }
        if (isBlank(reassignment.candidateQuery())) {
            findings.error(at + ".candidateQuery", what + " names no candidate query; name one of the candidate"
                    + " queries, which finds and orders the candidates.");
        } else {
            usedQueries.add(reassignment.candidateQuery());
            if (configuration.candidateQuery(reassignment.candidateQuery()).isEmpty()) {
                findings.error(at + ".candidateQuery", what + " names candidate query '"
                        + reassignment.candidateQuery() + "', which does not exist; add it to the candidate queries"
                        + " or name another.");
            }
        }
        checkCounts(at, reassignment, what);
        if (reassignment.within() != null) {
            checkDuration(at + ".within", reassignment.within(), what, what + " must give candidates some time");
        }
        checkFinalTarget(at + ".finalTarget", reassignment.finalTarget(), what);
    }

    private void checkCounts(String at, Reassignment reassignment, String what) {
        ReassignmentAlgorithm algorithm = reassignment.algorithm();
        if (reassignment.blastSize() != null) {
            if (algorithm != null && algorithm != ReassignmentAlgorithm.BLAST) {
                findings.warning(at + ".blastSize", what + " has a blast size, which " + algorithm
                        + " ignores; remove it or make the algorithm BLAST.");
            } else if (reassignment.blastSize() < 2) {
                findings.error(at + ".blastSize", what + " blasts the lead to " + reassignment.blastSize()
                        + " candidates; a blast offers it to at least 2 (for one, use SINGLE).");
            }
        }
        if (reassignment.maxAttempts() != null) {
            if (algorithm != null && algorithm != ReassignmentAlgorithm.ROUND_ROBIN) {
                findings.warning(at + ".maxAttempts", what + " has a maximum of attempts, which " + algorithm
                        + " ignores (it makes one); remove it or make the algorithm ROUND_ROBIN.");
            } else if (reassignment.maxAttempts() < 1) {
                findings.error(at + ".maxAttempts", what + " allows " + reassignment.maxAttempts()
                        + " attempts; allow at least 1.");
            }
        }
    }

    private void checkFinalTarget(String path, Target target, String what) {
        if (target == null) {
            findings.error(path, what + " has no final target; say who gets the lead when nobody acknowledges it:"
                    + " a USER (a default assignee), a QUEUE or the HOPPER.");
            return;
        }
        if (target.type() != null && target.type() != TargetType.USER && target.type() != TargetType.QUEUE
                && target.type() != TargetType.HOPPER) {
            findings.error(path + ".type", what + " has the final target " + target.type() + "; the final target"
                    + " is a USER (a default assignee), a QUEUE or the HOPPER.");
            return;
        }
        targets.check(path, target, "The final target of " + Character.toLowerCase(what.charAt(0))
                + what.substring(1), false);
    }

    private void checkDuration(String path, Duration duration, String missing, String notPositive) {
        if (duration == null) {
            findings.error(path, missing + "; set how long candidates have to acknowledge, e.g. PT15M.");
        } else if (duration.isZero() || duration.isNegative()) {
            findings.error(path, notPositive + "; set a positive duration, e.g. PT15M.");
        }
    }

    private void checkQueries() {
        List<Entry<CandidateQuery>> queries = findings.entries("candidateQueries", configuration.candidateQueries(),
                "This candidate query entry is empty; remove it or fill it in.");
        findings.unique(queries, "name", CandidateQuery::name, (query, first) -> "Candidate query name '"
                + query.name() + "' is used twice (first at " + first + "); rename one of them.");
        for (Entry<CandidateQuery> entry : queries) {
            CandidateQuery query = entry.value();
            String label = capitalized(label("candidate query", query.name(), entry.path()));
            if (isBlank(query.name())) {
                findings.error(entry.path("name"), "A candidate query has no name; name it so reassignments can"
                        + " refer to it.");
            } else if (!usedQueries.contains(query.name())) {
                findings.warning(entry.path(), label + " is not used by any reassignment; name it in one, or"
                        + " remove it.");
            }
            for (int i = 0; i < query.users().size(); i++) {
                String userId = query.users().get(i);
                if (isBlank(userId) || configuration.user(userId).isEmpty()) {
                    findings.error(entry.path("users") + "[" + i + "]", label + " names user '" + userId
                            + "', an unknown user; add them to the users or remove them from the query.");
                }
            }
            if (query.filter() != null) {
                checkFilter(entry.path("filter"), query.filter(), label);
            }
            for (int i = 0; i < query.sort().size(); i++) {
                CandidateSort key = query.sort().get(i);
                String at = entry.path("sort") + "[" + i + "]";
                if (key == null || !isSortField(key.field())) {
                    findings.error(at + ".field", label + " sorts by '" + (key == null ? null : key.field())
                            + "'; sort by " + String.join(", ", CandidateSearch.SORT_FIELDS)
                            + " or custom.<attribute>.");
                }
            }
            if (query.maxOpenLeads() != null && query.maxOpenLeads() < 1) {
                findings.error(entry.path("maxOpenLeads"), label + " allows fewer than " + query.maxOpenLeads()
                        + " open leads, which nobody has; allow at least 1, or leave it out for no limit.");
            }
        }
    }

    private void checkFilter(String path, Criteria criteria, String label) {
        for (int i = 0; i < criteria.conditions().size(); i++) {
            Condition condition = criteria.conditions().get(i);
            String at = path + ".conditions[" + i + "]";
            if (condition == null) {
                findings.error(at, label + " has an empty condition; remove it or fill it in.");
                continue;
            }
            if (!isFilterField(condition.field())) {
                findings.error(at + ".field", label + " tests '" + condition.field() + "', which users do not have;"
                        + " test " + String.join(", ", CandidateSearch.USER_FIELDS) + " or custom.<attribute>.");
            }
            if (condition.operator() == null) {
                findings.error(at + ".operator", label + " has a condition without an operator; use IN, NOT_IN,"
                        + " BETWEEN, AT_LEAST, AT_MOST, MATCHES, CONTAINS_ALL, PRESENT or ABSENT.");
            } else {
                checkValues(at + ".values", condition, label);
            }
        }
        for (int i = 0; i < criteria.groups().size(); i++) {
            if (criteria.groups().get(i) != null) {
                checkFilter(path + ".groups[" + i + "]", criteria.groups().get(i), label);
            }
        }
    }

    private void checkValues(String path, Condition condition, String label) {
        List<String> values = condition.values();
        String test = label + "'s condition on " + condition.field() + " (" + condition.operator() + ")";
        switch (condition.operator()) {
            case PRESENT, ABSENT -> {
                if (!values.isEmpty()) {
                    findings.warning(path, test + " ignores its values; remove them.");
                }
            }
            case BETWEEN -> {
                if (values.size() != 2 || !values.stream().allMatch(AcknowledgementChecks::isNumber)) {
                    findings.error(path, test + " needs two numbers, the lowest and the highest allowed.");
                }
            }
            case AT_LEAST, AT_MOST -> {
                if (values.size() != 1 || !isNumber(values.get(0))) {
                    findings.error(path, test + " needs one number.");
                }
            }
            default -> {
                if (values.isEmpty() || values.stream().anyMatch(Findings::isBlank)) {
                    findings.error(path, test + " needs at least one value, and no blank ones.");
                }
            }
        }
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text.trim());
            return true;
        } catch (RuntimeException notANumber) {
            return false;
        }
    }

    private static boolean isFilterField(String field) {
        return field != null && (CandidateSearch.USER_FIELDS.contains(field) || isCustom(field));
    }

    private static boolean isSortField(String field) {
        return field != null && (CandidateSearch.SORT_FIELDS.contains(field) || isCustom(field));
    }

    private static boolean isCustom(String field) {
        return field.startsWith("custom.") && field.length() > "custom.".length();
    }
}
