package vn.phoihop.registry;

import java.time.Instant;

/** An obligation instance was fulfilled (late when after its due date). */
public record ObligationFulfilled(long instanceId, String dutyId, String provinceCode, boolean late,
        FulfilmentRef ref, Instant at) {
}
