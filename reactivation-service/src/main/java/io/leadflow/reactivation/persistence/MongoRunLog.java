package io.leadflow.reactivation.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.leadflow.reactivation.domain.run.RunLog;
import io.leadflow.reactivation.domain.run.RunStep;
import io.leadflow.reactivation.persistence.RunLogDocument.StepDocument;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Run logs: one {@code $push} per lead and batch, by {@code _id}, keeping the newest steps. The listener and the
 * timer both append, and a push needs no read, so neither undoes the other. A step appended twice (a replayed
 * batch) is shown once.
 *
 * <p>Every step appended is counted in {@value #RUNS_METRIC} (tags {@code scenario}, {@code outcome}; scenario names
 * come from the configuration, so the series stay few); a replayed batch's steps count again.
 */
@Repository
class MongoRunLog implements RunLog {

    static final String RUNS_METRIC = "leadflow.reactivation.runs";

    private final MongoTemplate mongo;
    private final MeterRegistry meters;

    MongoRunLog(MongoTemplate mongo, MeterRegistry meters) {
        this.mongo = mongo;
        this.meters = meters;
    }

    @Override
    public void append(List<RunStep> steps) {
        if (steps.isEmpty()) {
            return;
        }
        Map<String, List<Document>> byLead = new LinkedHashMap<>();
        for (RunStep step : steps) {
            Document document = new Document();
            mongo.getConverter().write(StepDocument.of(step), document);
            document.remove("_class");
            byLead.computeIfAbsent(step.leadId(), lead -> new ArrayList<>()).add(document);
        }
        BulkOperations bulk = mongo.bulkOps(BulkMode.UNORDERED, RunLogDocument.class);
        byLead.forEach((leadId, documents) -> bulk.upsert(query(where("_id").is(leadId)),
                new Update().push(RunLogDocument.STEPS).slice(-RunLogDocument.MAX_STEPS).each(documents.toArray())));
        bulk.execute();
        steps.forEach(step -> Counter.builder(RUNS_METRIC)
                .description("Steps of reactivation scenario runs, by scenario and outcome")
                .tag("scenario", step.scenario())
                .tag("outcome", step.outcome().name())
                .register(meters)
                .increment());
    }

    @Override
    public List<RunStep> ofLead(String leadId) {
        RunLogDocument log = mongo.findById(leadId, RunLogDocument.class);
        if (log == null || log.steps() == null) {
            return List.of();
        }
        Set<String> shown = new LinkedHashSet<>();
        List<RunStep> steps = new ArrayList<>();
        for (StepDocument document : log.steps()) {
            RunStep step = document.toStep(leadId);
            if (shown.add(step.stepId())) {
                steps.add(step);
            }
        }
        return steps;
    }
}
