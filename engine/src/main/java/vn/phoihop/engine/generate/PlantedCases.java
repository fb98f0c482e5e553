package vn.phoihop.engine.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The planted cases: for every rule of rules.md several records that must make it fire and
 * edges where it must not, each isolated from the background (own people, own units, own
 * tax codes) and from each other, so the expected findings are exactly what is planted.
 * Person-side expectations are stated case by case; employer-side ones are computed with
 * {@link EmployerChecks}, and each case checks that it produced what it was planted for.
 */
final class PlantedCases {

    private final World world;
    private final SplittableRandom random;
    private final LocalDate asOf;
    private final YearMonth asOfMonth;
    private final int year;
    private final List<PlantedCase> cases = new ArrayList<>();
    private final List<ExpectedFinding> findings = new ArrayList<>();
    /** Planted population records by (norm(name), gender), to check the suggestion cases. */
    private final Map<String, List<Person>> plantedPopulation = new HashMap<>();
    private int reservedSerial;
    private int unitSerial;
    private int companySerial;
    private int facilitySerial;

    /** A planted person; {@code recordedBirth} is what population says. */
    record Person(long index, String personalId, String siCode, String name, Gender gender, LocalDate birth,
                  PartialDate recordedBirth, String oldId) {
    }

    PlantedCases(World world, SplittableRandom random) {
        this.world = world;
        this.random = random;
        this.asOf = world.asOf;
        this.asOfMonth = world.asOfMonth;
        this.year = asOf.getYear();
    }

    List<PlantedCase> cases() {
        return cases;
    }

    List<ExpectedFinding> findings() {
        return findings;
    }

    void plantAll() {
        populationMatching();
        duplicates();
        deceasedPayments();
        unemploymentWhileEmployed();
        healthCards();
        ethnicCards();
        arrears();
        defunctEmployers();
        underDeclared();
        expenseGaps();
        notRegistered();
        students();
        children();
        facilities();
    }

    // ------------------------------------------------------------ population matching

    private void populationMatching() {
        Person a = person(Gender.FEMALE, LocalDate.of(1980, 5, 12), false);
        population(a);
        insured(a, a.siCode, a.personalId, null, otherGiven(a.name), PartialDate.of(a.birth), a.gender);
        fires(Rules.POP_MISMATCH, a.siCode, "name differs from population (other given name)");

        Person b = person(Gender.MALE, LocalDate.of(1975, 5, 12), false);
        population(b);
        insured(b, b.siCode, b.personalId, null, b.name, PartialDate.of(LocalDate.of(1975, 5, 21)), b.gender);
        fires(Rules.POP_MISMATCH, b.siCode, "birth day differs (12 vs 21 May 1975)");

        Person c = person(Gender.FEMALE, LocalDate.of(1990, 1, 3), false);
        population(c);
        insured(c, c.siCode, c.personalId, null, c.name, PartialDate.of(c.birth), Gender.MALE);
        fires(Rules.POP_MISMATCH, c.siCode, "gender differs (Nữ in population, Nam in insured_persons)");

        Person d = person(Gender.MALE, LocalDate.of(1952, 8, 8), false);
        population(d, PartialDate.yearOnly(1952), null);
        insured(d, d.siCode, d.personalId, null, d.name, PartialDate.of(LocalDate.of(1953, 4, 2)), d.gender);
        fires(Rules.POP_MISMATCH, d.siCode, "partial birth date 1952 in population vs 02/04/1953: years differ");

        Person e = person(Gender.FEMALE, LocalDate.of(1955, 3, 10), false);
        population(e, PartialDate.yearMonth(1955, 3), null);
        insured(e, e.siCode, e.personalId, null, e.name, PartialDate.of(LocalDate.of(1955, 4, 10)), e.gender);
        fires(Rules.POP_MISMATCH, e.siCode, "partial birth date 03/1955 in population vs 10/04/1955: months differ");

        Person f = person(Gender.MALE, LocalDate.of(1950, 7, 19), false);
        population(f, PartialDate.yearOnly(1950), null);
        insured(f, f.siCode, f.personalId, null, f.name, PartialDate.of(f.birth), f.gender);
        edge(Rules.POP_MISMATCH, f.siCode, "partial birth date 1950 vs 19/07/1950 is compatible");

        Person g = person(Gender.FEMALE, LocalDate.of(1958, 6, 3), false);
        population(g, PartialDate.yearMonth(1958, 6), null);
        insured(g, g.siCode, g.personalId, null, g.name, PartialDate.of(g.birth), g.gender);
        edge(Rules.POP_MISMATCH, g.siCode, "partial birth date 06/1958 vs 03/06/1958 is compatible");

        Person h = personNamed(Gender.FEMALE, LocalDate.of(1985, 11, 2), "Nguyễn Thị Hòa");
        population(h);
        insured(h, h.siCode, h.personalId, null, VietnameseNames.withExtraSpaces(
                VietnameseNames.decomposed(VietnameseNames.oldTonePlacement(h.name))), PartialDate.of(h.birth), h.gender);
        edge(Rules.POP_MISMATCH, h.siCode, "same name written NFD, old tone placement (Hoà) and extra spaces");

        Person i = personNamed(Gender.MALE, LocalDate.of(1979, 2, 14), "Đặng Văn Thủy");
        population(i);
        insured(i, i.siCode, i.personalId, null, VietnameseNames.upperWithoutDiacritics(i.name), PartialDate.of(i.birth),
                i.gender);
        edge(Rules.POP_MISMATCH, i.siCode, "same name in upper case without diacritics (DANG VAN THUY, Đ → D)");

        // POP-ID-SUGGESTED and POP-NOT-FOUND use reserved given names: the background never
        // has them, so the planted population alone decides whether a match exists.
        Person s1 = person(Gender.FEMALE, LocalDate.of(1983, 9, 9), true);
        population(s1);
        String s1Code = extraCode();
        insured(s1, s1Code, null, null, s1.name, PartialDate.of(s1.birth), s1.gender);
        suggestion(s1Code, s1, "personal_id missing, exactly one population record matches");

        Person s2 = person(Gender.MALE, LocalDate.of(1970, 12, 1), true);
        population(s2);
        String ghostId = ghostPersonalId(Gender.MALE, 1970);
        insured(s2, s2.siCode, ghostId, null, VietnameseNames.upperWithoutDiacritics(s2.name), PartialDate.of(s2.birth), s2.gender);
        suggestion(s2.siCode, s2, "personal_id not in population, exactly one record matches (name in capitals)");

        Person t1 = person(Gender.MALE, LocalDate.of(1968, 4, 4), true);
        population(t1, PartialDate.of(t1.birth), null);
        Person t2 = twin(t1);
        population(t2);
        insured(t2, t2.siCode, null, t2.oldId, t2.name, PartialDate.of(t2.birth), t2.gender);
        suggestion(t2.siCode, t2, "two population records match; the equal old_id_number breaks the tie");

        Person s4 = person(Gender.FEMALE, LocalDate.of(1949, 3, 5), true);
        population(s4);
        insured(s4, s4.siCode, null, null, s4.name, PartialDate.yearOnly(1949), s4.gender);
        suggestion(s4.siCode, s4, "insured birth date only 1949, compatible with 05/03/1949");

        Person n1 = person(Gender.MALE, LocalDate.of(1988, 7, 7), true);
        insured(n1, n1.siCode, null, null, n1.name, PartialDate.of(n1.birth), n1.gender);
        notFound(n1, "personal_id missing, no population record matches");

        Person n2 = person(Gender.FEMALE, LocalDate.of(1991, 10, 30), true);
        insured(n2, n2.siCode, ghostPersonalId(Gender.FEMALE, 1991), null, n2.name, PartialDate.of(n2.birth), n2.gender);
        notFound(n2, "personal_id not in population, no record matches");

        Person u1 = person(Gender.FEMALE, LocalDate.of(1972, 2, 2), true);
        population(u1);
        Person u2 = twin(u1);
        population(u2);
        insured(u1, extraCode(), null, null, u1.name, PartialDate.of(u1.birth), u1.gender);
        notFoundCode(lastInsured.code(), u1, "two population records match and no old_id_number to break the tie");

        Person v1 = person(Gender.MALE, LocalDate.of(1966, 6, 16), true);
        population(v1);
        Person v2 = twin(v1);
        population(v2);
        insured(v1, extraCode(), null, Identifiers.oldIdNumber(world.newPersonIndex()), v1.name,
                PartialDate.of(v1.birth), v1.gender);
        notFoundCode(lastInsured.code(), v1, "two records match and the old_id_number equals neither");

        Person w = person(Gender.FEMALE, LocalDate.of(1977, 7, 17), true);
        population(w);
        insured(w, extraCode(), null, null, w.name, PartialDate.of(w.birth), Gender.MALE);
        notFoundCode(lastInsured.code(), w, "name and birth date match one record but the gender differs");
    }

