package vn.phoihop.engine.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The clean background province, written in one streaming pass over the people: each
 * person's rows are written as soon as the person is made, and employees fill one open
 * employer at a time whose own rows are written when it is full. Memory stays bounded by
 * one employer. By construction no rule fires on it; each employer is also checked with
 * {@link EmployerChecks} before it is written.
 */
final class Background {

    /** Age bands (years at D, inclusive) and their per-mille share of the population. */
    private static final int[][] AGE_BANDS = {{0, 5, 80}, {6, 17, 170}, {18, 22, 70}, {23, 59, 520}, {60, 95, 160}};
    private static final LocalDate ETHNIC_PROGRAMME_START = LocalDate.of(2021, 1, 1);
    /** One registry-only company (no employees, or defunct) per this many employers. */
    private static final int EMPLOYERS_PER_OTHER_COMPANY = 10;
    /** One health facility per this many people. */
    private static final long PEOPLE_PER_FACILITY = 3_000;

    private final World world;
    private final long persons;
    private final SplittableRandom random;
    private final GenerationProgress progress;
    private final LocalDate asOf;
    private final YearMonth asOfMonth;
    private final int schoolYearStart;
    private final String schoolYear;

    private OpenEmployer employer;
    private Object[] firstPopulationRow;
    private int employerCount;
    private int otherCompanyCount;

    Background(World world, long persons, SplittableRandom random, GenerationProgress progress) {
        this.world = world;
        this.persons = persons;
        this.random = random;
        this.progress = progress;
        this.asOf = world.asOf;
        this.asOfMonth = world.asOfMonth;
        this.schoolYearStart = world.schoolYearStart();
        this.schoolYear = world.schoolYearContainingAsOf();
    }

    /** The first population row written (the bad rows repeat its key), or null. */
    Object[] firstPopulationRow() {
        return firstPopulationRow;
    }

    /** The first unit code written, or null when there is no employer. */
    String firstUnitCode() {
        return employerCount > 0 ? "QN" + Identifiers.pad(0, 7) : null;
    }

    void run() {
        long step = Math.max(1, persons / 100);
        for (long p = 0; p < persons; p++) {
            person(p);
            if ((p + 1) % step == 0 || p + 1 == persons) {
                progress.report("people", p + 1, persons);
            }
        }
        if (employer != null) {
            flush(employer);
        }
        facilities();
    }

    // ---------------------------------------------------------------- people

