package vn.phoihop.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;
import vn.phoihop.PhoihopHome;
import vn.phoihop.casework.Cases;
import vn.phoihop.exchange.Submissions;
import vn.phoihop.reconcile.Findings;
import vn.phoihop.reconcile.ReconcileRuns;
import vn.phoihop.reporting.ReportWorkflow;
import vn.phoihop.registry.Agencies;
import vn.phoihop.registry.FulfilmentRef;
import vn.phoihop.registry.MeetingScheduler;
import vn.phoihop.registry.ObligationCalendar;
import vn.phoihop.registry.ObligationInstance;
import vn.phoihop.registry.RoleAssignments;
import vn.phoihop.security.Role;
import vn.phoihop.security.UserAccounts;

/** Creates the demo province's agencies and accounts; idempotent, demo mode only. */
@Component
@DependsOn("flywayInitializer")
@ConditionalOnProperty(name = "phoihop.mode", havingValue = "demo")
public class DemoSeeder implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final Agencies agencies;
    private final UserAccounts users;
    private final RoleAssignments roles;
    private final ObligationCalendar calendar;
    private final MeetingScheduler meetings;
    private final Clock clock;
    private final Submissions submissions;
    private final PhoihopHome home;
    private final ReconcileRuns reconcileRuns;
    private final Findings findings;
    private final Cases cases;
    private final vn.phoihop.inspection.Inspections inspections;
    private final ReportWorkflow reports;

    public DemoSeeder(Agencies agencies, UserAccounts users, RoleAssignments roles, ObligationCalendar calendar,
            MeetingScheduler meetings, Clock clock, Submissions submissions, PhoihopHome home,
            ReconcileRuns reconcileRuns, Findings findings, Cases cases, vn.phoihop.inspection.Inspections inspections,
            ReportWorkflow reports) {
        this.inspections = inspections;
        this.reports = reports;
        this.reconcileRuns = reconcileRuns;
        this.findings = findings;
        this.cases = cases;
        this.submissions = submissions;
        this.home = home;
        this.agencies = agencies;
        this.users = users;
        this.roles = roles;
        this.calendar = calendar;
        this.meetings = meetings;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        seed();
    }

    public void seed() {
        for (DemoProvince.Account account : DemoProvince.ACCOUNTS) {
            agencies.ensure(new Agencies.NewAgency(account.agencyCode(), account.nameVi(), account.nameEn(),
                    DemoProvince.level(), DemoProvince.PROVINCE_CODE, DemoProvince.PROVINCE_NAME_VI,
                    DemoProvince.PROVINCE_NAME_EN));
            if (!users.exists(account.username())) {
                UserAccounts.NewUser user = new UserAccounts.NewUser(account.username(), account.nameVi(),
                        DemoProvince.PASSWORD, account.agencyCode(), account.roles());
                users.createDemoAccount(user, account.agencyCode().endsWith(".police") ? DemoProvince.TOTP_SECRET : null);
            }
        }
        for (DemoProvince.Supervisor lead : DemoProvince.SUPERVISORS) {
            if (!users.exists(lead.username())) {
                users.createDemoAccount(new UserAccounts.NewUser(lead.username(), lead.displayName(), DemoProvince.PASSWORD,
                        lead.agencyCode(), Set.of(Role.SUPERVISOR)), null);
            }
        }
        if (!users.exists(DemoProvince.ADMIN_USERNAME)) {
            users.createDemoAccount(new UserAccounts.NewUser(DemoProvince.ADMIN_USERNAME, "Quản trị hệ thống",
                    DemoProvince.PASSWORD, Agencies.OPERATOR, Set.of(Role.ADMIN)), DemoProvince.TOTP_SECRET);
        }
        seedRegistry();
        new DemoSubmissions(submissions, roles, clock).submitAll(home.resolve("work"));
        if (reconcileRuns.recent(DemoProvince.PROVINCE_CODE, 1).isEmpty()) {
            ReconcileRuns.Run run = reconcileRuns.runNow(DemoProvince.PROVINCE_CODE, DemoSubmissions.AS_OF, "demo");
            log.info("Demo reconciliation of province {} as of {}: {} ({} findings)", DemoProvince.PROVINCE_CODE,
                    DemoSubmissions.AS_OF, run.status(), run.findingsCount());
        }
        if (cases.count() == 0) {
            seedCases();
        }
        new DemoInspections(inspections).seed();
        new DemoReports(reports).seed();
        log.info("Demo province {} seeded with {} accounts", DemoProvince.PROVINCE_NAME_VI,
                DemoProvince.ACCOUNTS.size() + DemoProvince.SUPERVISORS.size() + 1);
    }

    /**
     * A few verified cases: two evasion findings confirmed (one referred to the police, who
     * accepted it), a late-payment finding confirmed and its notice sent, and a complaint in
     * progress.
     */
    private void seedCases() {
        String bhxh = "51.social_security";
        List<Findings.Finding> evasion = findings.search(DemoProvince.PROVINCE_CODE, null, "ARREARS-EVASION",
                Findings.Status.OPEN, 0, 2).items();
        for (int i = 0; i < evasion.size(); i++) {
            long id = cases.confirmFinding(evasion.get(i).id(), "Đã đối chiếu sổ sách (dữ liệu mẫu)", "bhxh", bhxh);
            if (i == 0) {
                cases.act(id, "refer", "Trốn đóng kéo dài, đã đôn đốc bằng văn bản", null, "bhxh", bhxh);
                cases.act(id, "police_accept", null, null, "congan", "51.police");
            }
        }
        findings.search(DemoProvince.PROVINCE_CODE, null, "ARREARS-LATE", Findings.Status.OPEN, 0, 1).items()
                .forEach(f -> {
                    long id = cases.confirmFinding(f.id(), "Xác nhận chậm đóng (dữ liệu mẫu)", "bhxh", bhxh);
                    cases.act(id, "notify", null, null, "bhxh", bhxh);
                });
        long complaint = cases.open("complaint", "Khiếu nại quyết định truy thu (dữ liệu mẫu)", "Công ty TNHH Mẫu",
                DemoProvince.PROVINCE_CODE, bhxh, "bhxh");
        cases.act(complaint, "accept", null, null, "bhxh", bhxh);
        log.info("Demo cases seeded: {}", cases.count());
    }

    /** The other agencies, who holds which role since when, the calendars 2025–2027 and a few meetings. */
    private void seedRegistry() {
        for (DemoProvince.OtherAgency other : DemoProvince.OTHER_AGENCIES) {
            boolean central = other.provinceCode() == null;
            agencies.ensure(new Agencies.NewAgency(other.code(), other.nameVi(), other.nameEn(), other.level(),
                    other.provinceCode(), central ? "Toàn quốc" : DemoProvince.PROVINCE_NAME_VI,
                    central ? "Nationwide" : DemoProvince.PROVINCE_NAME_EN));
        }
        for (DemoProvince.OtherAgency other : DemoProvince.OTHER_AGENCIES) {
            if (other.validTo() != null || other.validFrom().isAfter(LocalDate.of(2008, 1, 1))) {
                agencies.setHistory(other.code(), other.validFrom(), other.validTo(), null, other.successorCode());
            }
        }
        for (DemoProvince.RoleHolder holder : DemoProvince.ROLE_HOLDERS) {
            roles.ensureAssigned(holder.role(), holder.provinceCode(), holder.agencyCode(), holder.from(),
                    holder.basis());
        }
        for (int year = 2025; year <= 2027; year++) {
            calendar.generate(year, DemoProvince.PROVINCE_CODE);
            calendar.generate(year, ObligationCalendar.CENTRE);
        }
        fulfilSomeOf2026();
        meetingsOf2026();
    }

    /** Six-monthly reports mostly in on time, one late, two missing; quarterly lists partly in. */
    private void fulfilSomeOf2026() {
        Instant onTime = LocalDate.of(2026, 7, 2).atStartOfDay().toInstant(ZoneOffset.ofHours(7));
        Instant late = LocalDate.of(2026, 7, 10).atStartOfDay().toInstant(ZoneOffset.ofHours(7));
        for (ObligationInstance instance : calendar.instances(2026, DemoProvince.PROVINCE_CODE)) {
            String duty = instance.dutyId();
            if (duty.equals("004-24.1.a")) {
                if (instance.fromRole().equals("tax.province")) {
                    fulfil(instance, FulfilmentRef.Kind.REPORT, "45/BC-TCT", late);
                } else if (!instance.fromRole().equals("economic_zone.province")
                        && !instance.fromRole().equals("justice.province")) {
                    fulfil(instance, FulfilmentRef.Kind.REPORT,
                            "BC-6T-2026/" + instance.fromRole().replace(".province", ""), onTime);
                }
            } else if (duty.equals("004-9.1") || duty.equals("004-16.4")) {
                if (instance.period().equals("Q1") || instance.period().equals("Q2")) {
                    Instant at = instance.dueDate().plusDays(5).atStartOfDay().toInstant(ZoneOffset.ofHours(7));
                    fulfil(instance, FulfilmentRef.Kind.SUBMISSION, "demo-" + duty + "-" + instance.period(), at);
                }
            } else if (duty.equals("002-II.A.2.c") && instance.dueDate().isBefore(LocalDate.of(2026, 10, 1))) {
                Instant at = instance.dueDate().minusDays(2).atStartOfDay().toInstant(ZoneOffset.ofHours(7));
                fulfil(instance, FulfilmentRef.Kind.SUBMISSION, "demo-pension-" + instance.period(), at);
            }
        }
    }

    private void fulfil(ObligationInstance instance, FulfilmentRef.Kind kind, String reference, Instant at) {
        if (!at.isAfter(clock.instant()) && instance.status() != ObligationInstance.Status.FULFILLED
                && instance.status() != ObligationInstance.Status.WAIVED) {
            calendar.fulfil(instance.id(), new FulfilmentRef(kind, reference), at);
        }
    }

    /** The six-monthly meetings with the labour federation and the labour authority. */
    private void meetingsOf2026() {
        for (ObligationInstance instance : calendar.instances(2026, DemoProvince.PROVINCE_CODE)) {
            boolean unionMeeting = instance.dutyId().equals("001-17.4");
            boolean labourMeeting = instance.dutyId().equals("002-II.B.4.c");
            if (!unionMeeting && !labourMeeting) {
                continue;
            }
            LocalDate day = instance.period().equals("H1") ? LocalDate.of(2026, 6, unionMeeting ? 25 : 26)
                    : LocalDate.of(2026, 12, unionMeeting ? 22 : 28);
            Optional<Long> existing = meetings.meetingOf(instance.id());
            long meeting = existing.orElseGet(() -> meetings.scheduleFromObligation(instance.id(), day));
            boolean past = day.atStartOfDay().toInstant(ZoneOffset.ofHours(7)).isBefore(clock.instant());
            if (existing.isEmpty() && past && instance.status() != ObligationInstance.Status.FULFILLED) {
                meetings.conclude(meeting,
                        "Hai bên đánh giá kết quả phối hợp 6 tháng đầu năm 2026; số đơn vị nợ đóng giảm so với cùng kỳ.",
                        "1. Tiếp tục trao đổi danh sách đơn vị nợ đọng, trốn đóng hằng quý.\n"
                                + "2. Phối hợp kiểm tra các đơn vị nợ kéo dài trong quý III/2026.");
                meetings.addActionItem(meeting, "Gửi danh sách đơn vị nợ đóng trên 3 tháng",
                        "51.social_security", LocalDate.of(2026, 7, 31));
                meetings.addActionItem(meeting, "Lập kế hoạch kiểm tra liên ngành quý III",
                        unionMeeting ? "51.trade_union" : "51.home_affairs", LocalDate.of(2026, 8, 15));
            }
        }
    }
}
