package io.fazhi.console.township;

import io.fazhi.console.api.AssessmentDoc;
import io.fazhi.console.api.ChecklistDoc;
import io.fazhi.console.api.Gateway;
import io.fazhi.console.api.ReportDoc;
import io.fazhi.console.session.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** A township's home, read from the API with its own token: its reports, their assessments and checklists. */
@RequestScoped
public class TownshipReports {

    /** The reports a township's home lists: one a year, so decades of them. */
    private static final int SHOWN = 50;

    @Inject
    SignedIn user;

    @Inject
    @RestClient
    Gateway gateway;

    public TownshipHome home() {
        List<ReportDoc> reports =
                gateway.reports(user.bearer(), user.place(), SHOWN).items();
        Map<String, AssessmentDoc> assessments = new HashMap<>();
        Map<String, ChecklistDoc> checklists = new HashMap<>();
        for (ReportDoc report : reports) {
            AssessmentDoc assessment = gateway.assessmentIfAny(user.bearer(), report.id());
            if (assessment != null) {
                assessments.put(report.id(), assessment);
                checklists.computeIfAbsent(assessment.checklistId(), id -> gateway.checklist(user.bearer(), id));
            }
        }
        return TownshipHome.of(user.place(), reports, assessments, checklists);
    }
}
