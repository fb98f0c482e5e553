package vn.phoihop.engine.generate;

/** An amount in whole Vietnamese đồng; a distinct type so files can format money their own way. */
public record Money(long vnd) {
    public Money {
        if (vnd < 0) {
            throw new IllegalArgumentException("negative money " + vnd);
        }
    }
}
