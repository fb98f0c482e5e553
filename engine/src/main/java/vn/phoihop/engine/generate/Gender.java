package vn.phoihop.engine.generate;

/** Gender as registered (giới tính); written {@code Nam} / {@code Nữ}. */
public enum Gender {
    MALE("Nam"),
    FEMALE("Nữ");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