    private void suggestion(String code, Person expected, String description) {
        List<Person> matches = matches(lastInsured.name(), lastInsured.gender(), lastInsured.birth(), lastInsured.oldId());
        if (!code.equals(lastInsured.code()) || matches.size() != 1 || matches.get(0).index() != expected.index()) {
            throw new IllegalStateException("suggestion case is not unique: " + description);
        }
        fires(Rules.POP_ID_SUGGESTED, code, description);
        edge(Rules.POP_NOT_FOUND, code, "gets a suggestion, so it is not 'not found'");
    }

    private void notFound(Person p, String description) {
        notFoundCode(p.siCode, p, description);
    }

    private void notFoundCode(String code, Person p, String description) {
        if (!code.equals(lastInsured.code())
                || matches(lastInsured.name(), lastInsured.gender(), lastInsured.birth(), lastInsured.oldId()).size() == 1) {
            throw new IllegalStateException("not-found case has a unique match: " + description);
        }
        fires(Rules.POP_NOT_FOUND, code, description);
        edge(Rules.POP_ID_SUGGESTED, code, "no unique match: " + description);
    }

    /** Planted population records matching like rule POP-ID-SUGGESTED, including its old-id tie-break. */
    private List<Person> matches(String name, Gender gender, PartialDate birth, String oldId) {
        List<Person> candidates = new ArrayList<>();
        for (Person p : plantedPopulation.getOrDefault(VietnameseNames.norm(name) + "|" + gender, List.of())) {
            if (p.recordedBirth.compatibleWith(birth)) {
                candidates.add(p);
            }
        }
        if (candidates.size() > 1 && oldId != null) {
            List<Person> tie = candidates.stream().filter(p -> oldId.equals(p.oldId)).toList();
            return tie.size() == 1 ? tie : candidates;
        }
        return candidates;
    }

    // ------------------------------------------------------------ duplicates of identity

    private void duplicates() {
        Person a = person(Gender.MALE, LocalDate.of(1984, 1, 21), false);
        population(a);
        insured(a, a.siCode, a.personalId, null, a.name, PartialDate.of(a.birth), a.gender);
        insured(a, extraCode(), a.personalId, null, a.name, PartialDate.of(a.birth), a.gender);
        findings.add(new ExpectedFinding(Rules.POP_DUPLICATE, a.personalId, null, null, 2, ""));
        cases.add(new PlantedCase(Rules.POP_DUPLICATE, a.personalId, true, "two social insurance codes, one personal id"));

        Person b = person(Gender.FEMALE, LocalDate.of(1993, 12, 30), false);
        population(b);
        insured(b, b.siCode, b.personalId, null, b.name, PartialDate.of(b.birth), b.gender);
        insured(b, extraCode(), b.personalId, null, VietnameseNames.upperWithoutDiacritics(b.name), PartialDate.of(b.birth), b.gender);
        insured(b, extraCode(), b.personalId, null, b.name, PartialDate.of(b.birth), b.gender);
        findings.add(new ExpectedFinding(Rules.POP_DUPLICATE, b.personalId, null, null, 3, ""));
        cases.add(new PlantedCase(Rules.POP_DUPLICATE, b.personalId, true, "three social insurance codes, one personal id"));

        Person c = person(Gender.MALE, LocalDate.of(1962, 10, 10), true);
        population(c);
        insured(c, c.siCode, c.personalId, null, c.name, PartialDate.of(c.birth), c.gender);
        String second = extraCode();
        insured(c, second, null, null, c.name, PartialDate.of(c.birth), c.gender);
        suggestion(second, c, "personal_id missing; the suggested identity already has a code");
        findings.add(new ExpectedFinding(Rules.POP_DUPLICATE, c.personalId, null, null, 2, ""));
        cases.add(new PlantedCase(Rules.POP_DUPLICATE, c.personalId, true,
                "one code with the personal id, one whose identity is only suggested"));

        Person d = person(Gender.FEMALE, LocalDate.of(1987, 8, 18), true);
        population(d);
        insured(d, d.siCode, d.personalId, null, d.name, PartialDate.of(d.birth), d.gender);
        Person stranger = person(Gender.MALE, LocalDate.of(1960, 1, 1), true);
        insured(stranger, stranger.siCode, ghostPersonalId(Gender.MALE, 1960), null, stranger.name,
                PartialDate.of(stranger.birth), stranger.gender);
        notFound(stranger, "unknown personal_id, no match");
        cases.add(new PlantedCase(Rules.POP_DUPLICATE, d.personalId, false,
                "a person insured once; an unresolved code nearby resolves to nobody"));
    }

    // ------------------------------------------------------------ deceased payees

    private void deceasedPayments() {
        deceased(asOfMonth.minusMonths(4).atDay(14), true, "death mid-month: the next periods are paid to a dead payee");
        deceased(asOfMonth.minusMonths(2).atDay(1), true,
                "death on the first day of a month: that month is not counted, the later ones are");
        deceased(asOfMonth.minusMonths(3).atDay(20), false,
                "payments carry no personal_id; the payee is found through insured_persons");
        deceased(asOfMonth.atDay(1), true, "death on the first day of month(D): no period starts after it");
        deceased(asOfMonth.atDay(Math.min(asOf.getDayOfMonth(), 15)), true, "death during month(D): nothing paid after it");
    }

