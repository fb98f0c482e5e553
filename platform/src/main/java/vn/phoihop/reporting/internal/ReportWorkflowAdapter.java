package vn.phoihop.reporting.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.phoihop.registry.Agencies;
import vn.phoihop.registry.Agency;
import vn.phoihop.reporting.ReportWorkflow;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/** {@link ReportWorkflow} over the same services the API uses. */
@Component
class ReportWorkflowAdapter implements ReportWorkflow {

    private final PeriodicReports reports;
    private final Reporting reporting;
    private final Agencies agencies;

    ReportWorkflowAdapter(PeriodicReports reports, Reporting reporting, Agencies agencies) {
        this.reports = reports;
        this.reporting = reporting;
        this.agencies = agencies;
    }

    private PeriodicReports.Actor actor(String username, String agencyCode) {
        Agency agency = agencies.byCode(agencyCode).orElseThrow(() -> new PhoihopException(ErrorCode.REGISTRY_UNKNOWN_AGENCY));
        return new PeriodicReports.Actor(username, agency);
    }

    @Override
    public long open(String period, String username, String agencyCode) {
        return reports.openPart(period, actor(username, agencyCode)).id();
    }

    @Override
    public void write(long reportId, String section, String text, String username, String agencyCode) {
        reports.writeNarrative(reportId, section, text, actor(username, agencyCode));
    }

    @Override
    public void submit(long reportId, String username, String agencyCode) {
        reports.submit(reportId, actor(username, agencyCode));
    }

    @Override
    public String consolidate(String period, String username, String agencyCode) {
        return reports.consolidate(period, actor(username, agencyCode)).number();
    }

    @Override
    public String status(String provinceCode, String period, String agencyCode) {
        return reports.of(provinceCode, period, agencyCode).map(PeriodicReports.Report::status).orElse(null);
    }

    @Override
    public int publishArrears(LocalDate asOf, String username, String agencyCode) {
        PeriodicReports.Actor actor = actor(username, agencyCode);
        return reporting.publish(actor.agency().provinceCode(), asOf, actor).rows().size();
    }

    @Override
    public boolean published(String provinceCode) {
        return reporting.latestPublished(provinceCode).isPresent();
    }
}
