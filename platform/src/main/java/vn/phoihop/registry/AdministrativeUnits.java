package vn.phoihop.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Provinces and communes, before and after the 2025 merger (Resolution 202/2025/QH15). */
public interface AdministrativeUnits {

    /** One province or commune as it was (or is) valid. */
    record Unit(long id, String code, String level, String nameVi, LocalDate validFrom, LocalDate validTo,
            String source) {
    }

    /** The provinces valid on a day: 63 before 01/07/2025, 34 since. */
    List<Unit> provincesOn(LocalDate day);

    /** The province that a province code valid on {@code then} became on {@code on}, following mergers. */
    Optional<Unit> provinceSucceeding(String code, LocalDate then, LocalDate on);
}