    private void person(long index) {
        Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
        LocalDate birth = birthDate();
        int age = (int) ChronoUnit.YEARS.between(birth, asOf);
        String personalId = Identifiers.personalId(index, random.nextInt(10) == 0, gender, birth.getYear());
        String siCode = Identifiers.socialInsuranceCode(index);
        String name = VietnameseNames.commonName(gender, random);
        Places.Commune commune = Units.pick(Places.COMMUNES, random);
        PartialDate recordedBirth = PartialDate.of(birth);
        if (birth.getYear() < 1960 && random.nextInt(10) < 3) {
            recordedBirth = random.nextBoolean() ? PartialDate.yearOnly(birth.getYear())
                    : PartialDate.yearMonth(birth.getYear(), birth.getMonthValue());
        }
        String oldId = birth.getYear() <= 2004 && random.nextInt(10) < 6 ? Identifiers.oldIdNumber(index) : null;
        LocalDate death = null;
        if (age >= 60 && random.nextInt(50) == 0) {
            death = asOf.minusDays(1 + random.nextInt(1000));
        }
        Object[] row = {personalId, populationName(name), recordedBirth, gender, Places.PROVINCE_CODE, commune.code(),
                death, oldId};
        world.write(Dataset.POPULATION, row);
        if (firstPopulationRow == null) {
            firstPopulationRow = row;
        }

        Card card = null;
        boolean insured = false;
        if (age < 6) {
            card = new Card("TE", 1, "state_budget", birth, birth.plusYears(6).minusDays(1));
            if (random.nextInt(100) < 97) {
                birthRegistration(personalId, name, birth, commune);
            }
        } else if (age <= 7 && random.nextInt(10) < 9) {
            birthRegistration(personalId, name, birth, commune);
        }
        boolean student = false;
        if (age >= 6 && age <= 17 && random.nextInt(100) < 97) {
            student = true;
            student(personalId, name, birth, age, commune);
        } else if (age >= 18 && age <= 22 && death == null && random.nextInt(100) < 30) {
            student = true;
            student(personalId, name, birth, age, commune);
        }
        Ethnic ethnic = commune.mountainous() && death == null && random.nextBoolean() ? ethnic(personalId, name, birth, commune) : null;

        boolean employee = death == null && !student
                && ((age >= 23 && age <= 59 && random.nextInt(100) < 25) || (age >= 18 && age <= 22 && random.nextInt(100) < 12));
        boolean pensioner = !employee && age >= 60 && random.nextInt(100) < 35;
        Employment job = null;
        if (employee) {
            job = employ(siCode);
            insured = true;
            if (job.spell.end() == null) {
                card = new Card(job.employer.sector.equals("public") ? "HC" : "DN", 4, "employer",
                        job.spell.start().atDay(1), null);
            }
        }
        if (pensioner) {
            insured = true;
            pensions(siCode, personalId, death);
            if (card == null) {
                card = new Card("HT", 2, "social_insurance", LocalDate.of(2020, 1, 1).isAfter(birth.plusYears(60))
                        ? LocalDate.of(2020, 1, 1) : birth.plusYears(60), null);
            }
        }
        if (card == null && ethnic != null && ethnic.eligibleOnAsOf) {
            LocalDate from = LocalDate.of(asOf.getYear(), 1, 1);
            card = new Card("DT", 1, "state_budget", from.isBefore(ethnic.from) ? ethnic.from : from,
                    LocalDate.of(asOf.getYear(), 12, 31));
        }
        if (card == null && student) {
            card = new Card(age <= 17 ? "HS" : "SV", 4, "budget_support", LocalDate.of(schoolYearStart, 9, 1),
                    LocalDate.of(schoolYearStart + 1, 12, 31));
        }
        if (card == null && random.nextInt(100) < 85) {
            LocalDate from = asOf.minusDays(30 + random.nextInt(300));
            card = new Card("GD", 4, "self", from.isBefore(birth) ? birth : from, from.plusYears(1).minusDays(1));
        }
        if (death != null) {
            // The dead keep only a card that ended on the day they died.
            card = card == null || random.nextBoolean() ? null
                    : new Card(card.group, card.level, card.fundedBy, card.from.isAfter(death) ? death : card.from, death);
        }
        if (insured) {
            insuredRow(siCode, personalId, oldId, name, birth, recordedBirth, gender);
        }
        if (job != null && job.spell.end() != null) {
            uiBenefit(job, siCode, personalId);
        }
        if (card != null) {
            cards(card, siCode, personalId, insured);
        }
    }

    private LocalDate birthDate() {
        int roll = random.nextInt(1000);
        int[] band = AGE_BANDS[AGE_BANDS.length - 1];
        for (int[] b : AGE_BANDS) {
            roll -= b[2];
            if (roll < 0) {
                band = b;
                break;
            }
        }
        LocalDate latest = asOf.minusYears(band[0]);
        LocalDate earliest = asOf.minusYears(band[1] + 1L).plusDays(1);
        long span = ChronoUnit.DAYS.between(earliest, latest);
        return earliest.plusDays(random.nextLong(span + 1));
    }

    private String populationName(String name) {
        int roll = random.nextInt(100);
        if (roll < 2) {
            return VietnameseNames.decomposed(name);
        }
        return roll < 4 ? VietnameseNames.withExtraSpaces(name) : name;
    }

