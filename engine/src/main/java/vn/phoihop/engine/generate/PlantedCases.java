package vn.phoihop.engine.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The planted cases: for every rule of rules.md several records that must make it fire and
 * edges where it must not, each isolated from the background (own people, own units, own
 * tax codes) and from each other, so the expected findings are exactly what is planted.
 * Person-side expectations are stated case by case; employer-side ones are computed with
 * {@link EmployerChecks}, and each case checks that it produced what it was planted for.
 */
final class PlantedCases {

    final World world;
    final SplittableRandom random;
    final LocalDate asOf;
    final YearMonth asOfMonth;
    final int year;
    final List<PlantedCase> cases = new ArrayList<>();
    final List<ExpectedFinding> findings = new ArrayList<>();
    private final PlantedEmployers employers;
    /** Planted population records by (norm(name), gender), to check the suggestion cases. */
    private final Map<String, List<Person>> plantedPopulation = new HashMap<>();
    private int reservedSerial;
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
        this.employers = new PlantedEmployers(this);
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
        employers.unemploymentWhileEmployed();
        healthCards();
        ethnicCards();
        employers.arrears();
        employers.defunctEmployers();
        employers.underDeclared();
        employers.expenseGaps();
        employers.notRegistered();
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
    Person worker() {
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