    private void deceased(LocalDate death, boolean withPersonalId, String description) {
        Person p = person(random.nextBoolean() ? Gender.MALE : Gender.FEMALE,
                LocalDate.of(1938 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28)), false);
        population(p, PartialDate.of(p.birth), death);
        insured(p, p.siCode, p.personalId, null, p.name, PartialDate.of(p.birth), p.gender);
        long amount = 0;
        int months = 0;
        long monthly = (4_000 + random.nextInt(6_000)) * 1_000L;
        for (YearMonth period = asOfMonth.minusMonths(11); !period.isAfter(asOfMonth); period = period.plusMonths(1)) {
            LocalDate paidOn = period.atDay(1);
            // The yearly adjustment from July changes the amount, so the sum is not months × one amount.
            long paid = period.getMonthValue() >= 7 ? monthly + 200_000 : monthly;
            world.write(Dataset.PENSION_PAYMENTS, p.siCode, withPersonalId ? p.personalId : null, period, new Money(paid),
                    paidOn.isAfter(asOf) ? asOf : paidOn);
            if (period.atDay(1).isAfter(death)) {
                amount += paid;
                months++;
            }
        }
        if (months > 0) {
            findings.add(new ExpectedFinding(Rules.DECEASED_PAYMENT, p.siCode, amount, null, months, ""));
        }
        cases.add(new PlantedCase(Rules.DECEASED_PAYMENT, p.siCode, months > 0, description));
    }

    // ------------------------------------------------------------ unemployment benefit while employed

    private void unemploymentWhileEmployed() {
        PlantedUnit host = unit(PaymentMode.MONTHLY, "active");
        PlantedUnit formerJobs = unit(PaymentMode.MONTHLY, "active");
        YearMonth m = asOfMonth;

        Person p1 = worker();
        formerJobs.employ(p1, m.minusMonths(20), m.minusMonths(6), 9_000_000);
        host.employ(p1, m.minusMonths(3), null, 9_500_000);
        benefit(p1, m.minusMonths(5).atDay(10), m.minusMonths(1).atDay(9), 5_400_000, 2,
                "new job from month(D)−3 inside a benefit of 10th(M−5)–9th(M−1): months M−3 and M−2");

        Person p2 = worker();
        formerJobs.employ(p2, m.minusMonths(24), m.minusMonths(7), 8_000_000);
        host.employ(p2, m.minusMonths(3), null, 8_000_000);
        benefit(p2, m.minusMonths(6).atDay(15), m.minusMonths(3).atDay(14), 4_800_000, 0,
                "job starts in the benefit's last, partial month: not a finding");

        Person p3 = worker();
        formerJobs.employ(p3, m.minusMonths(26), m.minusMonths(10), 7_000_000);
        host.employ(p3, m.minusMonths(6), m.minusMonths(4), 7_000_000);
        benefit(p3, m.minusMonths(8).atDay(1), m.minusMonths(5).atEndOfMonth(), 4_200_000, 2,
                "benefit of four whole months, a short job covers the last two");

        Person p4 = worker();
        host.employ(p4, m.minusMonths(30), null, 12_000_000);
        benefit(p4, m.minusMonths(7).atDay(1), m.minusMonths(2).atEndOfMonth(), 7_200_000, 6,
                "benefit paid while the old job never ended: six months");

        Person p5 = worker();
        formerJobs.employ(p5, m.minusMonths(20), m.minusMonths(5), 6_500_000);
        benefit(p5, m.minusMonths(4).atDay(3), m.minusMonths(1).atDay(2), 3_900_000, 0,
                "benefit after the job ended: not a finding");

        clean(company(null, "active", false, List.of(host.build(), formerJobs.build()), List.of()),
                "host units of the UI cases");
    }

    private void benefit(Person p, LocalDate start, LocalDate end, long monthly, int months, String description) {
        String decision = world.newDecisionNo();
        world.write(Dataset.UI_BENEFITS, decision, p.siCode, random.nextBoolean() ? p.personalId : null, start, end,
                new Money(monthly), Places.PROVINCE_CODE);
        if (months > 0) {
            findings.add(new ExpectedFinding(Rules.UI_WHILE_EMPLOYED, decision, months * monthly, null, months, ""));
        }
        cases.add(new PlantedCase(Rules.UI_WHILE_EMPLOYED, decision, months > 0, description));
    }

    // ------------------------------------------------------------ health cards

    private void healthCards() {
        Person a = adult();
        card(a, "DN", "employer", a.personalId, asOf.minusMonths(8), null);
        card(a, "GD", "self", a.personalId, asOf.minusMonths(3), asOf.plusMonths(9));
        duplicateCard(a.personalId, 2, "employer card and household card both valid on D");

        Person b = adult();
        card(b, "HT", "social_insurance", b.personalId, asOf.minusYears(2), null);
        card(b, "GD", "self", b.personalId, asOf.minusMonths(1), asOf.plusMonths(11));
        card(b, "HN", "budget_support", b.personalId, asOf.minusMonths(6), asOf.plusMonths(6));
        duplicateCard(b.personalId, 3, "three cards valid on D");

        Person x = person(Gender.FEMALE, LocalDate.of(1981, 3, 23), true);
        population(x);
        String linkedCode = extraCode();
        insured(x, linkedCode, null, null, x.name, PartialDate.of(x.birth), x.gender);
        suggestion(linkedCode, x, "insured without personal_id; its card is linked only through the suggestion");
        card(x, "GD", "self", x.personalId, asOf.minusMonths(2), asOf.plusMonths(10));
        cardWithCode(linkedCode, "DN", "employer", null, asOf.minusMonths(5), null);
        duplicateCard(x.personalId, 2, "second card linked to the person only through a suggested identity");

        Person c = adult();
        insured(c, c.siCode, c.personalId, null, c.name, PartialDate.of(c.birth), c.gender);
        card(c, "DN", "employer", null, asOf.minusMonths(4), null);
        card(c, "GD", "self", c.personalId, asOf.minusMonths(4), asOf);
        duplicateCard(c.personalId, 2, "a card without personal_id (found through insured_persons) and one ending on D");

        Person d = adult();
        card(d, "GD", "self", d.personalId, asOf.minusMonths(20), asOf.minusDays(1));
        card(d, "DN", "employer", d.personalId, asOf.minusMonths(1), null);
        card(d, "HN", "budget_support", d.personalId, asOf.plusDays(1), asOf.plusYears(1));
        cases.add(new PlantedCase(Rules.DUP_HEALTH_CARD, d.personalId, false,
                "one card ended the day before D, one starts the day after D: one valid card"));
    }

    private void duplicateCard(String personKey, int cards, String description) {
        findings.add(new ExpectedFinding(Rules.DUP_HEALTH_CARD, personKey, null, null, cards, ""));
        cases.add(new PlantedCase(Rules.DUP_HEALTH_CARD, personKey, true, description));
    }

    private String card(Person p, String group, String fundedBy, String personalId, LocalDate from, LocalDate to) {
        return cardNumbered(Identifiers.legacyCardNumber(group, 4, p.siCode), p.siCode, group, fundedBy, personalId, from, to);
    }

    private String cardWithCode(String siCode, String group, String fundedBy, String personalId, LocalDate from,
                                LocalDate to) {
        return cardNumbered(Identifiers.legacyCardNumber(group, 4, siCode), siCode, group, fundedBy, personalId, from, to);
    }

    private String cardNumbered(String number, String siCode, String group, String fundedBy, String personalId,
                                LocalDate from, LocalDate to) {
        world.write(Dataset.HEALTH_CARDS, number, siCode, personalId, group, fundedBy, from, to, Places.PROVINCE_CODE);
        return number;
    }

    // ------------------------------------------------------------ ethnic-minority cards

    private void ethnicCards() {
        Person a = adult();
        String c1 = card(a, "DT", "state_budget", a.personalId, asOf.minusMonths(5), asOf.plusMonths(7));
        notEligible(c1, "DT card for a person not on ethnic_support");

        Person b = adult();
        ethnicSupport(b, LocalDate.of(2021, 1, 1), asOf.minusDays(40));
        String c2 = card(b, "DT", "state_budget", b.personalId, asOf.minusMonths(5), asOf.plusMonths(7));
        notEligible(c2, "eligibility ended 40 days before D");

        Person c = adult();
        ethnicSupport(c, asOf.plusDays(10), null);
        String c3 = card(c, "DT", "state_budget", c.personalId, asOf.minusMonths(1), asOf.plusMonths(11));
        notEligible(c3, "eligibility starts 10 days after D");

        Person d = adult();
        ethnicSupport(d, LocalDate.of(2021, 1, 1), asOf);
        String c4 = card(d, "DT", "state_budget", d.personalId, asOf.minusMonths(5), asOf.plusMonths(7));
        cases.add(new PlantedCase(Rules.ETHNIC_CARD_NOT_ELIGIBLE, c4, false, "eligibility ends on D: still eligible"));

        Person e = adult();
        String c5 = card(e, "DT", "state_budget", e.personalId, asOf.minusYears(2), asOf.minusDays(1));
        card(e, "GD", "self", e.personalId, asOf, asOf.plusYears(1).minusDays(1));
        cases.add(new PlantedCase(Rules.ETHNIC_CARD_NOT_ELIGIBLE, c5, false, "DT card no longer valid on D"));

        Person f = adult();
        insured(f, f.siCode, f.personalId, null, f.name, PartialDate.of(f.birth), f.gender);
        ethnicSupport(f, LocalDate.of(2022, 3, 1), null);
        String c6 = card(f, "DT", "state_budget", null, asOf.minusMonths(2), asOf.plusMonths(10));
        cases.add(new PlantedCase(Rules.ETHNIC_CARD_NOT_ELIGIBLE, c6, false,
                "DT card without personal_id; the person found through insured_persons is eligible"));
    }

    private void ethnicSupport(Person p, LocalDate from, LocalDate to) {
        Places.Commune commune = Places.COMMUNES.stream().filter(Places.Commune::mountainous).findFirst().orElseThrow();
        world.write(Dataset.ETHNIC_SUPPORT, p.personalId, p.name, commune.code(), from, to);
    }

    private void notEligible(String cardNumber, String description) {
        findings.add(ExpectedFinding.of(Rules.ETHNIC_CARD_NOT_ELIGIBLE, cardNumber));
        cases.add(new PlantedCase(Rules.ETHNIC_CARD_NOT_ELIGIBLE, cardNumber, true, description));
    }

    // ------------------------------------------------------------ arrears

    private void arrears() {
        YearMonth m = asOfMonth;

        arrearsUnit(PaymentMode.MONTHLY, dues(m.minusMonths(12), m, 3, 20_000_000), m.minusMonths(4), List.of(),
                ArrearsCalculator.Kind.LATE, false, "stopped paying; overdue periods, no reminder: late, not evasion");

        arrearsUnit(PaymentMode.MONTHLY, dues(m.minusMonths(12), m, 2, 15_000_000), m.minusMonths(5),
                List.of(m.minusMonths(3).atDay(10)), ArrearsCalculator.Kind.LATE, false,
                "reminder sent before the deadlines of every unpaid period: late, not evasion");

        arrearsUnit(PaymentMode.MONTHLY, dues(m.minusMonths(12), m, 4, 25_000_000), m.minusMonths(7),
                List.of(m.minusMonths(1).atDay(5)), ArrearsCalculator.Kind.EVASION, false,
                "reminder after the deadlines, overdue > 60 days: evasion, fewer than 6 periods");

        arrearsUnit(PaymentMode.MONTHLY, dues(m.minusMonths(14), m, 8, 30_000_000), m.minusMonths(13),
                List.of(m.minusMonths(2).atDay(20)), ArrearsCalculator.Kind.EVASION, true,
                "evasion of 6+ periods and ≥ 50,000,000 VND: criminal threshold");

        TreeMap<YearMonth, ArrearsCalculator.Due> seasonal = dues(m.minusMonths(14), m.minusMonths(12), 12, 20_000_000);
        seasonal.putAll(dues(m.minusMonths(11), m, 1, 1_600_000));
        PlantedUnit seasonalUnit = unit(PaymentMode.MONTHLY, "active");
        seasonalUnit.dues = seasonal;
        seasonalUnit.payments.addAll(onTime(PaymentMode.MONTHLY, seasonal, m.minusMonths(13)));
        seasonalUnit.payments.add(new PaymentAllocation.Payment(world.newPaymentRef(), m.minusMonths(11).atDay(20), 15_000_000));
        seasonalUnit.reminders.add(m.minusMonths(2).atDay(20));
        arrearsCase(seasonalUnit, ArrearsCalculator.Kind.EVASION, true,
                "evasion of 6+ periods under 50,000,000 VND, but one of them had 12 employees: criminal threshold");

        arrearsUnit(PaymentMode.MONTHLY, dues(m.minusMonths(12), m, 2, 3_200_000), m.minusMonths(12),
                List.of(m.minusMonths(2).atDay(20)), ArrearsCalculator.Kind.EVASION, false,
                "evasion of 6+ periods, under 50,000,000 VND and under 10 employees: no criminal flag");

        arrearsUnit(PaymentMode.MONTHLY, dues(m.minusMonths(12), m, 5, 16_000_000), m.minusMonths(10),
                List.of(m.minusMonths(3).atDay(20)), ArrearsCalculator.Kind.EVASION, false,
                "evasion of 5 periods over 50,000,000 VND: fewer than 6 periods, no criminal flag");

        YearMonth quarter = lastOverdueCycle(PaymentMode.QUARTERLY);
        TreeMap<YearMonth, ArrearsCalculator.Due> quarterly = dues(quarter.minusMonths(12), m, 4, 12_000_000);
        arrearsUnit(PaymentMode.QUARTERLY, quarterly, quarter.minusMonths(1), List.of(), ArrearsCalculator.Kind.LATE,
                false, "quarterly unit: the last quarter whose deadline passed is unpaid");

        YearMonth half = lastOverdueCycle(PaymentMode.HALF_YEARLY);
        TreeMap<YearMonth, ArrearsCalculator.Due> halfYearly = dues(half.minusMonths(12), m, 2, 3_000_000);
        arrearsUnit(PaymentMode.HALF_YEARLY, halfYearly, half.minusMonths(7),
                List.of(ContributionDeadlines.deadline(half.minusMonths(6), PaymentMode.HALF_YEARLY).plusDays(10)),
                ArrearsCalculator.Kind.EVASION, false,
                "half-yearly unit: two unpaid cycles, a reminder after the first cycle's deadline");

        arrearsUnit(PaymentMode.MONTHLY, dues(YearMonth.of(2024, 10), m, 3, 10_000_000), YearMonth.of(2025, 1),
                List.of(LocalDate.of(2025, 9, 15)), ArrearsCalculator.Kind.EVASION, true,
                "unpaid since 02/2025: interest on periods due before 30/06/2025 counts from 01/07/2025;"
                        + " 6 periods evaded by the reminder of 15/09/2025");

        TreeMap<YearMonth, ArrearsCalculator.Due> partial = dues(m.minusMonths(8), m, 3, 9_000_000);
        PlantedUnit partialUnit = unit(PaymentMode.MONTHLY, "active");
        partialUnit.dues = partial;
        for (YearMonth p = m.minusMonths(8); !p.isAfter(m.minusMonths(3)); p = p.plusMonths(1)) {
            partialUnit.payments.add(new PaymentAllocation.Payment(world.newPaymentRef(), p.plusMonths(1).atDay(25), 6_000_000));
        }
        arrearsCase(partialUnit, ArrearsCalculator.Kind.LATE, false,
                "paid two thirds of every due: allocation oldest first leaves the newest periods unpaid");

        TreeMap<YearMonth, ArrearsCalculator.Due> lateButPaid = dues(m.minusMonths(10), m.minusMonths(2), 2, 8_000_000);
        PlantedUnit lateUnit = unit(PaymentMode.MONTHLY, "active");
        lateUnit.dues = lateButPaid;
        lateButPaid.forEach((p, due) -> {
            LocalDate paidOn = ContributionDeadlines.deadline(p, PaymentMode.MONTHLY).plusDays(1);
            lateUnit.payments.add(new PaymentAllocation.Payment(world.newPaymentRef(), paidOn.isAfter(asOf) ? asOf : paidOn,
                    due.amount()));
        });
        arrearsCase(lateUnit, ArrearsCalculator.Kind.NONE, false, "every due paid after its deadline but before D: nothing unpaid");

        arrearsUnit(PaymentMode.MONTHLY, dues(m.minusMonths(10), m.minusMonths(1), 2, 8_000_000), m.minusMonths(2),
                List.of(m.minusMonths(1).atDay(1)), ArrearsCalculator.Kind.NONE, false,
                "only the period whose deadline is not yet past is unpaid");

        TreeMap<YearMonth, ArrearsCalculator.Due> current = dues(m.minusMonths(12), m, 3, 6_000_000);
        PlantedUnit currentCycle = unit(PaymentMode.QUARTERLY, "active");
        currentCycle.dues = current;
        currentCycle.payments.addAll(Units.onTimePayments(world, PaymentMode.QUARTERLY, current, random));
        arrearsCase(currentCycle, ArrearsCalculator.Kind.NONE, false, "quarterly unit paying each cycle on time");
    }

    /** A unit with the given dues, paid on time up to {@code paidThrough}, then nothing. */
    private void arrearsUnit(PaymentMode mode, TreeMap<YearMonth, ArrearsCalculator.Due> dues, YearMonth paidThrough,
                             List<LocalDate> reminders, ArrearsCalculator.Kind kind, boolean criminal, String description) {
        PlantedUnit unit = unit(mode, "active");
        unit.dues = dues;
        unit.payments.addAll(onTime(mode, dues, paidThrough));
        unit.reminders.addAll(reminders);
        arrearsCase(unit, kind, criminal, description);
    }

    private void arrearsCase(PlantedUnit unit, ArrearsCalculator.Kind kind, boolean criminal, String description) {
        EmployerChecks.Unit built = unit.build();
        ArrearsCalculator.UnitArrears result = ArrearsCalculator.compute(built.mode(), built.dues(), built.payments(),
                built.reminders(), asOf);
        if (result.kind() != kind || result.criminalThreshold() != criminal) {
            throw new IllegalStateException("arrears case " + unit.code + " planted as " + kind + "/" + criminal
                    + " but computes " + result.kind() + "/" + result.criminalThreshold() + ": " + description);
        }
        List<ExpectedFinding> produced = company(null, null, false, List.of(built), List.of());
        String rule = kind == ArrearsCalculator.Kind.EVASION ? Rules.ARREARS_EVASION : Rules.ARREARS_LATE;
        if (kind == ArrearsCalculator.Kind.NONE) {
            cases.add(new PlantedCase(Rules.ARREARS_LATE, unit.code, false, description));
            cases.add(new PlantedCase(Rules.ARREARS_EVASION, unit.code, false, description));
        } else {
            cases.add(new PlantedCase(rule, unit.code, true, description));
            if (kind == ArrearsCalculator.Kind.LATE) {
                cases.add(new PlantedCase(Rules.ARREARS_EVASION, unit.code, false, description));
            }
        }
        findings.addAll(produced);
    }

    /** The latest cycle (its first month) whose deadline is before D. */
    private YearMonth lastOverdueCycle(PaymentMode mode) {
        YearMonth first = ContributionDeadlines.firstMonthOfCycle(asOfMonth, mode);
        while (!ContributionDeadlines.deadline(first, mode).isBefore(asOf)) {
            first = first.minusMonths(mode.cycleMonths());
        }
        return first;
    }

    private static TreeMap<YearMonth, ArrearsCalculator.Due> dues(YearMonth from, YearMonth to, int headcount, long amount) {
        TreeMap<YearMonth, ArrearsCalculator.Due> dues = new TreeMap<>();
        for (YearMonth p = from; !p.isAfter(to); p = p.plusMonths(1)) {
            dues.put(p, new ArrearsCalculator.Due(headcount, amount));
        }
        return dues;
    }

    private List<PaymentAllocation.Payment> onTime(PaymentMode mode, SortedMap<YearMonth, ArrearsCalculator.Due> dues,
                                                   YearMonth through) {
        return Units.onTimePayments(world, mode, dues.headMap(through.plusMonths(1)), random);
    }

    // ------------------------------------------------------------ defunct employers

    private void defunctEmployers() {
        YearMonth m = asOfMonth;
        PlantedUnit u1 = staffedUnit("active", 3, m.minusMonths(10), null);
        expect(company(null, "dissolved", false, List.of(u1.build()), List.of()), Rules.EMPLOYER_DEFUNCT, u1.code,
                "registry says dissolved, people still employed in month(D): amount 0");

        PlantedUnit u2 = staffedUnit("suspended", 2, m.minusMonths(12), m.minusMonths(4));
        u2.payments.clear();
        u2.payments.addAll(onTime(PaymentMode.MONTHLY, u2.dues, m.minusMonths(7)));
        List<ExpectedFinding> f2 = company(null, "active", false, List.of(u2.build()),
                List.of(tax(year - 2, "active"), tax(year - 1, "ceased")));
        expectIn(f2, Rules.EMPLOYER_DEFUNCT, u2.code, "latest tax year 'ceased', unpaid overdue dues: amount = overdue");
        expectIn(f2, Rules.ARREARS_LATE, u2.code, "the same unit's overdue dues");

        PlantedUnit u3 = staffedUnit("active", 2, m.minusMonths(12), m.minusMonths(3));
        expectNone(company(null, "bankrupt", false, List.of(u3.build()), List.of()), Rules.EMPLOYER_DEFUNCT, u3.code,
                "registry says bankrupt but nobody employed in month(D) and nothing overdue");

        PlantedUnit u4 = staffedUnit("closed", 2, m.minusMonths(12), m.minusMonths(5));
        u4.payments.clear();
        u4.payments.addAll(onTime(PaymentMode.MONTHLY, u4.dues, m.minusMonths(7)));
        List<ExpectedFinding> f4 = company(null, "dissolved", false, List.of(u4.build()), List.of());
        expectNoneIn(f4, Rules.EMPLOYER_DEFUNCT, u4.code, "closed unit of a dissolved company: not defunct-active");
        expectIn(f4, Rules.ARREARS_LATE, u4.code, "the closed unit still owes overdue dues");

        PlantedUnit u5 = staffedUnit("active", 4, YearMonth.of(year - 2, 3), null);
        expect(company(null, "active", false, List.of(u5.build()),
                        List.of(tax(year - 2, "active"), tax(year - 1, "not_at_address"))),
                Rules.EMPLOYER_DEFUNCT, u5.code, "latest tax year 'not_at_address', still employing: amount 0");

        PlantedUnit u6 = staffedUnit("active", 3, YearMonth.of(year - 2, 3), null);
        expectNone(company(null, "active", false, List.of(u6.build()),
                        List.of(tax(year - 2, "not_at_address"), tax(year - 1, "active"))),
                Rules.EMPLOYER_DEFUNCT, u6.code, "an older tax year was 'not_at_address', the latest is active");
    }

    // ------------------------------------------------------------ under-declared employees

    private void underDeclared() {
        YearMonth since = YearMonth.of(year - 2, 6);
        expectTaxCode(staffedCompany(20, since, List.of(taxPit(year - 1, 30))), Rules.EMPLOYER_UNDER_DECLARED, true,
                "30 employees in PIT returns, 20 insured: gap 10 and 33 %");
        expectTaxCode(staffedCompany(21, since, List.of(taxPit(year - 1, 26))), Rules.EMPLOYER_UNDER_DECLARED, false,
                "26 in PIT returns, 21 insured: gap 5 but only 19 % (meets only the count condition)");
        expectTaxCode(staffedCompany(7, since, List.of(taxPit(year - 1, 10))), Rules.EMPLOYER_UNDER_DECLARED, false,
                "10 in PIT returns, 7 insured: 30 % but a gap of only 3 (meets only the percentage condition)");
        expectTaxCode(staffedCompany(20, since, List.of(taxPit(year - 1, 25))), Rules.EMPLOYER_UNDER_DECLARED, true,
                "25 in PIT returns, 20 insured: gap exactly 5 and exactly 20 %");
        expectTaxCode(staffedCompany(8, since, List.of(taxPit(year - 2, 20), taxPit(year - 1, 8))),
                Rules.EMPLOYER_UNDER_DECLARED, false, "an older tax year was under-declared, the latest is not");
        expectTaxCode(staffedCompany(8, since, List.of(taxPit(year - 2, 8), taxPit(year - 1, 20))),
                Rules.EMPLOYER_UNDER_DECLARED, true, "several tax years: the latest is under-declared");

        String taxCode = newTaxCode();
        PlantedUnit a = staffedUnit(taxCode, "active", 6, since, null);
        PlantedUnit b = staffedUnit(taxCode, "active", 6, since, null);
        expectTaxCode(company(taxCode, "active", false, List.of(a.build(), b.build()), List.of(taxPit(year - 1, 20))),
                taxCode, Rules.EMPLOYER_UNDER_DECLARED, true, "two units share the tax code: 12 insured, 20 in PIT returns");
    }

    // ------------------------------------------------------------ SI expense deducted vs paid

    private void expenseGaps() {
        YearMonth since = YearMonth.of(year - 2, 1);
        expectGap(3, since, List.of(taxExcess(year - 1, EmployerChecks.EXPENSE_GAP_MIN_VND + 1)), true,
                "deducted exceeds paid by 10,000,001 VND (just over the 10,000,000 floor)");
        expectGap(3, since, List.of(taxExcess(year - 1, EmployerChecks.EXPENSE_GAP_MIN_VND)), false,
                "deducted exceeds paid by exactly 10,000,000 VND: not more than the threshold");
        expectGap(12, since, List.of(taxExcessOverFivePercent(year - 1, 1)), true,
                "large employer: excess just over 5 % of the deducted expense (5 % > 10,000,000)");
        expectGap(12, since, List.of(taxExcessOverFivePercent(year - 1, 0)), false,
                "large employer: excess at most 5 % of the deducted expense");
        expectGap(3, since, List.of(taxExcess(year - 2, 0), taxExcess(year - 1, 15_000_000)), true,
                "two tax years: only the later one has a gap");
    }

    private void expectGap(int staff, YearMonth since, List<TaxSpec> taxes, boolean fires, String description) {
        String taxCode = newTaxCode();
        PlantedUnit unit = staffedUnit(taxCode, "active", staff, since, null);
        List<ExpectedFinding> produced = company(taxCode, "active", false, List.of(unit.build()), taxes);
        String subject = taxCode + "/" + (year - 1);
        boolean fired = produced.stream().anyMatch(f -> f.rule().equals(Rules.TAX_SI_EXPENSE_GAP) && f.subject().equals(subject));
        if (fired != fires || produced.stream().anyMatch(f -> f.rule().equals(Rules.TAX_SI_EXPENSE_GAP) && !f.subject().equals(subject))) {
            throw new IllegalStateException("expense gap case did not compute as planted: " + description + " " + produced);
        }
        cases.add(new PlantedCase(Rules.TAX_SI_EXPENSE_GAP, subject, fires, description));
        findings.addAll(produced);
    }

    // ------------------------------------------------------------ employers not registered

    private void notRegistered() {
        notRegisteredCase("active", false, List.of(taxRow(year - 1, "active", 8)), true,
                "PIT returns with 8 employees, no employers row");
        notRegisteredCase("active", true, List.of(), true, "a trade union but no employers row and no tax rows");
        notRegisteredCase(null, false, List.of(taxRow(year - 1, "active", 3)), true,
                "not in the business registry, PIT returns with 3 employees");
        notRegisteredCase("active", false, List.of(taxRow(year - 2, "active", 6), taxRow(year - 1, "active", 0)), false,
                "several tax years: employees only in the older year, the latest has none");
        notRegisteredCase("active", false, List.of(taxRow(year - 1, "ceased", 4)), false,
                "latest tax year ceased: defunct");
        notRegisteredCase("dissolved", false, List.of(taxRow(year - 1, "active", 5)), false,
                "dissolved in the business registry: defunct");
        notRegisteredCase("active", false, List.of(taxRow(year - 2, "active", 0), taxRow(year - 1, "active", 2)), true,
                "several tax years: the latest has 2 employees");
        notRegisteredCase("active", false, List.of(taxRow(year + 1, "active", 5)), false,
                "only a tax year after year(D), which does not count");
        notRegisteredCase("suspended", true, List.of(), false, "union, but suspended in the business registry");
    }

    private void notRegisteredCase(String registry, boolean union, List<EmployerChecks.TaxYear> taxes, boolean fires,
                                   String description) {
        String taxCode = newTaxCode();
        List<ExpectedFinding> produced = writeCompany(new EmployerChecks.Company(taxCode, registry, taxes, union, List.of()));
        boolean fired = produced.stream().anyMatch(f -> f.rule().equals(Rules.EMPLOYER_NOT_REGISTERED));
        if (fired != fires || produced.size() != (fires ? 1 : 0)) {
            throw new IllegalStateException("not-registered case did not compute as planted: " + description + " " + produced);
        }
        cases.add(new PlantedCase(Rules.EMPLOYER_NOT_REGISTERED, taxCode, fires, description));
        findings.addAll(produced);
    }

    // ------------------------------------------------------------ students and children

    private void students() {
        String current = world.schoolYearContainingAsOf();
        int start = world.schoolYearStart();
        String previous = (start - 1) + "-" + start;
        String next = (start + 1) + "-" + (start + 2);

        Person a = pupil(12);
        studentRow(a, current);
        fires(Rules.STUDENT_NO_CARD, a.personalId, "enrolled this school year, no card at all");

        Person b = pupil(15);
        studentRow(b, current);
        card(b, "HS", "budget_support", b.personalId, asOf.minusYears(1).minusMonths(2), asOf.minusDays(1));
        fires(Rules.STUDENT_NO_CARD, b.personalId, "the only card ended the day before D");

        Person c = pupil(9);
        studentRow(c, current);
        card(c, "HS", "budget_support", c.personalId, asOf.plusDays(1), asOf.plusYears(1));
        fires(Rules.STUDENT_NO_CARD, c.personalId, "the only card starts the day after D");

        Person d = pupil(16);
        studentRow(d, previous);
        edge(Rules.STUDENT_NO_CARD, d.personalId, "enrolled only in the previous school year");

        Person e = pupil(10);
        studentRow(e, next);
        edge(Rules.STUDENT_NO_CARD, e.personalId, "enrolled only for the next school year");

        Person f = person(Gender.FEMALE, asOf.minusYears(20).minusDays(45), false);
        population(f);
        insured(f, f.siCode, f.personalId, null, f.name, PartialDate.of(f.birth), f.gender);
        studentRow(f, current);
        card(f, "DN", "employer", null, asOf.minusMonths(3), null);
        edge(Rules.STUDENT_NO_CARD, f.personalId,
                "working student whose card has no personal_id: found through insured_persons");
    }

    private Person pupil(int age) {
        Person p = person(random.nextBoolean() ? Gender.MALE : Gender.FEMALE,
                asOf.minusYears(age).minusDays(30 + random.nextInt(300)), false);
        population(p);
        return p;
    }

    private void studentRow(Person p, String schoolYear) {
        world.write(Dataset.STUDENTS, "51THCS99" + Identifiers.pad(random.nextInt(5), 3), "Trường THCS Thực nghiệm",
                p.personalId, p.name, p.birth, schoolYear);
    }

    private void children() {
        Person a = child(asOf.minusYears(2).minusDays(17), asOf.minusYears(2).minusDays(3));
        fires(Rules.CHILD_NO_CARD, a.personalId, "two-year-old registered long ago, no card");

        Person b = child(asOf.minusYears(6).plusDays(1), asOf.minusYears(6).plusDays(20));
        card(b, "TE", "state_budget", b.personalId, b.birth, asOf.minusDays(10));
        fires(Rules.CHILD_NO_CARD, b.personalId, "turns six tomorrow; the card ended 10 days before D");

        Person c = child(asOf.minusMonths(3), asOf.minusDays(30));
        fires(Rules.CHILD_NO_CARD, c.personalId, "registered exactly 30 days before D, no card");

        Person d = child(asOf.minusYears(6), asOf.minusYears(6).plusDays(12));
        edge(Rules.CHILD_NO_CARD, d.personalId, "turns six on D: no longer a child under six");

        Person e = child(asOf.minusDays(40), asOf.minusDays(29));
        edge(Rules.CHILD_NO_CARD, e.personalId, "registered 29 days before D: too recent");

        Person f = child(asOf.minusYears(3), asOf.minusYears(3).plusDays(5));
        card(f, "TE", "state_budget", null, f.birth, f.birth.plusYears(6).minusDays(1));
        insured(f, f.siCode, f.personalId, null, f.name, PartialDate.of(f.birth), f.gender);
        edge(Rules.CHILD_NO_CARD, f.personalId, "card without personal_id, found through insured_persons");
    }

    private Person child(LocalDate birth, LocalDate registeredOn) {
        Person p = person(random.nextBoolean() ? Gender.MALE : Gender.FEMALE, birth, false);
        population(p);
        world.write(Dataset.BIRTH_REGISTRATIONS, p.personalId, p.name, p.birth, registeredOn,
                Places.COMMUNES.get(random.nextInt(Places.COMMUNES.size())).code());
        return p;
    }

    // ------------------------------------------------------------ facilities

    private void facilities() {
        facility(year - 1, 12_000_000_000L, 12_750_000_000L, "claims over the estimate last year");
        facility(year, 5_000_000_000L, 5_000_000_001L, "claims over the estimate this year, by 1 VND");
        facility(year - 2, 80_000_000_000L, 93_400_500_000L, "claims over the estimate two years ago");
        facility(year - 1, 7_000_000_000L, 7_000_000_000L, "claims exactly equal to the estimate");
        facility(year + 1, 1_000_000_000L, 1_200_000_000L, "a year after year(D) does not count");
    }

    private void facility(int spendingYear, long estimate, long claims, String description) {
        String code = "519" + Identifiers.pad(++facilitySerial, 4);
        world.write(Dataset.FACILITY_SPENDING, code, "Phòng khám Đa khoa Khu vực số " + facilitySerial, spendingYear,
                new Money(estimate), new Money(claims));
        String subject = code + "/" + spendingYear;
        boolean fires = spendingYear <= year && claims > estimate;
        if (fires) {
            findings.add(new ExpectedFinding(Rules.FACILITY_OVER_ESTIMATE, subject, claims - estimate, null, null, ""));
        }
        cases.add(new PlantedCase(Rules.FACILITY_OVER_ESTIMATE, subject, fires, description));
    }

    // ------------------------------------------------------------ companies and units

    /** A planted unit being built. */
    private final class PlantedUnit {
        final String code = "QN9" + Identifiers.pad(++unitSerial, 6);
        final String taxCode;
        final String status;
        final PaymentMode mode;
        final List<Units.Employee> employees = new ArrayList<>();
        TreeMap<YearMonth, ArrearsCalculator.Due> dues = new TreeMap<>();
        final List<PaymentAllocation.Payment> payments = new ArrayList<>();
        final List<LocalDate> reminders = new ArrayList<>();

        PlantedUnit(String taxCode, PaymentMode mode, String status) {
            this.taxCode = taxCode;
            this.mode = mode;
            this.status = status;
        }

        void employ(Person p, YearMonth start, YearMonth end, long salary) {
            EmployerChecks.Spell spell = new EmployerChecks.Spell(p.siCode, start, end);
            salaries.put(spell, salary);
            employees.add(new Units.Employee(spell, salary));
        }

        /** Dues from the employees and on-time payments, unless set explicitly before. */
        EmployerChecks.Unit build() {
            if (dues.isEmpty() && !employees.isEmpty()) {
                YearMonth first = employees.stream().map(e -> e.spell().start()).min(YearMonth::compareTo).orElseThrow();
                YearMonth last = employees.stream().anyMatch(e -> e.spell().end() == null) ? asOfMonth
                        : employees.stream().map(e -> e.spell().end()).max(YearMonth::compareTo).orElseThrow();
                dues = new TreeMap<>(Units.dues(employees, first, last.isAfter(asOfMonth) ? asOfMonth : last));
                payments.addAll(Units.onTimePayments(world, mode, dues, random));
            }
            return new EmployerChecks.Unit(code, taxCode, status, mode, dues, List.copyOf(payments),
                    List.copyOf(reminders), employees.stream().map(Units.Employee::spell).toList());
        }
    }

    private PlantedUnit unit(PaymentMode mode, String status) {
        return new PlantedUnit(newTaxCode(), mode, status);
    }

    /** A unit of {@code staff} new employees; dues follow from them and are paid on time. */
    private PlantedUnit staffedUnit(String status, int staff, YearMonth start, YearMonth end) {
        return staffedUnit(newTaxCode(), status, staff, start, end);
    }

    private PlantedUnit staffedUnit(String taxCode, String status, int staff, YearMonth start, YearMonth end) {
        PlantedUnit unit = new PlantedUnit(taxCode, PaymentMode.MONTHLY, status);
        for (int i = 0; i < staff; i++) {
            unit.employ(worker(), start, end, (5_000 + random.nextInt(10_000)) * 1_000L);
        }
        unit.build();
        return unit;
    }

    private EmployerChecks.Company staffedCompany(int staff, YearMonth since, List<TaxSpec> taxes) {
        String taxCode = newTaxCode();
        PlantedUnit unit = staffedUnit(taxCode, "active", staff, since, null);
        return resolve(taxCode, "active", false, List.of(unit.build()), taxes);
    }

    /** Tax row whose PIT count and deducted expense are set from P and the money allocated, unless given. */
    private record TaxSpec(int year, String status, Integer pit, Long excess, Integer excessOverFivePercent) {
    }

    private TaxSpec tax(int taxYear, String status) {
        return new TaxSpec(taxYear, status, null, 0L, null);
    }

    private TaxSpec taxPit(int taxYear, int pit) {
        return new TaxSpec(taxYear, "active", pit, 0L, null);
    }

    private TaxSpec taxExcess(int taxYear, long excess) {
        return new TaxSpec(taxYear, "active", null, excess, null);
    }

    /** Excess = the largest amount not over 5 % of the expense, plus {@code extra}. */
    private TaxSpec taxExcessOverFivePercent(int taxYear, int extra) {
        return new TaxSpec(taxYear, "active", null, null, extra);
    }

    private EmployerChecks.TaxYear taxRow(int taxYear, String status, int pit) {
        return new EmployerChecks.TaxYear(taxYear, status, pit, 0);
    }

    private EmployerChecks.Company resolve(String taxCode, String registry, boolean union, List<EmployerChecks.Unit> units,
                                           List<TaxSpec> taxes) {
        EmployerChecks.Company bare = new EmployerChecks.Company(taxCode, registry, List.of(), union, units);
        List<EmployerChecks.TaxYear> years = new ArrayList<>();
        for (TaxSpec spec : taxes) {
            long allocated = 0;
            for (EmployerChecks.Unit u : units) {
                allocated += ArrearsCalculator.compute(u.mode(), u.dues(), u.payments(), u.reminders(), asOf)
                        .allocation().allocatedInYear(spec.year());
            }
            long expense;
            if (spec.excessOverFivePercent() != null) {
                // Largest x with 100·x ≤ 5·(allocated + x), i.e. 19·x ≤ allocated.
                long x = allocated / 19 + spec.excessOverFivePercent();
                expense = allocated + x;
            } else {
                expense = allocated + spec.excess();
            }
            int insured = EmployerChecks.insuredInYear(bare, spec.year());
            years.add(new EmployerChecks.TaxYear(spec.year(), spec.status(), spec.pit() != null ? spec.pit() : insured, expense));
        }
        return new EmployerChecks.Company(taxCode, registry, years, union, units);
    }

    /** Writes a company built from tax specs; returns the findings it produces. */
    private List<ExpectedFinding> company(String taxCode, String registry, boolean union, List<EmployerChecks.Unit> units,
                                          List<TaxSpec> taxes) {
        String code = taxCode != null ? taxCode : units.isEmpty() ? newTaxCode() : units.get(0).taxCode();
        return writeCompany(resolve(code, registry, union, units, taxes));
    }

    /** Writes every row of a planted company and returns its expected findings (not yet recorded). */
    private List<ExpectedFinding> writeCompany(EmployerChecks.Company company) {
        String name = Units.companyName(random);
        LocalDate registered = LocalDate.of(2012 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
        for (EmployerChecks.Unit unit : company.units()) {
            Units.writeUnit(world, unit, name, registered, "enterprise");
        }
        for (EmployerChecks.Unit unit : company.units()) {
            for (EmployerChecks.Spell s : unit.employment()) {
                Long salary = salaries.get(s);
                if (salary == null) {
                    throw new IllegalStateException("no salary for " + s);
                }
                world.write(Dataset.EMPLOYMENT, s.socialInsuranceCode(), unit.unitCode(), s.start(), s.end(), new Money(salary));
            }
        }
        if (company.registryStatus() != null) {
            world.write(Dataset.BUSINESS_REGISTRY, company.taxCode(), name, registered.minusDays(20), company.registryStatus(),
                    "active".equals(company.registryStatus()) ? null : asOf.minusDays(90), Places.PROVINCE_CODE,
                    Units.address(random), VietnameseNames.commonName(Gender.MALE, random));
        }
        Units.writeTaxYears(world, company.taxCode(), company.taxYears());
        if (company.union()) {
            world.write(Dataset.UNION_UNITS, company.taxCode(), registered.plusYears(1), 12);
        }
        return EmployerChecks.findings(company, asOf);
    }

    /** The insured salary of each planted employment spell. */
    private final Map<EmployerChecks.Spell, Long> salaries = new HashMap<>();

    private void clean(List<ExpectedFinding> produced, String what) {
        if (!produced.isEmpty()) {
            throw new IllegalStateException(what + " should be clean but gives " + produced);
        }
    }

    private void expect(List<ExpectedFinding> produced, String rule, String subject, String description) {
        expectIn(produced, rule, subject, description);
        if (produced.size() != 1) {
            throw new IllegalStateException("expected only " + rule + " for " + subject + " but got " + produced);
        }
    }

    private void expectIn(List<ExpectedFinding> produced, String rule, String subject, String description) {
        if (produced.stream().noneMatch(f -> f.rule().equals(rule) && f.subject().equals(subject))) {
            throw new IllegalStateException(rule + " planted for " + subject + " does not compute: " + produced);
        }
        cases.add(new PlantedCase(rule, subject, true, description));
        for (ExpectedFinding f : produced) {
            if (f.rule().equals(rule) && f.subject().equals(subject)) {
                findings.add(f);
            }
        }
    }

    private void expectNone(List<ExpectedFinding> produced, String rule, String subject, String description) {
        clean(produced, subject);
        cases.add(new PlantedCase(rule, subject, false, description));
    }

    private void expectNoneIn(List<ExpectedFinding> produced, String rule, String subject, String description) {
        if (produced.stream().anyMatch(f -> f.rule().equals(rule) && f.subject().equals(subject))) {
            throw new IllegalStateException(rule + " must not fire for " + subject + ": " + produced);
        }
        cases.add(new PlantedCase(rule, subject, false, description));
    }

    private void expectTaxCode(EmployerChecks.Company company, String rule, boolean fires, String description) {
        expectTaxCode(company, company.taxCode(), rule, fires, description);
    }

    private void expectTaxCode(EmployerChecks.Company company, String subject, String rule, boolean fires,
                               String description) {
        List<ExpectedFinding> produced = writeCompany(company);
        boolean fired = produced.stream().anyMatch(f -> f.rule().equals(rule) && f.subject().equals(subject));
        if (fired != fires || produced.size() != (fires ? 1 : 0)) {
            throw new IllegalStateException(rule + " case did not compute as planted: " + description + " " + produced);
        }
        cases.add(new PlantedCase(rule, subject, fires, description));
        findings.addAll(produced);
    }

    private void expectTaxCode(List<ExpectedFinding> produced, String subject, String rule, boolean fires,
                               String description) {
        boolean fired = produced.stream().anyMatch(f -> f.rule().equals(rule) && f.subject().equals(subject));
        if (fired != fires || produced.size() != (fires ? 1 : 0)) {
            throw new IllegalStateException(rule + " case did not compute as planted: " + description + " " + produced);
        }
        cases.add(new PlantedCase(rule, subject, fires, description));
        findings.addAll(produced);
    }

    private String newTaxCode() {
        return Identifiers.taxCode(companySerial % 3 == 0 ? "01" : "43", 4_000_000L + companySerial++);
    }

    // ------------------------------------------------------------ people

    private Person person(Gender gender, LocalDate birth, boolean reservedName) {
        String name = reservedName ? VietnameseNames.reservedName(gender, reservedSerial++, random)
                : VietnameseNames.commonName(gender, random);
        return personNamed(gender, birth, name);
    }

    private Person personNamed(Gender gender, LocalDate birth, String name) {
        long index = world.newPersonIndex();
        String oldId = birth.getYear() <= 2004 ? Identifiers.oldIdNumber(index) : null;
        return new Person(index, Identifiers.personalId(index, false, gender, birth.getYear()),
                Identifiers.socialInsuranceCode(index), name, gender, birth, PartialDate.of(birth), oldId);
    }

    /** Another person with the same name, birth date and gender (the tie of POP-ID-SUGGESTED). */
    private Person twin(Person p) {
        return personNamed(p.gender, p.birth, p.name);
    }

    private Person adult() {
        Person p = person(random.nextBoolean() ? Gender.MALE : Gender.FEMALE,
                LocalDate.of(1965 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28)), false);
        population(p);
        return p;
    }

    /** A clean insured adult (population and insured_persons agree). */
    private Person worker() {
        Person p = adult();
        insured(p, p.siCode, p.personalId, null, p.name, PartialDate.of(p.birth), p.gender);
        return p;
    }

    private void population(Person p) {
        population(p, p.recordedBirth, null);
    }

    private void population(Person p, PartialDate recordedBirth, LocalDate death) {
        Person recorded = new Person(p.index, p.personalId, p.siCode, p.name, p.gender, p.birth, recordedBirth, p.oldId);
        plantedPopulation.computeIfAbsent(VietnameseNames.norm(p.name) + "|" + p.gender, k -> new ArrayList<>())
                .add(recordedBirth.equals(p.recordedBirth) ? p : recorded);
        world.write(Dataset.POPULATION, p.personalId, p.name, recordedBirth, p.gender, Places.PROVINCE_CODE,
                Places.COMMUNES.get(random.nextInt(Places.COMMUNES.size())).code(), death, p.oldId);
    }

    /** The insured_persons row written last, as the rules will see it. */
    private record InsuredRow(String code, String name, Gender gender, PartialDate birth, String oldId) {
    }

    private InsuredRow lastInsured;

    private void insured(Person p, String siCode, String personalId, String oldId, String name, PartialDate birth,
                         Gender gender) {
        lastInsured = new InsuredRow(siCode, name, gender, birth, oldId);
        world.write(Dataset.INSURED_PERSONS, siCode, personalId, oldId, name, birth, gender, Places.PROVINCE_CODE);
    }

    /** A further social insurance code, not derived from any person. */
    private String extraCode() {
        return Identifiers.socialInsuranceCode(world.newPersonIndex());
    }

    /** A well-formed personal id that no population record has. */
    private String ghostPersonalId(Gender gender, int birthYear) {
        return Identifiers.personalId(world.newPersonIndex(), false, gender, birthYear);
    }

    private String otherGiven(String name) {
        String reserved = VietnameseNames.reservedGivenNames().get(reservedSerial++ % VietnameseNames.reservedGivenNames().size());
        return name.substring(0, name.lastIndexOf(' ') + 1) + reserved;
    }

    private void fires(String rule, String subject, String description) {
        findings.add(ExpectedFinding.of(rule, subject));
        cases.add(new PlantedCase(rule, subject, true, description));
    }

    private void edge(String rule, String subject, String description) {
        cases.add(new PlantedCase(rule, subject, false, description));
    }
}