    /** A spelling of the name as another agency's system exports it; always matches under norm. */
    private String variantName(String name) {
        int roll = random.nextInt(100);
        if (roll < 10) {
            return VietnameseNames.decomposed(name);
        } else if (roll < 20) {
            return VietnameseNames.upperWithoutDiacritics(name);
        } else if (roll < 28) {
            return VietnameseNames.oldTonePlacement(name);
        } else if (roll < 33) {
            return VietnameseNames.withExtraSpaces(name);
        }
        return name;
    }

    private void insuredRow(String siCode, String personalId, String oldId, String name, LocalDate birth,
                            PartialDate recordedBirth, Gender gender) {
        PartialDate written = recordedBirth.day() == null && random.nextBoolean() ? PartialDate.of(birth) : recordedBirth;
        world.write(Dataset.INSURED_PERSONS, siCode, personalId, oldId != null && random.nextInt(10) < 6 ? oldId : null,
                variantName(name), written, gender, Places.PROVINCE_CODE);
    }

    private void birthRegistration(String personalId, String name, LocalDate birth, Places.Commune commune) {
        LocalDate registered = birth.plusDays(1 + random.nextInt(60));
        world.write(Dataset.BIRTH_REGISTRATIONS, personalId, variantName(name), birth,
                registered.isAfter(asOf) ? asOf : registered, commune.code());
    }

    private void student(String personalId, String name, LocalDate birth, int age, Places.Commune commune) {
        String level;
        String levelName;
        if (age <= 10) {
            level = "TH";
            levelName = "Trường Tiểu học ";
        } else if (age <= 14) {
            level = "THCS";
            levelName = "Trường THCS ";
        } else if (age <= 17) {
            level = "THPT";
            levelName = "Trường THPT ";
        } else {
            String[][] universities = {{"DHPVD", "Trường Đại học Phạm Văn Đồng"}, {"CDKTCN", "Trường Cao đẳng Kỹ thuật Công nghiệp Quảng Ngãi"},
                    {"DHTCQN", "Trường Đại học Tài chính - Kế toán, cơ sở Quảng Ngãi"}};
            String[] u = universities[random.nextInt(universities.length)];
            world.write(Dataset.STUDENTS, "51" + u[0], u[1], personalId, variantName(name), birth, schoolYear);
            return;
        }
        int schoolsPerCommune = (int) Math.max(1, persons / 40_000);
        int k = random.nextInt(schoolsPerCommune);
        String place = commune.name().replaceFirst("^(Xã|Phường) ", "");
        world.write(Dataset.STUDENTS, "51" + level + commune.code().substring(2) + Identifiers.pad(k, 3),
                levelName + place + (k == 0 ? "" : " số " + (k + 1)), personalId, variantName(name), birth, schoolYear);
    }

    private record Ethnic(LocalDate from, boolean eligibleOnAsOf) {
    }

    private Ethnic ethnic(String personalId, String name, LocalDate birth, Places.Commune commune) {
        LocalDate from = birth.isAfter(ETHNIC_PROGRAMME_START) ? birth : ETHNIC_PROGRAMME_START;
        LocalDate to = null;
        if (random.nextInt(10) == 0) {
            LocalDate ended = asOf.minusDays(30 + random.nextInt(600));
            if (ended.isAfter(from)) {
                to = ended;
            }
        }
        world.write(Dataset.ETHNIC_SUPPORT, personalId, variantName(name), commune.code(), from, to);
        return new Ethnic(from, to == null);
    }

    private void pensions(String siCode, String personalId, LocalDate death) {
        long amount = (3_000 + random.nextInt(9_000)) * 1_000L;
        boolean withPersonalId = random.nextInt(10) < 9;
        for (YearMonth period = asOfMonth.minusMonths(11); !period.isAfter(asOfMonth); period = period.plusMonths(1)) {
            LocalDate paidOn = period.atDay(5);
            // Payments stop with the period in which the payee died (its first day is not after the death).
            if (paidOn.isAfter(asOf) || (death != null && period.atDay(1).isAfter(death))) {
                continue;
            }
            world.write(Dataset.PENSION_PAYMENTS, siCode, withPersonalId ? personalId : null, period,
                    new Money(amount), paidOn);
        }
    }

