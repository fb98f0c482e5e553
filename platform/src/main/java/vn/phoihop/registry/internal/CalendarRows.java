package vn.phoihop.registry.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.phoihop.registry.Agency;
import vn.phoihop.registry.AgencyMember;
import vn.phoihop.registry.ObligationCalendar;
import vn.phoihop.registry.ObligationInstance;
import vn.phoihop.shared.ErrorCode;
import vn.phoihop.shared.PhoihopException;

/**
 * The calendar as people read it: each instance with the agencies holding its roles on its due
 * date, the regulation's due rule, and whether the reader's agency owes or receives it.
 */
@Component
class CalendarRows {

    record Row(ObligationInstance instance, Regulation regulation, Duty duty, Agency fromAgency, Agency toAgency,
            boolean owedByMe, boolean owedToMe) {

        public boolean mine() {
            return owedByMe || owedToMe;
        }

        public String statusKey() {
            return instance.status().dbValue();
        }
    }

    private final CalendarService calendar;
    private final RegulationCatalog catalog;
    private final Directory directory;

    CalendarRows(CalendarService calendar, RegulationCatalog catalog, Directory directory) {
        this.calendar = calendar;
        this.catalog = catalog;
        this.directory = directory;
    }

    /** The scope a person sees by default: their agency's province, or the centre. */
    static String scopeOf(Agency agency) {
        return agency.provinceCode() == null ? ObligationCalendar.CENTRE : agency.provinceCode();
    }

    static Agency currentAgency() {
        return AgencyMember.current().orElseThrow(() -> new PhoihopException(ErrorCode.AUTH_REQUIRED));
    }

    static String scope(String requested, Agency agency) {
        String scope = requested == null || requested.isBlank() ? scopeOf(agency) : requested.strip()
                .toUpperCase(java.util.Locale.ROOT);
        if (!ObligationCalendar.CENTRE.equals(scope) && !scope.matches("\\d{2}")) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("province", "2 digits or TW"));
        }
        return scope;
    }

    List<Row> rows(int year, String scope, Agency reader) {
        if (year < 2000 || year > 2100) {
            throw new PhoihopException(ErrorCode.VALIDATION_FAILED, Map.of("year", "2000 to 2100"));
        }
        Map<String, Optional<Agency>> holders = new HashMap<>();
        return calendar.instances(year, scope).stream().map(instance -> row(instance, reader, holders)).toList();
    }

    Row row(ObligationInstance instance, Agency reader) {
        return row(instance, reader, new HashMap<>());
    }

    private Row row(ObligationInstance instance, Agency reader, Map<String, Optional<Agency>> holders) {
        Duty duty = catalog.duty(instance.dutyId()).orElse(null);
        Regulation regulation = duty == null ? null : catalog.regulationOf(duty);
        Agency from = holder(instance.fromRole(), instance.provinceCode(), instance.dueDate(), holders);
        Agency to = holder(instance.toRole(), instance.provinceCode(), instance.dueDate(), holders);
        return new Row(instance, regulation, duty, from, to, from != null && from.id() == reader.id(),
                to != null && to.id() == reader.id());
    }

    private Agency holder(String role, String province, LocalDate day, Map<String, Optional<Agency>> cache) {
        return cache.computeIfAbsent(role + "|" + province + "|" + day, k -> directory.holder(role, province, day))
                .orElse(null);
    }

    /** Only the parties (or an administrator) act on an obligation. */
    static void requireParty(Row row, boolean admin) {
        if (!admin && !row.mine()) {
            throw new PhoihopException(ErrorCode.OBLIGATION_NOT_YOURS);
        }
    }
}
