package vn.phoihop.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The regulations as data: every {@code classpath:regulations/*.json}, one file per source
 * document, read once at start-up and checked (every duty cites an article of its document and
 * names known kinds, cadences and due rules).
 */
@Component
class RegulationCatalog {

    static final String LOCATION = "classpath:regulations/*.json";

    private final List<Regulation> regulations;

    RegulationCatalog() {
        this(LOCATION);
    }

    RegulationCatalog(String location) {
        this.regulations = load(location);
    }

    List<Regulation> all() {
        return regulations;
    }

    Optional<Regulation> byId(String id) {
        return regulations.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    Stream<Duty> duties() {
        return regulations.stream().flatMap(r -> r.duties().stream());
    }

    Optional<Duty> duty(String dutyId) {
        return duties().filter(d -> d.id().equals(dutyId)).findFirst();
    }

    Regulation regulationOf(Duty duty) {
        return regulations.stream().filter(r -> r.duties().contains(duty)).findFirst().orElseThrow();
    }

    private static List<Regulation> load(String location) {
        JsonMapper json = JsonMapper.builder().build();
        List<Regulation> result = new ArrayList<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(location);
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    result.add(parse(json.readTree(in), resource.getFilename()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the regulations at " + location, e);
        }
        result.sort(Comparator.comparing(Regulation::id));
        return List.copyOf(result);
    }

    static Regulation parse(JsonNode node, String fileName) {
        List<Regulation.Article> articles = new ArrayList<>();
        for (JsonNode article : node.path("articles")) {
            articles.add(new Regulation.Article(text(article, "ref"), text(article, "heading_vi"),
                    text(article, "text_vi")));
        }
        List<Duty> duties = new ArrayList<>();
        for (JsonNode duty : node.path("duties")) {
            duties.add(parseDuty(duty));
        }
        JsonNode applies = node.path("applies_to");
        JsonNode provinces = applies.path("provinces");
        List<String> provinceCodes = new ArrayList<>();
        provinces.forEach(p -> provinceCodes.add(p.asString()));
        Regulation regulation = new Regulation(text(node, "id"), text(node, "file"), node.path("version").asInt(),
                text(node, "number"), text(node, "signed_on"), text(node, "effective_from"), text(node, "title_vi"),
                text(node, "title_en"),
                new Regulation.AppliesTo(applies.path("central").asBoolean(), provinceCodes,
                        provinces.isString() && "all".equals(provinces.asString())),
                text(node, "note"), articles, duties);
        for (Duty duty : duties) {
            if (regulation.articleOf(duty) == null) {
                throw new IllegalStateException(fileName + ": duty " + duty.id() + " cites article " + duty.article()
                        + " which the document does not have");
            }
        }
        return regulation;
    }

    private static Duty parseDuty(JsonNode node) {
        JsonNode meeting = node.path("meeting");
        Duty.MeetingHost host = null;
        if (meeting.isObject()) {
            List<String> rotation = new ArrayList<>();
            meeting.path("rotation").forEach(r -> rotation.add(r.asString()));
            host = new Duty.MeetingHost(text(meeting, "host"), rotation);
        }
        return new Duty(text(node, "id"), text(node, "article"), strings(node.path("from")), strings(node.path("to")),
                text(node, "what"), text(node, "dataset"), text(node, "cadence"), dueRule(node.path("due")),
                text(node, "level"), text(node, "title_vi"), text(node, "title_en"), text(node, "due_vi"),
                text(node, "due_en"), host, text(node, "note"));
    }

    static DueRule dueRule(JsonNode due) {
        String type = text(due, "type");
        return switch (type == null ? "" : type) {
            case "none" -> new DueRule.None();
            case "monthly" -> new DueRule.Monthly(due.path("before_day").asInt());
            case "quarterly" -> new DueRule.Quarterly();
            case "six_monthly" -> new DueRule.SixMonthly();
            case "in_month" -> new DueRule.InMonth(ints(due.path("months")));
            case "last_week_of" -> new DueRule.LastWeekOf(ints(due.path("months")));
            case "dates" -> {
                List<DueRule.FixedDate> dates = new ArrayList<>();
                for (JsonNode date : due.path("dates")) {
                    boolean before = date.has("before");
                    dates.add(new DueRule.FixedDate(text(date, "period"),
                            MonthDay.parse("--" + text(date, before ? "before" : "on")), before));
                }
                yield new DueRule.Dates(dates);
            }
            case "every_years" -> new DueRule.EveryYears(due.path("every").asInt(), due.path("anchor").asInt(),
                    MonthDay.parse("--" + text(due, "on")));
            default -> throw new IllegalStateException("unknown due rule: " + due);
        };
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(v -> result.add(v.asString()));
        return result;
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> result = new ArrayList<>();
        array.forEach(v -> result.add(v.asInt()));
        return result;
    }
}