    private record Card(String group, int level, String fundedBy, LocalDate from, LocalDate to) {
    }

    private void cards(Card card, String siCode, String personalId, boolean insured) {
        boolean newFormat = random.nextInt(5) == 0;
        String number = newFormat ? siCode : Identifiers.legacyCardNumber(card.group, card.level, siCode);
        // Only an insured person's card may leave out the personal id: the rules then find the
        // person through insured_persons, which knows the id.
        boolean withoutPersonalId = insured && random.nextInt(20) == 0;
        world.write(Dataset.HEALTH_CARDS, number, siCode, withoutPersonalId ? null : personalId, card.group,
                card.fundedBy, card.from, card.to, Places.PROVINCE_CODE);
        if (random.nextInt(100) < 8) {
            String oldGroup = card.group.equals("GD") ? "HN" : "GD";
            LocalDate oldTo = asOf.minusDays(200 + random.nextInt(200));
            world.write(Dataset.HEALTH_CARDS, Identifiers.legacyCardNumber(oldGroup, 4, siCode), siCode, personalId,
                    oldGroup, oldGroup.equals("GD") ? "self" : "budget_support", oldTo.minusYears(1).plusDays(1), oldTo, Places.PROVINCE_CODE);
        }
    }

    // ---------------------------------------------------------------- employers

    private record Employment(OpenEmployer employer, EmployerChecks.Spell spell, long salary) {
    }

    private final class OpenEmployer {
        final int index = employerCount++;
        final String unitCode = "QN" + Identifiers.pad(index, 7);
        final boolean branch = random.nextInt(100) < 3;
        final String parentTaxCode = branch ? Identifiers.taxCode("01", 2_000_000L + index) : null;
        final String taxCode = branch ? parentTaxCode + "-001" : Identifiers.taxCode(taxPrefix(), index);
        final String name = branch ? "Chi nhánh " + Units.companyName(random) + " tại Quảng Ngãi" : Units.companyName(random);
        final int size = Math.min(200, 3 + (int) (-Math.log(1 - random.nextDouble()) * 9));
        final YearMonth first = asOfMonth.minusMonths(11 + random.nextInt(13));
        final String status;
        final YearMonth closedIn;
        final PaymentMode mode;
        final String sector;
        final LocalDate registeredOn = first.atDay(1).minusDays(random.nextInt(3000));
        final List<Units.Employee> employees = new ArrayList<>();

        OpenEmployer() {
            int roll = random.nextInt(100);
            long span = ChronoUnit.MONTHS.between(first, asOfMonth);
            if (roll < 4 && span >= 8) {
                status = "closed";
                closedIn = first.plusMonths(6 + random.nextInt((int) span - 7));
            } else {
                status = roll < 6 ? "suspended" : "active";
                closedIn = null;
            }
            int modeRoll = random.nextInt(100);
            mode = modeRoll < 93 ? PaymentMode.MONTHLY : modeRoll < 97 ? PaymentMode.QUARTERLY : PaymentMode.HALF_YEARLY;
            int sectorRoll = random.nextInt(100);
            sector = sectorRoll < 80 ? "enterprise" : sectorRoll < 88 ? "public" : sectorRoll < 95 ? "education" : "other";
        }

        YearMonth last() {
            return closedIn != null ? closedIn : asOfMonth;
        }

        private String taxPrefix() {
            int roll = random.nextInt(100);
            return roll < 80 ? "43" : roll < 90 ? "61" : "01";
        }
    }

