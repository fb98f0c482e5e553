package vn.phoihop.registry.internal;

import java.util.List;
import java.util.Objects;

/**
 * One source document as data (classpath:regulations/*.json): its articles with their text and
 * the duties each creates. Loaded by {@link RegulationCatalog}; see docs/registry.md for the format.
 */
record Regulation(String id, String file, int version, String number, String signedOn, String effectiveFrom,
        String titleVi, String titleEn, AppliesTo appliesTo, String note, List<Article> articles,
        List<Duty> duties) {

    Regulation {
        Objects.requireNonNull(id, "id");
        articles = List.copyOf(articles);
        duties = List.copyOf(duties);
    }

    /** Where a regulation applies: between the central bodies, and in which provinces ("all" or pre-2025 codes). */
    record AppliesTo(boolean central, List<String> provinces, boolean allProvinces) {
    }

    /** An article (Điều, or a section of the programme) with its full text. */
    record Article(String ref, String headingVi, String textVi) {
    }

    /** Which article (of {@link #articles}) a duty's citation such as "6.2.d" or "II.A.2.c" belongs to. */
    public Article articleOf(Duty duty) {
        Article best = null;
        for (Article article : articles) {
            if (duty.article().equals(article.ref()) || duty.article().startsWith(article.ref() + ".")) {
                if (best == null || article.ref().length() > best.ref().length()) {
                    best = article;
                }
            }
        }
        return best;
    }

    public List<Duty> dutiesOf(Article article) {
        return duties.stream().filter(d -> article.equals(articleOf(d))).toList();
    }
}