    private Employment employ(String siCode) {
        if (employer == null) {
            employer = new OpenEmployer();
        }
        OpenEmployer e = employer;
        YearMonth last = e.last();
        long months = ChronoUnit.MONTHS.between(e.first, last);
        YearMonth start = e.employees.isEmpty() || random.nextInt(10) < 6 ? e.first
                : e.first.plusMonths(random.nextLong(months + 1));
        YearMonth end = null;
        if (e.closedIn != null) {
            end = e.closedIn;
        } else if (!e.employees.isEmpty() && start.isBefore(asOfMonth.minusMonths(1)) && random.nextInt(100) < 12) {
            end = start.plusMonths(random.nextLong(ChronoUnit.MONTHS.between(start, asOfMonth)));
        }
        long salary = (e.sector.equals("public") || e.sector.equals("education") ? 5_000 + random.nextInt(10_000)
                : 4_700 + random.nextInt(25_000)) * 1_000L;
        EmployerChecks.Spell spell = new EmployerChecks.Spell(siCode, start, end);
        e.employees.add(new Units.Employee(spell, salary));
        world.write(Dataset.EMPLOYMENT, siCode, e.unitCode, start, end, new Money(salary));
        Employment job = new Employment(e, spell, salary);
        if (e.employees.size() >= e.size) {
            flush(e);
            employer = null;
        }
        return job;
    }

    private void uiBenefit(Employment job, String siCode, String personalId) {
        if (random.nextInt(10) >= 4) {
            return;
        }
        LocalDate start = job.spell.end().plusMonths(1 + random.nextInt(2)).atDay(1 + random.nextInt(20));
        if (start.isAfter(asOf)) {
            return;
        }
        LocalDate end = start.plusMonths(3 + random.nextInt(4)).minusDays(1);
        long monthly = job.salary * 60 / 100 / 1_000 * 1_000;
        world.write(Dataset.UI_BENEFITS, world.newDecisionNo(), siCode, random.nextInt(10) < 8 ? personalId : null,
                start, end, new Money(monthly), Places.PROVINCE_CODE);
    }

    private void flush(OpenEmployer e) {
        var dues = Units.dues(e.employees, e.first, e.last());
        var payments = Units.onTimePayments(world, e.mode, dues, random);
        List<LocalDate> reminders = new ArrayList<>();
        if (random.nextInt(20) == 0) {
            // A reminder to a unit that owes nothing changes nothing.
            reminders.add(asOf.minusDays(random.nextInt(300)));
        }
        List<EmployerChecks.Spell> spells = e.employees.stream().map(Units.Employee::spell).toList();
        EmployerChecks.Unit unit = new EmployerChecks.Unit(e.unitCode, e.taxCode, e.status, e.mode, dues, payments,
                reminders, spells);
        PaymentAllocation.Result allocation = ArrearsCalculator.compute(e.mode, dues, payments, reminders, asOf).allocation();
        List<EmployerChecks.TaxYear> taxYears = new ArrayList<>();
        for (int year = asOf.getYear() - 2; year < asOf.getYear(); year++) {
            EmployerChecks.Company alone = new EmployerChecks.Company(e.taxCode, null, List.of(), false, List.of(unit));
            int insured = EmployerChecks.insuredInYear(alone, year);
            long allocated = allocation.allocatedInYear(year);
            if (insured == 0 && allocated == 0) {
                continue;
            }
            boolean dissolved = e.closedIn != null && e.closedIn.getYear() <= year;
            long deducted = allocated - random.nextLong(allocated / 50 + 1) / 1_000 * 1_000;
            taxYears.add(new EmployerChecks.TaxYear(year, dissolved ? "dissolved" : "active",
                    dissolved ? insured : insured + random.nextInt(3), deducted));
        }
        boolean union = e.closedIn == null && e.employees.size() >= 10 && random.nextInt(10) < 4;
        EmployerChecks.Company company = new EmployerChecks.Company(e.taxCode,
                e.closedIn != null ? "dissolved" : "active", taxYears, union, List.of(unit));
        List<ExpectedFinding> unexpected = EmployerChecks.findings(company, asOf);
        if (!unexpected.isEmpty()) {
            throw new IllegalStateException("background employer " + e.unitCode + " would be a finding: " + unexpected);
        }
        Units.writeUnit(world, unit, e.name, e.registeredOn, e.sector);
        Units.writeTaxYears(world, e.taxCode, taxYears);
        LocalDate registryDate = e.registeredOn.minusDays(random.nextInt(200));
        world.write(Dataset.BUSINESS_REGISTRY, e.taxCode, e.name, registryDate, company.registryStatus(),
                e.closedIn != null ? e.closedIn.plusMonths(1).atDay(15) : null, Places.PROVINCE_CODE,
                Units.address(random), VietnameseNames.commonName(random.nextBoolean() ? Gender.MALE : Gender.FEMALE, random));
        if (e.branch) {
            world.write(Dataset.BUSINESS_REGISTRY, e.parentTaxCode, e.name.replaceFirst("^Chi nhánh ", "").replace(" tại Quảng Ngãi", ""),
                    registryDate.minusYears(3), "active", null, "01",
                    (1 + random.nextInt(200)) + " Phố Huế, phường Hai Bà Trưng, Hà Nội",
                    VietnameseNames.commonName(Gender.MALE, random));
        }
        if (union) {
            LocalDate founded = e.registeredOn.plusDays(random.nextInt(365));
            world.write(Dataset.UNION_UNITS, e.taxCode, founded.isAfter(asOf) ? asOf : founded,
                    Math.max(1, e.employees.size() - random.nextInt(5)));
        }
        if (e.index % EMPLOYERS_PER_OTHER_COMPANY == 0) {
            otherCompany();
        }
    }

    /**
     * A company with no employers row that no rule may report: no employees in its tax
     * returns, or defunct (dissolved, suspended) although its old returns had employees.
     */
    private void otherCompany() {
        int index = otherCompanyCount++;
        String taxCode = Identifiers.taxCode("43", 3_000_000L + index);
        String name = Units.companyName(random);
        int kind = random.nextInt(3);
        String registryStatus = switch (kind) {
            case 0 -> "active";
            case 1 -> "dissolved";
            default -> "suspended";
        };
        LocalDate registered = asOf.minusDays(400 + random.nextInt(4000));
        world.write(Dataset.BUSINESS_REGISTRY, taxCode, name, registered, registryStatus,
                kind == 0 ? null : asOf.minusDays(30 + random.nextInt(300)), Places.PROVINCE_CODE, Units.address(random),
                VietnameseNames.commonName(Gender.FEMALE, random));
        int lastYear = asOf.getYear() - 1;
        if (kind == 0) {
            world.write(Dataset.TAX_EMPLOYERS, taxCode, lastYear, "active", 0, new Money(0));
        } else {
            world.write(Dataset.TAX_EMPLOYERS, taxCode, lastYear - 1, "active", 2 + random.nextInt(6), new Money(0));
            world.write(Dataset.TAX_EMPLOYERS, taxCode, lastYear, kind == 1 ? "dissolved" : "active",
                    1 + random.nextInt(3), new Money(0));
        }
    }

    // ---------------------------------------------------------------- facilities

    private void facilities() {
        long count = Math.max(3, persons / PEOPLE_PER_FACILITY);
        for (long f = 0; f < count; f++) {
            String code = "51" + Identifiers.pad(f + 1, 5);
            Places.Commune commune = Places.COMMUNES.get((int) (f % Places.COMMUNES.size()));
            String place = commune.name().replaceFirst("^(Xã|Phường) ", "");
            String name = f == 0 ? "Bệnh viện Đa khoa tỉnh Quảng Ngãi"
                    : f < Places.COMMUNES.size() ? "Trung tâm Y tế " + place : "Trạm Y tế " + place + " số " + f;
            long base = f == 0 ? 400_000_000_000L : f < Places.COMMUNES.size() ? 30_000_000_000L : 2_000_000_000L;
            for (int year = asOf.getYear() - 2; year <= asOf.getYear(); year++) {
                long estimate = (base + random.nextLong(base / 2)) / 1_000_000 * 1_000_000;
                long share = year < asOf.getYear() ? 85 + random.nextInt(15) : asOf.getDayOfYear() * 90L / 366;
                world.write(Dataset.FACILITY_SPENDING, code, name, year, new Money(estimate),
                        new Money(estimate * share / 100));
            }
        }
    }
}
